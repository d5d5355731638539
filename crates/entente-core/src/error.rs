//! The one error type of the core. Every variant is something a user can act on;
//! its words live in `locales/<lang>/errors.ftl` under the id `error-<code>`.
//! Both are derived: the code is the variant's name in kebab-case, and the
//! message's arguments are the variant's fields, serialized by name.

use std::path::PathBuf;

use entente_i18n::{LocaleFolderError, Localizer};
use entente_model::{BracketError, InvalidValue, UnknownLanguage};
use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Serialize, Serializer};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error, Serialize, strum::IntoStaticStr, strum::VariantNames)]
#[serde(untagged)]
#[strum(serialize_all = "kebab-case")]
pub enum Error {
    #[error("{field} must not be empty")]
    EmptyField { field: &'static str },

    #[error(transparent)]
    UnknownLanguage(#[from] UnknownLanguage),

    #[error("language {code:?} is not a language of this agreement")]
    LanguageNotInAgreement { code: String },

    #[error("language {code:?} holds text or names in this agreement")]
    LanguageInUse { code: String },

    #[error(transparent)]
    InvalidValue(#[from] InvalidValue),

    #[error("a party named {name:?} already exists in this agreement")]
    DuplicateParty { name: String },

    #[error("{name} has positions on record and cannot be removed")]
    PartyHasPositions { name: String },

    #[error("option {id} has been withdrawn")]
    OptionWithdrawn { id: i64 },

    #[error(transparent)]
    Brackets(#[from] BracketError),

    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: i64 },

    #[error("provision {id} has been deleted")]
    ProvisionDeleted { id: i64 },

    #[error("a provision cannot be moved under itself or one of its own sub-provisions")]
    MoveUnderItself,

    #[error("a {child} cannot be placed {placement}")]
    InvalidPlacement {
        child: &'static str,
        /// "top-level" or the kind of the intended parent.
        placement: &'static str,
    },

    #[error("a group cannot be a member of a group")]
    GroupInGroup,

    #[error("this machine has no data directory for Entente (no home directory)")]
    NoDataDir,

    #[error("there is no Entente database in {path}")]
    NoDatabase {
        #[serde(serialize_with = "shown_path")]
        path: PathBuf,
    },

    #[error("{path} is not an Entente database")]
    NotADatabase {
        #[serde(serialize_with = "shown_path")]
        path: PathBuf,
    },

    #[error("{path} was written by a newer version of Entente (schema {found}, this version reads up to {supported})")]
    DatabaseTooNew {
        #[serde(serialize_with = "shown_path")]
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error(
        "the database {path} is busy: another process has been writing to it for several seconds"
    )]
    DatabaseBusy {
        #[serde(serialize_with = "shown_path")]
        path: PathBuf,
    },

    #[error("there is no backup named {name}")]
    BackupNotFound { name: String },

    #[error("{path} is not a backup Entente can restore")]
    BackupUnreadable {
        #[serde(serialize_with = "shown_path")]
        path: PathBuf,
    },

    #[error("cannot write to the data directory {path}: {source}")]
    DataDirNotWritable {
        #[serde(serialize_with = "shown_path")]
        path: PathBuf,
        #[serde(rename = "reason", serialize_with = "display")]
        source: std::io::Error,
    },

    #[error(
        "{path} is not a folder of locale folders (one per language, the reference among them)"
    )]
    NoLocaleFolder { path: String },

    #[error("there is no clause template {id}")]
    UnknownTemplate { id: String },

    #[error("{path} is not a folder of templates")]
    NoTemplateFolder { path: String },

    #[error("the clean text is not final yet: {} problems", problems.len())]
    NotFinal {
        #[serde(rename = "count", serialize_with = "count")]
        problems: Vec<crate::export::ReadinessProblem>,
    },

    #[error("{path} is {bytes} bytes, more than the {limit} an exchange file may hold")]
    FileTooLarge {
        path: String,
        bytes: u64,
        limit: u64,
    },

    #[error("the agreement already has its text in {code}")]
    LanguageHasText { code: String },

    #[error("the text does not begin with its title")]
    NoTitle,

    #[error("{path} is {bytes} bytes, more than any agreement text ({limit})")]
    TextTooLarge {
        path: String,
        bytes: u64,
        limit: u64,
    },

    #[error("{path} holds no provision that can be read")]
    EmptyText { path: String },

    #[error("{path}: {} lines of the text could not be placed", lines.len())]
    NotPlaced {
        path: String,
        /// Each line's number and words, for the user to see where.
        #[serde(rename = "count", serialize_with = "count")]
        lines: Vec<(usize, String)>,
        /// What the numbers count.
        unit: Unit,
    },

    #[error("{path} is not a Word document (.docx)")]
    NotAWordDocument { path: String },

    #[error("{path} is a Word 97-2003 document or is protected by a password")]
    WordOldOrProtected { path: String },

    #[error("{path} expands beyond {limit} bytes")]
    WordTooLarge { path: String, limit: u64 },

    #[error("{path} has {count} tracked changes")]
    WordTrackedChanges { path: String, count: usize },

    #[error("{path} is damaged: {problem}")]
    WordDamaged { path: String, problem: String },

    #[error("{path} is not UTF-8 text (byte {offset})")]
    NotText { path: String, offset: usize },

    #[error("{path} expands beyond {limit} bytes")]
    ExchangeExpandsTooLarge { path: String, limit: u64 },

    #[error("{path}:{line}:{column}: the file is {problem}")]
    ExchangeUnreadable {
        path: String,
        line: usize,
        column: usize,
        /// "truncated" or "garbled".
        problem: &'static str,
    },

    #[error("{path} is not an Entente {expected} file")]
    NotAnExchangeFile {
        path: String,
        /// "bundle" or "packet".
        expected: &'static str,
    },

    #[error("{path} was made by a newer version of Entente (format {found}, this version reads up to {supported})")]
    ExchangeTooNew {
        path: String,
        found: u64,
        supported: u32,
    },

    #[error("{path}:{line}:{column}: {detail}")]
    ExchangeInvalid {
        path: String,
        line: usize,
        column: usize,
        detail: String,
    },

    #[error("{path}: row {row} of {table} does not fit an agreement: {detail}")]
    BundleBroken {
        path: String,
        table: String,
        row: usize,
        detail: String,
    },

    #[error("this agreement is already here, as agreement {id} ({title})")]
    AgreementAlreadyHere { title: String, id: i64 },

    #[error("the packet is for {title}, which is not on this machine")]
    PacketAgreementNotHere { title: String },

    #[error("the packet is from {name}, which is not a party to this agreement")]
    PacketPartyNotInAgreement { name: String },

    #[error("the packet has positions on {count} provisions or options not in this agreement")]
    PacketTextNotHere { count: usize },

    #[error("database error: {0}")]
    Database(
        #[from]
        #[serde(serialize_with = "reason")]
        rusqlite::Error,
    ),

    #[error("I/O error: {0}")]
    Io(
        #[from]
        #[serde(serialize_with = "reason")]
        std::io::Error,
    ),

    #[error("stored data could not be read: {0}")]
    Corrupt(
        #[from]
        #[serde(serialize_with = "reason")]
        serde_json::Error,
    ),
}

impl Error {
    /// A stable, machine-readable code: the `code` of `{code, message}` across IPC,
    /// and the suffix of the Fluent message id that explains the error.
    pub fn code(&self) -> &'static str {
        self.into()
    }

    /// Whether the error comes from what the user asked for (the CLI's exit 1)
    /// rather than from the environment: files, disks, the database (exit 2).
    pub fn is_input_problem(&self) -> bool {
        !matches!(
            self,
            Error::NoDataDir
                | Error::NoDatabase { .. }
                | Error::NotADatabase { .. }
                | Error::DatabaseTooNew { .. }
                | Error::DatabaseBusy { .. }
                | Error::DataDirNotWritable { .. }
                | Error::NoLocaleFolder { .. }
                | Error::NoTemplateFolder { .. }
                | Error::Database(_)
                | Error::Io(_)
                | Error::Corrupt(_)
        )
    }

    /// The arguments the Fluent message `error-<code>` is formatted with:
    /// the variant's fields by name.
    pub fn fluent_args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        let fields = match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(fields)) => fields,
            _ => return args,
        };
        for (name, value) in fields {
            let value = match value {
                serde_json::Value::String(text) => FluentValue::from(text),
                serde_json::Value::Number(n) => match n.as_i64() {
                    Some(whole) => FluentValue::from(whole),
                    None => FluentValue::from(n.as_f64().unwrap_or_default()),
                },
                other => FluentValue::from(other.to_string()),
            };
            args.set(name, value);
        }
        args
    }

    /// A sentence explaining the error to the user, in `l`'s language.
    pub fn message(&self, l: &Localizer) -> String {
        l.format(&format!("error-{}", self.code()), Some(&self.fluent_args()))
    }
}

impl From<LocaleFolderError> for Error {
    fn from(error: LocaleFolderError) -> Error {
        match error {
            LocaleFolderError::NoLocaleFolder { path } => Error::NoLocaleFolder { path },
            LocaleFolderError::Io(error) => Error::Io(error),
        }
    }
}

/// A cause the user reads as the reason: `{ reason: "…" }`.
fn reason<S: Serializer>(error: &impl std::fmt::Display, serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("reason", &error.to_string())?;
    map.end()
}

fn shown_path<S: Serializer>(path: &std::path::Path, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&path.display())
}

fn display<S: Serializer>(
    value: &impl std::fmt::Display,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// What the places in a text are counted in: lines of a text file, or
/// paragraphs of a Word document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    Line,
    Paragraph,
}

impl Unit {
    pub fn of(source: &crate::exchange::Source) -> Unit {
        Unit::of_word(source.word.as_ref())
    }

    /// Paragraphs where the text was a Word document.
    pub fn of_word(word: Option<&crate::exchange::WordFacts>) -> Unit {
        match word {
            Some(_) => Unit::Paragraph,
            None => Unit::Line,
        }
    }

    /// The word Fluent messages select on.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Line => "line",
            Unit::Paragraph => "paragraph",
        }
    }
}

fn count<S: Serializer, T>(items: &[T], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u64(items.len() as u64)
}
