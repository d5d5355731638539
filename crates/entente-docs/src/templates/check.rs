//! `entente check-templates`: every problem of a template folder, placed by
//! file, line and column and worded by a Fluent message
//! (`check-template-<code>`). A template with an error is not loaded; the
//! others still are.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::render;
use super::syntax::{self, At, Node};
use super::{Files, Manifest, Template, VariableType, CATEGORIES, OTHER_INSTRUMENTS};
use entente_i18n::terms::TermBase;
use entente_i18n::{typography, LocaleProblem, Severity};
use entente_model::{AgreementKind, Value};

/// A template folder checked: the template when it has no error, and every
/// problem found.
pub fn check(
    folder: &str,
    files: &Files,
    terms: &TermBase,
) -> (Option<Template>, Vec<LocaleProblem>) {
    let dir = Path::new(folder);
    let Some(manifest_text) = files.get("template.json") else {
        let missing =
            LocaleProblem::new(&dir.join("template.json"), (1, 1), "template-no-manifest");
        return (None, vec![missing]);
    };
    let manifest: Manifest = match serde_json::from_str(manifest_text) {
        Ok(manifest) => manifest,
        Err(error) => {
            let unreadable = LocaleProblem::new(
                &dir.join("template.json"),
                (error.line().max(1), error.column().max(1)),
                "template-manifest",
            )
            // serde_json ends its words with the place, given here already.
            .arg(
                "detail",
                error
                    .to_string()
                    .split(" at line ")
                    .next()
                    .unwrap_or_default(),
            );
            return (None, vec![unreadable]);
        }
    };
    let mut checker = Checker {
        dir,
        manifest_text,
        manifest: &manifest,
        problems: Vec::new(),
    };
    checker.manifest_fields();
    checker.variable_declarations();
    let texts = checker.language_texts(files);
    checker.unused_variables(&texts);
    checker.languages_like_the_source(&texts);
    checker.terms(&texts, terms);

    let problems = checker.problems;
    let errors = problems.iter().any(|p| p.severity == Severity::Error);
    let template = (!errors).then(|| Template {
        texts: texts
            .into_iter()
            .map(|(language, text)| (language, text.source))
            .collect(),
        manifest,
        origin: folder.to_string(),
    });
    (template, problems)
}

/// One language's file of a template, read.
struct LanguageText {
    file: String,
    source: String,
    nodes: Vec<Node>,
    /// Its tags as (kind, variable, cases), to compare with the source's.
    signature: BTreeSet<(&'static str, String, String)>,
}

/// A template's manifest under check, and the problems found so far.
struct Checker<'a> {
    dir: &'a Path,
    manifest_text: &'a str,
    manifest: &'a Manifest,
    problems: Vec<LocaleProblem>,
}

impl Checker<'_> {
    fn problem(&self, file: &str, at: (usize, usize), code: &'static str) -> LocaleProblem {
        LocaleProblem::new(&self.dir.join(file), at, code)
    }

    /// A problem in the manifest, placed where `needle` stands in it.
    fn in_manifest(&self, needle: &str, code: &'static str) -> LocaleProblem {
        let at = self
            .manifest_text
            .lines()
            .enumerate()
            .find_map(|(i, line)| {
                line.find(needle)
                    .map(|c| (i + 1, line[..c].chars().count() + 1))
            })
            .unwrap_or((1, 1));
        self.problem("template.json", at, code)
    }

    /// The id names the folder; the version is x.y.z; the category and
    /// the source language are known.
    fn manifest_fields(&mut self) {
        let manifest = self.manifest;
        let folder_name = self
            .dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if manifest.id != folder_name {
            let found = self
                .in_manifest("\"id\"", "template-id")
                .arg("folder", folder_name);
            self.problems.push(found);
        }
        let semver = manifest.version.split('.').count() == 3
            && manifest
                .version
                .split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
        if !semver {
            let found = self.in_manifest("\"version\"", "template-version");
            self.problems.push(found);
        }
        if !CATEGORIES.contains(&manifest.category.as_str()) {
            let found = self
                .in_manifest("\"category\"", "template-category")
                .arg("categories", CATEGORIES.join(", "));
            self.problems.push(found);
        }
        if !manifest.languages.contains_key(&manifest.source_language) {
            let found = self.in_manifest("\"source_language\"", "template-no-source");
            self.problems.push(found);
        }
    }

    /// Each variable's own declaration: a choice has options, bounds are in
    /// order, a default fits.
    fn variable_declarations(&mut self) {
        for (name, variable) in &self.manifest.variables {
            let needle = format!("\"{name}\"");
            if variable.kind == VariableType::Choice && variable.options.is_empty() {
                let found = self
                    .in_manifest(&needle, "template-no-options")
                    .arg("variable", name.clone());
                self.problems.push(found);
            }
            if let (Some(min), Some(max)) = (variable.min, variable.max) {
                if min > max {
                    let found = self
                        .in_manifest(&needle, "template-bounds")
                        .arg("variable", name.clone());
                    self.problems.push(found);
                }
            }
            if let Some(default) = &variable.default {
                let fits = serde_json::from_value::<Value>(default.clone())
                    .map_err(|_| "wrong-type")
                    .and_then(|value| variable.read(&value));
                if let Err(reason) = fits {
                    let found = self
                        .in_manifest(&needle, "template-default")
                        .arg("variable", name.clone())
                        .arg("reason", reason);
                    self.problems.push(found);
                }
            }
        }
    }

    /// Each language's labels, title and file; the file parsed and its tags
    /// checked against the variables they name.
    fn language_texts(&mut self, files: &Files) -> BTreeMap<String, LanguageText> {
        let manifest = self.manifest;
        let mut texts = BTreeMap::new();
        for (language, entry) in &manifest.languages {
            // The form names each variable it asks, and each option of a choice, in this language.
            let asked = manifest
                .variables
                .iter()
                .filter(|(_, v)| v.kind != VariableType::Instrument);
            for (name, variable) in asked {
                let labelled = variable.label.contains_key(language)
                    && variable.options.iter().all(|o| {
                        variable
                            .option_labels
                            .get(language)
                            .is_some_and(|labels| labels.contains_key(o))
                    });
                if !labelled {
                    let found = self
                        .in_manifest(&format!("\"{name}\""), "template-no-label")
                        .arg("variable", name.clone())
                        .arg("language", language.clone())
                        .warning();
                    self.problems.push(found);
                }
            }
            if !manifest.title.contains_key(language) {
                let found = self
                    .in_manifest("\"title\"", "template-no-title")
                    .arg("language", language.clone());
                self.problems.push(found);
            }
            let Some(source) = files.get(&entry.file) else {
                let found = self
                    .problem(&entry.file, (1, 1), "template-missing-file")
                    .arg("language", language.clone());
                self.problems.push(found);
                continue;
            };
            for slip in typography_slips(language, source) {
                let at = entente_i18n::position(source, slip.start);
                let found = self
                    .problem(&entry.file, at, slip.code)
                    .arg("mend", slip.mend)
                    .warning();
                self.problems.push(found);
            }
            let nodes = match syntax::parse(source) {
                Ok(nodes) => nodes,
                Err(error) => {
                    let found = self
                        .problem(
                            &entry.file,
                            (error.at.line, error.at.column),
                            syntax_code(error.code),
                        )
                        .arg("detail", error.detail);
                    self.problems.push(found);
                    continue;
                }
            };
            let mut signature = BTreeSet::new();
            let path = self.dir.join(&entry.file);
            check_tags(
                manifest,
                language,
                &nodes,
                &mut signature,
                &mut |at, code, args: Vec<(&'static str, String)>| {
                    let mut found = LocaleProblem::new(&path, (at.line, at.column), code);
                    for (name, value) in args {
                        found = found.arg(name, value);
                    }
                    self.problems.push(found);
                },
            );
            texts.insert(
                language.clone(),
                LanguageText {
                    file: entry.file.clone(),
                    source: source.clone(),
                    nodes,
                    signature,
                },
            );
        }
        texts
    }

    /// A variable that no language's text uses.
    fn unused_variables(&mut self, texts: &BTreeMap<String, LanguageText>) {
        let used: BTreeSet<&String> = texts
            .values()
            .flat_map(|text| text.signature.iter().map(|(_, name, _)| name))
            .collect();
        for name in self.manifest.variables.keys().filter(|n| !used.contains(n)) {
            let found = self
                .in_manifest(&format!("\"{name}\""), "template-unused")
                .arg("variable", name.clone());
            self.problems.push(found);
        }
    }

    /// Each language's words held to the term base: no variant to avoid,
    /// and the term of every concept its source names.
    fn terms(&mut self, texts: &BTreeMap<String, LanguageText>, terms: &TermBase) {
        let words = |text: &LanguageText| template_words(&text.source);
        let source_language = &self.manifest.source_language;
        let source = texts.get(source_language).map(words);
        for (language, text) in texts {
            let against = source
                .as_deref()
                .filter(|_| language != source_language)
                .map(|source| (source_language.as_str(), source));
            let found =
                terms.check_text(&self.dir.join(&text.file), language, &words(text), against);
            self.problems.extend(found);
        }
    }

    /// Every language like the source: the same tags, the same structure, and
    /// translated from the source as it is now.
    fn languages_like_the_source(&mut self, texts: &BTreeMap<String, LanguageText>) {
        let manifest = self.manifest;
        let source_language = &manifest.source_language;
        let Some(source) = texts.get(source_language) else {
            return;
        };
        let source_hash = format!("{:x}", Sha256::digest(source.source.as_bytes()));
        let values = sample_values(manifest);
        let party_name = |id: i64| format!("Party {id}");
        let shape = |language: &str, nodes: &[Node]| {
            let cx = render::Context {
                language,
                manifest,
                values: &values,
                party_name: &party_name,
            };
            let clause = render::read(&render::expand(nodes, &cx));
            (
                !clause.heading.is_empty(),
                clause.body.len(),
                clause
                    .paragraphs
                    .iter()
                    .map(|(_, subs)| subs.len())
                    .collect::<Vec<_>>(),
            )
        };
        let source_shape = shape(source_language, &source.nodes);
        for (language, text) in texts.iter().filter(|(l, _)| *l != source_language) {
            let spoken = |text: &LanguageText| -> BTreeSet<(&'static str, String, String)> {
                let tags = text.signature.iter();
                tags.filter(|(kind, ..)| *kind != INSTRUMENT_TAG)
                    .cloned()
                    .collect()
            };
            let (source_tags, tags) = (spoken(source), spoken(text));
            if tags != source_tags {
                let differ: Vec<String> = source_tags
                    .symmetric_difference(&tags)
                    .map(|(kind, name, cases)| {
                        if cases.is_empty() {
                            format!("{kind} {name}")
                        } else {
                            format!("{kind} {name} ({cases})")
                        }
                    })
                    .collect();
                let found = self
                    .problem(&text.file, (1, 1), "template-tags-differ")
                    .arg("source", source.file.clone())
                    .arg("differences", differ.join("; "));
                self.problems.push(found);
            }
            if shape(language, &text.nodes) != source_shape {
                let found = self
                    .problem(&text.file, (1, 1), "template-structure")
                    .arg("source", source.file.clone());
                self.problems.push(found);
            }
            let entry = format!("\"{language}\": {{");
            let found = match manifest.languages[language].translated_from.as_deref() {
                Some(hash) if hash == source_hash => continue,
                Some(_) => self
                    .in_manifest(&entry, "template-stale")
                    .arg("source", source.file.clone())
                    .warning(),
                None => self.in_manifest(&entry, "template-no-hash"),
            };
            self.problems.push(found.arg("language", language.clone()));
        }
    }
}

fn syntax_code(code: &str) -> &'static str {
    match code {
        "unclosed-tag" => "template-unclosed-tag",
        "stray-close" => "template-stray-close",
        "unclosed-block" => "template-unclosed-block",
        "mismatched-close" => "template-mismatched-close",
        "misplaced-else" => "template-misplaced-else",
        "outside-case" => "template-outside-case",
        _ => "template-unknown-tag",
    }
}

/// Values for rendering every language the same way: the defaults, a party
/// for party variables, and a word for optional text without one.
fn sample_values(manifest: &Manifest) -> BTreeMap<String, Value> {
    manifest
        .variables
        .iter()
        .filter_map(|(name, variable)| {
            let value = match (&variable.default, variable.kind) {
                (Some(default), _) => serde_json::from_value(default.clone()).ok()?,
                (None, VariableType::Party | VariableType::Parties) => Value::Parties(vec![1, 2]),
                (None, VariableType::Text) => Value::Text("sample".into()),
                (None, VariableType::Instrument) => {
                    Value::Text(AgreementKind::Treaty.as_str().into())
                }
                _ => return None,
            };
            Some((name.clone(), value))
        })
        .collect()
}

/// The signature entry of a tag on the instrument, left out when languages
/// are compared.
const INSTRUMENT_TAG: &str = "instrument";

type Report<'a> = dyn FnMut(At, &'static str, Vec<(&'static str, String)>) + 'a;

/// Checks each tag against the variable it names, and records the tags of a
/// language as (kind, variable, cases) to compare with the source.
fn check_tags(
    manifest: &Manifest,
    language: &str,
    nodes: &[Node],
    signature: &mut BTreeSet<(&'static str, String, String)>,
    report: &mut Report,
) {
    for node in nodes {
        let (kind, name, at) = match node {
            Node::Text(_) => continue,
            Node::Value { name, at, .. } => ("value", name, *at),
            Node::If { name, at, .. } => ("if", name, *at),
            Node::Optional { name, at, .. } => ("optional", name, *at),
            Node::Alt { name, at, .. } => ("alt", name, *at),
            Node::Plural { name, at, .. } => ("plural", name, *at),
            Node::Number {
                name, ordinal, at, ..
            } => (if *ordinal { "ordinal" } else { "words" }, name, *at),
        };
        let Some(variable) = manifest.variables.get(name) else {
            report(at, "template-undeclared", vec![("variable", name.clone())]);
            continue;
        };
        let mut cases = String::new();
        match node {
            Node::If {
                then, otherwise, ..
            } => {
                if variable.kind != VariableType::Boolean {
                    report(
                        at,
                        "template-if-not-boolean",
                        vec![("variable", name.clone())],
                    );
                }
                check_tags(manifest, language, then, signature, report);
                check_tags(manifest, language, otherwise, signature, report);
            }
            Node::Optional { body, .. } => {
                if !variable.optional {
                    report(
                        at,
                        "template-optional-not-optional",
                        vec![("variable", name.clone())],
                    );
                }
                check_tags(manifest, language, body, signature, report);
            }
            Node::Alt { cases: written, .. } => {
                let ids: BTreeSet<&str> = written.iter().map(|(id, _, _)| id.as_str()).collect();
                let options: BTreeSet<&str> = variable.options.iter().map(String::as_str).collect();
                let kinds: BTreeSet<&str> = AgreementKind::ALL.iter().map(|k| k.as_str()).collect();
                let fits = match variable.kind {
                    VariableType::Choice => ids == options,
                    // Some kinds written out, the others under "other".
                    VariableType::Instrument => {
                        ids.iter()
                            .all(|id| kinds.contains(id) || *id == OTHER_INSTRUMENTS)
                            && (ids.contains(OTHER_INSTRUMENTS) || ids == kinds)
                    }
                    _ => false,
                };
                if !fits || ids.len() != written.len() {
                    let expected = match variable.kind {
                        VariableType::Instrument => {
                            let mut kinds: Vec<&str> = kinds.into_iter().collect();
                            kinds.push(OTHER_INSTRUMENTS);
                            kinds.join(", ")
                        }
                        _ => variable.options.join(", "),
                    };
                    report(
                        at,
                        "template-cases",
                        vec![("variable", name.clone()), ("options", expected)],
                    );
                }
                for (_, body, _) in written {
                    check_tags(manifest, language, body, signature, report);
                }
                cases = ids.into_iter().collect::<Vec<_>>().join(", ");
            }
            Node::Number { .. } if variable.kind != VariableType::Integer => report(
                at,
                "template-number-not-integer",
                vec![("variable", name.clone()), ("tag", kind.to_string())],
            ),
            Node::Plural { forms, .. } => {
                if variable.kind != VariableType::Integer {
                    report(
                        at,
                        "template-number-not-integer",
                        vec![("variable", name.clone()), ("tag", kind.to_string())],
                    );
                }
                let mut needed = entente_i18n::plural::categories(language);
                // `other` is the fallback of every plural tag, whatever the language.
                if !needed.contains(&"other") {
                    needed.push("other");
                }
                let missing: Vec<&str> = needed
                    .into_iter()
                    .filter(|c| !forms.contains_key(*c))
                    .collect();
                if !missing.is_empty() {
                    report(
                        at,
                        "template-plural-forms",
                        vec![("variable", name.clone()), ("missing", missing.join(", "))],
                    );
                }
            }
            _ => {}
        }
        // A language writes a number as its grammar wants it (in figures,
        // in words, or only in the words of its plural): the same number.
        let kind = match kind {
            "value" | "plural" | "words" | "ordinal" if variable.kind == VariableType::Integer => {
                "number"
            }
            // Whether who speaks changes the words is the language's own affair.
            _ if variable.kind == VariableType::Instrument => {
                cases.clear();
                INSTRUMENT_TAG
            }
            kind => kind,
        };
        signature.insert((kind, name.clone(), cases));
    }
}

/// The typography slips of a template's words in `language` (its tags
/// left aside), as byte ranges of `source`.
pub fn typography_slips(language: &str, source: &str) -> Vec<typography::Slip> {
    typography::check(language, &template_words(source))
}

/// A template's words, at their places: the tags blanked out byte for
/// byte, but for the forms of a `{{plural}}` («يوما», "days"), which are
/// words of the text.
fn template_words(source: &str) -> String {
    let mut words = typography::words_only(source, "{{", "}}");
    let mut from = 0;
    while let Some(start) = source[from..].find("{{plural ").map(|s| from + s) {
        let Some(end) = source[start..].find("}}").map(|e| start + e) else {
            break;
        };
        let mut at = start;
        while let Some(quote) = source[at..end].find("=\"").map(|q| at + q) {
            let name_start = source[..quote].rfind(' ').map_or(start, |s| s + 1);
            let name = &source[name_start..quote];
            let value_start = quote + 2;
            let Some(value_end) = source[value_start..end].find('"').map(|v| value_start + v)
            else {
                break;
            };
            let is_form = name.starts_with('=')
                || ["zero", "one", "two", "few", "many", "other"].contains(&name);
            if is_form {
                words.replace_range(value_start..value_end, &source[value_start..value_end]);
            }
            at = value_end + 1;
        }
        from = end;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_of_a_plural_are_words_the_typography_checks() {
        let source =
            "خلال {{plural days number=\"words\" one=\"يوم واحد\" other=\"# يوماً\"}} من ذلك";
        let words = template_words(source);
        assert_eq!(words.len(), source.len());
        assert!(
            words.contains("يوماً") && words.contains("يوم واحد"),
            "{words}"
        );
        assert!(
            !words.contains("days") && !words.contains("words"),
            "{words}"
        );
        let slips = typography_slips("ar", source);
        assert_eq!(slips.len(), 1, "{slips:?}");
        assert_eq!(slips[0].code, "typography-ar-tanween");
        assert_eq!(&source[slips[0].start..slips[0].end], "\u{64b}");
    }
}
