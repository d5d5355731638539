//! Search: where the agreement says some words, in one language or all,
//! its options, statements and this machine's private notes included.
//!
//! The index (store/search.rs) finds the rows; this module puts them in the
//! order of the text, leaves out what was deleted, and marks the matching
//! words in the original text, which the index does not keep.

use std::collections::HashMap;

use entente_i18n::fold::{fold_mapped, words};

use super::agreements::agreement_language;
use super::document::load_document;
use super::Entente;
use crate::error::Result;
use crate::model::{
    AgreementId, ProvisionNode, SearchHit, SearchResults, SearchSource, SnippetPart,
};
use crate::store::{private_notes, search, statements};

/// How much of the text a snippet shows before and after the first match.
const BEFORE: usize = 50;
const AFTER: usize = 110;

impl Entente {
    /// Where the agreement holds `query`'s words in that order, the last one
    /// as the start of a word (so that results follow typing), letter case,
    /// diacritics and Arabic marks aside. `language`: only that language's
    /// texts and options (statements and notes always count).
    pub fn search(
        &self,
        agreement_id: AgreementId,
        query: &str,
        language: Option<&str>,
    ) -> Result<SearchResults> {
        let asked: Vec<String> = words(&fold_mapped(query))
            .into_iter()
            .map(|(word, ..)| word)
            .collect();
        self.store.read(|tx| {
            let document = load_document(tx, agreement_id)?;
            let language = language
                .map(|code| agreement_language(&document.agreement, code))
                .transpose()?;
            if asked.is_empty() {
                return Ok(SearchResults {
                    hits: Vec::new(),
                    total: 0,
                });
            }
            let expression = format!("\"{}\"*", asked.join(" "));
            let found = search::matches(tx, agreement_id, &expression, language.as_deref())?;
            let place: HashMap<_, _> = document
                .provisions
                .iter()
                .enumerate()
                .map(|(index, node)| (node.id, (index, node)))
                .collect();
            let language_rank = |code: &str| {
                document
                    .agreement
                    .languages
                    .iter()
                    .position(|l| l.code == code)
            };
            // Deleted provisions (and those under them) are not in the text,
            // nor are withdrawn options on the table.
            let mut listed = Vec::new();
            for row in found {
                let Some(&(index, node)) = place.get(&row.provision_id) else {
                    continue;
                };
                let source = SearchSource::parse(&row.source)?;
                let option = match source {
                    SearchSource::Option => {
                        let option = node.options.iter().find(|o| o.id == row.source_id);
                        match option.filter(|o| !o.withdrawn) {
                            Some(option) => Some(option),
                            None => continue,
                        }
                    }
                    _ => None,
                };
                let rank = language_rank(&row.language);
                listed.push(((index, source, rank, row.source_id), node, option, row));
            }
            listed.sort_by_key(|(order, ..)| *order);
            let total = listed.len();
            // Only the hits listed are read again for their words.
            let hits = listed
                .into_iter()
                .take(SearchResults::MOST)
                .map(|((_, source, ..), node, option, row)| {
                    let language = Some(row.language).filter(|l| !l.is_empty());
                    let mut hit = SearchHit {
                        provision_id: node.id,
                        citation: node.citation.clone(),
                        source,
                        source_id: row.source_id,
                        option_number: None,
                        party_id: None,
                        language,
                        snippet: Vec::new(),
                    };
                    let words = match source {
                        SearchSource::Text => text_of(node, hit.language.as_deref()),
                        SearchSource::Option => match option {
                            Some(option) => {
                                hit.option_number = option.number;
                                let code = hit.language.as_deref().unwrap_or_default();
                                option.texts.get(code).cloned().unwrap_or_default()
                            }
                            // Options off the table were left out above.
                            None => String::new(),
                        },
                        SearchSource::Statement => {
                            let statement = statements::by_id(tx, row.source_id)?;
                            hit.party_id = Some(statement.party_id);
                            statement.text
                        }
                        SearchSource::Note => private_notes::by_id(tx, row.source_id)?.text,
                    };
                    hit.snippet = snippet(&words, &asked);
                    Ok(hit)
                })
                .collect::<Result<_>>()?;
            Ok(SearchResults { hits, total })
        })
    }
}

/// A provision's heading and body in one language, as one text.
fn text_of(node: &ProvisionNode, language: Option<&str>) -> String {
    let text = node
        .texts
        .get(language.unwrap_or_default())
        .cloned()
        .unwrap_or_default();
    [text.heading, text.body]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" — ")
}

/// The words around the first place `text` holds `asked`, every match in
/// that stretch marked.
fn snippet(text: &str, asked: &[String]) -> Vec<SnippetPart> {
    let found = words(&fold_mapped(text));
    let (last, whole) = asked.split_last().expect("a search asks for words");
    let matches: Vec<(usize, usize)> = found
        .windows(asked.len())
        .filter(|run| {
            run.iter().zip(whole).all(|(word, asked)| &word.0 == asked)
                && run[asked.len() - 1].0.starts_with(last.as_str())
        })
        .map(|run| (run[0].1, run[asked.len() - 1].2))
        .collect();
    let first = matches.first().map_or(0, |m| m.0);
    let start = back_to_word(text, first, BEFORE);
    let end = forward_to_word(text, matches.first().map_or(0, |m| m.1), AFTER);
    let mut parts = Vec::new();
    let plain = |parts: &mut Vec<SnippetPart>, from: usize, to: usize| {
        if from < to {
            parts.push(SnippetPart {
                text: one_line(&text[from..to]),
                hit: false,
            });
        }
    };
    if start > 0 {
        parts.push(SnippetPart {
            text: "…".into(),
            hit: false,
        });
    }
    let mut at = start;
    for &(from, to) in matches.iter().filter(|m| m.0 >= start && m.1 <= end) {
        plain(&mut parts, at, from);
        parts.push(SnippetPart {
            text: one_line(&text[from..to]),
            hit: true,
        });
        at = to;
    }
    plain(&mut parts, at, end);
    if end < text.len() {
        parts.push(SnippetPart {
            text: "…".into(),
            hit: false,
        });
    }
    parts
}

/// Where to start `chars` characters before `at`, at the start of a word.
fn back_to_word(text: &str, at: usize, chars: usize) -> usize {
    let before = &text[..at];
    let Some((from, _)) = before.char_indices().rev().nth(chars) else {
        return 0;
    };
    before[from..]
        .find(char::is_whitespace)
        .map_or(from, |space| from + space + 1)
}

/// Where to stop `chars` characters after `at`, at the end of a word.
fn forward_to_word(text: &str, at: usize, chars: usize) -> usize {
    let after = &text[at..];
    let Some((to, _)) = after.char_indices().nth(chars) else {
        return text.len();
    };
    after[..to]
        .rfind(char::is_whitespace)
        .map_or(at + to, |space| at + space)
}

/// Each run of spaces and line breaks as one space, for a snippet on one line.
fn one_line(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    for ch in text.chars() {
        if !ch.is_whitespace() {
            line.push(ch);
        } else if !line.ends_with(' ') {
            line.push(' ');
        }
    }
    line
}
