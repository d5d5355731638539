//! Statements made by parties on a provision: the record of what was said,
//! in summary or verbatim, with its day and source.

use super::agreements::touch;
use super::negotiation::{party_of_agreement, past_day};
use super::provisions::{live_provision, provision_row};
use super::{author, now, required, Entente};
use crate::error::Result;
use crate::model::{NewStatement, ProvisionId, Statement};
use crate::store::statements::{self as table, NewRow};

impl Entente {
    pub fn add_statement(
        &self,
        provision_id: ProvisionId,
        new: &NewStatement,
    ) -> Result<Statement> {
        let made_on = past_day("made-on", &new.made_on)?;
        let text = required("statement", &new.text)?;
        self.store.write(|tx| {
            let provision = live_provision(tx, provision_id)?;
            party_of_agreement(tx, new.party_id, provision.agreement_id)?;
            let written = table::insert(
                tx,
                &NewRow {
                    provision_id,
                    party_id: new.party_id,
                    made_on: &made_on,
                    kind: new.kind,
                    text: &text,
                    source: new.source.trim(),
                    recorded_at: &now(),
                    recorded_by: &author(tx)?,
                },
            )?;
            touch(tx, provision.agreement_id)?;
            Ok(written)
        })
    }

    /// The statements made on a provision, in the order they were made.
    pub fn statements(&self, provision_id: ProvisionId) -> Result<Vec<Statement>> {
        self.store.read(|tx| {
            provision_row(tx, provision_id)?;
            table::of_provision(tx, provision_id)
        })
    }
}
