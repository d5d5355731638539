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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;
use fluent_syntax::parser::{self, ErrorKind, ParserError};
use serde::Serialize;

use super::Localizer;
use locale::Locale;

mod locale;
mod tree;

/// The functions both Fluent runtimes (the app's and the CLI's) provide.
pub(crate) const KNOWN_FUNCTIONS: [&str; 1] = ["NUMBER"];

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
pub(crate) type Folder = Vec<(PathBuf, std::io::Result<String>)>;

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
    let terms = crate::terms::TermBase::bundled();
    reference.check_alone(&mut problems);
    reference.check_terms(&terms, None, &mut problems);
    for locale in &locales {
        locale.check_alone(&mut problems);
        locale.check_against(&reference, &mut problems);
        locale.check_terms(&terms, Some(&reference), &mut problems);
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

/// The typography slips of a Fluent file's words in `language` (see
/// `typography`), as byte ranges of `source`.
pub fn typography_slips(language: &str, source: &str) -> Vec<crate::typography::Slip> {
    use fluent_syntax::ast::Entry;
    let resource = match parser::parse(source) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut words = Vec::new();
    for entry in &resource.body {
        let (value, attributes) = match entry {
            // What the reader of texts matches is data, as texts write it.
            Entry::Message(m) if m.id.name.starts_with("reader-") => continue,
            Entry::Message(m) => (m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (Some(&t.value), &t.attributes),
            _ => continue,
        };
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            tree::texts(pattern, &mut words);
        }
    }
    let base = source.as_ptr() as usize;
    let mut slips: Vec<crate::typography::Slip> = words
        .into_iter()
        .flat_map(|text| {
            let at = text.as_ptr() as usize - base;
            crate::typography::check(language, text)
                .into_iter()
                .map(move |mut slip| {
                    slip.start += at;
                    slip.end += at;
                    slip
                })
        })
        .collect();
    slips.sort_by_key(|s| s.start);
    slips
}

/// Mends the typography of every locale file under `dir` (one folder per
/// language); how many slips were mended.
pub fn fix_typography(dir: &Path) -> std::io::Result<usize> {
    let mut mended = 0;
    for entry in std::fs::read_dir(dir)? {
        let folder = entry?.path();
        let Some(language) = folder
            .file_name()
            .and_then(|n| n.to_str())
            .map(String::from)
        else {
            continue;
        };
        for path in super::ftl_files(&folder) {
            let source = std::fs::read_to_string(&path)?;
            let slips = typography_slips(&language, &source);
            if !slips.is_empty() {
                mended += slips.len();
                std::fs::write(&path, crate::typography::mend(&source, &slips))?;
            }
        }
    }
    Ok(mended)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn position(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
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
