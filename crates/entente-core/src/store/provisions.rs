//! The `provision` and `provision_text` tables: where a provision stands,
//! what it is, and its words in each language.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::{
    AgreementId, NumberingMode, ProvisionId, ProvisionKind, ProvisionStatus, ProvisionText,
};

/// A provision's place and kind.
pub struct ProvisionRow {
    pub agreement_id: AgreementId,
    pub parent_id: Option<ProvisionId>,
    pub kind: ProvisionKind,
    pub deleted: bool,
}

/// A provision among those under one parent, deleted ones included: they
/// keep their place so that restoring puts them back where they stood.
pub struct Sibling {
    pub id: ProvisionId,
    pub kind: ProvisionKind,
    pub deleted: bool,
}

/// The provision `id`, deleted or not.
pub fn row(conn: &Connection, id: ProvisionId) -> Result<ProvisionRow> {
    let row = conn
        .query_row(
            "SELECT agreement_id, parent_id, kind, deleted FROM provision WHERE id = ?1",
            [id],
            |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get::<_, String>(2)?,
                    row.get(3)?,
                ))
            },
        )
        .optional()?
        .ok_or(Error::NotFound {
            what: "provision",
            id,
        })?;
    Ok(ProvisionRow {
        agreement_id: row.0,
        parent_id: row.1,
        kind: ProvisionKind::parse(&row.2)?,
        deleted: row.3,
    })
}

/// The provisions under `parent`, in order.
pub fn siblings(
    conn: &Connection,
    agreement_id: AgreementId,
    parent: Option<ProvisionId>,
) -> Result<Vec<Sibling>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, kind, deleted FROM provision WHERE agreement_id = ?1 AND parent_id IS ?2
         ORDER BY position, id",
    )?;
    let mut rows = statement.query(params![agreement_id, parent])?;
    let mut siblings = Vec::new();
    while let Some(row) = rows.next()? {
        let kind: String = row.get(1)?;
        siblings.push(Sibling {
            id: row.get(0)?,
            kind: ProvisionKind::parse(&kind)?,
            deleted: row.get(2)?,
        });
    }
    Ok(siblings)
}

/// The live children of `parent`, in order.
pub fn live_children(conn: &Connection, parent: ProvisionId) -> Result<Vec<ProvisionId>> {
    let ids = conn
        .prepare("SELECT id FROM provision WHERE parent_id = ?1 AND deleted = 0 ORDER BY position")?
        .query_map([parent], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// A new provision, placed first under `parent` until its siblings'
/// positions are written.
pub fn insert(
    conn: &Connection,
    agreement_id: AgreementId,
    parent: Option<ProvisionId>,
    kind: ProvisionKind,
) -> Result<ProvisionId> {
    conn.execute(
        "INSERT INTO provision (agreement_id, parent_id, kind, position) VALUES (?1, ?2, ?3, 0)",
        params![agreement_id, parent, kind.as_str()],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Numbers `siblings` in the order given.
pub fn write_positions(conn: &Connection, siblings: &[Sibling]) -> Result<()> {
    let mut statement = conn.prepare_cached("UPDATE provision SET position = ?1 WHERE id = ?2")?;
    for (position, sibling) in siblings.iter().enumerate() {
        statement.execute(params![position as i64, sibling.id])?;
    }
    Ok(())
}

pub fn set_parent(conn: &Connection, id: ProvisionId, parent: Option<ProvisionId>) -> Result<()> {
    conn.execute(
        "UPDATE provision SET parent_id = ?1 WHERE id = ?2",
        params![parent, id],
    )?;
    Ok(())
}

pub fn set_deleted(conn: &Connection, id: ProvisionId, deleted: bool) -> Result<()> {
    conn.execute(
        "UPDATE provision SET deleted = ?1 WHERE id = ?2",
        params![deleted, id],
    )?;
    Ok(())
}

pub fn set_numbering(conn: &Connection, id: ProvisionId, numbering: NumberingMode) -> Result<()> {
    conn.execute(
        "UPDATE provision SET numbering = ?1 WHERE id = ?2",
        params![numbering.as_str(), id],
    )?;
    Ok(())
}

pub fn status(conn: &Connection, id: ProvisionId) -> Result<ProvisionStatus> {
    let status: String =
        conn.query_row("SELECT status FROM provision WHERE id = ?1", [id], |row| {
            row.get(0)
        })?;
    Ok(ProvisionStatus::parse(&status)?)
}

pub fn set_status(conn: &Connection, id: ProvisionId, status: ProvisionStatus) -> Result<()> {
    conn.execute(
        "UPDATE provision SET status = ?1 WHERE id = ?2",
        params![status.as_str(), id],
    )?;
    Ok(())
}

/// A provision's words in one language, if it has any.
pub fn text(conn: &Connection, id: ProvisionId, language: &str) -> Result<Option<ProvisionText>> {
    Ok(conn
        .query_row(
            "SELECT heading, body FROM provision_text WHERE provision_id = ?1 AND language = ?2",
            params![id, language],
            |row| {
                Ok(ProvisionText {
                    heading: row.get(0)?,
                    body: row.get(1)?,
                })
            },
        )
        .optional()?)
}

pub fn write_text(
    conn: &Connection,
    id: ProvisionId,
    language: &str,
    text: &ProvisionText,
) -> Result<()> {
    conn.execute(
        "INSERT INTO provision_text (provision_id, language, heading, body) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (provision_id, language)
         DO UPDATE SET heading = excluded.heading, body = excluded.body",
        params![id, language, text.heading, text.body],
    )?;
    Ok(())
}

/// A provision as the whole text is read: its place, kind, status and numbering.
pub struct ProvisionRecord {
    pub id: ProvisionId,
    pub parent_id: Option<ProvisionId>,
    pub kind: ProvisionKind,
    pub deleted: bool,
    pub status: ProvisionStatus,
    pub numbering: NumberingMode,
}

/// Every provision of the agreement, deleted ones included, in sibling order.
pub fn of_agreement(conn: &Connection, agreement_id: AgreementId) -> Result<Vec<ProvisionRecord>> {
    let mut statement = conn.prepare(
        "SELECT id, parent_id, kind, deleted, status, numbering FROM provision
         WHERE agreement_id = ?1 ORDER BY position, id",
    )?;
    let mut rows = statement.query([agreement_id])?;
    let mut records = Vec::new();
    while let Some(row) = rows.next()? {
        records.push(ProvisionRecord {
            id: row.get(0)?,
            parent_id: row.get(1)?,
            kind: ProvisionKind::parse(&row.get::<_, String>(2)?)?,
            deleted: row.get(3)?,
            status: ProvisionStatus::parse(&row.get::<_, String>(4)?)?,
            numbering: NumberingMode::parse(&row.get::<_, String>(5)?)?,
        });
    }
    Ok(records)
}

/// The words of every provision of the agreement, by provision and language.
pub fn texts_of_agreement(
    conn: &Connection,
    agreement_id: AgreementId,
) -> Result<HashMap<ProvisionId, BTreeMap<String, ProvisionText>>> {
    let mut texts: HashMap<ProvisionId, BTreeMap<String, ProvisionText>> = HashMap::new();
    let mut statement = conn.prepare(
        "SELECT t.provision_id, t.language, t.heading, t.body FROM provision_text t
         JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        texts.entry(row.get(0)?).or_default().insert(
            row.get(1)?,
            ProvisionText {
                heading: row.get(2)?,
                body: row.get(3)?,
            },
        );
    }
    Ok(texts)
}

/// Every text of the agreement that may hold bracketed words: the
/// provisions' headings and bodies, and the options' bodies.
pub fn words_of_agreement(
    conn: &Connection,
    agreement_id: AgreementId,
) -> Result<Vec<ProvisionText>> {
    Ok(conn
        .prepare(
            "SELECT t.heading, t.body FROM provision_text t
                 JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1
             UNION ALL
             SELECT '', t.body FROM option_text t
                 JOIN provision_option o ON o.id = t.option_id
                 JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1",
        )?
        .query_map([agreement_id], |row| {
            Ok(ProvisionText {
                heading: row.get(0)?,
                body: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Each provision of the agreement with its parent and its kind as the
/// database holds it (unchecked: a bundle being read may hold any word),
/// in the order the provisions were written.
pub fn tree_as_written(
    conn: &Connection,
    agreement_id: AgreementId,
) -> Result<Vec<(ProvisionId, Option<ProvisionId>, String)>> {
    Ok(conn
        .prepare("SELECT id, parent_id, kind FROM provision WHERE agreement_id = ?1 ORDER BY id")?
        .query_map([agreement_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?)
}
