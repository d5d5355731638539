use std::collections::BTreeMap;

use rusqlite::Transaction;

use super::agreements::{agreement_language, load_agreement, touch};
use super::Entente;
use crate::error::{Error, Result};
use crate::model::InvalidValue;
use crate::model::{AgreementId, NewParty, Party, PartyId, PartyKind};
use crate::store::parties as table;
pub(super) use crate::store::parties::{
    agreement_of as party_agreement, ids as party_ids, load as load_party,
    of_agreement as load_parties,
};
use crate::store::provisions;

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
            table::clear_members(tx, group_id)?;
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
            if table::has_record(tx, party_id)?
                || proposes_bracketed_words(tx, agreement_id, party_id)?
            {
                let party = load_party(tx, party_id)?;
                let name = party.names.values().next().cloned().unwrap_or_default();
                return Err(Error::PartyHasPositions { name });
            }
            table::delete(tx, party_id)?;
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
        table::add_member(tx, group_id, member)?;
    }
    Ok(())
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
        if table::name_taken(tx, agreement_id, code, name)? {
            return Err(Error::DuplicateParty { name: name.clone() });
        }
    }
    let id = table::insert(tx, agreement_id, new.kind, new.role, &names)?;
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
    Ok(provisions::words_of_agreement(tx, agreement_id)?
        .iter()
        .any(|text| {
            crate::brackets::of_text(text)
                .iter()
                .any(|bracket| bracket.proposers.contains(&party_id))
        }))
}
