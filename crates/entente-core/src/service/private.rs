//! The delegation's private layer: fallback positions, red lines and notes
//! on a provision, kept on this machine only. This module is the only code
//! that reads them, and it hands them to no export, report or exchange.

use rusqlite::{params, OptionalExtension, Transaction};

use super::provisions::{live_provision, provision_row};
use super::{author, now, required, Entente};
use crate::error::{Error, Result};
use crate::model::{PrivateNote, PrivateNoteKind, ProvisionId};

impl Entente {
    pub fn add_private_note(
        &self,
        provision_id: ProvisionId,
        kind: PrivateNoteKind,
        text: &str,
    ) -> Result<PrivateNote> {
        let text = required("note", text)?;
        self.store.write(|tx| {
            live_provision(tx, provision_id)?;
            tx.execute(
                "INSERT INTO private_note (provision_id, kind, text, written_at, written_by)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![provision_id, kind.as_str(), text, now(), author(tx)?],
            )?;
            let mut written = query_notes(tx, "id = ?1", tx.last_insert_rowid())?;
            Ok(written.pop().expect("the note just written"))
        })
    }

    /// The private notes on a provision, oldest first.
    pub fn private_notes(&self, provision_id: ProvisionId) -> Result<Vec<PrivateNote>> {
        self.store.read(|tx| {
            provision_row(tx, provision_id)?;
            query_notes(tx, "provision_id = ?1", provision_id)
        })
    }

    pub fn remove_private_note(&self, note_id: i64) -> Result<()> {
        self.store.write(|tx| {
            let found: Option<i64> = tx
                .query_row(
                    "SELECT id FROM private_note WHERE id = ?1",
                    [note_id],
                    |row| row.get(0),
                )
                .optional()?;
            found.ok_or(Error::NotFound {
                what: "note",
                id: note_id,
            })?;
            tx.execute("DELETE FROM private_note WHERE id = ?1", [note_id])?;
            Ok(())
        })
    }
}

/// The private notes that meet `condition` (on one id), oldest first.
fn query_notes(tx: &Transaction, condition: &str, id: i64) -> Result<Vec<PrivateNote>> {
    let mut statement = tx.prepare(&format!(
        "SELECT id, provision_id, kind, text, written_at, written_by FROM private_note
         WHERE {condition} ORDER BY id"
    ))?;
    let mut rows = statement.query([id])?;
    let mut notes = Vec::new();
    while let Some(row) = rows.next()? {
        notes.push(PrivateNote {
            id: row.get(0)?,
            provision_id: row.get(1)?,
            kind: PrivateNoteKind::parse(&row.get::<_, String>(2)?)?,
            text: row.get(3)?,
            written_at: row.get(4)?,
            written_by: row.get(5)?,
        });
    }
    Ok(notes)
}
