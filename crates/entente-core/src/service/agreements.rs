use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension, Transaction};

use super::{now, required, Entente};
use crate::error::{Error, Result};
use crate::language;
use crate::model::InvalidValue;
use crate::model::{
    Agreement, AgreementDetails, AgreementId, AgreementKind, AgreementLanguage, AgreementSummary,
    Framing,
};

impl Entente {
    pub fn create_agreement(&self, details: &AgreementDetails) -> Result<Agreement> {
        let id = self.store.write(|tx| insert_agreement(tx, details))?;
        self.agreement(id)
    }

    /// Changes an agreement's kind, symbol, titles and languages. A language
    /// that already holds text or party names cannot be taken away.
    pub fn update_agreement(
        &self,
        id: AgreementId,
        details: &AgreementDetails,
    ) -> Result<Agreement> {
        let details = checked(details)?;
        self.store.write(|tx| {
            let current = load_agreement(tx, id)?;
            for old in &current.languages {
                if !details.languages.iter().any(|l| l.code == old.code)
                    && language_in_use(tx, id, &old.code)?
                {
                    return Err(Error::LanguageInUse {
                        code: old.code.clone(),
                    });
                }
            }
            tx.execute(
                "UPDATE agreement SET kind = ?1, symbol = ?2, working_language = ?3 WHERE id = ?4",
                params![
                    details.kind.as_str(),
                    details.symbol,
                    details.working_language,
                    id
                ],
            )?;
            tx.execute(
                "DELETE FROM agreement_language WHERE agreement_id = ?1",
                [id],
            )?;
            tx.execute("DELETE FROM agreement_title WHERE agreement_id = ?1", [id])?;
            write_languages_and_titles(tx, id, &details)?;
            touch(tx, id)
        })?;
        self.agreement(id)
    }

    pub fn agreement(&self, id: AgreementId) -> Result<Agreement> {
        self.store.read(|tx| load_agreement(tx, id))
    }

    /// Every agreement on this machine, most recently changed first.
    pub fn list_agreements(&self) -> Result<Vec<AgreementSummary>> {
        self.store.read(|tx| {
            let ids: Vec<AgreementId> = tx
                .prepare("SELECT id FROM agreement ORDER BY updated_at DESC, id DESC")?
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            ids.into_iter()
                .map(|id| {
                    let agreement = load_agreement(tx, id)?;
                    Ok(AgreementSummary {
                        id,
                        title: agreement.title().to_string(),
                        kind: agreement.kind,
                        symbol: agreement.symbol,
                        working_language: agreement.working_language,
                        languages: agreement.languages.into_iter().map(|l| l.code).collect(),
                        updated_at: agreement.updated_at,
                    })
                })
                .collect()
        })
    }
}

/// Checks an agreement's details and returns them in canonical form: known
/// language codes, each once, the working language among them, titles only in
/// those languages, and a title in the working language.
fn checked(details: &AgreementDetails) -> Result<AgreementDetails> {
    let mut languages: Vec<AgreementLanguage> = Vec::new();
    for lang in &details.languages {
        let code = language::known(&lang.code)?;
        if languages.iter().any(|l| l.code == code) {
            return Err(Error::InvalidValue(InvalidValue {
                field: "languages",
                value: code,
            }));
        }
        languages.push(AgreementLanguage {
            code,
            authentic: lang.authentic,
        });
    }
    if languages.is_empty() {
        return Err(Error::EmptyField { field: "languages" });
    }
    let listed = |code: String| {
        if languages.iter().any(|l| l.code == code) {
            Ok(code)
        } else {
            Err(Error::LanguageNotInAgreement { code })
        }
    };
    let working_language = listed(language::known(&details.working_language)?)?;
    let mut titles = BTreeMap::new();
    for (code, title) in &details.titles {
        let code = listed(language::known(code)?)?;
        if !title.trim().is_empty() {
            titles.insert(code, title.trim().to_string());
        }
    }
    required(
        "title",
        titles.get(&working_language).map_or("", String::as_str),
    )?;
    Ok(AgreementDetails {
        kind: details.kind,
        titles,
        languages,
        working_language,
        symbol: details.symbol.trim().to_string(),
    })
}

fn write_languages_and_titles(
    tx: &Transaction,
    id: AgreementId,
    details: &AgreementDetails,
) -> Result<()> {
    for (position, lang) in details.languages.iter().enumerate() {
        tx.execute(
            "INSERT INTO agreement_language (agreement_id, code, authentic, position)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, lang.code, lang.authentic, position],
        )?;
    }
    for (code, title) in &details.titles {
        tx.execute(
            "INSERT INTO agreement_title (agreement_id, language, title) VALUES (?1, ?2, ?3)",
            params![id, code, title],
        )?;
    }
    Ok(())
}

/// Makes `code` a language of the agreement (last, authentic as given) if it
/// is not one yet, and gives the agreement `title` in it.
pub(super) fn add_language(
    tx: &Transaction,
    id: AgreementId,
    code: &str,
    authentic: bool,
    title: Option<&str>,
) -> Result<()> {
    let code = language::known(code)?;
    tx.execute(
        "INSERT INTO agreement_language (agreement_id, code, authentic, position)
         SELECT ?1, ?2, ?3, COALESCE(MAX(position) + 1, 0) FROM agreement_language WHERE agreement_id = ?1
         ON CONFLICT (agreement_id, code) DO NOTHING",
        params![id, code, authentic],
    )?;
    if let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) {
        tx.execute(
            "INSERT INTO agreement_title (agreement_id, language, title) VALUES (?1, ?2, ?3)
             ON CONFLICT (agreement_id, language) DO UPDATE SET title = excluded.title",
            params![id, code, title],
        )?;
    }
    Ok(())
}

/// Writes the words around the provisions in `language`, or clears them.
pub(super) fn write_framing(
    tx: &Transaction,
    id: AgreementId,
    language: &str,
    framing: &Framing,
) -> Result<()> {
    tx.execute(
        "DELETE FROM agreement_framing WHERE agreement_id = ?1 AND language = ?2",
        params![id, language],
    )?;
    if !framing.is_empty() {
        tx.execute(
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
fn language_in_use(tx: &Transaction, id: AgreementId, code: &str) -> Result<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM provision_text t JOIN provision p ON p.id = t.provision_id
                        WHERE p.agreement_id = ?1 AND t.language = ?2 AND (t.heading <> '' OR t.body <> ''))
             OR EXISTS (SELECT 1 FROM agreement_framing WHERE agreement_id = ?1 AND language = ?2)
             OR EXISTS (SELECT 1 FROM party_name WHERE agreement_id = ?1 AND language = ?2)",
        params![id, code],
        |row| row.get(0),
    )?)
}

/// Creates an agreement inside a transaction (see `create_agreement`).
pub(super) fn insert_agreement(
    tx: &Transaction,
    details: &AgreementDetails,
) -> Result<AgreementId> {
    let details = checked(details)?;
    tx.execute(
        "INSERT INTO agreement (kind, symbol, working_language, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![
            details.kind.as_str(),
            details.symbol,
            details.working_language,
            now()
        ],
    )?;
    let id = tx.last_insert_rowid();
    write_languages_and_titles(tx, id, &details)?;
    Ok(id)
}

pub(super) fn load_agreement(tx: &Transaction, id: AgreementId) -> Result<Agreement> {
    let row = tx
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
    let languages = tx
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
    let titles = tx
        .prepare("SELECT language, title FROM agreement_title WHERE agreement_id = ?1")?
        .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let framing = tx
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

/// Records that an agreement changed now (the list shows the latest first).
pub(super) fn touch(tx: &Transaction, id: AgreementId) -> Result<()> {
    tx.execute(
        "UPDATE agreement SET updated_at = ?1 WHERE id = ?2",
        params![now(), id],
    )?;
    Ok(())
}

/// Checks that `code` is a language of the agreement and returns its canonical form.
pub(super) fn agreement_language(agreement: &Agreement, code: &str) -> Result<String> {
    let code = language::known(code)?;
    if agreement.languages.iter().any(|l| l.code == code) {
        Ok(code)
    } else {
        Err(Error::LanguageNotInAgreement { code })
    }
}
