//! Where the negotiation stands: the status of each provision, and the
//! position of every party on it, each change kept.

use rusqlite::Transaction;

use super::agreements::touch;
use super::options::is_open_option_of;
use super::parties::party_agreement;
use super::provisions::{live_provision, record, Change};
use super::{author, now, Entente};
use crate::error::{Error, Result};
use crate::model::InvalidValue;
use crate::model::{
    Clearance, HistoryAction, NewPosition, OptionId, PartyId, PartyKind, PartyPosition, Position,
    ProvisionId, ProvisionStatus, Stance,
};
pub(super) use crate::store::positions::Recorded;
use crate::store::{parties, positions, provisions};

impl Entente {
    /// Moves a provision to another status; the history records who, when,
    /// and the objection or note given with it.
    pub fn set_provision_status(
        &self,
        provision_id: ProvisionId,
        status: ProvisionStatus,
        note: &str,
    ) -> Result<()> {
        self.store.write(|tx| {
            let provision = live_provision(tx, provision_id)?;
            let current = provisions::status(tx, provision_id)?;
            let note = note.trim();
            if current == status && note.is_empty() {
                return Ok(());
            }
            provisions::set_status(tx, provision_id, status)?;
            let change = Change {
                status: Some((current, status)),
                note: Some(note).filter(|n| !n.is_empty()),
                ..Change::default()
            };
            record(
                tx,
                provision.agreement_id,
                provision_id,
                HistoryAction::StatusChanged,
                change,
            )?;
            touch(tx, provision.agreement_id)
        })
    }

    /// Records where a party (or a group, for all its members) stands on a
    /// provision. The earlier positions stay in its history.
    pub fn record_position(
        &self,
        provision_id: ProvisionId,
        party_id: PartyId,
        new: &NewPosition,
    ) -> Result<Position> {
        let new = checked(new)?;
        self.store.write(|tx| {
            let provision = live_provision(tx, provision_id)?;
            party_of_agreement(tx, party_id, provision.agreement_id)?;
            let options = new.option_stances.iter().map(|s| ("option", s.option_id));
            for (field, option) in new
                .preferred_option
                .map(|o| ("preferred-option", o))
                .into_iter()
                .chain(options)
            {
                if !is_open_option_of(tx, option, provision_id)? {
                    return Err(Error::InvalidValue(InvalidValue {
                        field,
                        value: option.to_string(),
                    }));
                }
            }
            let recorded = Recorded {
                at: now(),
                by: author(tx)?,
                uid: None,
            };
            let id = positions::insert(
                tx,
                provision.agreement_id,
                provision_id,
                party_id,
                &new,
                &recorded,
            )?;
            touch(tx, provision.agreement_id)?;
            Ok(positions::by_id(tx, id)?.expect("the position just written"))
        })
    }

    /// Where every party of the agreement stands on a provision: its own
    /// position and, for members of groups, the group's.
    pub fn positions(&self, provision_id: ProvisionId) -> Result<Vec<PartyPosition>> {
        self.store.read(|tx| {
            let provision = live_provision(tx, provision_id)?;
            let latest = positions::current_on(tx, provision_id)?;
            let own = |party: PartyId| latest.iter().find(|p| p.party_id == party).cloned();
            let mut result = Vec::new();
            for (party_id, kind) in parties::kinds(tx, provision.agreement_id)? {
                let through_group = if kind == PartyKind::Group {
                    None
                } else {
                    let groups = parties::groups_of(tx, party_id)?;
                    // The most recent position of any of its groups speaks for it.
                    groups.into_iter().filter_map(own).max_by_key(|p| p.id)
                };
                result.push(PartyPosition {
                    party_id,
                    own: own(party_id),
                    through_group,
                });
            }
            Ok(result)
        })
    }

    /// Every position recorded for a party on a provision, oldest first.
    pub fn position_history(
        &self,
        provision_id: ProvisionId,
        party_id: PartyId,
    ) -> Result<Vec<Position>> {
        self.store.read(|tx| {
            let provision = super::provisions::provision_row(tx, provision_id)?;
            party_of_agreement(tx, party_id, provision.agreement_id)?;
            let mut history = positions::of_provision(tx, provision_id)?;
            history.retain(|p| p.party_id == party_id);
            Ok(history)
        })
    }
}

/// Refuses what cannot be recorded: an amendment without its wording, a
/// clearance without its day, a day that is not a past date.
pub(super) fn checked(new: &NewPosition) -> Result<NewPosition> {
    checked_as_of(new, chrono::Local::now().date_naive())
}

/// [`checked`], with `today` the latest day a clearance may bear.
pub(super) fn checked_as_of(new: &NewPosition, today: chrono::NaiveDate) -> Result<NewPosition> {
    let amendment = new.amendment.trim().to_string();
    let mut options: Vec<OptionId> = new.option_stances.iter().map(|s| s.option_id).collect();
    options.sort_unstable();
    if let Some(twice) = options.windows(2).find(|pair| pair[0] == pair[1]) {
        return Err(Error::InvalidValue(InvalidValue {
            field: "option",
            value: twice[0].to_string(),
        }));
    }
    if new.stance == Stance::ProposesAmendment && amendment.is_empty() {
        return Err(Error::EmptyField { field: "amendment" });
    }
    let cleared_on = match new.clearance {
        Clearance::Cleared => Some(day_by(
            "cleared-on",
            new.cleared_on.as_deref().unwrap_or_default(),
            today,
        )?),
        Clearance::NotNeeded | Clearance::PendingCapital => None,
    };
    Ok(NewPosition {
        stance: new.stance,
        amendment: if new.stance == Stance::ProposesAmendment {
            amendment
        } else {
            String::new()
        },
        clearance: new.clearance,
        cleared_on,
        note: new.note.trim().to_string(),
        preferred_option: new.preferred_option,
        option_stances: new.option_stances.clone(),
    })
}

/// A day written YYYY-MM-DD that has come already, in the delegate's own
/// calendar ("today" in Nairobi is not yet today in UTC).
pub(super) fn past_day(field: &'static str, day: &str) -> Result<String> {
    day_by(field, day, chrono::Local::now().date_naive())
}

/// A day written YYYY-MM-DD, no later than `today`.
fn day_by(field: &'static str, day: &str, today: chrono::NaiveDate) -> Result<String> {
    let day = day.trim();
    if day.is_empty() {
        return Err(Error::EmptyField { field });
    }
    match chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(date) if date <= today => Ok(date.format("%Y-%m-%d").to_string()),
        _ => Err(Error::InvalidValue(InvalidValue {
            field,
            value: day.to_string(),
        })),
    }
}

/// Refuses a party of another agreement as if it did not exist.
pub(super) fn party_of_agreement(
    tx: &Transaction,
    party_id: PartyId,
    agreement_id: i64,
) -> Result<()> {
    if party_agreement(tx, party_id)? == agreement_id {
        Ok(())
    } else {
        Err(Error::NotFound {
            what: "party",
            id: party_id,
        })
    }
}
