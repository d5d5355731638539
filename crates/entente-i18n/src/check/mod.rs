//! `entente check-locales`: what a translator must fix before sending locale
//! files back, each problem placed by file, line and column and worded by a
//! Fluent message (`check-<code>`) like every other string.
//!
//! A locale folder holds one folder per language, each with the same files
//! as the reference language. Errors: syntax, missing files, messages and
//! attributes, duplicate ids, variables the reference does not pass or that
//! the translation drops, unknown functions, plural categories the language
//! needs, template syntax, empty values, and any error met formatting every
//! message with sample arguments. Warnings: obsolete files, messages and
//! attributes, and plural variants that do not show their number.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use fluent_syntax::parser::{self, ErrorKind, ParserError};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use super::Localizer;

/// The functions both Fluent runtimes (the app's and the CLI's) provide.
const KNOWN_FUNCTIONS: [&str; 1] = ["NUMBER"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, where it is, and the message that words it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleProblem {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    /// Names the Fluent message `check-<code>` that explains it.
    pub code: &'static str,
    pub args: BTreeMap<&'static str, String>,
}

impl LocaleProblem {
    pub fn new(path: &Path, (line, column): (usize, usize), code: &'static str) -> LocaleProblem {
        LocaleProblem {
            path: path.display().to_string(),
            line,
            column,
            severity: Severity::Error,
            code,
            args: BTreeMap::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> LocaleProblem {
        self.args.insert(name, value.into());
        self
    }

    pub fn warning(mut self) -> LocaleProblem {
        self.severity = Severity::Warning;
        self
    }

    pub fn unreadable(path: &Path, error: &std::io::Error) -> LocaleProblem {
        LocaleProblem::new(path, (1, 1), "unreadable").arg("reason", error.to_string())
    }

    /// The problem in the user's words.
    pub fn message(&self, localizer: &Localizer) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, value.clone());
        }
        localizer.format(&format!("check-{}", self.code), Some(&args))
    }

    /// `path:line:col: message`, with `warning:` before a warning's message.
    pub fn line(&self, localizer: &Localizer) -> String {
        let severity = match self.severity {
            Severity::Error => String::new(),
            Severity::Warning => format!("{}: ", localizer.format("check-warning", None)),
        };
        format!(
            "{}:{}:{}: {severity}{}",
            self.path,
            self.line,
            self.column,
            self.message(localizer)
        )
    }
}

/// What `check_locales` found.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub problems: Vec<LocaleProblem>,
    /// How many language folders were checked, the reference included.
    pub languages: usize,
}

impl CheckReport {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// The files of one language folder: each path with its text, or why it
/// could not be read.
type Folder = Vec<(PathBuf, std::io::Result<String>)>;

/// Why a folder could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum LocaleFolderError {
    #[error(
        "{path} is not a folder of locale folders (one per language, the reference among them)"
    )]
    NoLocaleFolder { path: String },
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
}

/// Checks every language folder of `dir` against `dir/<reference>`.
pub fn check_locales(dir: &Path, reference: &str) -> Result<CheckReport, LocaleFolderError> {
    if !dir.join(reference).is_dir() {
        return Err(LocaleFolderError::NoLocaleFolder {
            path: dir.join(reference).display().to_string(),
        });
    }
    let mut folders: Vec<(String, Folder)> = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(language) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if path.is_dir() {
            let files = super::ftl_files(&path)
                .into_iter()
                .map(|file| {
                    let source = std::fs::read_to_string(&file);
                    (file, source)
                })
                .collect();
            folders.push((language.to_string(), files));
        }
    }
    Ok(check_folders(folders, reference))
}

/// Checks the locales bundled in this binary, as `locales/<lang>/<file>`.
pub fn check_bundled(reference: &str) -> CheckReport {
    let folders = super::INTERFACE_LANGUAGES
        .iter()
        .map(|&language| {
            let files = super::bundled_files(language)
                .map(|f| {
                    (
                        Path::new("locales").join(language).join(f.name),
                        Ok(f.source.to_string()),
                    )
                })
                .collect();
            (language.to_string(), files)
        })
        .collect();
    check_folders(folders, reference)
}

fn check_folders(mut folders: Vec<(String, Folder)>, reference: &str) -> CheckReport {
    folders.sort_by(|a, b| a.0.cmp(&b.0));
    let languages = folders.len();
    let mut problems = Vec::new();
    let mut locales: Vec<Locale> = folders
        .into_iter()
        .map(|(language, files)| Locale::read(&language, files, &mut problems))
        .collect();
    let Some(at) = locales.iter().position(|l| l.language == reference) else {
        return CheckReport {
            problems,
            languages,
        };
    };
    let reference = locales.remove(at);
    reference.check_alone(&mut problems);
    for locale in &locales {
        locale.check_alone(&mut problems);
        locale.check_against(&reference, &mut problems);
    }
    CheckReport {
        problems,
        languages,
    }
}

/// The syntax errors of one file (also used for a translator's overrides).
pub(super) fn syntax_problems(path: &Path, source: &str) -> Vec<LocaleProblem> {
    match parser::parse(source) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors
            .iter()
            .map(|error| syntax_problem(path, source, error))
            .collect(),
    }
}

fn syntax_problem(path: &Path, source: &str, error: &ParserError) -> LocaleProblem {
    let at = position(source, error.pos.start);
    let problem = |code| LocaleProblem::new(path, at, code);
    match &error.kind {
        ErrorKind::ExpectedToken(token) => {
            problem("syntax-expected").arg("token", token.to_string())
        }
        // The parser's way of saying it wanted an identifier.
        ErrorKind::ExpectedCharRange { range } if range == "a-zA-Z" => {
            problem("syntax-expected-name")
        }
        ErrorKind::ExpectedCharRange { range } => {
            problem("syntax-expected").arg("token", range.clone())
        }
        ErrorKind::ExpectedMessageField { entry_id }
        | ErrorKind::ExpectedTermField { entry_id } => {
            problem("syntax-no-value").arg("id", entry_id.clone())
        }
        ErrorKind::MissingValue => problem("syntax-missing-value"),
        ErrorKind::MissingDefaultVariant => problem("syntax-no-default"),
        ErrorKind::MultipleDefaultVariants => problem("syntax-two-defaults"),
        ErrorKind::UnterminatedStringLiteral => problem("syntax-unterminated-string"),
        ErrorKind::UnbalancedClosingBrace => problem("syntax-unbalanced-brace"),
        ErrorKind::UnknownEscapeSequence(sequence)
        | ErrorKind::InvalidUnicodeEscapeSequence(sequence) => {
            problem("syntax-escape").arg("sequence", sequence.clone())
        }
        other => problem("syntax-other").arg("detail", other.to_string()),
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn position(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// One message (or term) as the checks see it.
struct Entryish {
    file: PathBuf,
    line: usize,
    /// The lines it spans, for placing what is inside it.
    text: String,
    attributes: Vec<String>,
    variables: BTreeSet<String>,
}

/// One language folder, read and parsed.
struct Locale {
    language: String,
    /// File name → (path, source).
    files: BTreeMap<String, (PathBuf, String)>,
    /// Message or term id ("-term") → where and what.
    messages: BTreeMap<String, Entryish>,
    /// Ids whose entry does not parse: reported as syntax errors, not as missing.
    broken: BTreeSet<String>,
}

impl Locale {
    fn read(language: &str, files: Folder, problems: &mut Vec<LocaleProblem>) -> Locale {
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
    fn check_patterns<'a>(
        &self,
        path: &Path,
        id: &str,
        line: usize,
        text: &str,
        value: Option<&'a Pattern<&'a str>>,
        attributes: impl Iterator<Item = &'a Pattern<&'a str>>,
        problems: &mut Vec<LocaleProblem>,
    ) {
        let needed = super::plural::categories(&self.language);
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
    fn check_alone(&self, problems: &mut Vec<LocaleProblem>) {
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

    /// The checks of a translation against the reference.
    fn check_against(&self, reference: &Locale, problems: &mut Vec<LocaleProblem>) {
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
            for variable in ours.variables.difference(&theirs.variables) {
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
            for variable in theirs.variables.difference(&ours.variables) {
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
    fn check_plural_variants(
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

/// Each entry's id, first line and last line, found by reading the lines
/// (a message starts at column 1 with `id =`; `-id =` for a term).
fn entry_starts(source: &str) -> Vec<(String, usize, usize)> {
    let mut starts: Vec<(String, usize, usize)> = Vec::new();
    let lines: Vec<&str> = source.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        let Some((id, _)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim_end();
        let name = id.strip_prefix('-').unwrap_or(id);
        let starts_entry = !line.starts_with([' ', '\t', '#', '.', '*', '[', '}'])
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if starts_entry {
            if let Some(last) = starts.last_mut() {
                last.2 = index;
            }
            starts.push((id.to_string(), index + 1, lines.len()));
        }
    }
    // An entry ends where the next begins, less the blank and comment lines between.
    for (_, first, last) in &mut starts {
        while *last > *first && {
            let line = lines[*last - 1];
            line.trim().is_empty() || line.starts_with('#')
        } {
            *last -= 1;
        }
    }
    starts
}

/// Where `needle` first stands in an entry's text, as a position in the file.
fn locate(text: &str, first_line: usize, needle: &str) -> (usize, usize) {
    text.lines()
        .enumerate()
        .find_map(|(index, line)| {
            line.find(needle)
                .map(|byte| (first_line + index, line[..byte].chars().count() + 1))
        })
        .unwrap_or((first_line, 1))
}

/// Calls `visit` on every inline expression of a pattern, inside selects too.
fn walk<'p, S: AsRef<str>>(
    pattern: &'p Pattern<S>,
    visit: &mut impl FnMut(&'p InlineExpression<S>),
) {
    fn expression<'p, S: AsRef<str>>(
        e: &'p Expression<S>,
        visit: &mut impl FnMut(&'p InlineExpression<S>),
    ) {
        match e {
            Expression::Inline(e) => inline(e, visit),
            Expression::Select { selector, variants } => {
                inline(selector, visit);
                for variant in variants {
                    walk(&variant.value, visit);
                }
            }
        }
    }
    fn inline<'p, S: AsRef<str>>(
        e: &'p InlineExpression<S>,
        visit: &mut impl FnMut(&'p InlineExpression<S>),
    ) {
        visit(e);
        match e {
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in arguments
                    .positional
                    .iter()
                    .chain(arguments.named.iter().map(|n| &n.value))
                {
                    inline(argument, visit);
                }
            }
            InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for argument in arguments
                    .positional
                    .iter()
                    .chain(arguments.named.iter().map(|n| &n.value))
                {
                    inline(argument, visit);
                }
            }
            InlineExpression::Placeable { expression: inner } => expression(inner, visit),
            _ => {}
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression: e } = element {
            expression(e, visit);
        }
    }
}

/// Calls `visit` with the selector and variants of every select in a pattern.
fn each_select<'p, S: AsRef<str>>(
    pattern: &'p Pattern<S>,
    visit: &mut impl FnMut(&'p InlineExpression<S>, &'p [fluent_syntax::ast::Variant<S>]),
) {
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = element
        {
            visit(selector, variants);
            for variant in variants {
                each_select(&variant.value, visit);
            }
        }
    }
}

/// Calls `visit` with the selector and identifier keys of every select.
fn selects<'p, S: AsRef<str>>(
    pattern: &'p Pattern<S>,
    visit: &mut impl FnMut(&'p InlineExpression<S>, &[&str]),
) {
    each_select(pattern, &mut |selector, variants| {
        let keys: Vec<&str> = variants.iter().filter_map(identifier_key).collect();
        visit(selector, &keys);
    });
}

fn identifier_key<S: AsRef<str>>(variant: &fluent_syntax::ast::Variant<S>) -> Option<&str> {
    match &variant.key {
        VariantKey::Identifier { name } => Some(name.as_ref()),
        VariantKey::NumberLiteral { .. } => None,
    }
}

/// A select on a count: its named keys are all CLDR plural categories, and
/// name more than the default.
fn is_plural(keys: &[&str]) -> bool {
    !keys.is_empty()
        && keys.iter().all(|k| super::plural::CATEGORIES.contains(k))
        && keys.iter().any(|k| *k != "other")
}

/// A value with no words: blank text, or only empty string literals.
fn is_empty(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        PatternElement::Placeable { .. } => false,
    })
}

/// Arguments for every variable a message names: a count for those it
/// selects a plural form on (`$n ->`), words for the others.
fn sample_arguments<'a>(variables: &'a BTreeSet<String>, text: &str) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for variable in variables {
        if text.contains(&format!("${variable} ->")) {
            args.set(variable.as_str(), FluentValue::from(3));
        } else {
            args.set(variable.as_str(), FluentValue::from("sample"));
        }
    }
    args
}

fn format_problem(error: &FluentError, entry: &Entryish, id: &str) -> Option<LocaleProblem> {
    use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
    let FluentError::ResolverError(error) = error else {
        return None;
    };
    let problem = |code, needle: &str| {
        LocaleProblem::new(&entry.file, locate(&entry.text, entry.line, needle), code).arg("id", id)
    };
    Some(match error {
        // Reported where the checks above find them.
        ResolverError::Reference(
            ReferenceKind::Function { .. } | ReferenceKind::Variable { .. },
        ) => return None,
        ResolverError::Reference(ReferenceKind::Message { id: target, .. }) => {
            problem("unknown-reference", target).arg("target", target.clone())
        }
        ResolverError::Reference(ReferenceKind::Term { id: target, .. }) => {
            problem("unknown-reference", target).arg("target", format!("-{target}"))
        }
        ResolverError::NoValue(target) => {
            problem("unknown-reference", target).arg("target", target.clone())
        }
        ResolverError::Cyclic => problem("cyclic", ""),
        ResolverError::MissingDefault | ResolverError::TooManyPlaceables => {
            problem("too-complex", "")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_become_lines_and_columns_in_characters() {
        let source = "a = é\nbé = x {\n";
        assert_eq!(position(source, 0), (1, 1));
        let brace = source.rfind('{').unwrap();
        assert_eq!(position(source, brace), (2, 8));
    }
}
