//! One language folder read and compared with the reference, message by message.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast::{Entry, InlineExpression, Pattern};
use fluent_syntax::parser::{self};
use unic_langid::LanguageIdentifier;

/// The functions both Fluent runtimes (the app's and the CLI's) provide.
use super::tree::*;
use super::{syntax_problems, Folder, LocaleProblem, KNOWN_FUNCTIONS};
use crate::terms::TermBase;

/// One message (or term) as the checks see it.
pub(super) struct Entryish {
    pub(super) file: PathBuf,
    pub(super) line: usize,
    /// The lines it spans, for placing what is inside it.
    pub(super) text: String,
    pub(super) attributes: Vec<String>,
    pub(super) variables: BTreeSet<String>,
    /// The variables the comments of its section name (`$words` …): the
    /// code passes them, so a translation may use them where the
    /// reference does not.
    pub(super) documented: BTreeSet<String>,
}

/// One language folder, read and parsed.
pub(super) struct Locale {
    pub(super) language: String,
    /// File name → (path, source).
    pub(super) files: BTreeMap<String, (PathBuf, String)>,
    /// Message or term id ("-term") → where and what.
    pub(super) messages: BTreeMap<String, Entryish>,
    /// Ids whose entry does not parse: reported as syntax errors, not as missing.
    pub(super) broken: BTreeSet<String>,
}

impl Locale {
    pub(super) fn read(language: &str, files: Folder, problems: &mut Vec<LocaleProblem>) -> Locale {
        let mut locale = Locale {
            language: language.to_string(),
            files: BTreeMap::new(),
            messages: BTreeMap::new(),
            broken: BTreeSet::new(),
        };
        for (path, source) in files {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let source = match source {
                Ok(source) => source,
                Err(error) => {
                    problems.push(LocaleProblem::unreadable(&path, &error));
                    continue;
                }
            };
            problems.extend(syntax_problems(&path, &source));
            let resource = parser::parse(source.as_str()).unwrap_or_else(|(resource, _)| resource);
            let starts_found = entry_starts(&source);
            let parsed: BTreeSet<String> = resource
                .body
                .iter()
                .filter_map(|entry| match entry {
                    Entry::Message(m) => Some(m.id.name.to_string()),
                    Entry::Term(t) => Some(format!("-{}", t.id.name)),
                    _ => None,
                })
                .collect();
            locale.broken.extend(
                starts_found
                    .iter()
                    .map(|(id, _, _)| id.clone())
                    .filter(|id| !parsed.contains(id)),
            );
            let mut starts = starts_found.into_iter();
            for entry in &resource.body {
                let (id, value, attributes) = match entry {
                    Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                    Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                    _ => continue,
                };
                // The AST keeps no positions: find the entry's line by its id, in order.
                let (line, end) = loop {
                    match starts.next() {
                        Some((start_id, line, end)) if start_id == id => break (line, end),
                        Some(_) => continue,
                        None => break (1, source.lines().count()),
                    }
                };
                let text: String = source
                    .lines()
                    .skip(line - 1)
                    .take(end - line + 1)
                    .collect::<Vec<_>>()
                    .join("\n");
                let mut variables = BTreeSet::new();
                let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
                for pattern in patterns.clone() {
                    walk(pattern, &mut |expression| {
                        if let InlineExpression::VariableReference { id } = expression {
                            variables.insert(id.name.to_string());
                        }
                    });
                }
                if locale.messages.contains_key(&id) {
                    problems.push(
                        LocaleProblem::new(&path, (line, 1), "duplicate").arg("id", id.clone()),
                    );
                    continue;
                }
                let mut names = BTreeSet::new();
                for attribute in attributes {
                    if !names.insert(attribute.id.name) {
                        let at = locate(&text, line, &format!(".{}", attribute.id.name));
                        problems.push(
                            LocaleProblem::new(&path, at, "duplicate-attribute")
                                .arg("id", id.clone())
                                .arg("attribute", attribute.id.name.to_string()),
                        );
                    }
                }
                locale.check_patterns(
                    &path,
                    &id,
                    line,
                    &text,
                    value,
                    attributes.iter().map(|a| &a.value),
                    problems,
                );
                locale.messages.insert(
                    id,
                    Entryish {
                        file: path.clone(),
                        line,
                        text,
                        attributes: attributes.iter().map(|a| a.id.name.to_string()).collect(),
                        variables,
                        documented: documented_variables(&source, line),
                    },
                );
            }
            locale.files.insert(name, (path, source));
        }
        locale
    }

    /// The checks a file needs whatever the reference: functions, plural
    /// categories, template syntax, empty values.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn check_patterns<'a>(
        &self,
        path: &Path,
        id: &str,
        line: usize,
        text: &str,
        value: Option<&'a Pattern<&'a str>>,
        attributes: impl Iterator<Item = &'a Pattern<&'a str>>,
        problems: &mut Vec<LocaleProblem>,
    ) {
        let needed = crate::plural::categories(&self.language);
        if let Some(value) = value {
            if is_empty(value) {
                problems.push(LocaleProblem::new(path, (line, 1), "empty").arg("id", id));
            }
        }
        for pattern in value.into_iter().chain(attributes) {
            walk(pattern, &mut |expression| match expression {
                InlineExpression::FunctionReference { id: function, .. }
                    if !KNOWN_FUNCTIONS.contains(&function.name) =>
                {
                    problems.push(
                        LocaleProblem::new(
                            path,
                            locate(text, line, function.name),
                            "unknown-function",
                        )
                        .arg("function", function.name),
                    );
                }
                InlineExpression::Placeable { .. } => {
                    problems.push(
                        LocaleProblem::new(path, locate(text, line, "{{"), "template-syntax")
                            .arg("id", id),
                    );
                }
                _ => {}
            });
            selects(pattern, &mut |selector, keys| {
                let InlineExpression::VariableReference { id: variable } = selector else {
                    return;
                };
                if !is_plural(keys) {
                    return;
                }
                let missing: Vec<&str> = needed
                    .iter()
                    .filter(|category| !keys.contains(category))
                    .copied()
                    .collect();
                if !missing.is_empty() {
                    problems.push(
                        LocaleProblem::new(
                            path,
                            locate(text, line, &format!("${} ->", variable.name)),
                            "plural-categories",
                        )
                        .arg("id", id)
                        .arg("missing", missing.join(", "))
                        .warning(),
                    );
                }
            });
        }
    }

    /// The checks of a whole language on its own: every message formatted.
    pub(super) fn check_alone(&self, problems: &mut Vec<LocaleProblem>) {
        for (path, source) in self.files.values() {
            for slip in super::typography_slips(&self.language, source) {
                let at = super::position(source, slip.start);
                problems.push(
                    LocaleProblem::new(path, at, slip.code)
                        .arg("mend", slip.mend.clone())
                        .warning(),
                );
            }
        }
        let Ok(langid) = self.language.parse::<LanguageIdentifier>() else {
            return;
        };
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        bundle
            .add_builtins()
            .expect("a new bundle has no functions yet");
        for (_, source) in self.files.values() {
            let resource =
                FluentResource::try_new(source.clone()).unwrap_or_else(|(resource, _)| resource);
            // Duplicates are reported above; the first one counts.
            let _ = bundle.add_resource(resource);
        }
        for (id, entry) in self.messages.iter().filter(|(id, _)| !id.starts_with('-')) {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let args = sample_arguments(&entry.variables, &entry.text);
            let patterns = message
                .value()
                .into_iter()
                .chain(message.attributes().map(|a| a.value()));
            for pattern in patterns {
                let mut errors = Vec::new();
                bundle.format_pattern(pattern, Some(&args), &mut errors);
                for error in errors {
                    if let Some(problem) = format_problem(&error, entry, id) {
                        problems.push(problem);
                    }
                }
            }
        }
    }

    /// The words of every message held to the term base: no variant to
    /// avoid, and, against the reference, the term of every concept the
    /// reference's message names.
    pub(super) fn check_terms(
        &self,
        terms: &TermBase,
        reference: Option<&Locale>,
        problems: &mut Vec<LocaleProblem>,
    ) {
        // What the reader of texts matches is data, as texts from outside write it.
        let words_of_ours = self
            .messages
            .iter()
            .filter(|(id, _)| !id.starts_with("reader-"));
        for (id, ours) in words_of_ours {
            let words = |entry: &Entryish| {
                // The value only: the id and placeables are not words.
                let value = entry.text.split_once('=').map_or("", |(_, v)| v);
                crate::typography::words_only(value, "{", "}")
            };
            let theirs = reference.and_then(|r| Some((r.language.as_str(), r.messages.get(id)?)));
            let source = theirs.map(|(language, entry)| (language, words(entry)));
            let offset = ours.text.find('=').map_or(0, |at| at + 1);
            let at_entry = terms.check_text(
                &ours.file,
                &self.language,
                &words(ours),
                source
                    .as_ref()
                    .map(|(language, words)| (*language, words.as_str())),
            );
            let (value_line, value_column) = super::position(&ours.text, offset);
            for mut problem in at_entry {
                if problem.code == "term-missing" {
                    // A concept left out is the message's, not a word's.
                    (problem.line, problem.column) = (ours.line, 1);
                } else {
                    // Placed in the message, then in its file.
                    if problem.line == 1 {
                        problem.column += value_column - 1;
                    }
                    problem.line += ours.line + value_line - 2;
                }
                problems.push(problem);
            }
        }
    }

    /// The checks of a translation against the reference.
    pub(super) fn check_against(&self, reference: &Locale, problems: &mut Vec<LocaleProblem>) {
        let folder = |name: &str| {
            self.files
                .values()
                .next()
                .and_then(|(path, _)| path.parent())
                .map_or_else(
                    || PathBuf::from(&self.language).join(name),
                    |dir| dir.join(name),
                )
        };
        for (name, (path, _)) in &self.files {
            if !reference.files.contains_key(name) {
                problems.push(
                    LocaleProblem::new(path, (1, 1), "obsolete-file")
                        .arg("reference", reference.language.clone())
                        .warning(),
                );
            }
        }
        for name in reference.files.keys() {
            if !self.files.contains_key(name) {
                problems.push(
                    LocaleProblem::new(&folder(name), (1, 1), "missing-file")
                        .arg("reference", reference.language.clone()),
                );
            }
        }
        for (id, theirs) in &reference.messages {
            let name = theirs
                .file
                .file_name()
                .unwrap_or_default()
                .to_string_lossy();
            let Some(ours) = self.messages.get(id) else {
                let file = self
                    .files
                    .get(name.as_ref())
                    .filter(|_| !self.broken.contains(id));
                if let Some((path, _)) = file {
                    problems.push(
                        LocaleProblem::new(path, (1, 1), "missing-message")
                            .arg("id", id.clone())
                            .arg("reference", reference.language.clone()),
                    );
                }
                continue;
            };
            let here = |needle: &str| locate(&ours.text, ours.line, needle);
            for attribute in theirs
                .attributes
                .iter()
                .filter(|a| !ours.attributes.contains(a))
            {
                problems.push(
                    LocaleProblem::new(&ours.file, (ours.line, 1), "missing-attribute")
                        .arg("id", id.clone())
                        .arg("attribute", attribute.clone()),
                );
            }
            for attribute in ours
                .attributes
                .iter()
                .filter(|a| !theirs.attributes.contains(a))
            {
                problems.push(
                    LocaleProblem::new(
                        &ours.file,
                        here(&format!(".{attribute}")),
                        "obsolete-attribute",
                    )
                    .arg("id", id.clone())
                    .arg("attribute", attribute.clone())
                    .warning(),
                );
            }
            let offered = theirs
                .variables
                .union(&theirs.documented)
                .cloned()
                .collect();
            for variable in ours.variables.difference(&offered) {
                problems.push(
                    LocaleProblem::new(
                        &ours.file,
                        here(&format!("${variable}")),
                        "unknown-variable",
                    )
                    .arg("id", id.clone())
                    .arg("variable", variable.clone())
                    .arg("reference", reference.language.clone()),
                );
            }
            // A value written in another of its documented forms ($ordinal
            // for $n) is not left out.
            let other_form = ours
                .variables
                .iter()
                .any(|v| theirs.documented.contains(v) && !theirs.variables.contains(v));
            for variable in theirs
                .variables
                .difference(&ours.variables)
                .filter(|_| !other_form)
            {
                problems.push(
                    LocaleProblem::new(&ours.file, (ours.line, 1), "dropped-variable")
                        .arg("id", id.clone())
                        .arg("variable", variable.clone())
                        .arg("reference", reference.language.clone()),
                );
            }
            self.check_plural_variants(id, ours, theirs, problems);
        }
        for (id, ours) in &self.messages {
            if !reference.messages.contains_key(id) {
                problems.push(
                    LocaleProblem::new(&ours.file, (ours.line, 1), "obsolete-message")
                        .arg("id", id.clone())
                        .arg("reference", reference.language.clone())
                        .warning(),
                );
            }
        }
    }

    /// A plural variant for many things (few, many, other) that does not show
    /// how many, where the reference does: fine in "[one] one provision", a
    /// slip in "[other] provisions".
    pub(super) fn check_plural_variants(
        &self,
        id: &str,
        entry: &Entryish,
        reference: &Entryish,
        problems: &mut Vec<LocaleProblem>,
    ) {
        let Ok(resource) = parser::parse(entry.text.as_str()) else {
            return;
        };
        for item in &resource.body {
            let Entry::Message(message) = item else {
                continue;
            };
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                each_select(pattern, &mut |selector, variants| {
                    let InlineExpression::VariableReference { id: variable } = selector else {
                        return;
                    };
                    let keys: Vec<&str> = variants.iter().filter_map(identifier_key).collect();
                    // The reference shows the number (not only chooses by it).
                    let shown = format!("${} }}", variable.name);
                    if !is_plural(&keys) || !reference.text.contains(&shown) {
                        return;
                    }
                    for variant in variants {
                        let Some(key @ ("few" | "many" | "other")) = identifier_key(variant) else {
                            continue;
                        };
                        let mut shows = false;
                        walk(&variant.value, &mut |e| {
                            shows |= matches!(e, InlineExpression::VariableReference { id } if id.name == variable.name);
                        });
                        if !shows {
                            problems.push(
                                LocaleProblem::new(
                                    &entry.file,
                                    locate(&entry.text, entry.line, &format!("[{key}]")),
                                    "variant-drops-variable",
                                )
                                .arg("id", id)
                                .arg("variant", key)
                                .arg("variable", variable.name)
                                .warning(),
                            );
                        }
                    }
                });
            }
        }
    }
}

/// The `$names` of the comment lines above line `line` (1-based) of
/// `source`, up to and including the group comment (`##`) that opens its
/// section.
fn documented_variables(source: &str, line: usize) -> BTreeSet<String> {
    let lines: Vec<&str> = source.lines().take(line.saturating_sub(1)).collect();
    let is_group = |text: &str| text == "##" || text.starts_with("## ");
    let mut names = BTreeSet::new();
    let mut in_group = false;
    for text in lines.iter().rev() {
        if in_group && !is_group(text) {
            break;
        }
        in_group = is_group(text);
        let Some(comment) = text.strip_prefix('#') else {
            continue;
        };
        for word in comment.split('$').skip(1) {
            let name: String = word
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                names.insert(name);
            }
        }
    }
    names
}
