//! An agreement bundle: the whole agreement as one file (docs/exchange.md),
//! made on one machine and imported on another as the same agreement.
//!
//! The bundle holds the shared tables row by row. Row ids are a database's
//! own, so a bundle counts its own from 1 in each table it names rows of
//! (parties, provisions, options, positions) and every reference, including
//! the proposers written in bracketed words, the parties in a clause's values
//! and the ids inside frozen versions, is written in those numbers; the uid
//! of each row is its identity on every machine. The same agreement
//! therefore gives the same bundle on any machine, byte for byte. The private
//! layer has no table here: it cannot reach a bundle.
//!
//! Both ways go a row at a time, the file written or read as the database
//! is, so that only the renumbering of ids is held in memory.

mod incoming;
mod outgoing;
mod tables;

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::de::DeserializeSeed;

use super::agreements::load_agreement;
use super::Entente;
use crate::brackets;
use crate::error::{Error, Result};
use crate::exchange::{self, FileKind, BUNDLE_EXTENSION, PACKET_EXTENSION};
use crate::export;
use crate::model::Value as TemplateValue;
use crate::model::{AgreementDocument, AgreementId, PartyId};
use incoming::{Imported, Incoming, IncomingSeed};
use outgoing::Outgoing;
use tables::Entity;

/// Ids of one database against the numbers of one bundle, per entity.
#[derive(Default)]
struct Renumbering {
    ids: HashMap<(Entity, i64), i64>,
}

impl Renumbering {
    fn map(&self, entity: Entity, id: i64) -> Option<i64> {
        self.ids.get(&(entity, id)).copied()
    }

    /// For ids inside words and frozen versions: one that no longer names a
    /// row (a party since removed) becomes 0, which names none anywhere.
    fn map_or_none(&self, entity: Entity, id: i64) -> i64 {
        self.map(entity, id).unwrap_or(0)
    }

    fn words(&self, text: &str) -> String {
        brackets::rename_proposers(text, |id| self.map_or_none(Entity::Party, id))
    }

    fn template_values(&self, json: &str) -> Result<String> {
        let mut values: BTreeMap<String, TemplateValue> = serde_json::from_str(json)?;
        for value in values.values_mut() {
            if let TemplateValue::Parties(ids) = value {
                for id in ids {
                    *id = self.map_or_none(Entity::Party, *id);
                }
            }
        }
        Ok(serde_json::to_string(&values)?)
    }

    fn snapshot(&self, mut document: AgreementDocument, agreement: i64) -> AgreementDocument {
        let party = |id: i64| self.map_or_none(Entity::Party, id);
        document.agreement.id = agreement;
        for p in &mut document.parties {
            p.id = party(p.id);
            p.members.iter_mut().for_each(|m| *m = party(*m));
        }
        for node in document
            .provisions
            .iter_mut()
            .chain(document.deleted.iter_mut())
        {
            node.id = self.map_or_none(Entity::Provision, node.id);
            node.parent_id = node
                .parent_id
                .map(|id| self.map_or_none(Entity::Provision, id));
            for text in node.texts.values_mut() {
                text.heading = self.words(&text.heading);
                text.body = self.words(&text.body);
            }
            for option in &mut node.options {
                option.id = self.map_or_none(Entity::Option, option.id);
                option.proposers.iter_mut().for_each(|p| *p = party(*p));
                for body in option.texts.values_mut() {
                    *body = self.words(body);
                }
                for bracket in &mut option.brackets {
                    bracket.proposers.iter_mut().for_each(|p| *p = party(*p));
                }
            }
            for bracket in &mut node.brackets {
                bracket.proposers.iter_mut().for_each(|p| *p = party(*p));
            }
            if let Some(origin) = &mut node.template {
                for value in origin.values.values_mut() {
                    if let TemplateValue::Parties(ids) = value {
                        ids.iter_mut().for_each(|id| *id = party(*id));
                    }
                }
            }
        }
        document
    }
}

impl Entente {
    /// Where the app proposes to write an agreement's bundle, or with a
    /// party a packet of its positions: `exchange/` in the data directory,
    /// the file named by the agreement's symbol (and the party).
    pub fn default_exchange_file(
        &self,
        agreement_id: AgreementId,
        party_id: Option<PartyId>,
    ) -> Result<PathBuf> {
        let agreement = self.agreement(agreement_id)?;
        let stem = export::file_stem(agreement.id, &agreement.symbol);
        let name = match party_id {
            None => format!("{stem}.{BUNDLE_EXTENSION}"),
            Some(party_id) => {
                let parties = self.parties(agreement_id)?;
                let party = parties
                    .iter()
                    .find(|p| p.id == party_id)
                    .ok_or(Error::NotFound {
                        what: "party",
                        id: party_id,
                    })?;
                let name = party.name_in(&agreement.working_language);
                let party_stem = export::file_stem(party_id, name);
                format!("{stem}.{party_stem}.{PACKET_EXTENSION}")
            }
        };
        let data_dir = self.database_path().parent().unwrap_or(Path::new("."));
        Ok(data_dir.join("exchange").join(name))
    }

    /// Writes the whole agreement, without the private layer, to `path` as
    /// a bundle; returns its size in bytes.
    pub fn export_bundle(&self, agreement_id: AgreementId, path: &Path) -> Result<u64> {
        self.store.read(|tx| {
            load_agreement(tx, agreement_id)?;
            let bundle = Outgoing {
                tx,
                agreement_id,
                renumbering: RefCell::new(Renumbering::default()),
                failure: RefCell::new(None),
            };
            exchange::write(path, &bundle).map_err(|e| bundle.failure.take().unwrap_or(e))
        })
    }

    /// Makes the agreement a bundle describes, the same as on the machine
    /// that made it; refused, with nothing changed, if it is already here or
    /// the file is not a whole bundle of this format. The file is read once,
    /// its envelope checked as it comes and its rows written as they come,
    /// all in one transaction that a refusal rolls back.
    pub fn import_bundle(&self, path: &Path) -> Result<AgreementId> {
        exchange::check_size(path)?;
        self.store.write_in_bulk(|tx| {
            let incoming = Incoming {
                tx,
                path,
                state: RefCell::new(Imported::default()),
                failure: RefCell::new(None),
            };
            let mut reader = serde_json::Deserializer::from_reader(exchange::open(path)?);
            let read = IncomingSeed(&incoming)
                .deserialize(&mut reader)
                .and_then(|()| reader.end());
            if let Err(e) = read {
                return Err(incoming.failure.take().unwrap_or_else(|| {
                    let envelope_read = incoming.envelope().is_ok();
                    exchange::refusal(path, FileKind::Bundle, e, envelope_read)
                }));
            }
            incoming.finish()
        })
    }
}
