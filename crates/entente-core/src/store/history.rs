//! The `history` table: every change to a provision, never rewritten.

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::model::{
    AgreementId, HistoryAction, HistoryEntry, OptionId, ProvisionId, ProvisionStatus, ProvisionText,
};

/// What a history entry says beyond who changed what, and when.
#[derive(Default)]
pub struct Change<'a> {
    pub language: Option<&'a str>,
    pub before: Option<&'a ProvisionText>,
    pub after: Option<&'a ProvisionText>,
    pub status: Option<(ProvisionStatus, ProvisionStatus)>,
    pub note: Option<&'a str>,
    pub option_id: Option<OptionId>,
}

/// One entry to append.
pub struct NewEntry<'a> {
    pub agreement_id: AgreementId,
    pub provision_id: ProvisionId,
    pub at: &'a str,
    pub author: &'a str,
    pub action: HistoryAction,
    pub change: Change<'a>,
}

pub fn append(conn: &Connection, entry: &NewEntry) -> Result<()> {
    let change = &entry.change;
    conn.prepare_cached(
        "INSERT INTO history (agreement_id, provision_id, at, author, action, language,
                              heading_before, body_before, heading_after, body_after,
                              status_before, status_after, note, option_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        entry.agreement_id,
        entry.provision_id,
        entry.at,
        entry.author,
        entry.action.as_str(),
        change.language,
        change.before.map(|t| &t.heading),
        change.before.map(|t| &t.body),
        change.after.map(|t| &t.heading),
        change.after.map(|t| &t.body),
        change.status.map(|(before, _)| before.as_str()),
        change.status.map(|(_, after)| after.as_str()),
        change.note,
        change.option_id,
    ])?;
    Ok(())
}

/// Every entry of a provision, oldest first.
pub fn of_provision(conn: &Connection, provision_id: ProvisionId) -> Result<Vec<HistoryEntry>> {
    let mut statement = conn.prepare(
        "SELECT id, at, author, action, language, heading_before, body_before,
                heading_after, body_after, status_before, status_after, note, option_id
         FROM history WHERE provision_id = ?1 ORDER BY id",
    )?;
    let mut rows = statement.query([provision_id])?;
    let mut entries = Vec::new();
    while let Some(row) = rows.next()? {
        let action: String = row.get(3)?;
        entries.push(HistoryEntry {
            id: row.get(0)?,
            provision_id,
            at: row.get(1)?,
            author: row.get(2)?,
            action: HistoryAction::parse(&action)?,
            language: row.get(4)?,
            before: text_columns(row.get(5)?, row.get(6)?),
            after: text_columns(row.get(7)?, row.get(8)?),
            status_before: status_column(row.get(9)?)?,
            status_after: status_column(row.get(10)?)?,
            note: row.get(11)?,
            option_id: row.get(12)?,
        });
    }
    Ok(entries)
}

/// One entry of a provision's history that matters to progress: when it was
/// created, or when its status changed (to `status`).
pub struct StatusEvent {
    pub provision_id: ProvisionId,
    pub day: String,
    pub status: Option<ProvisionStatus>,
}

/// The creations and status changes of the agreement's provisions, oldest first.
pub fn status_events(conn: &Connection, agreement_id: AgreementId) -> Result<Vec<StatusEvent>> {
    let mut events = Vec::new();
    let mut statement = conn.prepare(
        "SELECT provision_id, substr(at, 1, 10), status_after FROM history
         WHERE agreement_id = ?1 AND action IN ('created', 'status-changed') ORDER BY id",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        events.push(StatusEvent {
            provision_id: row.get(0)?,
            day: row.get(1)?,
            status: status_column(row.get(2)?)?,
        });
    }
    Ok(events)
}

fn status_column(status: Option<String>) -> Result<Option<ProvisionStatus>> {
    Ok(status.as_deref().map(ProvisionStatus::parse).transpose()?)
}

fn text_columns(heading: Option<String>, body: Option<String>) -> Option<ProvisionText> {
    match (heading, body) {
        (None, None) => None,
        (heading, body) => Some(ProvisionText {
            heading: heading.unwrap_or_default(),
            body: body.unwrap_or_default(),
        }),
    }
}
