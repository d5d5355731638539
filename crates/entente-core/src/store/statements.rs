//! The `statement` table: what parties said on a provision.

use rusqlite::{params, Connection};

use crate::error::{Error, Result};
use crate::model::{PartyId, ProvisionId, Statement, StatementKind};

/// A statement to record, its text and source already checked.
pub struct NewRow<'a> {
    pub provision_id: ProvisionId,
    pub party_id: PartyId,
    pub made_on: &'a str,
    pub kind: StatementKind,
    pub text: &'a str,
    pub source: &'a str,
    pub recorded_at: &'a str,
    pub recorded_by: &'a str,
}

/// Records a statement and returns it as stored.
pub fn insert(conn: &Connection, new: &NewRow) -> Result<Statement> {
    conn.execute(
        "INSERT INTO statement (provision_id, party_id, made_on, kind, text, source,
                                recorded_at, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            new.provision_id,
            new.party_id,
            new.made_on,
            new.kind.as_str(),
            new.text,
            new.source,
            new.recorded_at,
            new.recorded_by
        ],
    )?;
    by_id(conn, conn.last_insert_rowid())
}

/// The statement recorded as `id`.
pub fn by_id(conn: &Connection, id: i64) -> Result<Statement> {
    query(conn, "id = ?1", id)?.pop().ok_or(Error::NotFound {
        what: "statement",
        id,
    })
}

/// The statements made on a provision, in the order they were made.
pub fn of_provision(conn: &Connection, provision_id: ProvisionId) -> Result<Vec<Statement>> {
    query(conn, "provision_id = ?1", provision_id)
}

/// The statements that meet `condition` (on one id), in the order they were made.
fn query(conn: &Connection, condition: &str, id: i64) -> Result<Vec<Statement>> {
    let mut statement = conn.prepare(&format!(
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
