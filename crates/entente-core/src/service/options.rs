//! Options: the competing wordings of a provision, each with its text in
//! every language and its proposers. Every change is in the provision's
//! history; a withdrawn option stays there, marked.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, OptionalExtension, Transaction};

use super::agreements::{agreement_language, load_agreement, touch};
use super::negotiation::party_of_agreement;
use super::provisions::{live_provision, record, require_valid_brackets, Change};
use super::Entente;
use crate::error::{Error, Result};
use crate::model::{
    AgreementId, HistoryAction, OptionId, PartyId, ProvisionId, ProvisionOption, ProvisionText,
};

impl Entente {
    /// Adds a competing wording to a provision, proposed by `proposers`
    /// (none: unattributed).
    pub fn add_option(
        &self,
        provision_id: ProvisionId,
        texts: &BTreeMap<String, String>,
        proposers: &[PartyId],
    ) -> Result<OptionId> {
        self.store.write(|tx| {
            let provision = live_provision(tx, provision_id)?;
            let agreement = load_agreement(tx, provision.agreement_id)?;
            let mut checked = Vec::new();
            for (code, body) in texts {
                let code = agreement_language(&agreement, code)?;
                require_valid_wording(tx, agreement.id, &code, body)?;
                checked.push((code, body.trim()));
            }
            if checked.iter().all(|(_, body)| body.is_empty()) {
                return Err(Error::EmptyField { field: "option" });
            }
            tx.execute(
                "INSERT INTO provision_option (provision_id, position)
                 VALUES (?1, (SELECT COALESCE(MAX(position) + 1, 0) FROM provision_option
                              WHERE provision_id = ?1))",
                [provision_id],
            )?;
            let id = tx.last_insert_rowid();
            write_proposers(tx, provision.agreement_id, id, proposers)?;
            record(
                tx,
                provision.agreement_id,
                provision_id,
                HistoryAction::OptionAdded,
                option_change(id),
            )?;
            for (code, body) in checked.into_iter().filter(|(_, body)| !body.is_empty()) {
                tx.execute(
                    "INSERT INTO option_text (option_id, language, body) VALUES (?1, ?2, ?3)",
                    params![id, code, body],
                )?;
                let after = ProvisionText {
                    heading: String::new(),
                    body: body.to_string(),
                };
                let change = Change {
                    language: Some(&code),
                    after: Some(&after),
                    ..option_change(id)
                };
                record(
                    tx,
                    provision.agreement_id,
                    provision_id,
                    HistoryAction::OptionChanged,
                    change,
                )?;
            }
            touch(tx, provision.agreement_id)?;
            Ok(id)
        })
    }

    /// Replaces an option's wording in one language.
    pub fn set_option_text(&self, option_id: OptionId, language: &str, body: &str) -> Result<()> {
        self.store.write(|tx| {
            let (provision_id, agreement_id) = open_option(tx, option_id)?;
            let agreement = load_agreement(tx, agreement_id)?;
            let code = agreement_language(&agreement, language)?;
            require_valid_wording(tx, agreement_id, &code, body)?;
            let body = body.trim();
            let before: Option<String> = tx
                .query_row(
                    "SELECT body FROM option_text WHERE option_id = ?1 AND language = ?2",
                    params![option_id, code],
                    |row| row.get(0),
                )
                .optional()?;
            if before.as_deref().unwrap_or_default() == body {
                return Ok(());
            }
            tx.execute(
                "INSERT INTO option_text (option_id, language, body) VALUES (?1, ?2, ?3)
                 ON CONFLICT (option_id, language) DO UPDATE SET body = excluded.body",
                params![option_id, code, body],
            )?;
            let text = |body: String| ProvisionText {
                heading: String::new(),
                body,
            };
            let (before, after) = (before.map(text), text(body.to_string()));
            let change = Change {
                language: Some(&code),
                before: before.as_ref(),
                after: Some(&after),
                ..option_change(option_id)
            };
            record(
                tx,
                agreement_id,
                provision_id,
                HistoryAction::OptionChanged,
                change,
            )?;
            touch(tx, agreement_id)
        })
    }

    /// Withdraws an option: it leaves the text under negotiation and stays in history.
    pub fn withdraw_option(&self, option_id: OptionId) -> Result<()> {
        self.store.write(|tx| {
            let (provision_id, agreement_id) = open_option(tx, option_id)?;
            tx.execute(
                "UPDATE provision_option SET withdrawn = 1 WHERE id = ?1",
                [option_id],
            )?;
            record(
                tx,
                agreement_id,
                provision_id,
                HistoryAction::OptionWithdrawn,
                option_change(option_id),
            )?;
            touch(tx, agreement_id)
        })
    }
}

fn require_valid_wording(
    tx: &Transaction,
    agreement_id: AgreementId,
    language: &str,
    body: &str,
) -> Result<()> {
    let text = ProvisionText {
        heading: String::new(),
        body: body.to_string(),
    };
    require_valid_brackets(tx, agreement_id, language, &text)
}

fn option_change<'a>(option_id: OptionId) -> Change<'a> {
    Change {
        option_id: Some(option_id),
        ..Change::default()
    }
}

/// The provision and agreement of an option still on the table.
fn open_option(tx: &Transaction, option_id: OptionId) -> Result<(ProvisionId, AgreementId)> {
    let (provision_id, withdrawn): (ProvisionId, bool) = tx
        .query_row(
            "SELECT provision_id, withdrawn FROM provision_option WHERE id = ?1",
            [option_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?
        .ok_or(Error::NotFound {
            what: "option",
            id: option_id,
        })?;
    if withdrawn {
        return Err(Error::OptionWithdrawn { id: option_id });
    }
    let provision = live_provision(tx, provision_id)?;
    Ok((provision_id, provision.agreement_id))
}

fn write_proposers(
    tx: &Transaction,
    agreement_id: AgreementId,
    option_id: OptionId,
    proposers: &[PartyId],
) -> Result<()> {
    for &party in proposers {
        party_of_agreement(tx, party, agreement_id)?;
        tx.execute(
            "INSERT OR IGNORE INTO option_proposer (option_id, party_id) VALUES (?1, ?2)",
            params![option_id, party],
        )?;
    }
    Ok(())
}

/// Whether `option_id` is an option of `provision_id` still on the table.
pub(super) fn is_open_option_of(
    tx: &Transaction,
    option_id: OptionId,
    provision_id: ProvisionId,
) -> Result<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM provision_option WHERE id = ?1 AND provision_id = ?2 AND withdrawn = 0)",
        params![option_id, provision_id],
        |row| row.get(0),
    )?)
}

/// Every option of an agreement, by provision, numbered among those not withdrawn.
pub(super) fn load_options(
    tx: &Transaction,
    agreement_id: AgreementId,
) -> Result<HashMap<ProvisionId, Vec<ProvisionOption>>> {
    let mut texts: HashMap<OptionId, BTreeMap<String, String>> = HashMap::new();
    let mut statement = tx.prepare(
        "SELECT t.option_id, t.language, t.body FROM option_text t
         JOIN provision_option o ON o.id = t.option_id
         JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        texts
            .entry(row.get(0)?)
            .or_default()
            .insert(row.get(1)?, row.get(2)?);
    }
    let mut proposers: HashMap<OptionId, Vec<PartyId>> = HashMap::new();
    let mut statement = tx.prepare(
        "SELECT r.option_id, r.party_id FROM option_proposer r
         JOIN provision_option o ON o.id = r.option_id
         JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1 ORDER BY r.party_id",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        proposers.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    let mut options: HashMap<ProvisionId, Vec<ProvisionOption>> = HashMap::new();
    let mut statement = tx.prepare(
        "SELECT o.id, o.provision_id, o.withdrawn FROM provision_option o
         JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1
         ORDER BY o.provision_id, o.position, o.id",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        let (id, provision_id, withdrawn): (OptionId, ProvisionId, bool) =
            (row.get(0)?, row.get(1)?, row.get(2)?);
        let list = options.entry(provision_id).or_default();
        let number = (!withdrawn).then(|| list.iter().filter(|o| !o.withdrawn).count() as u32 + 1);
        list.push(ProvisionOption {
            id,
            number,
            texts: texts.remove(&id).unwrap_or_default(),
            proposers: proposers.remove(&id).unwrap_or_default(),
            withdrawn,
            brackets: Vec::new(),
        });
    }
    Ok(options)
}
