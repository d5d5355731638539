//! Two states of the text compared provision by provision: matched by their
//! stable ids (so a move or a renumbering is recognised, not mistaken for a
//! deletion and an addition), with word-level insertions and deletions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};

use super::document::load_document;
use super::versions::load_version;
use super::Entente;
use crate::error::{Error, Result};
use crate::model::{
    AgreementDocument, AgreementId, Numbering, OptionId, ProvisionId, ProvisionKind, ProvisionNode,
    ProvisionOption, VersionId,
};

/// One side of a comparison: the current text, or a named version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "id")]
pub enum Revision {
    Current,
    Version(VersionId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpanKind {
    Same,
    Inserted,
    Deleted,
}

/// A run of words that is the same on both sides, or only on one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub kind: SpanKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextChange {
    pub heading: Vec<Span>,
    pub body: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    Added,
    Deleted,
    /// Its words changed (it may also have moved).
    Amended,
    /// Only its place or its number changed.
    Moved,
    /// Only its status changed (pending, agreed …).
    StatusChanged,
    /// Deleted in the older text, back in the newer one.
    Restored,
}

/// One provision of a citation ("Article 2" of "Article 2, Paragraph 1"),
/// as its own text numbered it: the two sides of a comparison may number it
/// differently, and either may no longer hold it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitedProvision {
    pub kind: ProvisionKind,
    pub number: Option<Numbering>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvisionChange {
    pub id: ProvisionId,
    pub change: ChangeKind,
    /// The provision as it stood before and after (absent where it did not exist).
    pub before: Option<ProvisionNode>,
    pub after: Option<ProvisionNode>,
    /// How each side cites it, outermost first (empty where it did not exist).
    pub cited_before: Vec<CitedProvision>,
    pub cited_after: Vec<CitedProvision>,
    /// Per language, the words with what was inserted and deleted.
    pub texts: BTreeMap<String, TextChange>,
    /// Its competing wordings that were proposed, amended or withdrawn.
    pub options: Vec<OptionChange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OptionChangeKind {
    Added,
    Amended,
    Withdrawn,
}

/// One option of a provision that changed between the two texts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionChange {
    pub id: OptionId,
    pub change: OptionChangeKind,
    /// "Option 2" in the newer text (in the older one when withdrawn since).
    pub number: Option<u32>,
    /// Per language, the words with what was inserted and deleted.
    pub texts: BTreeMap<String, Vec<Span>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub from: Revision,
    pub to: Revision,
    /// The provisions that changed, in the order of the newer text, then
    /// those that were deleted.
    pub changes: Vec<ProvisionChange>,
    pub unchanged: usize,
}

impl Entente {
    pub fn compare(
        &self,
        agreement_id: AgreementId,
        from: Revision,
        to: Revision,
    ) -> Result<Comparison> {
        self.store.read(|tx| {
            let load = |revision: Revision| -> Result<AgreementDocument> {
                match revision {
                    Revision::Current => load_document(tx, agreement_id),
                    Revision::Version(id) => {
                        let version = load_version(tx, id)?;
                        if version.document.agreement.id != agreement_id {
                            return Err(Error::NotFound {
                                what: "version",
                                id,
                            });
                        }
                        Ok(version.document)
                    }
                }
            };
            let (before, after) = (load(from)?, load(to)?);
            Ok(compare(&before, &after, from, to))
        })
    }
}

fn compare(
    before: &AgreementDocument,
    after: &AgreementDocument,
    from: Revision,
    to: Revision,
) -> Comparison {
    let old: BTreeMap<ProvisionId, &ProvisionNode> =
        before.provisions.iter().map(|n| (n.id, n)).collect();
    let new: BTreeMap<ProvisionId, &ProvisionNode> =
        after.provisions.iter().map(|n| (n.id, n)).collect();
    // Every language of either side: text in a language since dropped still shows.
    let mut languages: Vec<&str> = after
        .agreement
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    for language in &before.agreement.languages {
        if !languages.contains(&language.code.as_str()) {
            languages.push(&language.code);
        }
    }
    let was_deleted: BTreeMap<ProvisionId, &ProvisionNode> =
        before.deleted.iter().map(|n| (n.id, n)).collect();
    let mut changes = Vec::new();
    let mut unchanged = 0;
    for node in &after.provisions {
        let restored = was_deleted.get(&node.id).copied();
        let previous = old.get(&node.id).copied().or(restored);
        let texts = text_changes(previous, Some(node), &languages);
        let options = option_changes(previous, node, &languages);
        let change = match previous {
            None => Some(ChangeKind::Added),
            Some(_) if restored.is_some() => Some(ChangeKind::Restored),
            Some(_) if !texts.is_empty() || !options.is_empty() => Some(ChangeKind::Amended),
            Some(p) if p.number != node.number || p.parent_id != node.parent_id => {
                Some(ChangeKind::Moved)
            }
            Some(p) if p.status != node.status => Some(ChangeKind::StatusChanged),
            Some(_) => None,
        };
        match change {
            Some(change) => changes.push(ProvisionChange {
                id: node.id,
                change,
                // A provision restored had no place in the older text.
                cited_before: old.get(&node.id).map(|p| cite(&old, p)).unwrap_or_default(),
                cited_after: cite(&new, node),
                before: previous.cloned(),
                after: Some(node.clone()),
                texts,
                options,
            }),
            None => unchanged += 1,
        }
    }
    for node in before
        .provisions
        .iter()
        .filter(|n| !new.contains_key(&n.id))
    {
        changes.push(ProvisionChange {
            id: node.id,
            change: ChangeKind::Deleted,
            cited_before: cite(&old, node),
            cited_after: Vec::new(),
            before: Some(node.clone()),
            after: None,
            texts: text_changes(Some(node), None, &languages),
            options: Vec::new(),
        });
    }
    Comparison {
        from,
        to,
        changes,
        unchanged,
    }
}

/// The citation of `node` in the text whose provisions are `nodes`; a
/// provision deleted there is cited by itself.
fn cite(
    nodes: &BTreeMap<ProvisionId, &ProvisionNode>,
    node: &ProvisionNode,
) -> Vec<CitedProvision> {
    let cited = |n: &ProvisionNode| CitedProvision {
        kind: n.kind,
        number: n.number.clone(),
    };
    if node.citation.is_empty() {
        return vec![cited(node)];
    }
    node.citation
        .iter()
        .filter_map(|id| nodes.get(id))
        .map(|n| cited(n))
        .collect()
}

/// Per language, the word-level differences (only languages where something changed).
fn text_changes(
    before: Option<&ProvisionNode>,
    after: Option<&ProvisionNode>,
    languages: &[&str],
) -> BTreeMap<String, TextChange> {
    let text = |node: Option<&ProvisionNode>, language: &str| {
        node.and_then(|n| n.texts.get(language))
            .cloned()
            .unwrap_or_default()
    };
    languages
        .iter()
        .filter_map(|&language| {
            let (old, new) = (text(before, language), text(after, language));
            if old == new && before.is_some() && after.is_some() {
                return None;
            }
            let change = TextChange {
                heading: words(&old.heading, &new.heading),
                body: words(&old.body, &new.body),
            };
            let empty = change.heading.is_empty() && change.body.is_empty();
            (!empty).then(|| (language.to_string(), change))
        })
        .collect()
}

/// An option's wording in `language`; none where there is no option.
fn wording<'a>(option: Option<&'a ProvisionOption>, language: &str) -> &'a str {
    option
        .and_then(|o| o.texts.get(language))
        .map_or("", String::as_str)
}

/// The options of `after` that are new, amended or withdrawn since `before`.
fn option_changes(
    before: Option<&ProvisionNode>,
    after: &ProvisionNode,
    languages: &[&str],
) -> Vec<OptionChange> {
    let old: BTreeMap<OptionId, &ProvisionOption> = before
        .map(|n| n.options.iter().map(|o| (o.id, o)).collect())
        .unwrap_or_default();
    after
        .options
        .iter()
        .filter_map(|option| {
            let previous = old.get(&option.id).copied();
            let texts: BTreeMap<String, Vec<Span>> = languages
                .iter()
                .filter(|&&l| wording(previous, l) != wording(Some(option), l))
                .map(|&l| {
                    (
                        l.to_string(),
                        words(wording(previous, l), wording(Some(option), l)),
                    )
                })
                .collect();
            let (change, number) = match previous {
                None => (OptionChangeKind::Added, option.number),
                Some(p) if option.withdrawn && !p.withdrawn => {
                    (OptionChangeKind::Withdrawn, p.number)
                }
                Some(_) if !texts.is_empty() => (OptionChangeKind::Amended, option.number),
                Some(_) => return None,
            };
            Some(OptionChange {
                id: option.id,
                change,
                number,
                texts,
            })
        })
        .collect()
}

/// The words of `new` against `old`, runs of the same kind joined.
fn words(old: &str, new: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => SpanKind::Same,
            ChangeTag::Insert => SpanKind::Inserted,
            ChangeTag::Delete => SpanKind::Deleted,
        };
        match spans.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => spans.push(Span {
                kind,
                text: change.value().to_string(),
            }),
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_joined_into_runs() {
        let spans = words(
            "The Parties shall share data.",
            "The Parties shall endeavour to share data.",
        );
        let kinds: Vec<_> = spans.iter().map(|s| (s.kind, s.text.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (SpanKind::Same, "The Parties shall "),
                (SpanKind::Inserted, "endeavour to "),
                (SpanKind::Same, "share data."),
            ]
        );
    }
}
