//! The provision × party matrix and the roll-up a head of delegation asks
//! for: what is agreed, what is blocked and by whom, what is closest to
//! consensus, who holds most reservations, which clearances are pending.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::document::load_document;
use super::Entente;
use crate::error::Result;
use crate::model::report::{
    Blocked, Cell, DayProgress, MatrixRow, NearConsensus, PendingClearance, Report, RollUp,
};
use crate::model::{
    AgreementDocument, AgreementId, Clearance, PartyId, PartyKind, PartyRole, ProvisionId,
    ProvisionKind, ProvisionNode, ProvisionStatus, Stance,
};
use crate::store::history::{self, StatusEvent};
use crate::store::positions::{self, CurrentStance};

/// How many of the closest-to-consensus provisions the roll-up names.
const CLOSEST: usize = 5;

impl Entente {
    pub fn report(&self, agreement_id: AgreementId) -> Result<Report> {
        self.store.read(|tx| {
            let document = load_document(tx, agreement_id)?;
            let latest = positions::current_stances(tx, agreement_id)?;
            let events = history::status_events(tx, agreement_id)?;
            let mut report = build(document, &latest);
            let counted: HashSet<ProvisionId> =
                report.rows.iter().map(|r| r.provision.id).collect();
            report.progress = progress(&events, &counted);
            Ok(report)
        })
    }
}

fn build(
    document: AgreementDocument,
    latest: &HashMap<(ProvisionId, PartyId), CurrentStance>,
) -> Report {
    let parties: Vec<PartyId> = document
        .parties
        .iter()
        .filter(|p| p.kind != PartyKind::Group && p.role == PartyRole::Party)
        .map(|p| p.id)
        .collect();
    let mut groups_of: HashMap<PartyId, Vec<PartyId>> = HashMap::new();
    for group in document
        .parties
        .iter()
        .filter(|p| p.kind == PartyKind::Group)
    {
        for member in &group.members {
            groups_of.entry(*member).or_default().push(group.id);
        }
    }
    // A party's own position, else the most recent of its groups' (the rule
    // `Entente::positions` follows too).
    let cell = |provision: ProvisionId, party: PartyId| -> Option<Cell> {
        let cell = |p: &CurrentStance, through_group| Cell {
            stance: p.stance,
            through_group,
            clearance: p.clearance,
        };
        if let Some(own) = latest.get(&(provision, party)) {
            return Some(cell(own, false));
        }
        groups_of
            .get(&party)?
            .iter()
            .filter_map(|group| latest.get(&(provision, *group)))
            .max_by_key(|p| p.id)
            .map(|p| cell(p, true))
    };

    let negotiated =
        |node: &&ProvisionNode| !matches!(node.kind, ProvisionKind::Part | ProvisionKind::Chapter);
    let rows: Vec<MatrixRow> = document
        .provisions
        .iter()
        .filter(negotiated)
        .map(|node| MatrixRow {
            provision: node.clone(),
            cells: parties.iter().map(|&party| cell(node.id, party)).collect(),
        })
        .collect();

    let mut by_status = BTreeMap::new();
    let mut blocked = Vec::new();
    let mut near = Vec::new();
    let mut reservations: BTreeMap<PartyId, usize> = BTreeMap::new();
    let mut pending_clearances = Vec::new();
    for row in &rows {
        *by_status.entry(row.provision.status).or_insert(0) += 1;
        let mut opposed_by = Vec::new();
        let mut holding_out = Vec::new();
        for (party, cell) in parties.iter().zip(&row.cells) {
            let stance = cell.as_ref().map(|c| c.stance);
            if stance == Some(Stance::Opposes) {
                opposed_by.push(*party);
            }
            if stance == Some(Stance::Reservation) {
                *reservations.entry(*party).or_insert(0) += 1;
            }
            if !matches!(stance, Some(Stance::Supports | Stance::Flexible)) {
                holding_out.push(*party);
            }
            if cell
                .as_ref()
                .is_some_and(|c| c.clearance == Clearance::PendingCapital)
            {
                pending_clearances.push(PendingClearance {
                    provision_id: row.provision.id,
                    party_id: *party,
                });
            }
        }
        if row.provision.status != ProvisionStatus::Agreed {
            if !opposed_by.is_empty() {
                blocked.push(Blocked {
                    provision_id: row.provision.id,
                    opposed_by,
                });
            }
            // A provision nobody supports yet is not close to anything.
            if holding_out.len() < parties.len() {
                near.push(NearConsensus {
                    provision_id: row.provision.id,
                    holding_out,
                });
            }
        }
    }
    // Fewest parties still to convince first; the text's order breaks ties.
    near.sort_by_key(|n| n.holding_out.len());
    near.truncate(CLOSEST);
    let mut most_reservations: Vec<(PartyId, usize)> = reservations.into_iter().collect();
    most_reservations.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let agreed = by_status
        .get(&ProvisionStatus::Agreed)
        .copied()
        .unwrap_or(0);
    let roll_up = RollUp {
        provisions: rows.len(),
        share_agreed: if rows.is_empty() {
            0.0
        } else {
            agreed as f64 / rows.len() as f64
        },
        by_status,
        blocked,
        closest_to_consensus: near,
        most_reservations,
        pending_clearances,
    };
    Report {
        document,
        parties,
        rows,
        roll_up,
        progress: Vec::new(),
    }
}

/// Replays the history day by day: for each day something happened, how
/// many provisions of the current text existed and how many were agreed.
fn progress(events: &[StatusEvent], counted: &HashSet<ProvisionId>) -> Vec<DayProgress> {
    let mut status: HashMap<ProvisionId, ProvisionStatus> = HashMap::new();
    let mut days: Vec<DayProgress> = Vec::new();
    for event in events.iter().filter(|e| counted.contains(&e.provision_id)) {
        status.insert(event.provision_id, event.status.unwrap_or_default());
        let point = DayProgress {
            day: event.day.clone(),
            provisions: status.len(),
            agreed: status
                .values()
                .filter(|&&s| s == ProvisionStatus::Agreed)
                .count(),
        };
        match days.last_mut() {
            Some(last) if last.day == point.day => *last = point,
            _ => days.push(point),
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(provision_id: ProvisionId, day: &str, status: Option<ProvisionStatus>) -> StatusEvent {
        StatusEvent {
            provision_id,
            day: day.to_string(),
            status,
        }
    }

    #[test]
    fn progress_replays_the_history_day_by_day() {
        use ProvisionStatus::*;
        let events = [
            event(1, "2026-03-01", None),
            event(2, "2026-03-01", None),
            event(9, "2026-03-01", None), // a chapter heading: not counted
            event(1, "2026-03-02", Some(Agreed)),
            event(3, "2026-03-04", None),
            event(2, "2026-03-04", Some(AgreedAdReferendum)),
            event(2, "2026-03-04", Some(Agreed)),
            event(1, "2026-03-05", Some(Pending)),
        ];
        let counted: HashSet<ProvisionId> = [1, 2, 3].into();
        let days: Vec<_> = progress(&events, &counted)
            .into_iter()
            .map(|d| (d.day, d.provisions, d.agreed))
            .collect();
        assert_eq!(
            days,
            [
                ("2026-03-01".to_string(), 2, 0),
                ("2026-03-02".to_string(), 2, 1),
                ("2026-03-04".to_string(), 3, 2),
                ("2026-03-05".to_string(), 3, 1),
            ]
        );
    }
}
