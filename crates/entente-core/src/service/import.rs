//! An existing agreement text made into an agreement, in one transaction.

use std::collections::BTreeMap;

use serde::Serialize;

use super::agreements::{add_language, insert_agreement, touch};
use super::document::load_document;
use super::provisions::{edit_text, insert_provision};
use super::{Entente, RevisionReport};
use crate::error::{Error, Result};
use crate::import::{self, ReadText};
use crate::model::{
    AgreementDetails, AgreementId, AgreementKind, AgreementLanguage, Placement, ProvisionKind,
    ProvisionNode, ProvisionText,
};

/// Where an imported text goes.
pub enum TextTarget<'a> {
    /// A new agreement, titled by the text's first heading unless given.
    NewAgreement { title: Option<&'a str> },
    /// An agreement here, as its text in another language.
    Language(AgreementId),
    /// An agreement here, as a new revision saved under this name.
    Revision(AgreementId, &'a str),
}

/// What importing a text did: the agreement it made or went into, the lines
/// that could not be placed, and for a revision what changed.
#[derive(Debug, Clone, Serialize)]
pub struct ImportedText {
    pub agreement_id: AgreementId,
    pub unplaced: Vec<(usize, String)>,
    pub revision: Option<RevisionReport>,
}

impl Entente {
    /// Imports an agreement text in `language` to `target`.
    pub fn import_text(
        &self,
        source: &str,
        language: &str,
        target: TextTarget,
    ) -> Result<ImportedText> {
        let imported = |agreement_id, unplaced, revision| ImportedText {
            agreement_id,
            unplaced,
            revision,
        };
        Ok(match target {
            TextTarget::NewAgreement { title } => {
                let (id, read) = self.import_markdown(source, language, title)?;
                imported(id, read.unplaced, None)
            }
            TextTarget::Language(id) => {
                let read = self.import_markdown_language(id, source, language)?;
                imported(id, read.unplaced, None)
            }
            TextTarget::Revision(id, name) => {
                let mut report = self.import_markdown_revision(id, source, language, name)?;
                let unplaced = std::mem::take(&mut report.unplaced);
                imported(id, unplaced, Some(report))
            }
        })
    }

    /// Reads an agreement text in `language` (Markdown, or plain text laid
    /// out as treaties are) and makes it an agreement with that language
    /// authentic and working. The title is the text's first heading unless
    /// `title` is given. Returns the new agreement and the lines (number,
    /// words) that could not be placed.
    pub fn import_markdown(
        &self,
        source: &str,
        language: &str,
        title: Option<&str>,
    ) -> Result<(AgreementId, ReadText)> {
        let read = import::read(source);
        let title = title
            .map(str::to_string)
            .or_else(|| read.title.clone())
            .filter(|t| !t.trim().is_empty())
            .ok_or(Error::NoTitle)?;
        let details = AgreementDetails {
            kind: AgreementKind::Treaty,
            titles: BTreeMap::from([(language.to_string(), title)]),
            languages: vec![AgreementLanguage {
                code: language.to_string(),
                authentic: true,
            }],
            working_language: language.to_string(),
            symbol: String::new(),
        };
        let id = self.store.write(|tx| {
            let id = insert_agreement(tx, &details)?;
            let mut made = Vec::new();
            for provision in &read.provisions {
                let placement = Placement {
                    parent: provision.parent.map(|p| made[p]),
                    index: None,
                };
                let text = ProvisionText {
                    heading: provision.heading.clone(),
                    body: provision.body.clone(),
                };
                let texts = BTreeMap::from([(language.to_string(), text)]);
                made.push(insert_provision(tx, id, provision.kind, placement, &texts)?);
            }
            Ok(id)
        })?;
        Ok((id, read))
    }

    /// Attaches the text of an agreement in another language: `source`, read
    /// as [`Entente::import_markdown`] reads it, gives each live provision
    /// in order its words in `language` (made an authentic language of the
    /// agreement if it is not one yet, its title taken too). Refused, with
    /// nothing attached, at the first line where the two structures part.
    pub fn import_markdown_language(
        &self,
        agreement_id: AgreementId,
        source: &str,
        language: &str,
    ) -> Result<ReadText> {
        let read = import::read(source);
        let lines = source.lines().count();
        self.store.write(|tx| {
            let language = crate::language::known(language)?;
            let provisions = load_document(tx, agreement_id)?.provisions;
            // Attaching fills a language in; a text already there is revised instead.
            let written = |node: &ProvisionNode| {
                node.texts
                    .get(&language)
                    .is_some_and(|t| !t.heading.is_empty() || !t.body.is_empty())
            };
            if provisions.iter().any(written) {
                return Err(Error::LanguageHasText { code: language });
            }
            add_language(tx, agreement_id, &language, true, read.title.as_deref())?;
            if let Some(error) = first_difference(&read, &provisions, &language, lines) {
                return Err(error);
            }
            for (read, node) in read.provisions.iter().zip(&provisions) {
                let text = ProvisionText {
                    heading: read.heading.clone(),
                    body: read.body.clone(),
                };
                edit_text(tx, agreement_id, node.id, &language, &text)?;
            }
            touch(tx, agreement_id)
        })?;
        Ok(read)
    }
}

/// Where the provisions read from a text stop following the agreement's,
/// in kind or in place, as the error that says so.
fn first_difference(
    read: &ReadText,
    provisions: &[ProvisionNode],
    language: &str,
    lines: usize,
) -> Option<Error> {
    let kind = |k: Option<ProvisionKind>| k.map_or("end", ProvisionKind::as_str);
    let number = |node: Option<&ProvisionNode>| {
        let numbering = node.and_then(|n| Some((n.kind, n.number.as_ref()?)));
        match numbering {
            Some((ProvisionKind::Part | ProvisionKind::Chapter | ProvisionKind::Annex, n)) => {
                n.roman.clone()
            }
            Some((ProvisionKind::Subparagraph, n)) => n.letter.clone(),
            Some((_, n)) => n.ordinal.to_string(),
            None => String::new(),
        }
    };
    let count = read.provisions.len().max(provisions.len());
    (0..count).find_map(|i| {
        let (ours, theirs) = (read.provisions.get(i), provisions.get(i));
        let same_place = match (ours, theirs) {
            (Some(ours), Some(theirs)) => {
                let parent = ours.parent.map(|p| provisions[p].id);
                ours.kind == theirs.kind && parent == theirs.parent_id
            }
            _ => false,
        };
        (!same_place).then(|| Error::StructureMismatch {
            language: language.to_string(),
            line: ours.map_or(lines, |r| r.line),
            found: kind(ours.map(|r| r.kind)),
            expected: kind(theirs.map(|n| n.kind)),
            number: number(theirs),
        })
    })
}
