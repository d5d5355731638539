//! A new revision of the text from the secretariat, as Markdown: each of
//! its provisions matched to the provision it revises (same kind; then its
//! words, its number and its place), so that the positions, statements and
//! notes recorded on a provision stay with it; new provisions added, moved
//! ones moved, amended words recorded in history, and the result frozen as
//! a named version. Provisions the revision does not hold are left as they
//! are and listed for the user to resolve: deleting text is a decision.

use std::collections::HashSet;

use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};
use similar::TextDiff;

use super::agreements::{agreement_language, load_agreement};
use super::document::load_document;
use super::provisions::{
    check_parent, insert_provision, record, replace_text, require_valid_brackets, siblings,
    write_positions, Change,
};
use super::versions::write_version;
use super::Entente;
use crate::error::Result;
use crate::import::{self, Read, ReadText};
use crate::model::{
    AgreementId, HistoryAction, Placement, ProvisionId, ProvisionNode, ProvisionText, VersionId,
};

/// What importing a revision did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RevisionReport {
    pub version_id: VersionId,
    /// Provisions whose words the revision changed.
    pub amended: Vec<ProvisionId>,
    /// Provisions the revision added.
    pub added: Vec<ProvisionId>,
    /// Provisions the revision put under another parent.
    pub moved: Vec<ProvisionId>,
    /// Provisions of the text that the revision does not hold, for the user
    /// to delete or keep.
    pub unmatched: Vec<ProvisionId>,
    /// Lines of the revision that could not be placed (number, words).
    pub unplaced: Vec<(usize, String)>,
}

/// How alike a provision of the text must be to one of the revision to be
/// the same provision: words alike (0 to 1), more so when it keeps its
/// number or its parent.
const SAME_PROVISION: f32 = 0.6;
const SAME_NUMBER: f32 = 0.2;
const SAME_PARENT: f32 = 0.2;

impl Entente {
    /// Reads `source`, a new revision of the agreement's text in `language`,
    /// into the agreement and saves the result as the version `name`; one
    /// transaction.
    pub fn import_markdown_revision(
        &self,
        agreement_id: AgreementId,
        source: &str,
        language: &str,
        name: &str,
    ) -> Result<RevisionReport> {
        let read = import::read(source);
        self.store.write(|tx| {
            let agreement = load_agreement(tx, agreement_id)?;
            let language = agreement_language(&agreement, language)?;
            revise(tx, agreement_id, &read, &language, name)
        })
    }
}

fn revise(
    tx: &Transaction,
    agreement_id: AgreementId,
    read: &ReadText,
    language: &str,
    name: &str,
) -> Result<RevisionReport> {
    let live = load_document(tx, agreement_id)?.provisions;
    let matches = match_provisions(&read.provisions, &live, language);
    let mut report = RevisionReport {
        version_id: 0,
        amended: Vec::new(),
        added: Vec::new(),
        moved: Vec::new(),
        unmatched: live
            .iter()
            .map(|n| n.id)
            .filter(|id| !matches.contains(&Some(*id)))
            .collect(),
        unplaced: read.unplaced.clone(),
    };
    // Each provision of the revision, as it stands once revised.
    let mut revised: Vec<ProvisionId> = Vec::with_capacity(read.provisions.len());
    for (provision, matched) in read.provisions.iter().zip(&matches) {
        let parent = provision.parent.map(|p| revised[p]);
        let text = ProvisionText {
            heading: provision.heading.clone(),
            body: provision.body.clone(),
        };
        require_valid_brackets(tx, agreement_id, language, &text)?;
        let id = match matched {
            Some(id) => {
                let node = live
                    .iter()
                    .find(|n| n.id == *id)
                    .expect("matched among these");
                if node.parent_id != parent {
                    check_parent(tx, agreement_id, node.kind, parent)?;
                    tx.execute(
                        "UPDATE provision SET parent_id = ?1 WHERE id = ?2",
                        params![parent, id],
                    )?;
                    record(
                        tx,
                        agreement_id,
                        *id,
                        HistoryAction::Moved,
                        Change::default(),
                    )?;
                    report.moved.push(*id);
                }
                if replace_text(tx, agreement_id, *id, language, &text)? {
                    report.amended.push(*id);
                }
                *id
            }
            None => {
                let placement = Placement {
                    parent,
                    index: None,
                };
                let texts = [(language.to_string(), text)].into();
                let id = insert_provision(tx, agreement_id, provision.kind, placement, &texts)?;
                report.added.push(id);
                id
            }
        };
        revised.push(id);
    }
    put_in_order(tx, agreement_id, &read.provisions, &revised)?;
    report.version_id = write_version(tx, agreement_id, name)?;
    Ok(report)
}

/// The provision of the text each provision of the revision revises, if any.
fn match_provisions(
    read: &[Read],
    live: &[ProvisionNode],
    language: &str,
) -> Vec<Option<ProvisionId>> {
    let words = |heading: &str, body: &str| format!("{heading} {body}");
    let mut taken = HashSet::new();
    let mut matches: Vec<Option<ProvisionId>> = Vec::with_capacity(read.len());
    for (i, provision) in read.iter().enumerate() {
        let parent = provision.parent.and_then(|p| matches[p]);
        // Its number among the revision's provisions of its kind under its parent.
        let ordinal = read[..i]
            .iter()
            .filter(|o| o.parent == provision.parent && o.kind == provision.kind)
            .count() as u32
            + 1;
        let ours = words(&provision.heading, &provision.body);
        let score = |node: &ProvisionNode| {
            let text = node.texts.get(language).cloned().unwrap_or_default();
            let theirs = words(&text.heading, &text.body);
            let mut score = TextDiff::from_words(ours.as_str(), theirs.as_str()).ratio();
            if node.number.as_ref().is_some_and(|n| n.ordinal == ordinal) {
                score += SAME_NUMBER;
            }
            if node.parent_id == parent {
                score += SAME_PARENT;
            }
            score
        };
        let best = live
            .iter()
            .filter(|node| node.kind == provision.kind && !taken.contains(&node.id))
            .map(|node| (score(node), node.id))
            .filter(|(score, _)| *score >= SAME_PROVISION)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        let matched = best.map(|(_, id)| id);
        if let Some(id) = matched {
            taken.insert(id);
        }
        matches.push(matched);
    }
    matches
}

/// Orders the children of every parent the revision speaks to as the
/// revision orders them; provisions it does not hold follow them.
fn put_in_order(
    tx: &Transaction,
    agreement_id: AgreementId,
    read: &[Read],
    revised: &[ProvisionId],
) -> Result<()> {
    let mut seen = HashSet::new();
    for parent in read.iter().map(|r| r.parent).filter(|p| seen.insert(*p)) {
        let wanted: Vec<ProvisionId> = read
            .iter()
            .zip(revised)
            .filter(|(r, _)| r.parent == parent)
            .map(|(_, id)| *id)
            .collect();
        let mut children = siblings(tx, agreement_id, parent.map(|p| revised[p]))?;
        children.sort_by_key(|child| {
            wanted
                .iter()
                .position(|id| *id == child.id)
                .unwrap_or(wanted.len())
        });
        write_positions(tx, &children)?;
    }
    Ok(())
}
