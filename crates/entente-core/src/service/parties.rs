use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension, Transaction};

use super::agreements::{agreement_language, load_agreement, touch};
use super::Entente;
use crate::error::{Error, Result};
use crate::model::InvalidValue;
use crate::model::{AgreementId, NewParty, Party, PartyId, PartyKind, PartyRole, ProvisionText};

impl Entente {
    /// Adds a state, organisation or group to the agreement. Names are given
    /// per language; no two parties may share a name in the same language.
    pub fn add_party(&self, agreement_id: AgreementId, new: &NewParty) -> Result<Party> {
        let id = self.store.write(|tx| insert_party(tx, agreement_id, new))?;
        self.store.read(|tx| load_party(tx, id))
    }

    /// Replaces the member parties of a group.
    pub fn set_group_members(&self, group_id: PartyId, members: &[PartyId]) -> Result<Party> {
        self.store.write(|tx| {
            let group = load_party(tx, group_id)?;
            if group.kind != PartyKind::Group {
                return Err(Error::InvalidValue(InvalidValue {
                    field: "group",
                    value: group_id.to_string(),
                }));
            }
            let agreement_id = party_agreement(tx, group_id)?;
            tx.execute("DELETE FROM group_member WHERE group_id = ?1", [group_id])?;
            write_members(tx, agreement_id, group_id, members)?;
            touch(tx, agreement_id)
        })?;
        self.store.read(|tx| load_party(tx, group_id))
    }

    /// Removes a party from the agreement (and from the groups it belonged
    /// to). A party whose positions or proposals are on record stays:
    /// removing it would erase part of the negotiation's history.
    pub fn remove_party(&self, party_id: PartyId) -> Result<()> {
        self.store.write(|tx| {
            let agreement_id = party_agreement(tx, party_id)?;
            let has_positions: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM position WHERE party_id = ?1)
                     OR EXISTS (SELECT 1 FROM option_proposer WHERE party_id = ?1)
                     OR EXISTS (SELECT 1 FROM statement WHERE party_id = ?1)",
                [party_id],
                |row| row.get(0),
            )?;
            if has_positions || proposes_bracketed_words(tx, agreement_id, party_id)? {
                let party = load_party(tx, party_id)?;
                let name = party.names.values().next().cloned().unwrap_or_default();
                return Err(Error::PartyHasPositions { name });
            }
            tx.execute("DELETE FROM party WHERE id = ?1", [party_id])?;
            touch(tx, agreement_id)
        })
    }

    pub fn parties(&self, agreement_id: AgreementId) -> Result<Vec<Party>> {
        self.store.read(|tx| {
            load_agreement(tx, agreement_id)?;
            load_parties(tx, agreement_id)
        })
    }
}

fn write_members(
    tx: &Transaction,
    agreement_id: AgreementId,
    group_id: PartyId,
    members: &[PartyId],
) -> Result<()> {
    for &member in members {
        let party = load_party(tx, member)?;
        if party_agreement(tx, member)? != agreement_id {
            return Err(Error::NotFound {
                what: "party",
                id: member,
            });
        }
        if party.kind == PartyKind::Group {
            return Err(Error::GroupInGroup);
        }
        tx.execute(
            "INSERT OR IGNORE INTO group_member (group_id, member_id) VALUES (?1, ?2)",
            params![group_id, member],
        )?;
    }
    Ok(())
}

pub(super) fn party_agreement(tx: &Transaction, party_id: PartyId) -> Result<AgreementId> {
    tx.query_row(
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

/// Adds a party inside a transaction (see `add_party`).
pub(super) fn insert_party(
    tx: &Transaction,
    agreement_id: AgreementId,
    new: &NewParty,
) -> Result<PartyId> {
    let agreement = load_agreement(tx, agreement_id)?;
    let mut names = BTreeMap::new();
    for (code, name) in &new.names {
        let code = agreement_language(&agreement, code)?;
        if !name.trim().is_empty() {
            names.insert(code, name.trim().to_string());
        }
    }
    if names.is_empty() {
        return Err(Error::EmptyField { field: "name" });
    }
    for (code, name) in &names {
        let taken: Option<i64> = tx
            .query_row(
                "SELECT party_id FROM party_name
                 WHERE agreement_id = ?1 AND language = ?2 AND name = ?3 COLLATE NOCASE",
                params![agreement_id, code, name],
                |row| row.get(0),
            )
            .optional()?;
        if taken.is_some() {
            return Err(Error::DuplicateParty { name: name.clone() });
        }
    }
    tx.execute(
        "INSERT INTO party (agreement_id, kind, role, position)
         VALUES (?1, ?2, ?3, (SELECT COALESCE(MAX(position) + 1, 0) FROM party WHERE agreement_id = ?1))",
        params![agreement_id, new.kind.as_str(), new.role.as_str()],
    )?;
    let id = tx.last_insert_rowid();
    for (code, name) in &names {
        tx.execute(
            "INSERT INTO party_name (party_id, agreement_id, language, name) VALUES (?1, ?2, ?3, ?4)",
            params![id, agreement_id, code, name],
        )?;
    }
    if new.kind == PartyKind::Group {
        write_members(tx, agreement_id, id, &new.members)?;
    } else if !new.members.is_empty() {
        return Err(Error::InvalidValue(InvalidValue {
            field: "members",
            value: format!("{:?}", new.members),
        }));
    }
    touch(tx, agreement_id)?;
    Ok(id)
}

/// Whether a bracketed span of the agreement's text (or of an option) names
/// the party as its proposer.
fn proposes_bracketed_words(
    tx: &Transaction,
    agreement_id: AgreementId,
    party_id: PartyId,
) -> Result<bool> {
    let mut statement = tx.prepare(
        "SELECT t.heading, t.body FROM provision_text t
             JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1
         UNION ALL
         SELECT '', t.body FROM option_text t
             JOIN provision_option o ON o.id = t.option_id
             JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        let text = ProvisionText {
            heading: row.get(0)?,
            body: row.get(1)?,
        };
        if crate::brackets::of_text(&text)
            .iter()
            .any(|bracket| bracket.proposers.contains(&party_id))
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The ids of the agreement's parties, observers and groups.
pub(super) fn party_ids(tx: &Transaction, agreement_id: AgreementId) -> Result<Vec<PartyId>> {
    Ok(tx
        .prepare("SELECT id FROM party WHERE agreement_id = ?1")?
        .query_map([agreement_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

pub(super) fn load_parties(tx: &Transaction, agreement_id: AgreementId) -> Result<Vec<Party>> {
    let ids: Vec<PartyId> = tx
        .prepare("SELECT id FROM party WHERE agreement_id = ?1 ORDER BY position, id")?
        .query_map([agreement_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter().map(|id| load_party(tx, id)).collect()
}

pub(super) fn load_party(tx: &Transaction, id: PartyId) -> Result<Party> {
    let (kind, role): (String, String) = tx
        .query_row("SELECT kind, role FROM party WHERE id = ?1", [id], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .optional()?
        .ok_or(Error::NotFound { what: "party", id })?;
    let names = tx
        .prepare("SELECT language, name FROM party_name WHERE party_id = ?1")?
        .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let members = tx
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
