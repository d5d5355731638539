//! Building the text: adding, editing, moving, deleting and restoring
//! provisions, each change recorded in the provision's history.

use std::collections::BTreeMap;

use rusqlite::Transaction;

use super::agreements::{agreement_language, load_agreement, touch};
use super::parties::party_ids;
use super::{author, now, Entente};
use crate::error::{Error, Result};
use crate::model::{
    AgreementId, HistoryAction, HistoryEntry, InvalidValue, NumberingMode, Placement, ProvisionId,
    ProvisionKind, ProvisionText,
};
pub(super) use crate::store::history::Change;
use crate::store::history::{self, NewEntry};
use crate::store::provenance;
use crate::store::provisions as table;
pub(super) use crate::store::provisions::{
    row as provision_row, siblings, write_positions, ProvisionRow, Sibling,
};

impl Entente {
    /// Adds a provision with its text in any of the agreement's languages and
    /// returns its id, which no other provision will ever carry.
    pub fn add_provision(
        &self,
        agreement_id: AgreementId,
        kind: ProvisionKind,
        placement: Placement,
        texts: &BTreeMap<String, ProvisionText>,
    ) -> Result<ProvisionId> {
        self.store
            .write(|tx| insert_provision(tx, agreement_id, kind, placement, texts))
    }

    /// Adds a provision where a drafter working on `near` expects it: after
    /// `near` when it is of the same kind, inside it when it can hold the new
    /// kind, otherwise after the nearest enclosing provision that can stand
    /// beside it, or in its usual place at the top level.
    pub fn add_provision_near(
        &self,
        agreement_id: AgreementId,
        kind: ProvisionKind,
        near: Option<ProvisionId>,
        texts: &BTreeMap<String, ProvisionText>,
    ) -> Result<ProvisionId> {
        self.store.write(|tx| {
            let placement = placement_near(tx, agreement_id, kind, near)?;
            insert_provision(tx, agreement_id, kind, placement, texts)
        })
    }

    /// Replaces a provision's heading and body in one language.
    pub fn set_provision_text(
        &self,
        provision_id: ProvisionId,
        language: &str,
        text: &ProvisionText,
    ) -> Result<()> {
        self.store.write(|tx| {
            let provision = live_provision(tx, provision_id)?;
            let agreement = load_agreement(tx, provision.agreement_id)?;
            let code = agreement_language(&agreement, language)?;
            edit_text(tx, provision.agreement_id, provision_id, &code, text)?;
            touch(tx, provision.agreement_id)
        })
    }

    /// Moves a provision (with its sub-provisions) to a new place; numbers follow.
    pub fn move_provision(&self, provision_id: ProvisionId, placement: Placement) -> Result<()> {
        self.store.write(|tx| {
            let provision = live_provision(tx, provision_id)?;
            let agreement_id = provision.agreement_id;
            let mut ancestor = placement.parent;
            while let Some(id) = ancestor {
                if id == provision_id {
                    return Err(Error::MoveUnderItself);
                }
                ancestor = provision_row(tx, id)?.parent_id;
            }
            check_parent(tx, agreement_id, provision.kind, placement.parent)?;

            let mut old_siblings = siblings(tx, agreement_id, provision.parent_id)?;
            old_siblings.retain(|s| s.id != provision_id);
            write_positions(tx, &old_siblings)?;

            let mut new_siblings = siblings(tx, agreement_id, placement.parent)?;
            new_siblings.retain(|s| s.id != provision_id);
            let slot = slot_for(&new_siblings, provision.kind, placement);
            let moved = Sibling {
                id: provision_id,
                kind: provision.kind,
                deleted: false,
            };
            new_siblings.insert(slot, moved);
            table::set_parent(tx, provision_id, placement.parent)?;
            write_positions(tx, &new_siblings)?;
            record(
                tx,
                agreement_id,
                provision_id,
                HistoryAction::Moved,
                Change::default(),
            )?;
            touch(tx, agreement_id)
        })
    }

    /// Numbers a provision as counted (Article 3), inserted after the one
    /// before it (Article 3 bis) or not at all; the numbers after it follow.
    pub fn set_numbering(&self, provision_id: ProvisionId, numbering: NumberingMode) -> Result<()> {
        self.store.write(|tx| {
            let provision = live_provision(tx, provision_id)?;
            write_numbering(tx, provision_id, provision.kind, numbering)?;
            touch(tx, provision.agreement_id)
        })
    }

    /// Takes a provision (and what stands under it) out of the text. It stays
    /// in history and can be restored.
    pub fn delete_provision(&self, provision_id: ProvisionId) -> Result<()> {
        self.store.write(|tx| {
            let provision = live_provision(tx, provision_id)?;
            remove_provision(tx, provision.agreement_id, provision_id)?;
            touch(tx, provision.agreement_id)
        })
    }

    /// Puts a deleted provision back where it stood.
    pub fn restore_provision(&self, provision_id: ProvisionId) -> Result<()> {
        self.store.write(|tx| {
            let provision = provision_row(tx, provision_id)?;
            if !provision.deleted {
                return Ok(());
            }
            if let Some(parent) = provision.parent_id {
                live_provision(tx, parent)?;
            }
            table::set_deleted(tx, provision_id, false)?;
            record(
                tx,
                provision.agreement_id,
                provision_id,
                HistoryAction::Restored,
                Change::default(),
            )?;
            touch(tx, provision.agreement_id)
        })
    }

    /// Every change to a provision, oldest first.
    pub fn provision_history(&self, provision_id: ProvisionId) -> Result<Vec<HistoryEntry>> {
        self.store.read(|tx| {
            provision_row(tx, provision_id)?;
            history::of_provision(tx, provision_id)
        })
    }
}

/// Refuses text whose brackets do not balance or name as proposer anyone
/// outside the agreement.
pub(super) fn require_valid_brackets(
    tx: &Transaction,
    agreement_id: AgreementId,
    language: &str,
    text: &ProvisionText,
) -> Result<()> {
    Ok(crate::brackets::require_valid(
        language,
        text,
        &party_ids(tx, agreement_id)?,
    )?)
}

pub(super) fn insert_provision(
    tx: &Transaction,
    agreement_id: AgreementId,
    kind: ProvisionKind,
    placement: Placement,
    texts: &BTreeMap<String, ProvisionText>,
) -> Result<ProvisionId> {
    let agreement = load_agreement(tx, agreement_id)?;
    let mut checked = Vec::new();
    for (code, text) in texts {
        let code = agreement_language(&agreement, code)?;
        require_valid_brackets(tx, agreement_id, &code, text)?;
        checked.push((code, text));
    }
    check_parent(tx, agreement_id, kind, placement.parent)?;
    let mut siblings = siblings(tx, agreement_id, placement.parent)?;
    let slot = slot_for(&siblings, kind, placement);
    let id = table::insert(tx, agreement_id, placement.parent, kind)?;
    siblings.insert(
        slot,
        Sibling {
            id,
            kind,
            deleted: false,
        },
    );
    write_positions(tx, &siblings)?;
    record(
        tx,
        agreement_id,
        id,
        HistoryAction::Created,
        Change::default(),
    )?;
    for (code, text) in checked {
        if !text.is_empty() {
            table::write_text(tx, id, &code, text)?;
            record(
                tx,
                agreement_id,
                id,
                HistoryAction::TextChanged,
                Change {
                    language: Some(&code),
                    after: Some(text),
                    ..Change::default()
                },
            )?;
        }
    }
    touch(tx, agreement_id)?;
    Ok(id)
}

fn placement_near(
    tx: &Transaction,
    agreement_id: AgreementId,
    kind: ProvisionKind,
    near: Option<ProvisionId>,
) -> Result<Placement> {
    let mut current = near;
    while let Some(id) = current {
        let row = live_provision(tx, id)?;
        if row.agreement_id != agreement_id {
            return Err(Error::NotFound {
                what: "provision",
                id,
            });
        }
        let parent_kind = match row.parent_id {
            Some(parent) => Some(provision_row(tx, parent)?.kind),
            None => None,
        };
        let after = || -> Result<Placement> {
            let index = siblings(tx, agreement_id, row.parent_id)?
                .iter()
                .filter(|s| !s.deleted)
                .position(|s| s.id == id)
                .map(|i| i + 1);
            Ok(Placement {
                parent: row.parent_id,
                index,
            })
        };
        if kind == row.kind && kind.may_stand_under(parent_kind) {
            return after();
        }
        if kind.may_stand_under(Some(row.kind)) {
            return Ok(Placement {
                parent: Some(id),
                index: None,
            });
        }
        if kind.may_stand_under(parent_kind) && parent_kind.is_some() {
            return after();
        }
        current = row.parent_id;
    }
    Ok(Placement {
        parent: None,
        index: None,
    })
}

/// A provision that is still in the text: neither it nor anything above it deleted.
pub(super) fn live_provision(tx: &Transaction, id: ProvisionId) -> Result<ProvisionRow> {
    let provision = provision_row(tx, id)?;
    let mut current = Some((id, provision.deleted, provision.parent_id));
    while let Some((current_id, deleted, parent)) = current {
        if deleted {
            return Err(Error::ProvisionDeleted { id: current_id });
        }
        current = match parent {
            Some(parent) => {
                let row = provision_row(tx, parent)?;
                Some((parent, row.deleted, row.parent_id))
            }
            None => None,
        };
    }
    Ok(provision)
}

/// Refuses a parent that is missing, deleted, in another agreement, or of a
/// kind that cannot hold `kind`.
pub(super) fn check_parent(
    tx: &Transaction,
    agreement_id: AgreementId,
    kind: ProvisionKind,
    parent: Option<ProvisionId>,
) -> Result<()> {
    let parent_kind = match parent {
        Some(parent_id) => {
            let parent = live_provision(tx, parent_id)?;
            if parent.agreement_id != agreement_id {
                return Err(Error::NotFound {
                    what: "provision",
                    id: parent_id,
                });
            }
            Some(parent.kind)
        }
        None => None,
    };
    if kind.may_stand_under(parent_kind) {
        Ok(())
    } else {
        Err(Error::InvalidPlacement {
            child: kind.as_str(),
            placement: parent_kind.map_or("top-level", ProvisionKind::as_str),
        })
    }
}

/// Where in `siblings` a provision goes. An explicit index counts live
/// siblings only, as the user sees them. Without one, top-level provisions
/// keep the shape of a treaty: recitals after the last recital (the preamble
/// comes first), annexes at the very end, the rest before the annexes.
fn slot_for(siblings: &[Sibling], kind: ProvisionKind, placement: Placement) -> usize {
    let mut live = siblings.iter().enumerate().filter(|(_, s)| !s.deleted);
    if let Some(index) = placement.index {
        return live.nth(index).map_or(siblings.len(), |(slot, _)| slot);
    }
    if placement.parent.is_some() || kind == ProvisionKind::Annex {
        return siblings.len();
    }
    let stop_before = |other: ProvisionKind| match kind {
        ProvisionKind::Recital => other != ProvisionKind::Recital,
        _ => other == ProvisionKind::Annex,
    };
    live.find(|(_, s)| stop_before(s.kind))
        .map_or(siblings.len(), |(slot, _)| slot)
}

/// Writes words a user gave a provision (typed, or read from a text they
/// imported): brackets checked, the history kept, and the clause it and its
/// parents came from marked as no longer the template's words. Whether
/// anything changed.
pub(super) fn edit_text(
    tx: &Transaction,
    agreement_id: AgreementId,
    provision_id: ProvisionId,
    language: &str,
    text: &ProvisionText,
) -> Result<bool> {
    require_valid_brackets(tx, agreement_id, language, text)?;
    let changed = replace_text(tx, agreement_id, provision_id, language, text)?;
    if changed {
        let mut current = Some(provision_id);
        while let Some(id) = current {
            provenance::mark_modified(tx, id)?;
            current = provision_row(tx, id)?.parent_id;
        }
    }
    Ok(changed)
}

/// Writes a provision's text in one language, with its history entry;
/// whether anything changed.
pub(super) fn replace_text(
    tx: &Transaction,
    agreement_id: AgreementId,
    provision_id: ProvisionId,
    language: &str,
    text: &ProvisionText,
) -> Result<bool> {
    let before = table::text(tx, provision_id, language)?;
    if before.as_ref().unwrap_or(&ProvisionText::default()) == text {
        return Ok(false);
    }
    table::write_text(tx, provision_id, language, text)?;
    let change = Change {
        language: Some(language),
        before: before.as_ref(),
        after: Some(text),
        ..Change::default()
    };
    record(
        tx,
        agreement_id,
        provision_id,
        HistoryAction::TextChanged,
        change,
    )?;
    Ok(true)
}

/// Takes a provision out of the text (see `delete_provision`).
pub(super) fn remove_provision(
    tx: &Transaction,
    agreement_id: AgreementId,
    provision_id: ProvisionId,
) -> Result<()> {
    table::set_deleted(tx, provision_id, true)?;
    record(
        tx,
        agreement_id,
        provision_id,
        HistoryAction::Deleted,
        Change::default(),
    )
}

pub(super) fn record(
    tx: &Transaction,
    agreement_id: AgreementId,
    provision_id: ProvisionId,
    action: HistoryAction,
    change: Change,
) -> Result<()> {
    history::append(
        tx,
        &NewEntry {
            agreement_id,
            provision_id,
            at: &now(),
            author: &author(tx)?,
            action,
            change,
        },
    )
}

/// Writes how a provision is numbered, where its kind allows it.
pub(super) fn write_numbering(
    tx: &Transaction,
    id: ProvisionId,
    kind: ProvisionKind,
    numbering: NumberingMode,
) -> Result<()> {
    if !kind.allows(numbering) {
        return Err(Error::InvalidValue(InvalidValue {
            field: "numbering",
            value: numbering.as_str().to_string(),
        }));
    }
    table::set_numbering(tx, id, numbering)
}
