//! What the model itself refuses in the data it is given. Each is a variant of
//! the core's one `Error` (through `From`), which gives it its code and words.

/// A word outside a closed set: a kind, a role or a status, as stored or sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[error("invalid value {value:?} for {field}")]
pub struct InvalidValue {
    pub field: &'static str,
    pub value: String,
}

/// A language code that is not in `language::KNOWN_LANGUAGES`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[error("unknown language code {code:?}")]
pub struct UnknownLanguage {
    pub code: String,
}

/// Brackets that do not balance, or that name a proposer who is not a party.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[error("the brackets of the {part} in {language} are {problem} at line {line}, column {column}")]
pub struct BracketError {
    pub language: String,
    /// "heading" or "body".
    pub part: &'static str,
    pub problem: &'static str,
    pub line: usize,
    pub column: usize,
}
