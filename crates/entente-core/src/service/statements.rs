//! Statements made by parties on a provision: the record of what was said,
//! in summary or verbatim, with its day and source.

use rusqlite::{params, Transaction};

use super::agreements::touch;
use super::negotiation::{party_of_agreement, past_day};
use super::provisions::{live_provision, provision_row};
use super::{author, now, required, Entente};
use crate::error::Result;
use crate::model::{NewStatement, ProvisionId, Statement, StatementKind};

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
            tx.execute(
                "INSERT INTO statement (provision_id, party_id, made_on, kind, text, source,
                                        recorded_at, recorded_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    provision_id,
                    new.party_id,
                    made_on,
                    new.kind.as_str(),
                    text,
                    new.source.trim(),
                    now(),
                    author(tx)?
                ],
            )?;
            let id = tx.last_insert_rowid();
            touch(tx, provision.agreement_id)?;
            let mut written = query_statements(tx, "id = ?1", id)?;
            Ok(written.pop().expect("the statement just written"))
        })
    }

    /// The statements made on a provision, in the order they were made.
    pub fn statements(&self, provision_id: ProvisionId) -> Result<Vec<Statement>> {
        self.store.read(|tx| {
            provision_row(tx, provision_id)?;
            query_statements(tx, "provision_id = ?1", provision_id)
        })
    }
}

/// The statements that meet `condition` (on one id), in the order they were made.
fn query_statements(tx: &Transaction, condition: &str, id: i64) -> Result<Vec<Statement>> {
    let mut statement = tx.prepare(&format!(
        "SELECT id, provision_id, party_id, made_on, kind, text, source, recorded_at, recorded_by
         FROM statement WHERE {condition} ORDER BY made_on, id"
    ))?;
    let mut rows = statement.query([id])?;
    let mut statements = Vec::new();
    while let Some(row) = rows.next()? {
        statements.push(Statement {
            id: row.get(0)?,
            provision_id: row.get(1)?,
            party_id: row.get(2)?,
            made_on: row.get(3)?,
            kind: StatementKind::parse(&row.get::<_, String>(4)?)?,
            text: row.get(5)?,
            source: row.get(6)?,
            recorded_at: row.get(7)?,
            recorded_by: row.get(8)?,
        });
    }
    Ok(statements)
}
