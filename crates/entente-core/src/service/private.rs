//! The delegation's private layer: fallback positions, red lines and notes
//! on a provision, kept on this machine only. This module is the only code
//! that reads them, and it hands them to no export, report or exchange.

use rusqlite::{params, OptionalExtension};

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
        let id = self.store.write(|tx| {
            live_provision(tx, provision_id)?;
            tx.execute(
                "INSERT INTO private_note (provision_id, kind, text, written_at, written_by)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![provision_id, kind.as_str(), text, now(), author(tx)?],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(self
            .private_notes(provision_id)?
            .into_iter()
            .find(|n| n.id == id)
            .expect("the note just written"))
    }

    /// The private notes on a provision, oldest first.
    pub fn private_notes(&self, provision_id: ProvisionId) -> Result<Vec<PrivateNote>> {
        self.store.read(|tx| {
            provision_row(tx, provision_id)?;
            let mut statement = tx.prepare(
                "SELECT id, kind, text, written_at, written_by FROM private_note
                 WHERE provision_id = ?1 ORDER BY id",
            )?;
            let mut rows = statement.query([provision_id])?;
            let mut notes = Vec::new();
            while let Some(row) = rows.next()? {
                notes.push(PrivateNote {
                    id: row.get(0)?,
                    provision_id,
                    kind: PrivateNoteKind::parse(&row.get::<_, String>(1)?)?,
                    text: row.get(2)?,
                    written_at: row.get(3)?,
                    written_by: row.get(4)?,
                });
            }
            Ok(notes)
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
