//! The one error type of the core. Every variant is something a user can act on;
//! its words live in `locales/<lang>/errors.ftl` under the id `error-<code>`.

use std::path::PathBuf;

use entente_i18n::{LocaleFolderError, Localizer};
use entente_model::{BracketError, InvalidValue, UnknownLanguage};
use fluent_bundle::FluentArgs;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
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
    NoDatabase { path: PathBuf },

    #[error("{path} is not an Entente database")]
    NotADatabase { path: PathBuf },

    #[error("{path} was written by a newer version of Entente (schema {found}, this version reads up to {supported})")]
    DatabaseTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("cannot write to the data directory {path}: {source}")]
    DataDirNotWritable {
        path: PathBuf,
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
        problems: Vec<crate::export::ReadinessProblem>,
    },

    #[error("{path} is {bytes} bytes, more than the {limit} an exchange file may hold")]
    FileTooLarge {
        path: String,
        bytes: u64,
        limit: u64,
    },

    #[error("line {line} of the {language} text has {found} where the agreement has {expected} {number}")]
    StructureMismatch {
        language: String,
        line: usize,
        /// The kind of provision the text has there, or "end".
        found: &'static str,
        /// The kind of provision the agreement has there, or "end".
        expected: &'static str,
        /// Its number as displayed: "3", "II", "b".
        number: String,
    },

    #[error("the agreement already has its text in {code}")]
    LanguageHasText { code: String },

    #[error("the text does not begin with its title")]
    NoTitle,

    #[error("{path} is not UTF-8 text (byte {offset})")]
    NotText { path: String, offset: usize },

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
    Database(#[from] rusqlite::Error),

    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),

    #[error("stored data could not be read: {0}")]
    Corrupt(#[from] serde_json::Error),
}

impl From<LocaleFolderError> for Error {
    fn from(error: LocaleFolderError) -> Error {
        match error {
            LocaleFolderError::NoLocaleFolder { path } => Error::NoLocaleFolder { path },
            LocaleFolderError::Io(error) => Error::Io(error),
        }
    }
}

impl Error {
    /// A sentence explaining the error to the user, in `l`'s language.
    pub fn message(&self, l: &Localizer) -> String {
        l.format(&format!("error-{}", self.code()), Some(&self.fluent_args()))
    }

    /// A stable, machine-readable code: the `code` of `{code, message}` across IPC,
    /// and the suffix of the Fluent message id that explains the error.
    pub fn code(&self) -> &'static str {
        match self {
            Error::EmptyField { .. } => "empty-field",
            Error::UnknownLanguage(_) => "unknown-language",
            Error::LanguageNotInAgreement { .. } => "language-not-in-agreement",
            Error::LanguageInUse { .. } => "language-in-use",
            Error::InvalidValue(_) => "invalid-value",
            Error::DuplicateParty { .. } => "duplicate-party",
            Error::PartyHasPositions { .. } => "party-has-positions",
            Error::NotFound { .. } => "not-found",
            Error::ProvisionDeleted { .. } => "provision-deleted",
            Error::OptionWithdrawn { .. } => "option-withdrawn",
            Error::Brackets(_) => "brackets",
            Error::MoveUnderItself => "move-under-itself",
            Error::InvalidPlacement { .. } => "invalid-placement",
            Error::GroupInGroup => "group-in-group",
            Error::NoDataDir => "no-data-dir",
            Error::NoDatabase { .. } => "no-database",
            Error::NotADatabase { .. } => "not-a-database",
            Error::DatabaseTooNew { .. } => "database-too-new",
            Error::DataDirNotWritable { .. } => "data-dir-not-writable",
            Error::NoLocaleFolder { .. } => "no-locale-folder",
            Error::NotFinal { .. } => "not-final",
            Error::NoTemplateFolder { .. } => "no-template-folder",
            Error::UnknownTemplate { .. } => "unknown-template",
            Error::FileTooLarge { .. } => "file-too-large",
            Error::StructureMismatch { .. } => "structure-mismatch",
            Error::LanguageHasText { .. } => "language-has-text",
            Error::NoTitle => "no-title",
            Error::NotText { .. } => "not-text",
            Error::ExchangeUnreadable { .. } => "exchange-unreadable",
            Error::NotAnExchangeFile { .. } => "not-an-exchange-file",
            Error::ExchangeTooNew { .. } => "exchange-too-new",
            Error::ExchangeInvalid { .. } => "exchange-invalid",
            Error::BundleBroken { .. } => "bundle-broken",
            Error::AgreementAlreadyHere { .. } => "agreement-already-here",
            Error::PacketAgreementNotHere { .. } => "packet-agreement-not-here",
            Error::PacketPartyNotInAgreement { .. } => "packet-party-not-in-agreement",
            Error::PacketTextNotHere { .. } => "packet-text-not-here",
            Error::Database(_) => "database",
            Error::Io(_) => "io",
            Error::Corrupt(_) => "corrupt",
        }
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
                | Error::DataDirNotWritable { .. }
                | Error::NoLocaleFolder { .. }
                | Error::NoTemplateFolder { .. }
                | Error::Database(_)
                | Error::Io(_)
                | Error::Corrupt(_)
        )
    }

    /// The arguments the Fluent message `error-<code>` is formatted with.
    pub fn fluent_args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        match self {
            Error::EmptyField { field } => args.set("field", *field),
            Error::UnknownLanguage(UnknownLanguage { code })
            | Error::LanguageNotInAgreement { code }
            | Error::LanguageInUse { code }
            | Error::LanguageHasText { code } => args.set("code", code.clone()),
            Error::InvalidValue(InvalidValue { field, value }) => {
                args.set("field", *field);
                args.set("value", value.clone());
            }
            Error::DuplicateParty { name } | Error::PartyHasPositions { name } => {
                args.set("name", name.clone())
            }
            Error::NotFound { what, id } => {
                args.set("what", *what);
                args.set("id", *id);
            }
            Error::ProvisionDeleted { id } | Error::OptionWithdrawn { id } => args.set("id", *id),
            Error::InvalidPlacement { child, placement } => {
                args.set("child", *child);
                args.set("placement", *placement);
            }
            Error::NoDatabase { path } | Error::NotADatabase { path } => {
                args.set("path", path.display().to_string())
            }
            Error::DatabaseTooNew {
                path,
                found,
                supported,
            } => {
                args.set("path", path.display().to_string());
                args.set("found", *found);
                args.set("supported", *supported);
            }
            Error::DataDirNotWritable { path, source } => {
                args.set("path", path.display().to_string());
                args.set("reason", source.to_string());
            }
            Error::UnknownTemplate { id } => args.set("id", id.clone()),
            Error::NoLocaleFolder { path } | Error::NoTemplateFolder { path } => {
                args.set("path", path.clone())
            }
            Error::NotFinal { problems } => args.set("count", problems.len()),
            Error::FileTooLarge { path, bytes, limit } => {
                args.set("path", path.clone());
                args.set("bytes", *bytes);
                args.set("limit", *limit);
            }
            Error::StructureMismatch {
                language,
                line,
                found,
                expected,
                number,
            } => {
                args.set("language", language.clone());
                args.set("line", *line);
                args.set("found", *found);
                args.set("expected", *expected);
                args.set("number", number.clone());
            }
            Error::NotText { path, offset } => {
                args.set("path", path.clone());
                args.set("offset", *offset);
            }
            Error::ExchangeUnreadable {
                path,
                line,
                column,
                problem,
            } => {
                args.set("path", path.clone());
                args.set("line", *line);
                args.set("column", *column);
                args.set("problem", *problem);
            }
            Error::NotAnExchangeFile { path, expected } => {
                args.set("path", path.clone());
                args.set("expected", *expected);
            }
            Error::ExchangeTooNew {
                path,
                found,
                supported,
            } => {
                args.set("path", path.clone());
                args.set("found", *found);
                args.set("supported", *supported);
            }
            Error::ExchangeInvalid {
                path,
                line,
                column,
                detail,
            } => {
                args.set("path", path.clone());
                args.set("line", *line);
                args.set("column", *column);
                args.set("detail", detail.clone());
            }
            Error::BundleBroken {
                path,
                table,
                row,
                detail,
            } => {
                args.set("path", path.clone());
                args.set("table", table.clone());
                args.set("row", *row);
                args.set("detail", detail.clone());
            }
            Error::AgreementAlreadyHere { title, id } => {
                args.set("title", title.clone());
                args.set("id", *id);
            }
            Error::PacketAgreementNotHere { title } => args.set("title", title.clone()),
            Error::PacketPartyNotInAgreement { name } => args.set("name", name.clone()),
            Error::PacketTextNotHere { count } => args.set("count", *count),
            Error::Database(e) => args.set("reason", e.to_string()),
            Error::Io(e) => args.set("reason", e.to_string()),
            Error::Corrupt(e) => args.set("reason", e.to_string()),
            Error::Brackets(BracketError {
                language,
                part,
                problem,
                line,
                column,
            }) => {
                args.set("language", language.clone());
                args.set("part", *part);
                args.set("problem", *problem);
                args.set("line", *line);
                args.set("column", *column);
            }
            Error::MoveUnderItself | Error::GroupInGroup | Error::NoDataDir | Error::NoTitle => {}
        }
        args
    }
}
