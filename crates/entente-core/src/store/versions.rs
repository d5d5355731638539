//! The `version` table: named, frozen copies of the whole text.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::model::{AgreementId, VersionId, VersionSummary};

/// Stores a version whose `snapshot` is the document as JSON.
pub fn insert(
    conn: &Connection,
    agreement_id: AgreementId,
    name: &str,
    created_at: &str,
    author: &str,
    snapshot: &str,
) -> Result<VersionId> {
    conn.execute(
        "INSERT INTO version (agreement_id, name, created_at, author, snapshot)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![agreement_id, name, created_at, author, snapshot],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The versions of an agreement, oldest first.
pub fn of_agreement(conn: &Connection, agreement_id: AgreementId) -> Result<Vec<VersionSummary>> {
    Ok(conn
        .prepare(
            "SELECT id, name, created_at, author FROM version
             WHERE agreement_id = ?1 ORDER BY id",
        )?
        .query_map([agreement_id], summary)?
        .collect::<rusqlite::Result<_>>()?)
}

/// A version and its snapshot (JSON), if it exists.
pub fn load(conn: &Connection, id: VersionId) -> Result<Option<(VersionSummary, String)>> {
    Ok(conn
        .query_row(
            "SELECT id, name, created_at, author, snapshot FROM version WHERE id = ?1",
            [id],
            |row| Ok((summary(row)?, row.get::<_, String>(4)?)),
        )
        .optional()?)
}

fn summary(row: &rusqlite::Row) -> rusqlite::Result<VersionSummary> {
    Ok(VersionSummary {
        id: row.get(0)?,
        name: row.get(1)?,
        created_at: row.get(2)?,
        author: row.get(3)?,
    })
}
