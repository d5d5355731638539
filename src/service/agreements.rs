use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension, Transaction};

use super::{now, required, Entente};
use crate::error::{Error, Result};
use crate::language;
use crate::model::{
    Agreement, AgreementId, AgreementKind, AgreementLanguage, AgreementSummary, NewAgreement,
};

impl Entente {
    pub fn create_agreement(&self, new: &NewAgreement) -> Result<Agreement> {
        let languages = checked_languages(&new.languages)?;
        let working = language::known(&new.working_language)?;
        if !languages.iter().any(|l| l.code == working) {
            return Err(Error::LanguageNotInAgreement { code: working });
        }
        let mut titles = BTreeMap::new();
        for (code, title) in &new.titles {
            let code = language::known(code)?;
            if !languages.iter().any(|l| l.code == code) {
                return Err(Error::LanguageNotInAgreement { code });
            }
            if !title.trim().is_empty() {
                titles.insert(code, title.trim().to_string());
            }
        }
        let working_title = titles.get(&working).map(String::as_str).unwrap_or("");
        required("title", working_title)?;
        let symbol = new.symbol.trim();

        let id = self.store.write(|tx| {
            let at = now();
            tx.execute(
                "INSERT INTO agreement (kind, symbol, working_language, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)",
                params![new.kind.as_str(), symbol, working, at],
            )?;
            let id = tx.last_insert_rowid();
            for (position, lang) in languages.iter().enumerate() {
                tx.execute(
                    "INSERT INTO agreement_language (agreement_id, code, authentic, position)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![id, lang.code, lang.authentic, position],
                )?;
            }
            for (code, title) in &titles {
                tx.execute(
                    "INSERT INTO agreement_title (agreement_id, language, title) VALUES (?1, ?2, ?3)",
                    params![id, code, title],
                )?;
            }
            Ok(id)
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

/// Validates the languages of a new agreement: known codes, each once, at least one.
fn checked_languages(languages: &[AgreementLanguage]) -> Result<Vec<AgreementLanguage>> {
    let mut checked: Vec<AgreementLanguage> = Vec::new();
    for lang in languages {
        let code = language::known(&lang.code)?;
        if checked.iter().any(|l| l.code == code) {
            return Err(Error::InvalidValue {
                field: "languages",
                value: code,
            });
        }
        checked.push(AgreementLanguage {
            code,
            authentic: lang.authentic,
        });
    }
    if checked.is_empty() {
        return Err(Error::EmptyField { field: "languages" });
    }
    Ok(checked)
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
    Ok(Agreement {
        id,
        kind: AgreementKind::parse(&kind)?,
        symbol,
        working_language,
        languages,
        titles,
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
