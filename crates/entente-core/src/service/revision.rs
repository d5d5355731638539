//! A new revision of the text from the secretariat, as Markdown: each of
//! its provisions matched to the provision it revises (same kind; then its
//! words, its number and its place), so that the positions, statements and
//! notes recorded on a provision stay with it; new provisions added, moved
//! ones moved, amended words recorded in history, and the result frozen as
//! a named version. Provisions the revision does not hold are left as they
//! are and listed for the user to resolve: deleting text is a decision.

use std::collections::{HashMap, HashSet};

use rusqlite::Transaction;
use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices, diff_ratio, Algorithm};

use super::agreements::{agreement_language, load_agreement, write_framing};
use super::document::load_document;
use super::provisions::{
    check_parent, edit_text, insert_provision, record, siblings, write_positions, Change, Sibling,
};
use super::versions::write_version;
use super::Entente;
use crate::error::Result;
use crate::import::{Read, ReadText};
use crate::model::{
    AgreementId, HistoryAction, Placement, ProvisionId, ProvisionKind, ProvisionNode,
    ProvisionText, VersionId,
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
}

/// How alike, word for word (0 to 1), a provision of the text and one of
/// the revision must be to be the same provision. Keeping its number or its
/// parent only decides between provisions alike enough.
const SAME_PROVISION: f32 = 0.6;

impl Entente {
    /// Reads `read`, a new revision of the agreement's text in `language`,
    /// into the agreement and saves the result as the version `name`; one
    /// transaction.
    pub(super) fn import_revision(
        &self,
        agreement_id: AgreementId,
        read: &ReadText,
        language: &str,
        name: &str,
    ) -> Result<RevisionReport> {
        self.store.write(|tx| {
            let agreement = load_agreement(tx, agreement_id)?;
            let language = agreement_language(&agreement, language)?;
            revise(tx, agreement_id, read, &language, name)
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
    // The revision's own words around the provisions, where it has them.
    if !read.framing.is_empty() {
        write_framing(tx, agreement_id, language, &read.framing)?;
    }
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
    };
    // Each provision of the revision, as it stands once revised.
    let mut revised: Vec<ProvisionId> = Vec::with_capacity(read.provisions.len());
    for (provision, matched) in read.provisions.iter().zip(&matches) {
        let parent = provision.parent.map(|p| revised[p]);
        let text = ProvisionText {
            heading: provision.heading.clone(),
            body: provision.body.clone(),
        };
        let id = match matched {
            Some(id) => {
                let node = live
                    .iter()
                    .find(|n| n.id == *id)
                    .expect("matched among these");
                if node.parent_id != parent {
                    check_parent(tx, agreement_id, node.kind, parent)?;
                    crate::store::provisions::set_parent(tx, *id, parent)?;
                    record(
                        tx,
                        agreement_id,
                        *id,
                        HistoryAction::Moved,
                        Change::default(),
                    )?;
                    report.moved.push(*id);
                }
                if edit_text(tx, agreement_id, *id, language, &text)? {
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

/// The provision of the text each provision of the revision revises, if
/// any. Level by level from the top, so that a provision's parent is known
/// before it; within a level the most alike pairs are taken first, across
/// the whole text, so that a paragraph inserted before another does not take
/// its place.
fn match_provisions(
    read: &[Read],
    live: &[ProvisionNode],
    language: &str,
) -> Vec<Option<ProvisionId>> {
    let depth = |mut i: usize| {
        let mut depth = 0;
        while let Some(parent) = read[i].parent {
            (i, depth) = (parent, depth + 1);
        }
        depth
    };
    let depths: Vec<usize> = (0..read.len()).map(depth).collect();
    // A provision is known by its own words, or when it has none (an
    // article without a heading) by those of what stands under it.
    let ours = known_by(
        &read
            .iter()
            .map(|r| words(&r.heading, &r.body))
            .collect::<Vec<_>>(),
        &depths,
    );
    let theirs = known_by(
        &live
            .iter()
            .map(|node| {
                let text = node.texts.get(language).cloned().unwrap_or_default();
                words(&text.heading, &text.body)
            })
            .collect::<Vec<_>>(),
        &live
            .iter()
            .map(|node| node.depth as usize)
            .collect::<Vec<_>>(),
    );
    let mut matches: Vec<Option<ProvisionId>> = vec![None; read.len()];
    let mut taken = HashSet::new();
    for level in 0..=depths.iter().copied().max().unwrap_or(0) {
        // (likeness, same parent, same number, revision index, text index)
        let mut pairs = Vec::new();
        for (i, provision) in read.iter().enumerate().filter(|(i, _)| depths[*i] == level) {
            let parent = provision.parent.and_then(|p| matches[p]);
            let number = number_in_revision(read, i);
            for (j, node) in live
                .iter()
                .enumerate()
                .filter(|(_, n)| n.kind == provision.kind)
            {
                let ratio = diff_ratio(
                    &capture_diff_slices(Algorithm::Myers, &ours[i], &theirs[j]),
                    ours[i].len(),
                    theirs[j].len(),
                );
                if ratio >= SAME_PROVISION {
                    let same_number = node.number.as_ref().is_some_and(|n| n.ordinal == number);
                    pairs.push((ratio, node.parent_id == parent, same_number, i, j));
                }
            }
        }
        pairs.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(b.1.cmp(&a.1))
                .then(b.2.cmp(&a.2))
                .then(a.3.cmp(&b.3))
                .then(a.4.cmp(&b.4))
        });
        for (_, _, _, i, j) in pairs {
            if matches[i].is_none() && taken.insert(live[j].id) {
                matches[i] = Some(live[j].id);
            }
        }
    }
    matches
}

/// The words of a text, for telling how alike two are: lowercase, without
/// the punctuation that clings to them ("cooperate." is the same word as
/// "cooperate" when a sentence grows); in scripts written without spaces
/// (Chinese, Japanese, Thai …) each character is a word.
fn words(heading: &str, body: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in heading
        .chars()
        .chain([' '])
        .chain(body.chars())
        .chain([' '])
    {
        if c.is_alphanumeric() && !written_without_spaces(c) {
            word.extend(c.to_lowercase());
            continue;
        }
        if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if written_without_spaces(c) {
            words.push(c.to_string());
        }
    }
    words
}

fn written_without_spaces(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'       // Thai, Lao
        | '\u{1000}'..='\u{109F}'     // Myanmar
        | '\u{1780}'..='\u{17FF}'     // Khmer
        | '\u{3040}'..='\u{30FF}'     // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}'     // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'     // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'     // CJK compatibility ideographs
        | '\u{20000}'..='\u{2FFFF}') // CJK extensions B onwards
}

/// The words each provision is known by: its own, or when it has none those
/// of everything under it; the provisions in document order, with depths.
fn known_by(own: &[Vec<String>], depths: &[usize]) -> Vec<Vec<String>> {
    (0..own.len())
        .map(|i| {
            if !own[i].is_empty() {
                return own[i].clone();
            }
            let end = (i + 1..own.len())
                .find(|&j| depths[j] <= depths[i])
                .unwrap_or(own.len());
            own[i..end].concat()
        })
        .collect()
}

/// The number the app gives provision `i` of the revision: articles,
/// chapters, parts, annexes and recitals count through the whole text,
/// paragraphs and sub-paragraphs within their parent.
fn number_in_revision(read: &[Read], i: usize) -> u32 {
    let kind = read[i].kind;
    let within_parent = matches!(kind, ProvisionKind::Paragraph | ProvisionKind::Subparagraph);
    let before = read[..i]
        .iter()
        .filter(|o| o.kind == kind && (!within_parent || o.parent == read[i].parent))
        .count();
    before as u32 + 1
}

/// Orders the children of every parent the revision speaks to as the
/// revision orders them. A provision the revision does not hold (or a
/// deleted one) stays right after the provision it followed.
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
        let children = siblings(tx, agreement_id, parent.map(|p| revised[p]))?;
        // Each other child, with the wanted one it followed (None: first).
        let mut anchor = None;
        let mut others: Vec<(Option<ProvisionId>, Sibling)> = Vec::new();
        let mut kept: HashMap<ProvisionId, Sibling> = HashMap::new();
        for child in children {
            if wanted.contains(&child.id) {
                anchor = Some(child.id);
                kept.insert(child.id, child);
            } else {
                others.push((anchor, child));
            }
        }
        let mut ordered = Vec::new();
        let mut followers = |after: Option<ProvisionId>, ordered: &mut Vec<Sibling>| {
            let (these, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut others)
                .into_iter()
                .partition(|(a, _)| *a == after);
            others = rest;
            ordered.extend(these.into_iter().map(|(_, child)| child));
        };
        followers(None, &mut ordered);
        for id in &wanted {
            if let Some(child) = kept.remove(id) {
                ordered.push(child);
            }
            followers(Some(*id), &mut ordered);
        }
        write_positions(tx, &ordered)?;
    }
    Ok(())
}
