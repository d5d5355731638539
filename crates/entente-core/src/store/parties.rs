//! The `party`, `party_name` and `group_member` tables: who negotiates, by
//! name in each language, and which parties a group speaks for.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::{AgreementId, Party, PartyId, PartyKind, PartyRole};

pub fn load(conn: &Connection, id: PartyId) -> Result<Party> {
    let (kind, role): (String, String) = conn
        .query_row("SELECT kind, role FROM party WHERE id = ?1", [id], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .optional()?
        .ok_or(Error::NotFound { what: "party", id })?;
    let names = conn
        .prepare("SELECT language, name FROM party_name WHERE party_id = ?1")?
        .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let members = conn
        .prepare("SELECT member_id FROM group_member WHERE group_id = ?1 ORDER BY member_id")?
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Party {
        id,
        kind: PartyKind::parse(&kind)?,
        role: PartyRole::parse(&role)?,
        names,
        members,
    })
}

/// The agreement's parties, observers and groups, in the order they were added.
pub fn of_agreement(conn: &Connection, agreement_id: AgreementId) -> Result<Vec<Party>> {
    let ids: Vec<PartyId> = conn
        .prepare("SELECT id FROM party WHERE agreement_id = ?1 ORDER BY position, id")?
        .query_map([agreement_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter().map(|id| load(conn, id)).collect()
}

/// The ids of the agreement's parties, observers and groups.
pub fn ids(conn: &Connection, agreement_id: AgreementId) -> Result<Vec<PartyId>> {
    Ok(conn
        .prepare("SELECT id FROM party WHERE agreement_id = ?1")?
        .query_map([agreement_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// The agreement the party belongs to.
pub fn agreement_of(conn: &Connection, party_id: PartyId) -> Result<AgreementId> {
    conn.query_row(
        "SELECT agreement_id FROM party WHERE id = ?1",
        [party_id],
        |row| row.get(0),
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "party",
        id: party_id,
    })
}

/// Whether another party of the agreement already bears `name` in `language`,
/// letter case aside.
pub fn name_taken(
    conn: &Connection,
    agreement_id: AgreementId,
    language: &str,
    name: &str,
) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT party_id FROM party_name
             WHERE agreement_id = ?1 AND language = ?2 AND name = ?3 COLLATE NOCASE",
            params![agreement_id, language, name],
            |row| row.get::<_, i64>(0),
        )
        .optional()?
        .is_some())
}

/// A new party after the agreement's others, with its names.
pub fn insert(
    conn: &Connection,
    agreement_id: AgreementId,
    kind: PartyKind,
    role: PartyRole,
    names: &BTreeMap<String, String>,
) -> Result<PartyId> {
    conn.execute(
        "INSERT INTO party (agreement_id, kind, role, position)
         VALUES (?1, ?2, ?3, (SELECT COALESCE(MAX(position) + 1, 0) FROM party WHERE agreement_id = ?1))",
        params![agreement_id, kind.as_str(), role.as_str()],
    )?;
    let id = conn.last_insert_rowid();
    for (code, name) in names {
        conn.execute(
            "INSERT INTO party_name (party_id, agreement_id, language, name) VALUES (?1, ?2, ?3, ?4)",
            params![id, agreement_id, code, name],
        )?;
    }
    Ok(id)
}

pub fn delete(conn: &Connection, party_id: PartyId) -> Result<()> {
    conn.execute("DELETE FROM party WHERE id = ?1", [party_id])?;
    Ok(())
}

/// Whether positions, proposed options or statements of the party are on record.
pub fn has_record(conn: &Connection, party_id: PartyId) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM position WHERE party_id = ?1)
             OR EXISTS (SELECT 1 FROM option_proposer WHERE party_id = ?1)
             OR EXISTS (SELECT 1 FROM statement WHERE party_id = ?1)",
        [party_id],
        |row| row.get(0),
    )?)
}

pub fn clear_members(conn: &Connection, group_id: PartyId) -> Result<()> {
    conn.execute("DELETE FROM group_member WHERE group_id = ?1", [group_id])?;
    Ok(())
}

pub fn add_member(conn: &Connection, group_id: PartyId, member: PartyId) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO group_member (group_id, member_id) VALUES (?1, ?2)",
        params![group_id, member],
    )?;
    Ok(())
}

/// The kind of each of the agreement's parties, in order.
pub fn kinds(conn: &Connection, agreement_id: AgreementId) -> Result<Vec<(PartyId, PartyKind)>> {
    conn.prepare("SELECT id, kind FROM party WHERE agreement_id = ?1 ORDER BY position, id")?
        .query_map([agreement_id], |row| {
            Ok((row.get::<_, PartyId>(0)?, row.get::<_, String>(1)?))
        })?
        .map(|row| {
            let (id, kind) = row?;
            Ok((id, PartyKind::parse(&kind)?))
        })
        .collect()
}

/// The groups a party belongs to.
pub fn groups_of(conn: &Connection, member: PartyId) -> Result<Vec<PartyId>> {
    Ok(conn
        .prepare_cached("SELECT group_id FROM group_member WHERE member_id = ?1 ORDER BY group_id")?
        .query_map([member], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}
