//! How far each interface language is translated: the share of the English
//! messages it has words for (bundled or in the translator's own files), and
//! what is wrong with those files.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;
use serde::Serialize;

use super::{LocaleProblem, LocaleSet, FALLBACK_LANGUAGE, INTERFACE_LANGUAGES};

#[derive(Debug, Clone, Serialize)]
pub struct TranslationStatus {
    pub language: String,
    /// English messages this language has its own words for.
    pub translated: usize,
    /// English messages in all.
    pub total: usize,
    /// The translator's files for this language.
    pub own_files: usize,
    pub problems: Vec<LocaleProblem>,
    /// Clause templates without a text in this language, and those whose
    /// text was translated from an earlier source (filled in by the service).
    pub templates_missing: Vec<String>,
    pub templates_stale: Vec<String>,
}

pub fn translation_status(overrides: &Path) -> Vec<TranslationStatus> {
    let english = message_ids(super::bundled_files(FALLBACK_LANGUAGE).map(|f| f.source));
    INTERFACE_LANGUAGES
        .into_iter()
        .map(|language| {
            let set = LocaleSet::load(language, Some(overrides));
            // English stands under every language: count only what comes after it.
            let own_sources = set.sources.iter().skip(match language {
                FALLBACK_LANGUAGE => 0,
                _ => super::bundled_files(FALLBACK_LANGUAGE).count(),
            });
            let ids = message_ids(own_sources.map(|s| s.source.as_str()));
            TranslationStatus {
                language: language.to_string(),
                translated: english.intersection(&ids).count(),
                total: english.len(),
                own_files: super::ftl_files(&overrides.join(language)).len(),
                problems: set.problems,
                templates_missing: Vec::new(),
                templates_stale: Vec::new(),
            }
        })
        .collect()
}

fn message_ids<'s>(sources: impl Iterator<Item = &'s str>) -> BTreeSet<String> {
    sources
        .flat_map(|source| {
            let resource = parser::parse_runtime(source).unwrap_or_else(|(resource, _)| resource);
            resource.body.into_iter().filter_map(|entry| match entry {
                Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
        })
        .collect()
}
