//! The stable ids (`uid` columns) that name the same agreement, party,
//! provision, option or position on every machine, whatever its row id is
//! in each database.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// A table whose rows carry a stable id.
#[derive(Clone, Copy)]
pub enum Stable {
    Agreement,
    Party,
    Provision,
    Option,
    Position,
}

impl Stable {
    fn table(self) -> &'static str {
        match self {
            Stable::Agreement => "agreement",
            Stable::Party => "party",
            Stable::Provision => "provision",
            Stable::Option => "provision_option",
            Stable::Position => "position",
        }
    }

    /// The column that holds the row the stable id is unique within.
    fn scope(self) -> Option<&'static str> {
        match self {
            Stable::Agreement | Stable::Position => None,
            Stable::Party | Stable::Provision => Some("agreement_id"),
            Stable::Option => Some("provision_id"),
        }
    }
}

/// The stable id of row `id`.
pub fn uid_of(conn: &Connection, kind: Stable, id: i64) -> Result<String> {
    let sql = format!("SELECT uid FROM {} WHERE id = ?1", kind.table());
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], |row| row.get(0))?)
}

/// The row that bears `uid`: of the agreement `within` for parties and
/// provisions, of the provision `within` for options, where their stable
/// ids are unique.
pub fn find(
    conn: &Connection,
    kind: Stable,
    within: Option<i64>,
    uid: &str,
) -> Result<Option<i64>> {
    let table = kind.table();
    let found = match (kind.scope(), within) {
        (Some(scope), Some(within)) => conn
            .prepare_cached(&format!(
                "SELECT id FROM {table} WHERE {scope} = ?1 AND uid = ?2"
            ))?
            .query_row(params![within, uid], |row| row.get(0))
            .optional()?,
        _ => conn
            .prepare_cached(&format!("SELECT id FROM {table} WHERE uid = ?1"))?
            .query_row([uid], |row| row.get(0))
            .optional()?,
    };
    Ok(found)
}
