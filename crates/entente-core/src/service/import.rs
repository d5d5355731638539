//! An existing agreement text brought in: made into a new agreement,
//! attached to one as another language, or read into one as a revision.
//! One request for all three (the CLI's flags, the dialog's fields); a
//! preview says what the text holds before anything is made; each import is
//! one transaction. A text with lines that fit nowhere is refused, those
//! lines listed, unless the request keeps them as unnumbered paragraphs.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::agreements::{add_language, insert_agreement, touch, write_framing};
use super::document::load_document;
use super::provisions::{edit_text, insert_provision, write_numbering};
use super::{Entente, RevisionReport};
use crate::error::{Error, Result, Unit};
use crate::exchange::{read_source, Source, WordFacts};
use crate::import::{self, Read, ReadText};
use crate::model::{
    AgreementDetails, AgreementId, AgreementKind, AgreementLanguage, Framing, Numbering,
    NumberingMode, Placement, ProvisionId, ProvisionKind, ProvisionNode, ProvisionText,
};

/// A text to import and what to do with it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportRequest {
    /// The file: a Word document, Markdown or plain text.
    pub path: PathBuf,
    /// The language it is written in.
    pub language: String,
    /// The new agreement's title, where the text's own will not do.
    #[serde(default)]
    pub title: Option<String>,
    /// The agreement it goes into: as another language, or as a revision.
    #[serde(default)]
    pub into: Option<AgreementId>,
    /// The name of the version a revision is saved as.
    #[serde(default)]
    pub revision: Option<String>,
    /// Keep the lines that fit nowhere, as unnumbered paragraphs where they stand.
    #[serde(default)]
    pub keep_unplaced: bool,
    /// A Word document's tracked changes taken as accepted; without it,
    /// a document with tracked changes is refused.
    #[serde(default)]
    pub accept_changes: bool,
    /// Attaching a language: provisions of the text (by the line they begin
    /// on) paired by hand with provisions of the agreement.
    #[serde(default)]
    pub pairs: Vec<Pair>,
}

/// A provision of the text given to a provision of the agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    pub line: usize,
    pub provision_id: ProvisionId,
}

impl ImportRequest {
    /// What the title and revision fields say once blanks are taken as absent.
    fn filled(text: &Option<String>) -> Option<&str> {
        text.as_deref().map(str::trim).filter(|t| !t.is_empty())
    }
}

/// What a text holds, read before anything is made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportPreview {
    pub title: Option<String>,
    pub kind: Option<AgreementKind>,
    pub symbol: Option<String>,
    pub framing: Framing,
    /// How many provisions of each kind.
    pub counts: BTreeMap<ProvisionKind, usize>,
    /// The first headings: parts, chapters, sections, articles, annexes.
    pub headings: Vec<PreviewHeading>,
    pub unplaced: Vec<(usize, String)>,
    /// Attaching a language: how the text's provisions meet the agreement's.
    pub alignment: Option<Alignment>,
    /// A Word document: its places are counted in paragraphs, not lines.
    pub word: Option<WordFacts>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PreviewHeading {
    pub line: usize,
    pub kind: ProvisionKind,
    pub number: Option<Numbering>,
    pub heading: String,
}

/// How many headings a preview shows.
const PREVIEW_HEADINGS: usize = 12;

/// The provisions of a text set against those of the agreement it goes
/// into: paired by kind and number, level by level; the rest listed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Alignment {
    pub matched: usize,
    /// Provisions of the text with nothing to go to.
    pub text_only: Vec<TextProvision>,
    /// Provisions of the agreement the text gives no words.
    pub agreement_only: Vec<AgreementProvision>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextProvision {
    pub line: usize,
    pub kind: ProvisionKind,
    /// The number the text gave it.
    pub number: Option<Numbering>,
    pub words: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgreementProvision {
    pub id: ProvisionId,
    pub kind: ProvisionKind,
    pub number: Option<Numbering>,
    /// Its words in the agreement's working language.
    pub words: String,
}

/// What importing did: the agreement it made or went into, the lines kept
/// though they fit nowhere, and for a revision or a language what changed.
#[derive(Debug, Clone, Serialize)]
pub struct ImportedText {
    pub agreement_id: AgreementId,
    pub kept: Vec<(usize, String)>,
    pub revision: Option<RevisionReport>,
    pub alignment: Option<Alignment>,
    pub word: Option<WordFacts>,
}

/// Reads a text; a Word document's places counted in its paragraphs.
fn read(source: &Source, language: &str) -> ReadText {
    match source.word {
        Some(_) => import::read_paragraphs(&source.text, language),
        None => import::read(&source.text, language),
    }
}

impl Entente {
    /// What the file of `request` holds, and how it would go into the
    /// agreement it names; nothing is written.
    pub fn preview_import(&self, request: &ImportRequest) -> Result<ImportPreview> {
        let source = read_source(&request.path, request.accept_changes)?;
        self.preview_source(&source, request)
    }

    /// `preview_import` for a text already read.
    pub fn preview_source(
        &self,
        source: &Source,
        request: &ImportRequest,
    ) -> Result<ImportPreview> {
        let read = read(source, &request.language);
        let alignment = match (request.into, ImportRequest::filled(&request.revision)) {
            (Some(id), None) => Some(self.store.read(|tx| {
                let provisions = load_document(tx, id)?.provisions;
                Ok(align(&read.provisions, &provisions, &request.pairs).alignment)
            })?),
            _ => None,
        };
        let mut counts = BTreeMap::new();
        for provision in &read.provisions {
            *counts.entry(provision.kind).or_default() += 1;
        }
        let headings = read
            .provisions
            .iter()
            .filter(|p| p.kind.has_heading())
            .take(PREVIEW_HEADINGS)
            .map(|p| PreviewHeading {
                line: p.line,
                kind: p.kind,
                number: written_number(p),
                heading: p.heading.clone(),
            })
            .collect();
        Ok(ImportPreview {
            title: read.title,
            kind: read.kind,
            symbol: read.symbol,
            framing: read.framing,
            counts,
            headings,
            unplaced: read.unplaced,
            alignment,
            word: source.word,
        })
    }

    /// Imports the file of `request`: a new agreement, another language of
    /// one, or a revision of it. One transaction; refused whole, the lines
    /// listed, when lines fit nowhere and the request does not keep them.
    pub fn import(&self, request: &ImportRequest) -> Result<ImportedText> {
        let source = read_source(&request.path, request.accept_changes)?;
        self.import_source(&source, request)
    }

    /// `import` for a text already read.
    pub fn import_source(&self, source: &Source, request: &ImportRequest) -> Result<ImportedText> {
        let mut read = read(source, &request.language);
        let kept = std::mem::take(&mut read.unplaced);
        if !kept.is_empty() && !request.keep_unplaced {
            return Err(Error::NotPlaced {
                path: request.path.display().to_string(),
                lines: kept,
                unit: Unit::of(source),
            });
        }
        keep_as_paragraphs(&mut read, &kept);
        if read.provisions.is_empty() {
            return Err(Error::EmptyText {
                path: request.path.display().to_string(),
            });
        }
        let imported = |agreement_id, revision, alignment| ImportedText {
            agreement_id,
            kept: kept.clone(),
            revision,
            alignment,
            word: source.word,
        };
        Ok(
            match (request.into, ImportRequest::filled(&request.revision)) {
                (None, _) => {
                    let title = ImportRequest::filled(&request.title);
                    imported(
                        self.new_agreement(&read, &request.language, title)?,
                        None,
                        None,
                    )
                }
                (Some(id), None) => {
                    let alignment =
                        self.attach_language(id, &read, &request.language, &request.pairs)?;
                    imported(id, None, Some(alignment))
                }
                (Some(id), Some(name)) => {
                    let report = self.import_revision(id, &read, &request.language, name)?;
                    imported(id, Some(report), None)
                }
            },
        )
    }

    /// Makes the text an agreement with its language authentic and working.
    fn new_agreement(
        &self,
        read: &ReadText,
        language: &str,
        title: Option<&str>,
    ) -> Result<AgreementId> {
        let title = title
            .map(str::to_string)
            .or_else(|| read.title.clone())
            .filter(|t| !t.trim().is_empty())
            .ok_or(Error::NoTitle)?;
        let details = AgreementDetails {
            kind: read.kind.unwrap_or(AgreementKind::Treaty),
            titles: BTreeMap::from([(language.to_string(), title)]),
            languages: vec![AgreementLanguage {
                code: language.to_string(),
                authentic: true,
            }],
            working_language: language.to_string(),
            symbol: read.symbol.clone().unwrap_or_default(),
        };
        self.store.write(|tx| {
            let id = insert_agreement(tx, &details)?;
            write_framing(tx, id, language, &read.framing)?;
            let mut made = Vec::with_capacity(read.provisions.len());
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
                let made_id = insert_provision(tx, id, provision.kind, placement, &texts)?;
                if provision.numbering != NumberingMode::Counted {
                    write_numbering(tx, made_id, provision.kind, provision.numbering)?;
                }
                made.push(made_id);
            }
            Ok(id)
        })
    }

    /// Gives the agreement's provisions their words in `language` from the
    /// text: each provision of the text goes to the one at the same place
    /// (kind and number, level by level) or to the one it is paired with;
    /// what has no counterpart is listed, never attached at a guess. The
    /// language becomes an authentic language of the agreement.
    fn attach_language(
        &self,
        agreement_id: AgreementId,
        read: &ReadText,
        language: &str,
        pairs: &[Pair],
    ) -> Result<Alignment> {
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
            write_framing(tx, agreement_id, &language, &read.framing)?;
            let aligned = align(&read.provisions, &provisions, pairs);
            for (index, id) in &aligned.pairs {
                let provision = &read.provisions[*index];
                let text = ProvisionText {
                    heading: provision.heading.clone(),
                    body: provision.body.clone(),
                };
                edit_text(tx, agreement_id, *id, &language, &text)?;
            }
            touch(tx, agreement_id)?;
            Ok(aligned.alignment)
        })
    }
}

/// The lines that fit nowhere, made unnumbered paragraphs at the top level
/// of the text, after what the text had before them.
fn keep_as_paragraphs(read: &mut ReadText, kept: &[(usize, String)]) {
    for (line, words) in kept {
        // After the last top-level provision that begins before the line,
        // and all that stands under it.
        let at = read
            .provisions
            .iter()
            .rposition(|p| p.line < *line)
            .map_or(0, |i| i + 1);
        let at = (at..read.provisions.len())
            .find(|&i| read.provisions[i].parent.is_none())
            .unwrap_or(read.provisions.len());
        for provision in &mut read.provisions {
            if let Some(parent) = provision.parent.as_mut() {
                if *parent >= at {
                    *parent += 1;
                }
            }
        }
        read.provisions.insert(
            at,
            Read {
                kind: ProvisionKind::Paragraph,
                parent: None,
                heading: String::new(),
                body: words.clone(),
                line: *line,
                numbering: NumberingMode::Unnumbered,
                number: None,
            },
        );
    }
}

/// The number a text gave a provision, as a display number.
fn written_number(provision: &Read) -> Option<Numbering> {
    provision.number.map(|n| match provision.numbering {
        NumberingMode::Inserted => Numbering::inserted(n, 1),
        _ => Numbering::new(n),
    })
}

/// What finds a provision's counterpart among its siblings: its kind, and
/// its number (with the Latin adverb of an inserted one) or, for a recital
/// or an unnumbered provision, its place among its siblings of that kind.
type Key = (ProvisionKind, u32, u32, bool);

struct Aligned {
    /// (index of the text's provision, the agreement's provision).
    pairs: Vec<(usize, ProvisionId)>,
    alignment: Alignment,
}

/// Pairs the text's provisions with the agreement's, level by level: a
/// provision meets the one with the same key under its parent's
/// counterpart. Pairs given by hand come first, and their children then
/// meet under them.
fn align(read: &[Read], provisions: &[ProvisionNode], pairs: &[Pair]) -> Aligned {
    let index_of: HashMap<ProvisionId, usize> = provisions
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id, i))
        .collect();
    let read_keys = keys(read.iter().map(|p| {
        let number = p
            .number
            .filter(|_| p.numbering != NumberingMode::Unnumbered);
        let inserted = u32::from(p.numbering == NumberingMode::Inserted);
        (p.kind, p.parent, number, inserted)
    }));
    let agreement_keys = keys(provisions.iter().map(|n| {
        let parent = n.parent_id.and_then(|p| index_of.get(&p).copied());
        let number = n.number.as_ref().map(|n| n.ordinal);
        let inserted = n.number.as_ref().map_or(0, |n| n.inserted);
        (n.kind, parent, number, inserted)
    }));
    let by_key: HashMap<(Option<usize>, Key), usize> = provisions
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let parent = n.parent_id.and_then(|p| index_of.get(&p).copied());
            ((parent, agreement_keys[i]), i)
        })
        .collect();
    let mut taken = vec![false; provisions.len()];
    let mut matched: Vec<Option<usize>> = vec![None; read.len()];
    for pair in pairs {
        let text = read.iter().position(|p| p.line == pair.line);
        let agreement = index_of.get(&pair.provision_id).copied();
        if let (Some(text), Some(agreement)) = (text, agreement) {
            if read[text].kind == provisions[agreement].kind && !taken[agreement] {
                matched[text] = Some(agreement);
                taken[agreement] = true;
            }
        }
    }
    // Parents come before their children, so each finds its parent's counterpart.
    for (index, provision) in read.iter().enumerate() {
        if matched[index].is_some() {
            continue;
        }
        let parent = match provision.parent {
            None => None,
            Some(parent) => match matched[parent] {
                Some(counterpart) => Some(counterpart),
                None => continue,
            },
        };
        if let Some(&agreement) = by_key.get(&(parent, read_keys[index])) {
            if !taken[agreement] {
                matched[index] = Some(agreement);
                taken[agreement] = true;
            }
        }
    }
    let words = |heading: &str, body: &str| {
        let words = if body.is_empty() { heading } else { body };
        words.chars().take(200).collect::<String>()
    };
    let alignment = Alignment {
        matched: matched.iter().flatten().count(),
        text_only: read
            .iter()
            .zip(&matched)
            .filter(|(_, m)| m.is_none())
            .map(|(p, _)| TextProvision {
                line: p.line,
                kind: p.kind,
                number: written_number(p),
                words: words(&p.heading, &p.body),
            })
            .collect(),
        agreement_only: provisions
            .iter()
            .zip(&taken)
            .filter(|(_, taken)| !**taken)
            .map(|(n, _)| {
                let text = n.texts.values().next().cloned().unwrap_or_default();
                AgreementProvision {
                    id: n.id,
                    kind: n.kind,
                    number: n.number.clone(),
                    words: words(&text.heading, &text.body),
                }
            })
            .collect(),
    };
    Aligned {
        pairs: matched
            .iter()
            .enumerate()
            .filter_map(|(i, m)| Some((i, provisions[(*m)?].id)))
            .collect(),
        alignment,
    }
}

/// Each provision's key, from (kind, parent index, number, inserted) in
/// document order.
fn keys(
    provisions: impl Iterator<Item = (ProvisionKind, Option<usize>, Option<u32>, u32)>,
) -> Vec<Key> {
    let mut places: HashMap<(Option<usize>, ProvisionKind), u32> = HashMap::new();
    provisions
        .map(|(kind, parent, number, inserted)| {
            match number.filter(|_| kind != ProvisionKind::Recital) {
                Some(number) => (kind, number, inserted, true),
                None => {
                    let place = places.entry((parent, kind)).or_default();
                    *place += 1;
                    (kind, *place, 0, false)
                }
            }
        })
        .collect()
}
