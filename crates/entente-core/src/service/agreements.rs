use std::collections::BTreeMap;

use rusqlite::Transaction;

use super::{now, required, Entente};
use crate::error::{Error, Result};
use crate::language;
use crate::model::InvalidValue;
use crate::model::{Agreement, AgreementDetails, AgreementId, AgreementLanguage, AgreementSummary};
use crate::store::agreements as table;
pub(super) use crate::store::agreements::{load as load_agreement, write_framing};

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
                    && table::language_in_use(tx, id, &old.code)?
                {
                    return Err(Error::LanguageInUse {
                        code: old.code.clone(),
                    });
                }
            }
            table::update(tx, id, &details)?;
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
            table::ids_latest_first(tx)?
                .into_iter()
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

/// Creates an agreement inside a transaction (see `create_agreement`).
pub(super) fn insert_agreement(
    tx: &Transaction,
    details: &AgreementDetails,
) -> Result<AgreementId> {
    table::insert(tx, &checked(details)?, &now())
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

/// Records that an agreement changed now (the list shows the latest first).
pub(super) fn touch(tx: &Transaction, id: AgreementId) -> Result<()> {
    table::touch(tx, id, &now())
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
    table::add_language(tx, id, &language::known(code)?, authentic, title)
}
