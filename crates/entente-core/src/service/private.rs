//! The delegation's private layer: fallback positions, red lines and notes
//! on a provision, kept on this machine only. This module is the only code
//! that reads them, and it hands them to no export, report or exchange.

use super::provisions::{live_provision, provision_row};
use super::{author, now, required, Entente};
use crate::error::{Error, Result};
use crate::model::{PrivateNote, PrivateNoteKind, ProvisionId};
use crate::store::private_notes as table;

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
            table::insert(tx, provision_id, kind, &text, &now(), &author(tx)?)
        })
    }

    /// The private notes on a provision, oldest first.
    pub fn private_notes(&self, provision_id: ProvisionId) -> Result<Vec<PrivateNote>> {
        self.store.read(|tx| {
            provision_row(tx, provision_id)?;
            table::of_provision(tx, provision_id)
        })
    }

    pub fn remove_private_note(&self, note_id: i64) -> Result<()> {
        self.store.write(|tx| {
            if table::delete(tx, note_id)? {
                Ok(())
            } else {
                Err(Error::NotFound {
                    what: "note",
                    id: note_id,
                })
            }
        })
    }
}
