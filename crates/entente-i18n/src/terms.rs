//! The term base: the key terms of the clause library in each language, as
//! UN usage writes them (the Conference of the Parties, the Depositary,
//! misinformation…), with the variants not to write. One tab-separated
//! file per language (`terms/<lang>.tsv`, bundled; a secretariat adds its
//! own in the data directory's `terms/`): concept, term, variants to
//! avoid, source. Forms are separated by " | "; a `*` stands for the
//! letters of an inflected ending («Конференци* Сторон»).
//!
//! The checks hold texts to it: a variant to avoid is flagged where it
//! stands, and a translation that never writes the term of a concept its
//! source names is flagged too.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use regex::{Regex, RegexBuilder};
use serde::Serialize;

use crate::check::{position, LocaleProblem};

/// The bundled term files, by language.
const BUNDLED: [(&str, &str); 6] = [
    ("ar", include_str!("../../../terms/ar.tsv")),
    ("en", include_str!("../../../terms/en.tsv")),
    ("es", include_str!("../../../terms/es.tsv")),
    ("fr", include_str!("../../../terms/fr.tsv")),
    ("ru", include_str!("../../../terms/ru.tsv")),
    ("zh", include_str!("../../../terms/zh.tsv")),
];

/// One concept's term in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Term {
    pub concept: String,
    /// The forms to write, as the file gives them.
    pub forms: Vec<String>,
    /// The variants not to write.
    pub avoid: Vec<String>,
    pub source: String,
    #[serde(skip)]
    written: Vec<Regex>,
    #[serde(skip)]
    avoided: Vec<Regex>,
}

/// A place where a text writes a variant the term base says to avoid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misuse {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub concept: String,
    /// The term to write instead.
    pub term: String,
}

/// A concept the source text names and the translation never writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Omission {
    /// Byte offset of the concept in the source text.
    pub source_at: usize,
    pub concept: String,
    pub source_term: String,
    pub term: String,
}

/// The terms of every language, by language, in file order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TermBase {
    pub languages: BTreeMap<String, Vec<Term>>,
}

impl TermBase {
    /// The bundled term base (its files are checked by the test suite).
    /// Its patterns are compiled once per process: every check of a
    /// template or a locale file starts from it.
    pub fn bundled() -> TermBase {
        static BUNDLED_BASE: OnceLock<TermBase> = OnceLock::new();
        BUNDLED_BASE
            .get_or_init(|| {
                let mut base = TermBase::default();
                for (language, source) in BUNDLED {
                    let path = Path::new("terms").join(format!("{language}.tsv"));
                    // A broken bundled file fails the tests; here it only loses lines.
                    let _ = base.add(language, &path, source);
                }
                base
            })
            .clone()
    }

    /// The bundled term base, then the files of `dir` (`<lang>.tsv`), whose
    /// concepts stand in for the bundled ones; problems of those files.
    pub fn with_folder(dir: &Path) -> (TermBase, Vec<LocaleProblem>) {
        let mut base = TermBase::bundled();
        let mut problems = Vec::new();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return (base, problems);
        };
        let mut files: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
            .collect();
        files.sort();
        for path in files {
            let Some(language) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            match std::fs::read_to_string(&path) {
                Ok(source) => problems.extend(base.add(language, &path, &source)),
                Err(error) => problems.push(LocaleProblem::unreadable(&path, &error)),
            }
        }
        (base, problems)
    }

    /// Reads one language's file into the base; a concept given again
    /// replaces the earlier one. Lines that cannot be read are problems.
    pub fn add(&mut self, language: &str, path: &Path, source: &str) -> Vec<LocaleProblem> {
        let mut problems = Vec::new();
        let terms = self.languages.entry(language.to_string()).or_default();
        for (index, line) in source.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let columns: Vec<&str> = line.split('\t').collect();
            let (concept, forms) = match columns.as_slice() {
                [concept, forms, ..] if !concept.trim().is_empty() && !forms.trim().is_empty() => {
                    (concept.trim(), *forms)
                }
                _ => {
                    problems.push(LocaleProblem::new(path, (index + 1, 1), "terms-line"));
                    continue;
                }
            };
            let (forms, avoid) = (
                split_forms(forms),
                split_forms(columns.get(2).copied().unwrap_or_default()),
            );
            let term = Term {
                concept: concept.to_string(),
                written: forms.iter().map(|f| pattern(f)).collect(),
                avoided: avoid.iter().map(|f| pattern(f)).collect(),
                forms,
                avoid,
                source: columns
                    .get(3)
                    .map(|s| s.trim().to_string())
                    .unwrap_or_default(),
            };
            terms.retain(|t| t.concept != term.concept);
            terms.push(term);
        }
        problems
    }

    pub fn terms(&self, language: &str) -> &[Term] {
        self.languages
            .get(language)
            .or_else(|| self.languages.get(language.split('-').next()?))
            .map_or(&[], Vec::as_slice)
    }

    /// The variants to avoid that `text` writes in `language`, in order.
    pub fn misuses(&self, language: &str, text: &str) -> Vec<Misuse> {
        let mut found: Vec<Misuse> = self
            .terms(language)
            .iter()
            .flat_map(|term| {
                term.avoided.iter().flat_map(|avoided| {
                    avoided.find_iter(text).map(|m| Misuse {
                        start: m.start(),
                        end: m.end(),
                        concept: term.concept.clone(),
                        term: term.forms.join(" | "),
                    })
                })
            })
            .collect();
        found.sort_by_key(|m| m.start);
        found
    }

    /// The concepts `source` (in `source_language`) names that `text` (in
    /// `language`) never writes with its term.
    pub fn omissions(
        &self,
        source_language: &str,
        source: &str,
        language: &str,
        text: &str,
    ) -> Vec<Omission> {
        let translated: BTreeMap<&str, &Term> = self
            .terms(language)
            .iter()
            .map(|t| (t.concept.as_str(), t))
            .collect();
        self.terms(source_language)
            .iter()
            .filter_map(|named| {
                let term = translated.get(named.concept.as_str())?;
                let at = named.written.iter().find_map(|f| f.find(source))?;
                let written = term.written.iter().any(|f| f.is_match(text));
                (!written).then(|| Omission {
                    source_at: at.start(),
                    concept: named.concept.clone(),
                    source_term: at.as_str().to_string(),
                    term: term.forms.join(" | "),
                })
            })
            .collect()
    }

    /// The problems of a text of `language` at `path`: each variant to avoid
    /// where it stands, and, against its source, each concept never
    /// written (placed on the line of the source that names it).
    pub fn check_text(
        &self,
        path: &Path,
        language: &str,
        text: &str,
        source: Option<(&str, &str)>,
    ) -> Vec<LocaleProblem> {
        let mut problems: Vec<LocaleProblem> = self
            .misuses(language, text)
            .into_iter()
            .map(|m| {
                LocaleProblem::new(path, position(text, m.start), "term-avoided")
                    .arg("found", &text[m.start..m.end])
                    .arg("term", m.term)
                    .warning()
            })
            .collect();
        if let Some((source_language, source_text)) = source {
            for omission in self.omissions(source_language, source_text, language, text) {
                let (line, _) = position(source_text, omission.source_at);
                problems.push(
                    LocaleProblem::new(path, (line, 1), "term-missing")
                        .arg("source", omission.source_term)
                        .arg("term", omission.term)
                        .warning(),
                );
            }
        }
        problems
    }
}

fn split_forms(column: &str) -> Vec<String> {
    column
        .split(" | ")
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(str::to_string)
        .collect()
}

/// A form as a pattern: case-insensitive, `*` the letters of an ending,
/// and whole words where the script puts spaces between words and writes
/// no prefixes on them (Latin, Greek, Cyrillic; not Arabic, not Chinese).
/// Arabic letters may carry the short vowels a form does not write
/// («مؤتمرَ الأطراف»), and an article may be taken in by «لـ»
/// («للبلدان النامية»).
fn pattern(form: &str) -> Regex {
    const ARABIC_LETTERS: std::ops::RangeInclusive<char> = '\u{621}'..='\u{64A}';
    const ARABIC_VOWELS: &str = "[\u{64B}-\u{652}\u{670}]";
    let is_vowel = |c: char| ('\u{64B}'..='\u{652}').contains(&c) || c == '\u{670}';
    let spaced = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && (c as u32) < 0x0590);
    let (article, rest) = match form.strip_prefix("ال") {
        Some(rest) => ("ا?ل", rest),
        None => ("", form),
    };
    let mut body = String::from(article);
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' => body.push_str(r"\w*"),
            c if ARABIC_LETTERS.contains(&c) => {
                body.push(c);
                if !chars.peek().is_some_and(|&next| is_vowel(next)) {
                    body.push_str(ARABIC_VOWELS);
                    body.push('*');
                }
            }
            c => body.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    let start = if spaced(form.chars().next()) {
        r"\b"
    } else {
        ""
    };
    let end = if spaced(form.chars().last()) {
        r"\b"
    } else {
        ""
    };
    RegexBuilder::new(&format!("{start}{body}{end}"))
        .case_insensitive(true)
        .build()
        .expect("an escaped form is a valid pattern")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(language: &str, file: &str) -> TermBase {
        let mut base = TermBase::default();
        assert!(base.add(language, Path::new("t.tsv"), file).is_empty());
        base
    }

    #[test]
    fn every_bundled_file_reads_whole() {
        for (language, source) in BUNDLED {
            let mut base = TermBase::default();
            let problems = base.add(language, Path::new("t.tsv"), source);
            assert!(problems.is_empty(), "{language}: {problems:?}");
            assert!(base.terms(language).len() >= 10, "{language}");
        }
    }

    #[test]
    fn a_variant_to_avoid_is_found_where_it_stands() {
        let fr = base(
            "fr",
            "misinformation\tmésinformation\tdésinformation\tUNTERM\n",
        );
        let text = "lutter contre la Désinformation sanitaire";
        let found = fr.misuses("fr", text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].start..found[0].end], "Désinformation");
        assert!(fr.misuses("fr", "la mésinformation").is_empty());
    }

    #[test]
    fn an_inflected_ending_is_matched_and_words_stay_whole() {
        let ru = base("ru", "cop\tКонференци* Сторон\t\t\n");
        let en = base("en", "cop\tConference of the Parties\t\t\n");
        let mut both = ru.clone();
        both.languages.extend(en.languages);
        let source = "The Conference of the Parties shall meet.";
        assert!(both
            .omissions("en", source, "ru", "Конференции Сторон созывается")
            .is_empty());
        let missing = both.omissions("en", source, "ru", "Совещание Сторон");
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].source_term, "Conference of the Parties");
        // "Secretariats" is not "Secretariat": Latin words are matched whole.
        let en = base("en", "s\tSecretariat\t\t\n");
        assert!(en.misuses("en", "x").is_empty());
        assert!(en.terms("en")[0].written[0].find("Secretariats").is_none());
    }

    #[test]
    fn chinese_and_arabic_match_inside_running_text() {
        let zh = base("zh", "cop\t缔约方会议\t缔约方大会\t\n");
        assert_eq!(zh.misuses("zh", "由缔约方大会通过").len(), 1);
        let ar = base("ar", "x\tوفقا\tوفقاً\t\n");
        assert_eq!(ar.misuses("ar", "ووفقاً للمادة").len(), 1);
        assert!(ar.misuses("ar", "وفقا للمادة").is_empty());
        // Short vowels written, an article taken in by «لـ».
        let ar = base("ar", "cop\tمؤتمر الأطراف\t\t\ndc\tالبلدان النامية\t\t\n");
        let written = |text: &str, at: usize| ar.terms("ar")[at].written[0].is_match(text);
        assert!(written("تبلغ مؤتمرَ الأطراف", 0));
        assert!(written("الاحتياجات الخاصة للبلدان النامية", 1));
    }

    #[test]
    fn a_line_without_a_term_is_placed() {
        let mut base = TermBase::default();
        let problems = base.add("fr", Path::new("fr.tsv"), "# x\nok\tterme\n\nbroken\n");
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (4, 1));
        assert_eq!(problems[0].code, "terms-line");
    }
}
