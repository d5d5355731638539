//! Loading an agreement's whole text as the ordered tree the workspace shows,
//! with display numbers computed from the order.

use std::collections::{BTreeMap, HashMap};

use rusqlite::Transaction;

use super::agreements::load_agreement;
use super::parties::load_parties;
use super::Entente;
use crate::error::Result;
use crate::model::{
    Agreement, AgreementDocument, AgreementId, Counts, Numbering, NumberingMode, ProvisionId,
    ProvisionKind, ProvisionNode, ProvisionOption, ProvisionText, TemplateOrigin,
};
use crate::store::provenance;
use crate::store::provisions::{self, ProvisionRecord as Row};

impl Entente {
    /// The agreement with its parties and its whole text, numbered.
    pub fn document(&self, agreement_id: AgreementId) -> Result<AgreementDocument> {
        self.store.read(|tx| load_document(tx, agreement_id))
    }

    /// How many provisions of each kind, parties and languages the agreement has.
    pub fn counts(&self, agreement_id: AgreementId) -> Result<Counts> {
        Ok(self.document(agreement_id)?.counts())
    }
}

/// Where a provision stands, for numbering it: its parent, and the annex it
/// is in (an annex numbers its own articles and paragraphs from 1).
#[derive(Clone, Copy)]
struct Within {
    parent: Option<(ProvisionId, ProvisionKind)>,
    annex: Option<ProvisionId>,
}

pub(super) fn load_document(
    tx: &Transaction,
    agreement_id: AgreementId,
) -> Result<AgreementDocument> {
    let agreement = load_agreement(tx, agreement_id)?;
    let parties = load_parties(tx, agreement_id)?;

    let mut children: HashMap<Option<ProvisionId>, Vec<Row>> = HashMap::new();
    for row in provisions::of_agreement(tx, agreement_id)? {
        children.entry(row.parent_id).or_default().push(row);
    }
    let mut texts = provisions::texts_of_agreement(tx, agreement_id)?;

    let mut options = super::options::load_options(tx, agreement_id)?;
    let mut templates = provenance::of_agreement(tx, agreement_id)?;
    let mut walk = Walk {
        agreement: &agreement,
        children: &children,
        texts: &mut texts,
        options: &mut options,
        templates: &mut templates,
        counters: HashMap::new(),
        provisions: Vec::new(),
        deleted: Vec::new(),
    };
    walk.visit(
        Within {
            parent: None,
            annex: None,
        },
        0,
    );
    let (provisions, deleted) = (walk.provisions, walk.deleted);
    let mut document = AgreementDocument {
        agreement,
        parties,
        provisions,
        deleted,
    };
    document.cite_provisions();
    Ok(document)
}

/// A depth-first walk of the tree that numbers what it meets: articles, parts,
/// chapters, annexes, recitals and operative paragraphs run through the whole
/// text; sections, the paragraphs of an article and sub-paragraphs restart
/// under each parent (`ProvisionKind::numbered_within`); an annex counts its
/// own. Unnumbered provisions take no number and leave the count as it was.
struct Walk<'a> {
    agreement: &'a Agreement,
    children: &'a HashMap<Option<ProvisionId>, Vec<Row>>,
    texts: &'a mut HashMap<ProvisionId, BTreeMap<String, ProvisionText>>,
    options: &'a mut HashMap<ProvisionId, Vec<ProvisionOption>>,
    templates: &'a mut HashMap<ProvisionId, TemplateOrigin>,
    /// Per kind and scope: the last number given, and how many were inserted after it.
    counters: HashMap<(ProvisionKind, Option<ProvisionId>), (u32, u32)>,
    provisions: Vec<ProvisionNode>,
    deleted: Vec<ProvisionNode>,
}

impl Walk<'_> {
    fn visit(&mut self, within: Within, depth: u32) {
        let Some(rows) = self.children.get(&within.parent.map(|(id, _)| id)) else {
            return;
        };
        for row in rows {
            if row.deleted {
                // A deleted provision takes its sub-provisions out of the text with it.
                let node = self.node(row, depth, None);
                self.deleted.push(node);
                continue;
            }
            let parent_kind = within.parent.map(|(_, kind)| kind);
            let scope = if row.kind.numbered_within(parent_kind) {
                row.parent_id
            } else {
                within.annex
            };
            let counter = self.counters.entry((row.kind, scope)).or_default();
            let number = match row.numbering {
                NumberingMode::Unnumbered => None,
                // Inserted after a counted one: its number, then bis, ter …
                NumberingMode::Inserted if counter.0 > 0 => {
                    counter.1 += 1;
                    Some(Numbering::inserted(counter.0, counter.1))
                }
                _ => {
                    *counter = (counter.0 + 1, 0);
                    Some(Numbering::new(counter.0))
                }
            };
            let node = self.node(row, depth, number);
            self.provisions.push(node);
            let annex = match row.kind {
                ProvisionKind::Annex => Some(row.id),
                _ => within.annex,
            };
            let inside = Within {
                parent: Some((row.id, row.kind)),
                annex,
            };
            self.visit(inside, depth + 1);
        }
    }

    fn node(&mut self, row: &Row, depth: u32, number: Option<Numbering>) -> ProvisionNode {
        let texts = self.texts.remove(&row.id).unwrap_or_default();
        let missing_languages = self
            .agreement
            .languages
            .iter()
            .filter(|l| texts.get(&l.code).is_none_or(ProvisionText::is_empty))
            .map(|l| l.code.clone())
            .collect();
        let working = &self.agreement.working_language;
        let mut options = self.options.remove(&row.id).unwrap_or_default();
        for option in &mut options {
            option.brackets =
                crate::brackets::parse(option.texts.get(working).map_or("", String::as_str))
                    .unwrap_or_default();
        }
        ProvisionNode {
            id: row.id,
            parent_id: row.parent_id,
            kind: row.kind,
            depth,
            number,
            numbering: row.numbering,
            missing_languages,
            deleted: row.deleted,
            status: row.status,
            brackets: texts
                .get(working)
                .map(crate::brackets::of_text)
                .unwrap_or_default(),
            options,
            texts,
            template: self.templates.remove(&row.id),
            // Known once the whole text is read (`cite_provisions`).
            citation: Vec::new(),
        }
    }
}
