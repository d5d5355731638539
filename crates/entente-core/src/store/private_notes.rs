//! The `private_note` table: the delegation's own notes, which never leave
//! this machine (see service/private.rs).

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::{PrivateNote, PrivateNoteKind, ProvisionId};

/// Writes a note and returns it as stored.
pub fn insert(
    conn: &Connection,
    provision_id: ProvisionId,
    kind: PrivateNoteKind,
    text: &str,
    written_at: &str,
    written_by: &str,
) -> Result<PrivateNote> {
    conn.execute(
        "INSERT INTO private_note (provision_id, kind, text, written_at, written_by)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![provision_id, kind.as_str(), text, written_at, written_by],
    )?;
    by_id(conn, conn.last_insert_rowid())
}

/// The note recorded as `id`.
pub fn by_id(conn: &Connection, id: i64) -> Result<PrivateNote> {
    query(conn, "id = ?1", id)?
        .pop()
        .ok_or(Error::NotFound { what: "note", id })
}

/// The notes on a provision, oldest first.
pub fn of_provision(conn: &Connection, provision_id: ProvisionId) -> Result<Vec<PrivateNote>> {
    query(conn, "provision_id = ?1", provision_id)
}

/// Deletes a note; whether there was one.
pub fn delete(conn: &Connection, note_id: i64) -> Result<bool> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT id FROM private_note WHERE id = ?1",
            [note_id],
            |row| row.get(0),
        )
        .optional()?;
    conn.execute("DELETE FROM private_note WHERE id = ?1", [note_id])?;
    Ok(found.is_some())
}

/// The private notes that meet `condition` (on one id), oldest first.
fn query(conn: &Connection, condition: &str, id: i64) -> Result<Vec<PrivateNote>> {
    let mut statement = conn.prepare(&format!(
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
