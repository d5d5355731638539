//! Options: the competing wordings of a provision, each with its text in
//! every language and its proposers. Every change is in the provision's
//! history; a withdrawn option stays there, marked.

use std::collections::BTreeMap;

use rusqlite::Transaction;

use super::agreements::{agreement_language, load_agreement, touch};
use super::negotiation::party_of_agreement;
use super::provisions::{live_provision, record, require_valid_brackets, Change};
use super::Entente;
use crate::error::{Error, Result};
use crate::model::{AgreementId, HistoryAction, OptionId, PartyId, ProvisionId, ProvisionText};
use crate::store::options as table;
pub(super) use crate::store::options::{
    is_open_of as is_open_option_of, of_agreement as load_options,
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
            let id = table::insert(tx, provision_id)?;
            write_proposers(tx, provision.agreement_id, id, proposers)?;
            record(
                tx,
                provision.agreement_id,
                provision_id,
                HistoryAction::OptionAdded,
                option_change(id),
            )?;
            for (code, body) in checked.into_iter().filter(|(_, body)| !body.is_empty()) {
                table::write_text(tx, id, &code, body)?;
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
            let before = table::text(tx, option_id, &code)?;
            if before.as_deref().unwrap_or_default() == body {
                return Ok(());
            }
            table::write_text(tx, option_id, &code, body)?;
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
            table::withdraw(tx, option_id)?;
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
    let (provision_id, withdrawn) = table::row(tx, option_id)?.ok_or(Error::NotFound {
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
        table::add_proposer(tx, option_id, party)?;
    }
    Ok(())
}
