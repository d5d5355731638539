//! Position packets (docs/exchange.md): a delegation sends its own party's
//! positions on an agreement as a small file, and the secretariat merges the
//! packets of many delegations into its record.
//!
//! A packet holds, for each provision, the whole history of the party's
//! positions there, each position named by its uid. Merging compares
//! histories: entries the secretariat already has are unchanged; new entries
//! are applied when the secretariat's latest entry is one the delegation had
//! seen; otherwise the secretariat's record changed since the packet was
//! made, and the two positions are shown side by side as a conflict, with
//! nothing written until the user takes the delegation's.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use rusqlite::Transaction;
use serde::{Deserialize, Serialize};

use super::agreements::{load_agreement, touch};
use super::negotiation::{checked_as_of, Recorded};
use super::parties::{load_party, party_agreement};
use super::{now, Entente};
use crate::error::{Error, Result};
use crate::exchange::{self, Envelope, FileKind};
use crate::model::InvalidValue;
use crate::model::{
    AgreementId, Clearance, NewPosition, OptionStance, PartyId, Position, ProvisionId, Stance,
};
use crate::store::positions;
use crate::store::uids::{find, uid_of, Stable};

#[derive(Serialize, Deserialize)]
struct Packet {
    #[serde(flatten)]
    envelope: Envelope,
    agreement: PacketAgreement,
    party: PacketParty,
    made_at: String,
    cells: Vec<PacketCell>,
}

#[derive(Serialize, Deserialize)]
struct PacketAgreement {
    uid: String,
    /// For the message when the agreement is not on the importing machine.
    title: String,
}

#[derive(Serialize, Deserialize)]
struct PacketParty {
    uid: String,
    names: BTreeMap<String, String>,
}

/// The party's positions on one provision, oldest first.
#[derive(Serialize, Deserialize)]
struct PacketCell {
    provision: String,
    history: Vec<PacketPosition>,
}

#[derive(Serialize, Deserialize)]
struct PacketPosition {
    uid: String,
    stance: Stance,
    #[serde(default)]
    amendment: String,
    #[serde(default)]
    clearance: Clearance,
    #[serde(default)]
    cleared_on: Option<String>,
    #[serde(default)]
    note: String,
    #[serde(default)]
    preferred_option: Option<String>,
    #[serde(default)]
    option_stances: Vec<PacketOptionStance>,
    recorded_at: String,
    recorded_by: String,
}

#[derive(Serialize, Deserialize)]
struct PacketOptionStance {
    option: String,
    stance: Stance,
}

/// What merging a packet did, cell by cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergeReport {
    pub agreement_id: AgreementId,
    pub party_id: PartyId,
    /// Provisions on which the delegation's newer positions were recorded.
    pub applied: Vec<ProvisionId>,
    /// Provisions on which the packet told nothing new.
    pub unchanged: Vec<ProvisionId>,
    /// Provisions on which the secretariat's record changed since the packet was made.
    pub conflicts: Vec<MergeConflict>,
}

/// The secretariat's current position and the delegation's, side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergeConflict {
    pub provision_id: ProvisionId,
    pub ours: Position,
    pub theirs: Position,
}

impl Entente {
    /// Writes `party_id`'s positions on the agreement (only what is shared:
    /// no private note has a place in a packet) to `path`; returns the
    /// number of provisions it speaks to.
    pub fn export_packet(
        &self,
        agreement_id: AgreementId,
        party_id: PartyId,
        path: &Path,
    ) -> Result<usize> {
        let packet = self
            .store
            .read(|tx| read_packet(tx, agreement_id, party_id))?;
        exchange::write(path, &packet)?;
        Ok(packet.cells.len())
    }

    /// Merges a delegation's packet into the record here, in one
    /// transaction. A conflict on a provision listed in `take_theirs` is
    /// resolved by recording the delegation's positions there; every other
    /// conflict is reported and left as it is.
    pub fn import_packet(&self, path: &Path, take_theirs: &[ProvisionId]) -> Result<MergeReport> {
        let packet: Packet = exchange::read(path, FileKind::Packet)?;
        self.store.write(|tx| merge(tx, &packet, take_theirs))
    }
}

fn read_packet(tx: &Transaction, agreement_id: AgreementId, party_id: PartyId) -> Result<Packet> {
    let agreement = load_agreement(tx, agreement_id)?;
    if party_agreement(tx, party_id)? != agreement_id {
        return Err(Error::NotFound {
            what: "party",
            id: party_id,
        });
    }
    let party = load_party(tx, party_id)?;
    let mut cells: Vec<PacketCell> = Vec::new();
    // Where each provision's cell is in `cells`, which keep the order of first positions.
    let mut cell_of = HashMap::new();
    for position in positions::of_party(tx, party_id)? {
        let option_uid = |id| uid_of(tx, Stable::Option, id);
        let entry = PacketPosition {
            uid: uid_of(tx, Stable::Position, position.id)?,
            stance: position.stance,
            amendment: position.amendment,
            clearance: position.clearance,
            cleared_on: position.cleared_on,
            note: position.note,
            preferred_option: position.preferred_option.map(option_uid).transpose()?,
            option_stances: position
                .option_stances
                .iter()
                .map(|s| {
                    Ok(PacketOptionStance {
                        option: option_uid(s.option_id)?,
                        stance: s.stance,
                    })
                })
                .collect::<Result<_>>()?,
            recorded_at: position.recorded_at,
            recorded_by: position.recorded_by,
        };
        let at = match cell_of.get(&position.provision_id) {
            Some(&at) => at,
            None => {
                cells.push(PacketCell {
                    provision: uid_of(tx, Stable::Provision, position.provision_id)?,
                    history: Vec::new(),
                });
                cell_of.insert(position.provision_id, cells.len() - 1);
                cells.len() - 1
            }
        };
        cells[at].history.push(entry);
    }
    Ok(Packet {
        envelope: Envelope::new(FileKind::Packet),
        agreement: PacketAgreement {
            uid: uid_of(tx, Stable::Agreement, agreement_id)?,
            title: agreement.title().to_string(),
        },
        party: PacketParty {
            uid: uid_of(tx, Stable::Party, party_id)?,
            names: party.names,
        },
        made_at: now(),
        cells,
    })
}

fn merge(tx: &Transaction, packet: &Packet, take_theirs: &[ProvisionId]) -> Result<MergeReport> {
    let agreement_id: AgreementId = find(tx, Stable::Agreement, None, &packet.agreement.uid)?
        .ok_or_else(|| Error::PacketAgreementNotHere {
            title: packet.agreement.title.clone(),
        })?;
    let party_id: PartyId = find(tx, Stable::Party, Some(agreement_id), &packet.party.uid)?
        .ok_or_else(|| Error::PacketPartyNotInAgreement {
            name: packet
                .party
                .names
                .values()
                .next()
                .cloned()
                .unwrap_or_default(),
        })?;

    let cells = read_cells(tx, agreement_id, party_id, packet)?;
    let mut report = MergeReport {
        agreement_id,
        party_id,
        applied: Vec::new(),
        unchanged: Vec::new(),
        conflicts: Vec::new(),
    };
    for (provision_id, history) in cells {
        let ours = positions::uids_in_cell(tx, provision_id, party_id)?;
        let known: HashSet<&str> = ours.iter().map(String::as_str).collect();
        let theirs: HashSet<&str> = history.iter().map(|(e, _)| e.uid.as_str()).collect();
        let new: Vec<_> = history
            .iter()
            .filter(|(entry, _)| !known.contains(entry.uid.as_str()))
            .collect();
        if new.is_empty() {
            report.unchanged.push(provision_id);
            continue;
        }
        let seen_by_them = ours
            .last()
            .is_none_or(|latest| theirs.contains(latest.as_str()));
        if !seen_by_them && !take_theirs.contains(&provision_id) {
            let (entry, position) = history.last().expect("new entries are in it");
            report.conflicts.push(MergeConflict {
                provision_id,
                ours: positions::current(tx, provision_id, party_id)?
                    .expect("a conflict is with a current position"),
                theirs: Position {
                    id: 0,
                    provision_id,
                    party_id,
                    stance: position.stance,
                    amendment: position.amendment.clone(),
                    clearance: position.clearance,
                    cleared_on: position.cleared_on.clone(),
                    note: position.note.clone(),
                    preferred_option: position.preferred_option,
                    option_stances: position.option_stances.clone(),
                    recorded_at: entry.recorded_at.clone(),
                    recorded_by: entry.recorded_by.clone(),
                },
            });
            continue;
        }
        for (entry, position) in new {
            let recorded = Recorded {
                at: entry.recorded_at.clone(),
                by: entry.recorded_by.clone(),
                uid: Some(entry.uid.clone()),
            };
            positions::insert(
                tx,
                agreement_id,
                provision_id,
                party_id,
                position,
                &recorded,
            )?;
        }
        report.applied.push(provision_id);
    }
    if !report.applied.is_empty() {
        touch(tx, agreement_id)?;
    }
    Ok(report)
}

/// A provision of the packet, here, with each position as written in the
/// packet and as it would be recorded here.
type Cell<'p> = (ProvisionId, Vec<(&'p PacketPosition, NewPosition)>);

/// Each cell of the packet with its positions read as this agreement's:
/// every provision and option the packet names must be here, an option of
/// that provision, each position as `record_position` would accept it, and
/// no position twice. Nothing is merged otherwise.
fn read_cells<'p>(
    tx: &Transaction,
    agreement_id: AgreementId,
    party_id: PartyId,
    packet: &'p Packet,
) -> Result<Vec<Cell<'p>>> {
    // A packet comes from anywhere: a clearance may bear the day it already
    // is somewhere on Earth (UTC+14), though not yet here.
    let latest_day = (chrono::Utc::now() + chrono::Duration::hours(14)).date_naive();
    let mut cells = Vec::new();
    let mut missing = 0;
    let (mut seen, mut provisions_seen) = (HashSet::new(), HashSet::new());
    for cell in &packet.cells {
        if !provisions_seen.insert(cell.provision.as_str()) {
            return Err(Error::InvalidValue(InvalidValue {
                field: "provision",
                value: cell.provision.clone(),
            }));
        }
        let Some(provision_id) = find(tx, Stable::Provision, Some(agreement_id), &cell.provision)?
        else {
            missing += 1;
            continue;
        };
        let option = |uid: &String| find(tx, Stable::Option, Some(provision_id), uid);
        let mut history = Vec::new();
        for entry in &cell.history {
            // A position here already is in its own cell; the same uid in
            // another one (or twice in the packet) is not the same position.
            let here = positions::cell_of(tx, &entry.uid)?;
            let elsewhere = here.is_some_and(|cell| cell != (provision_id, party_id));
            if elsewhere || !seen.insert(entry.uid.as_str()) {
                return Err(Error::InvalidValue(InvalidValue {
                    field: "position",
                    value: entry.uid.clone(),
                }));
            }
            let preferred = entry.preferred_option.as_ref().map(option).transpose()?;
            let stances = entry
                .option_stances
                .iter()
                .map(|s| {
                    Ok(option(&s.option)?.map(|option_id| OptionStance {
                        option_id,
                        stance: s.stance,
                    }))
                })
                .collect::<Result<Option<Vec<_>>>>()?;
            let (Some(option_stances), false) = (stances, preferred.is_some_and(|p| p.is_none()))
            else {
                missing += 1;
                continue;
            };
            let position = checked_as_of(
                &NewPosition {
                    stance: entry.stance,
                    amendment: entry.amendment.clone(),
                    clearance: entry.clearance,
                    cleared_on: entry.cleared_on.clone(),
                    note: entry.note.clone(),
                    preferred_option: preferred.flatten(),
                    option_stances,
                },
                latest_day,
            )?;
            history.push((entry, position));
        }
        cells.push((provision_id, history));
    }
    if missing > 0 {
        return Err(Error::PacketTextNotHere { count: missing });
    }
    Ok(cells)
}
