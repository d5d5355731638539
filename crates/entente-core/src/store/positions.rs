//! The `position`, `position_option_stance` and `current_position` tables:
//! every position a party has taken on a provision, and which is current.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::model::{
    AgreementId, Clearance, NewPosition, OptionStance, PartyId, Position, ProvisionId, Stance,
};

/// When and by whom a position was recorded, and its uid when it comes
/// from another machine (else the database gives it one).
pub struct Recorded {
    pub at: String,
    pub by: String,
    pub uid: Option<String>,
}

/// Appends a position to the history of its cell and makes it the current one.
pub fn insert(
    conn: &Connection,
    agreement_id: AgreementId,
    provision_id: ProvisionId,
    party_id: PartyId,
    new: &NewPosition,
    recorded: &Recorded,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO position (agreement_id, provision_id, party_id, stance, amendment,
                               clearance, cleared_on, note, recorded_at, recorded_by,
                               preferred_option_id, uid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            agreement_id,
            provision_id,
            party_id,
            new.stance.as_str(),
            new.amendment,
            new.clearance.as_str(),
            new.cleared_on,
            new.note,
            recorded.at,
            recorded.by,
            new.preferred_option,
            recorded.uid,
        ],
    )?;
    let id = conn.last_insert_rowid();
    for option in &new.option_stances {
        conn.execute(
            "INSERT INTO position_option_stance (position_id, option_id, stance) VALUES (?1, ?2, ?3)",
            params![id, option.option_id, option.stance.as_str()],
        )?;
    }
    conn.execute(
        "INSERT INTO current_position (provision_id, party_id, position_id, agreement_id)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (provision_id, party_id) DO UPDATE SET position_id = excluded.position_id",
        params![provision_id, party_id, id, agreement_id],
    )?;
    Ok(id)
}

/// The position recorded as `id`.
pub fn by_id(conn: &Connection, id: i64) -> Result<Option<Position>> {
    Ok(query(conn, "WHERE id = ?1", id)?.pop())
}

/// Every position recorded on a provision, oldest first.
pub fn of_provision(conn: &Connection, provision_id: ProvisionId) -> Result<Vec<Position>> {
    query(conn, "WHERE provision_id = ?1", provision_id)
}

/// Every position a party has recorded, oldest first.
pub fn of_party(conn: &Connection, party_id: PartyId) -> Result<Vec<Position>> {
    query(conn, "WHERE party_id = ?1", party_id)
}

/// The current position of each party on a provision.
pub fn current_on(conn: &Connection, provision_id: ProvisionId) -> Result<Vec<Position>> {
    query(
        conn,
        "WHERE id IN (SELECT position_id FROM current_position WHERE provision_id = ?1)",
        provision_id,
    )
}

fn query(conn: &Connection, filter: &str, value: i64) -> Result<Vec<Position>> {
    let sql = format!(
        "SELECT id, provision_id, party_id, stance, amendment, clearance, cleared_on, note,
                recorded_at, recorded_by, preferred_option_id
         FROM position {filter} ORDER BY id"
    );
    let mut statement = conn.prepare(&sql)?;
    let mut option_stances = conn.prepare_cached(
        "SELECT option_id, stance FROM position_option_stance WHERE position_id = ?1 ORDER BY option_id",
    )?;
    let mut rows = statement.query([value])?;
    let mut positions = Vec::new();
    while let Some(row) = rows.next()? {
        let id = row.get(0)?;
        positions.push(Position {
            id,
            provision_id: row.get(1)?,
            party_id: row.get(2)?,
            stance: Stance::parse(&row.get::<_, String>(3)?)?,
            amendment: row.get(4)?,
            clearance: Clearance::parse(&row.get::<_, String>(5)?)?,
            cleared_on: row.get(6)?,
            note: row.get(7)?,
            recorded_at: row.get(8)?,
            recorded_by: row.get(9)?,
            preferred_option: row.get(10)?,
            option_stances: option_stances
                .query_map([id], |row| Ok((row.get(0)?, row.get::<_, String>(1)?)))?
                .map(|row| {
                    let (option_id, stance) = row?;
                    Ok(OptionStance {
                        option_id,
                        stance: Stance::parse(&stance)?,
                    })
                })
                .collect::<Result<_>>()?,
        });
    }
    Ok(positions)
}

/// The current position of a party on a provision, if it has one.
pub fn current(
    conn: &Connection,
    provision_id: ProvisionId,
    party_id: PartyId,
) -> Result<Option<Position>> {
    let id: Option<i64> = conn
        .query_row(
            "SELECT position_id FROM current_position WHERE provision_id = ?1 AND party_id = ?2",
            [provision_id, party_id],
            |row| row.get(0),
        )
        .optional()?;
    match id {
        Some(id) => by_id(conn, id),
        None => Ok(None),
    }
}

/// The stable ids of every position of a party on a provision, oldest first.
pub fn uids_in_cell(
    conn: &Connection,
    provision_id: ProvisionId,
    party_id: PartyId,
) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT uid FROM position WHERE provision_id = ?1 AND party_id = ?2 ORDER BY id",
        )?
        .query_map([provision_id, party_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// The provision and party of the position with stable id `uid`, if it is here.
pub fn cell_of(conn: &Connection, uid: &str) -> Result<Option<(ProvisionId, PartyId)>> {
    Ok(conn
        .prepare_cached("SELECT provision_id, party_id FROM position WHERE uid = ?1")?
        .query_row([uid], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?)
}

/// The current position of one cell, as the matrix needs it.
pub struct CurrentStance {
    pub id: i64,
    pub stance: Stance,
    pub clearance: Clearance,
}

/// The current stance of each party on each provision of the agreement.
pub fn current_stances(
    conn: &Connection,
    agreement_id: AgreementId,
) -> Result<HashMap<(ProvisionId, PartyId), CurrentStance>> {
    let mut latest = HashMap::new();
    let mut statement = conn.prepare(
        "SELECT p.provision_id, p.party_id, p.stance, p.clearance, p.id
         FROM current_position c JOIN position p ON p.id = c.position_id
         WHERE c.agreement_id = ?1",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        latest.insert(
            (row.get(0)?, row.get(1)?),
            CurrentStance {
                id: row.get(4)?,
                stance: Stance::parse(&row.get::<_, String>(2)?)?,
                clearance: Clearance::parse(&row.get::<_, String>(3)?)?,
            },
        );
    }
    Ok(latest)
}

/// The wording of every amendment currently proposed on the agreement's
/// provisions, by provision, in the order they were proposed.
pub fn current_amendments(
    conn: &Connection,
    agreement_id: AgreementId,
) -> Result<BTreeMap<ProvisionId, Vec<String>>> {
    let mut amendments: BTreeMap<ProvisionId, Vec<String>> = BTreeMap::new();
    let mut statement = conn.prepare(
        "SELECT p.provision_id, p.amendment FROM current_position c
         JOIN position p ON p.id = c.position_id
         WHERE c.agreement_id = ?1 AND p.stance = 'proposes-amendment'
         ORDER BY p.provision_id, p.id",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        amendments.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    Ok(amendments)
}
