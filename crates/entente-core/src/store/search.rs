//! The search index (`search_entry`, `search_words`; migration 0010): which
//! provision texts, options, statements and private notes hold some words.
//! The triggers keep it current; this module only asks it.

use rusqlite::functions::FunctionFlags;
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::model::{AgreementId, ProvisionId};

/// Registers `entente_fold`, which the index's triggers call, on a connection.
pub fn register_fold(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        "entente_fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |context| {
            let text: String = context.get(0)?;
            Ok(entente_i18n::fold::fold(&text))
        },
    )
}

/// An indexed row whose words match: what it is (`text`, `option`,
/// `statement`, `note`), its id there, its language (empty for statements
/// and notes, which are in whatever language they were written).
pub struct Match {
    pub source: String,
    pub source_id: i64,
    pub language: String,
    pub provision_id: ProvisionId,
}

/// The rows of the agreement that `expression` (FTS5 syntax, over folded
/// words) matches, in `language` and in no particular one, or in all.
pub fn matches(
    conn: &Connection,
    agreement_id: AgreementId,
    expression: &str,
    language: Option<&str>,
) -> Result<Vec<Match>> {
    let mut statement = conn.prepare_cached(
        "SELECT e.source, e.source_id, e.language, e.provision_id
         FROM search_words w
         JOIN search_entry e ON e.id = w.rowid
         JOIN provision p ON p.id = e.provision_id
         WHERE search_words MATCH ?1 AND p.agreement_id = ?2
           AND (?3 IS NULL OR e.language IN (?3, ''))",
    )?;
    let rows = statement.query_map(params![expression, agreement_id, language], |row| {
        Ok(Match {
            source: row.get(0)?,
            source_id: row.get(1)?,
            language: row.get(2)?,
            provision_id: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
