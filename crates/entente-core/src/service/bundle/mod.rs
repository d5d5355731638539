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

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rusqlite::types::Value as SqlValue;
use rusqlite::{ErrorCode, OptionalExtension, Transaction};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;
use serde_json::{Map, Value as Json};

use super::agreements::load_agreement;
use super::document::load_document;
use super::Entente;
use crate::brackets;
use crate::error::{Error, Result};
use crate::exchange::{self, Envelope, FileKind};
use crate::export;
use crate::model::Value as TemplateValue;
use crate::model::{AgreementDocument, AgreementId, PartyId, ProvisionKind};

/// The rows that other rows refer to, each numbered in a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Entity {
    Party,
    Provision,
    Option,
    Position,
}

/// How a column's values are carried.
#[derive(Clone, Copy)]
enum Column {
    /// As stored.
    Plain(&'static str),
    /// The id of an entity, as a bundle number.
    Ref(&'static str, Entity),
    /// Words, whose bracketed spans name their proposers by party id.
    Words(&'static str),
    /// A clause's values (JSON), which may name parties.
    TemplateValues(&'static str),
    /// A frozen version of the whole text (JSON), full of ids.
    Snapshot(&'static str),
}

impl Column {
    fn name(self) -> &'static str {
        match self {
            Column::Plain(name)
            | Column::Ref(name, _)
            | Column::Words(name)
            | Column::TemplateValues(name)
            | Column::Snapshot(name) => name,
        }
    }
}

struct Table {
    name: &'static str,
    /// The rows of one agreement (`?1`), as `t`.
    from: &'static str,
    /// The entity its rows are, numbered in the bundle.
    entity: Option<Entity>,
    /// Whether the row carries `agreement_id` itself.
    in_agreement: bool,
    columns: &'static [Column],
}

impl Table {
    /// The statement that writes one of its rows into an agreement.
    fn insert(&self) -> String {
        let mut names: Vec<&str> = self.columns.iter().map(|c| c.name()).collect();
        if self.in_agreement {
            names.push("agreement_id");
        }
        let slots: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
        format!(
            "INSERT INTO {} ({}) VALUES ({})",
            self.name,
            names.join(", "),
            slots.join(", ")
        )
    }
}

use Column::{Plain, Ref, Snapshot, TemplateValues, Words};

/// The shared tables, each after those its rows refer to. The agreement
/// itself is the first; the private notes and the preferences are no
/// agreement's shared data.
const TABLES: &[Table] = &[
    Table {
        name: "agreement",
        from: "agreement t WHERE t.id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Plain("uid"),
            Plain("kind"),
            Plain("symbol"),
            Plain("working_language"),
            Plain("created_at"),
            Plain("updated_at"),
        ],
    },
    Table {
        name: "agreement_language",
        from: "agreement_language t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[Plain("code"), Plain("authentic"), Plain("position")],
    },
    Table {
        name: "agreement_title",
        from: "agreement_title t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[Plain("language"), Plain("title")],
    },
    Table {
        name: "party",
        from: "party t WHERE t.agreement_id = ?1",
        entity: Some(Entity::Party),
        in_agreement: true,
        columns: &[
            Plain("uid"),
            Plain("kind"),
            Plain("role"),
            Plain("position"),
        ],
    },
    Table {
        name: "party_name",
        from: "party_name t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[
            Ref("party_id", Entity::Party),
            Plain("language"),
            Plain("name"),
        ],
    },
    Table {
        name: "group_member",
        from: "group_member t JOIN party g ON g.id = t.group_id WHERE g.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("group_id", Entity::Party),
            Ref("member_id", Entity::Party),
        ],
    },
    Table {
        name: "provision",
        from: "provision t WHERE t.agreement_id = ?1",
        entity: Some(Entity::Provision),
        in_agreement: true,
        columns: &[
            Plain("uid"),
            Ref("parent_id", Entity::Provision),
            Plain("kind"),
            Plain("position"),
            Plain("deleted"),
            Plain("status"),
        ],
    },
    Table {
        name: "provision_text",
        from: "provision_text t JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("provision_id", Entity::Provision),
            Plain("language"),
            Words("heading"),
            Words("body"),
        ],
    },
    Table {
        name: "provision_template",
        from: "provision_template t JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("provision_id", Entity::Provision),
            Plain("template_id"),
            Plain("template_version"),
            TemplateValues("template_values"),
            Plain("modified"),
        ],
    },
    Table {
        name: "provision_option",
        from: "provision_option t JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1",
        entity: Some(Entity::Option),
        in_agreement: false,
        columns: &[
            Plain("uid"),
            Ref("provision_id", Entity::Provision),
            Plain("position"),
            Plain("withdrawn"),
        ],
    },
    Table {
        name: "option_text",
        from: "option_text t JOIN provision_option o ON o.id = t.option_id
               JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("option_id", Entity::Option),
            Plain("language"),
            Words("body"),
        ],
    },
    Table {
        name: "option_proposer",
        from: "option_proposer t JOIN provision_option o ON o.id = t.option_id
               JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("option_id", Entity::Option),
            Ref("party_id", Entity::Party),
        ],
    },
    Table {
        name: "history",
        from: "history t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[
            Ref("provision_id", Entity::Provision),
            Plain("at"),
            Plain("author"),
            Plain("action"),
            Plain("language"),
            Words("heading_before"),
            Words("body_before"),
            Words("heading_after"),
            Words("body_after"),
            Plain("status_before"),
            Plain("status_after"),
            Plain("note"),
            Ref("option_id", Entity::Option),
        ],
    },
    Table {
        name: "position",
        from: "position t WHERE t.agreement_id = ?1",
        entity: Some(Entity::Position),
        in_agreement: true,
        columns: &[
            Plain("uid"),
            Ref("provision_id", Entity::Provision),
            Ref("party_id", Entity::Party),
            Plain("stance"),
            Plain("amendment"),
            Plain("clearance"),
            Plain("cleared_on"),
            Plain("note"),
            Plain("recorded_at"),
            Plain("recorded_by"),
            Ref("preferred_option_id", Entity::Option),
        ],
    },
    Table {
        name: "position_option_stance",
        from: "position_option_stance t JOIN position q ON q.id = t.position_id
               WHERE q.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("position_id", Entity::Position),
            Ref("option_id", Entity::Option),
            Plain("stance"),
        ],
    },
    Table {
        name: "current_position",
        from: "current_position t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[
            Ref("provision_id", Entity::Provision),
            Ref("party_id", Entity::Party),
            Ref("position_id", Entity::Position),
        ],
    },
    Table {
        name: "statement",
        from: "statement t JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("provision_id", Entity::Provision),
            Ref("party_id", Entity::Party),
            Plain("made_on"),
            Plain("kind"),
            Plain("text"),
            Plain("source"),
            Plain("recorded_at"),
            Plain("recorded_by"),
        ],
    },
    Table {
        name: "version",
        from: "version t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[
            Plain("name"),
            Plain("created_at"),
            Plain("author"),
            Snapshot("snapshot"),
        ],
    },
];

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
            None => format!("{stem}.entente"),
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
                format!("{stem}.{}.positions", export::file_stem(party_id, name))
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
    /// the file is not a whole bundle of this format.
    pub fn import_bundle(&self, path: &Path) -> Result<AgreementId> {
        exchange::check(path, FileKind::Bundle)?;
        self.store.write(|tx| {
            let incoming = Incoming {
                tx,
                path: path.display().to_string(),
                state: RefCell::new(Imported::default()),
                failure: RefCell::new(None),
            };
            let mut reader = serde_json::Deserializer::from_reader(exchange::open(path)?);
            let read = IncomingSeed(&incoming)
                .deserialize(&mut reader)
                .and_then(|()| reader.end());
            if let Err(e) = read {
                return Err(incoming
                    .failure
                    .take()
                    .unwrap_or_else(|| exchange::misshapen(path, e)));
            }
            incoming.finish()
        })
    }
}

/// A bundle being written, read from the database a row at a time: only
/// the renumbering is kept, never the rows.
struct Outgoing<'t> {
    tx: &'t Transaction<'t>,
    agreement_id: AgreementId,
    renumbering: RefCell<Renumbering>,
    /// What stopped the writing, when the database did.
    failure: RefCell<Option<Error>>,
}

impl Outgoing<'_> {
    /// Keeps `error` to report and stops the writer.
    fn fail<E: serde::ser::Error>(&self, error: Error) -> E {
        let said = E::custom(&error);
        self.failure.replace(Some(error));
        said
    }

    /// The rows of `table`, ordered as they were written.
    fn select(&self, table: &Table) -> String {
        let names: Vec<String> = table
            .columns
            .iter()
            .map(|c| format!("t.{}", c.name()))
            .collect();
        format!(
            "SELECT t.rowid, {} FROM {} ORDER BY t.rowid",
            names.join(", "),
            table.from
        )
    }

    /// Numbers the rows of an entity's table before any is written: a
    /// provision moved under a later article names a parent after it.
    fn number(&self, table: &Table) -> Result<()> {
        let Some(entity) = table.entity else {
            return Ok(());
        };
        let sql = format!("SELECT t.rowid FROM {} ORDER BY t.rowid", table.from);
        let mut statement = self.tx.prepare(&sql)?;
        let ids = statement.query_map([self.agreement_id], |row| row.get::<_, i64>(0))?;
        let mut renumbering = self.renumbering.borrow_mut();
        for (number, id) in (1..).zip(ids) {
            renumbering.ids.insert((entity, id?), number);
        }
        Ok(())
    }

    /// One row as the bundle writes it.
    fn row(&self, table: &Table, number: i64, values: Vec<SqlValue>) -> Result<Map<String, Json>> {
        let renumbering = self.renumbering.borrow();
        let mut row = Map::new();
        if table.entity.is_some() {
            row.insert("id".into(), number.into());
        }
        for (column, value) in table.columns.iter().zip(values.into_iter().skip(1)) {
            let json = match (*column, value) {
                (_, SqlValue::Null) => Json::Null,
                (Ref(_, entity), SqlValue::Integer(id)) => renumbering
                    .map(entity, id)
                    .ok_or(Error::NotFound { what: "row", id })?
                    .into(),
                (Words(_), SqlValue::Text(text)) => renumbering.words(&text).into(),
                (TemplateValues(_), SqlValue::Text(json)) => {
                    serde_json::from_str(&renumbering.template_values(&json)?)?
                }
                (Snapshot(_), SqlValue::Text(json)) => {
                    serde_json::to_value(renumbering.snapshot(serde_json::from_str(&json)?, 0))?
                }
                (_, SqlValue::Integer(n)) => n.into(),
                (_, SqlValue::Real(x)) => x.into(),
                (_, SqlValue::Text(text)) => text.into(),
                (_, SqlValue::Blob(_)) => Json::Null,
            };
            row.insert(column.name().into(), json);
        }
        Ok(row)
    }
}

impl Serialize for Outgoing<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut bundle = serializer.serialize_map(Some(3))?;
        let envelope = Envelope::new(FileKind::Bundle);
        bundle.serialize_entry("format", &envelope.format)?;
        bundle.serialize_entry("version", &envelope.version)?;
        bundle.serialize_entry("tables", &OutgoingTables(self))?;
        bundle.end()
    }
}

/// The tables of a bundle, in the order they are imported.
struct OutgoingTables<'b, 't>(&'b Outgoing<'t>);

impl Serialize for OutgoingTables<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut tables = serializer.serialize_map(Some(TABLES.len()))?;
        for table in TABLES {
            self.0.number(table).map_err(|e| self.0.fail(e))?;
            tables.serialize_entry(table.name, &OutgoingRows(self.0, table))?;
        }
        tables.end()
    }
}

struct OutgoingRows<'b, 't>(&'b Outgoing<'t>, &'static Table);

impl Serialize for OutgoingRows<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let OutgoingRows(bundle, table) = *self;
        let fail = |e: rusqlite::Error| bundle.fail::<S::Error>(e.into());
        let mut statement = bundle.tx.prepare(&bundle.select(table)).map_err(fail)?;
        let rows = statement
            .query_map([bundle.agreement_id], |row| {
                (0..=table.columns.len())
                    .map(|i| row.get::<_, SqlValue>(i))
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(fail)?;
        let mut out = serializer.serialize_seq(None)?;
        for (number, values) in (1..).zip(rows) {
            let row = bundle
                .row(table, number, values.map_err(fail)?)
                .map_err(|e| bundle.fail::<S::Error>(e))?;
            out.serialize_element(&row)?;
        }
        out.end()
    }
}

/// A bundle being imported as it is read: each row is written as soon as it
/// has been read, so that only the renumbering is kept.
struct Incoming<'t> {
    tx: &'t Transaction<'t>,
    path: String,
    state: RefCell<Imported>,
    /// Why the bundle was refused, when the refusal is not the JSON's.
    failure: RefCell<Option<Error>>,
}

/// What importing has written so far.
#[derive(Default)]
struct Imported {
    renumbering: Renumbering,
    agreement_id: AgreementId,
    /// The statement that writes a row of each table, made once.
    inserts: HashMap<&'static str, String>,
    /// References to rows of the same table (a provision's parent), set once
    /// every row of it is in: (column, row, referred row, row index).
    later: Vec<(&'static str, i64, i64, usize)>,
}

impl Incoming<'_> {
    fn broken(&self, table: &str, row: usize, detail: String) -> Error {
        Error::BundleBroken {
            path: self.path.clone(),
            table: table.to_string(),
            row,
            detail,
        }
    }

    /// Keeps `error` to report and stops the reader.
    fn fail<E: serde::de::Error>(&self, error: Error) -> E {
        let said = E::custom(&error);
        self.failure.replace(Some(error));
        said
    }

    /// Before the rows of any other table: the agreement they belong to.
    fn begin(&self, table: &Table) -> Result<()> {
        if table.name != "agreement" && self.state.borrow().agreement_id == 0 {
            return Err(self.broken("agreement", 1, "no agreement in the bundle".into()));
        }
        Ok(())
    }

    fn insert(&self, table: &Table, index: usize, row: &Map<String, Json>) -> Result<()> {
        let tx = self.tx;
        let broken = |detail: String| self.broken(table.name, index + 1, detail);
        if table.name == "agreement" {
            if index > 0 || self.state.borrow().agreement_id != 0 {
                return Err(broken("one agreement".into()));
            }
            if let Some(uid) = row.get("uid").and_then(Json::as_str) {
                let here = tx
                    .query_row("SELECT id FROM agreement WHERE uid = ?1", [uid], |row| {
                        row.get::<_, i64>(0)
                    })
                    .optional()?;
                if let Some(id) = here {
                    let title = load_agreement(tx, id)?.title().to_string();
                    return Err(Error::AgreementAlreadyHere { title, id });
                }
            }
        }
        let mut state = self.state.borrow_mut();
        let mut values = Vec::with_capacity(table.columns.len() + 1);
        for &column in table.columns {
            let json = row.get(column.name()).unwrap_or(&Json::Null);
            let value = match (column, json) {
                (_, Json::Null) => SqlValue::Null,
                (Ref(name, entity), json) if Some(entity) == table.entity => {
                    let number = json.as_i64().unwrap_or(0);
                    let row_number = row.get("id").and_then(Json::as_i64).unwrap_or(0);
                    state.later.push((name, row_number, number, index + 1));
                    SqlValue::Null
                }
                (Ref(name, entity), json) => {
                    let number = json.as_i64().unwrap_or(0);
                    let id = state
                        .renumbering
                        .map(entity, number)
                        .ok_or_else(|| broken(format!("{name} {number} names no row before it")))?;
                    SqlValue::Integer(id)
                }
                (Words(_), Json::String(text)) => SqlValue::Text(state.renumbering.words(text)),
                (TemplateValues(_), json) => SqlValue::Text(
                    state
                        .renumbering
                        .template_values(&json.to_string())
                        .map_err(|e| broken(e.to_string()))?,
                ),
                (Snapshot(_), json) => {
                    let document =
                        serde_json::from_value(json.clone()).map_err(|e| broken(e.to_string()))?;
                    let document = state.renumbering.snapshot(document, state.agreement_id);
                    SqlValue::Text(serde_json::to_string(&document)?)
                }
                (_, Json::Bool(b)) => SqlValue::Integer(i64::from(*b)),
                (_, Json::Number(n)) => match n.as_i64() {
                    Some(n) => SqlValue::Integer(n),
                    None => SqlValue::Real(n.as_f64().unwrap_or_default()),
                },
                (_, Json::String(text)) => SqlValue::Text(text.clone()),
                (column, _) => return Err(broken(format!("{} is not a value", column.name()))),
            };
            values.push(value);
        }
        if table.in_agreement {
            values.push(SqlValue::Integer(state.agreement_id));
        }
        let sql = state
            .inserts
            .entry(table.name)
            .or_insert_with(|| table.insert());
        tx.prepare_cached(sql)?
            .execute(rusqlite::params_from_iter(values))
            .map_err(|e| match e.sqlite_error_code() {
                // The row itself does not fit; anything else (a full disk) is
                // the machine's, reported as such.
                Some(ErrorCode::ConstraintViolation | ErrorCode::TypeMismatch) => {
                    broken(e.to_string())
                }
                _ => e.into(),
            })?;
        let id = tx.last_insert_rowid();
        if table.name == "agreement" {
            state.agreement_id = id;
        }
        if let Some(entity) = table.entity {
            let number = row.get("id").and_then(Json::as_i64).unwrap_or(0);
            if state.renumbering.ids.insert((entity, number), id).is_some() {
                return Err(broken(format!("id {number} appears twice")));
            }
        }
        Ok(())
    }

    /// Ends `table`: the references its rows make to each other are set.
    fn end(&self, table: &Table) -> Result<()> {
        let mut state = self.state.borrow_mut();
        for (column, row_number, number, index) in std::mem::take(&mut state.later) {
            let entity = table
                .entity
                .expect("only an entity's table refers to itself");
            let (Some(id), Some(referred)) = (
                state.renumbering.map(entity, row_number),
                state.renumbering.map(entity, number),
            ) else {
                return Err(self.broken(
                    table.name,
                    index,
                    format!("{column} {number} names no row"),
                ));
            };
            self.tx.execute(
                &format!("UPDATE {} SET {column} = ?1 WHERE id = ?2", table.name),
                [referred, id],
            )?;
        }
        Ok(())
    }

    /// Once the whole file is read: an agreement, whose provisions form a
    /// text and which reads back as one.
    fn finish(&self) -> Result<AgreementId> {
        let agreement_id = self.state.borrow().agreement_id;
        if agreement_id == 0 {
            return Err(self.broken("agreement", 1, "no agreement in the bundle".into()));
        }
        check_tree(self.tx, agreement_id, &|table, row, detail| {
            self.broken(table, row, detail)
        })?;
        // Every kind, status and language known.
        load_document(self.tx, agreement_id).map_err(|e| match e {
            Error::Database(_) | Error::Io(_) => e,
            e => self.broken("agreement", 1, e.to_string()),
        })?;
        Ok(agreement_id)
    }
}

/// Reads the bundle's envelope (checked already) and its tables.
struct IncomingSeed<'b, 't>(&'b Incoming<'t>);

impl<'de> DeserializeSeed<'de> for IncomingSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for IncomingSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an Entente bundle")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let bundle = self.0;
        let mut tables_read = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "tables" if tables_read => {
                    let twice = bundle.broken("tables", 0, "the tables appear twice".into());
                    return Err(bundle.fail(twice));
                }
                "tables" => {
                    map.next_value_seed(IncomingTables(bundle))?;
                    tables_read = true;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

struct IncomingTables<'b, 't>(&'b Incoming<'t>);

impl<'de> DeserializeSeed<'de> for IncomingTables<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for IncomingTables<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("the tables of an agreement")
    }

    /// Tables in the order of `TABLES`, as Entente writes them, are written
    /// as they are read. One that comes early (a file whose keys a tool has
    /// sorted) waits, whole, until those it refers to are in.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let bundle = self.0;
        let write = |index: usize, rows: Vec<Map<String, Json>>| -> Result<()> {
            let table = &TABLES[index];
            bundle.begin(table)?;
            for (row, values) in rows.iter().enumerate() {
                bundle.insert(table, row, values)?;
            }
            bundle.end(table)
        };
        let mut next = 0;
        let mut waiting: BTreeMap<usize, Vec<Map<String, Json>>> = BTreeMap::new();
        while let Some(name) = map.next_key::<String>()? {
            let Some(index) = TABLES.iter().position(|t| t.name == name) else {
                return Err(bundle.fail(bundle.broken(&name, 0, "no such table".into())));
            };
            if index < next || waiting.contains_key(&index) {
                return Err(bundle.fail(bundle.broken(&name, 0, "the table appears twice".into())));
            }
            if index > next {
                waiting.insert(index, map.next_value()?);
                continue;
            }
            let table = &TABLES[index];
            bundle.begin(table).map_err(|e| bundle.fail(e))?;
            map.next_value_seed(IncomingRows(bundle, table))?;
            bundle.end(table).map_err(|e| bundle.fail(e))?;
            next = index + 1;
            while let Some(rows) = waiting.remove(&next) {
                write(next, rows).map_err(|e| bundle.fail(e))?;
                next += 1;
            }
        }
        for (index, rows) in waiting {
            write(index, rows).map_err(|e| bundle.fail(e))?;
        }
        Ok(())
    }
}

struct IncomingRows<'b, 't>(&'b Incoming<'t>, &'static Table);

impl<'de> DeserializeSeed<'de> for IncomingRows<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for IncomingRows<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("the rows of a table")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut rows: A) -> std::result::Result<(), A::Error> {
        let IncomingRows(bundle, table) = self;
        let mut index = 0;
        while let Some(row) = rows.next_element::<Map<String, Json>>()? {
            bundle
                .insert(table, index, &row)
                .map_err(|e| bundle.fail(e))?;
            index += 1;
        }
        Ok(())
    }
}

/// Refuses provisions that do not form the tree of a text: each must reach
/// the top through its parents, and stand under a parent that may hold it.
fn check_tree(
    tx: &Transaction,
    agreement_id: AgreementId,
    broken: &dyn Fn(&str, usize, String) -> Error,
) -> Result<()> {
    let rows: Vec<(i64, Option<i64>, String)> = tx
        .prepare("SELECT id, parent_id, kind FROM provision WHERE agreement_id = ?1 ORDER BY id")?
        .query_map([agreement_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    // Bundle rows are numbered in the order the provisions were written.
    let mut tree = HashMap::new();
    for (row, (id, parent, kind)) in (1..).zip(&rows) {
        let kind =
            ProvisionKind::parse(kind).map_err(|e| broken("provision", row, e.to_string()))?;
        tree.insert(*id, (*parent, kind));
    }
    for (row, (id, parent, _)) in (1..).zip(&rows) {
        let broken = |detail: &str| broken("provision", row, detail.to_string());
        let (mut above, mut steps) = (*parent, 0);
        while let Some(next) = above {
            steps += 1;
            if steps > rows.len() {
                return Err(broken("its parents lead back to itself"));
            }
            above = tree.get(&next).and_then(|(parent, _)| *parent);
        }
        let kind = tree[id].1;
        let parent_kind = parent.and_then(|p| tree.get(&p)).map(|(_, kind)| *kind);
        if !kind.may_stand_under(parent_kind) {
            return Err(broken("it stands under a provision that cannot hold it"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::store::Store;

    /// Tables that are no agreement's shared data, and why.
    const NOT_CARRIED: &[&str] = &[
        // The delegation's private layer never leaves the machine.
        "private_note",
        // This machine's own settings.
        "preference",
        "sqlite_sequence",
    ];

    /// A column added by a migration must be carried by bundles, or the
    /// agreement would arrive without it on the other machine.
    #[test]
    fn bundles_carry_every_column_of_every_shared_table() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        store
            .read(|tx| {
                let mut tables: Vec<String> = tx
                    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?
                    .query_map([], |row| row.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                tables.retain(|name| !NOT_CARRIED.contains(&name.as_str()));
                let carried: BTreeSet<&str> = TABLES.iter().map(|t| t.name).collect();
                assert_eq!(
                    tables.iter().map(String::as_str).collect::<BTreeSet<_>>(),
                    carried,
                    "every table is carried by bundles or listed as not carried"
                );
                for table in TABLES {
                    let live: BTreeSet<String> = tx
                        .prepare(&format!(
                            "SELECT name FROM pragma_table_info('{}')",
                            table.name
                        ))?
                        .query_map([], |row| row.get(0))?
                        .collect::<rusqlite::Result<_>>()?;
                    let mut written: BTreeSet<String> =
                        table.columns.iter().map(|c| c.name().to_string()).collect();
                    if table.in_agreement {
                        written.insert("agreement_id".into());
                    }
                    // A row's id is this database's own: the bundle numbers rows itself.
                    let live: BTreeSet<String> = live.into_iter().filter(|c| c != "id").collect();
                    assert_eq!(live, written, "the columns of {}", table.name);
                }
                Ok(())
            })
            .unwrap();
    }
}
