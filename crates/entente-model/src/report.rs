//! The provision × party matrix and its roll-up as data: what the service
//! computes and the report rendering writes out.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::{
    AgreementDocument, Clearance, PartyId, ProvisionId, ProvisionNode, ProvisionStatus, Stance,
};

/// One cell: where a party stands on a provision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub stance: Stance,
    /// Recorded for a group the party belongs to, not for the party itself.
    pub through_group: bool,
    pub clearance: Clearance,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatrixRow {
    pub provision: ProvisionNode,
    /// One per party of the matrix, in the order of `Report::parties`.
    pub cells: Vec<Option<Cell>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Blocked {
    pub provision_id: ProvisionId,
    pub opposed_by: Vec<PartyId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearConsensus {
    pub provision_id: ProvisionId,
    /// Parties that do not (yet) support it.
    pub holding_out: Vec<PartyId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PendingClearance {
    pub provision_id: ProvisionId,
    pub party_id: PartyId,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RollUp {
    pub provisions: usize,
    pub by_status: BTreeMap<ProvisionStatus, usize>,
    /// Share of provisions agreed, 0.0 to 1.0.
    pub share_agreed: f64,
    pub blocked: Vec<Blocked>,
    pub closest_to_consensus: Vec<NearConsensus>,
    /// (party, reservations), most first.
    pub most_reservations: Vec<(PartyId, usize)>,
    pub pending_clearances: Vec<PendingClearance>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub document: AgreementDocument,
    /// The columns: the parties themselves (not observers, not groups).
    pub parties: Vec<PartyId>,
    pub rows: Vec<MatrixRow>,
    pub roll_up: RollUp,
    /// Day by day, how much of the current text was agreed.
    pub progress: Vec<DayProgress>,
}

/// Where the current text stood at the end of a day on which something changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayProgress {
    /// YYYY-MM-DD (UTC).
    pub day: String,
    /// Provisions of the current text that existed by then, and how many were agreed.
    pub provisions: usize,
    pub agreed: usize,
}
