//! The `agreement` table and those that describe an agreement as a whole:
//! its languages, its titles and the words around its provisions
//! (`agreement_language`, `agreement_title`, `agreement_framing`).

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::{
    Agreement, AgreementDetails, AgreementId, AgreementKind, AgreementLanguage, Framing,
};

/// Every agreement's id, most recently changed first.
pub fn ids_latest_first(conn: &Connection) -> Result<Vec<AgreementId>> {
    Ok(conn
        .prepare("SELECT id FROM agreement ORDER BY updated_at DESC, id DESC")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// A new agreement with checked `details`, created and changed `at`.
pub fn insert(conn: &Connection, details: &AgreementDetails, at: &str) -> Result<AgreementId> {
    conn.execute(
        "INSERT INTO agreement (kind, symbol, working_language, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![
            details.kind.as_str(),
            details.symbol,
            details.working_language,
            at
        ],
    )?;
    let id = conn.last_insert_rowid();
    write_languages_and_titles(conn, id, details)?;
    Ok(id)
}

/// Replaces an agreement's kind, symbol, languages and titles with checked `details`.
pub fn update(conn: &Connection, id: AgreementId, details: &AgreementDetails) -> Result<()> {
    conn.execute(
        "UPDATE agreement SET kind = ?1, symbol = ?2, working_language = ?3 WHERE id = ?4",
        params![
            details.kind.as_str(),
            details.symbol,
            details.working_language,
            id
        ],
    )?;
    conn.execute(
        "DELETE FROM agreement_language WHERE agreement_id = ?1",
        [id],
    )?;
    conn.execute("DELETE FROM agreement_title WHERE agreement_id = ?1", [id])?;
    write_languages_and_titles(conn, id, details)
}

fn write_languages_and_titles(
    conn: &Connection,
    id: AgreementId,
    details: &AgreementDetails,
) -> Result<()> {
    for (position, lang) in details.languages.iter().enumerate() {
        conn.execute(
            "INSERT INTO agreement_language (agreement_id, code, authentic, position)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, lang.code, lang.authentic, position],
        )?;
    }
    for (code, title) in &details.titles {
        conn.execute(
            "INSERT INTO agreement_title (agreement_id, language, title) VALUES (?1, ?2, ?3)",
            params![id, code, title],
        )?;
    }
    Ok(())
}

pub fn load(conn: &Connection, id: AgreementId) -> Result<Agreement> {
    let row = conn
        .query_row(
            "SELECT kind, symbol, working_language, created_at, updated_at FROM agreement WHERE id = ?1",
            [id],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                ))
            },
        )
        .optional()?;
    let Some((kind, symbol, working_language, created_at, updated_at)) = row else {
        return Err(Error::NotFound {
            what: "agreement",
            id,
        });
    };
    let languages = conn
        .prepare(
            "SELECT code, authentic FROM agreement_language WHERE agreement_id = ?1 ORDER BY position",
        )?
        .query_map([id], |row| {
            Ok(AgreementLanguage {
                code: row.get(0)?,
                authentic: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let titles = conn
        .prepare("SELECT language, title FROM agreement_title WHERE agreement_id = ?1")?
        .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let framing = conn
        .prepare(
            "SELECT language, front_matter, preamble_opening, preamble_closing, closing
             FROM agreement_framing WHERE agreement_id = ?1",
        )?
        .query_map([id], |row| {
            Ok((
                row.get(0)?,
                Framing {
                    front_matter: row.get(1)?,
                    preamble_opening: row.get(2)?,
                    preamble_closing: row.get(3)?,
                    closing: row.get(4)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Agreement {
        id,
        kind: AgreementKind::parse(&kind)?,
        symbol,
        working_language,
        languages,
        titles,
        framing,
        created_at,
        updated_at,
    })
}

/// Makes `code` (known, canonical) a language of the agreement (last,
/// authentic as given) if it is not one yet, and gives the agreement
/// `title` in it.
pub fn add_language(
    conn: &Connection,
    id: AgreementId,
    code: &str,
    authentic: bool,
    title: Option<&str>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO agreement_language (agreement_id, code, authentic, position)
         SELECT ?1, ?2, ?3, COALESCE(MAX(position) + 1, 0) FROM agreement_language WHERE agreement_id = ?1
         ON CONFLICT (agreement_id, code) DO NOTHING",
        params![id, code, authentic],
    )?;
    if let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) {
        conn.execute(
            "INSERT INTO agreement_title (agreement_id, language, title) VALUES (?1, ?2, ?3)
             ON CONFLICT (agreement_id, language) DO UPDATE SET title = excluded.title",
            params![id, code, title],
        )?;
    }
    Ok(())
}

/// Writes the words around the provisions in `language`, or clears them.
pub fn write_framing(
    conn: &Connection,
    id: AgreementId,
    language: &str,
    framing: &Framing,
) -> Result<()> {
    conn.execute(
        "DELETE FROM agreement_framing WHERE agreement_id = ?1 AND language = ?2",
        params![id, language],
    )?;
    if !framing.is_empty() {
        conn.execute(
            "INSERT INTO agreement_framing
                 (agreement_id, language, front_matter, preamble_opening, preamble_closing, closing)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id,
                language,
                framing.front_matter,
                framing.preamble_opening,
                framing.preamble_closing,
                framing.closing
            ],
        )?;
    }
    Ok(())
}

/// Whether any provision text, framing or party name of the agreement is in `code`.
pub fn language_in_use(conn: &Connection, id: AgreementId, code: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM provision_text t JOIN provision p ON p.id = t.provision_id
                        WHERE p.agreement_id = ?1 AND t.language = ?2 AND (t.heading <> '' OR t.body <> ''))
             OR EXISTS (SELECT 1 FROM agreement_framing WHERE agreement_id = ?1 AND language = ?2)
             OR EXISTS (SELECT 1 FROM party_name WHERE agreement_id = ?1 AND language = ?2)",
        params![id, code],
        |row| row.get(0),
    )?)
}

/// Records that an agreement changed `at`.
pub fn touch(conn: &Connection, id: AgreementId, at: &str) -> Result<()> {
    conn.execute(
        "UPDATE agreement SET updated_at = ?1 WHERE id = ?2",
        params![at, id],
    )?;
    Ok(())
}
