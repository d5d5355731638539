//! A bundle imported as it is read, a row at a time.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rusqlite::types::Value as SqlValue;
use rusqlite::{ErrorCode, Transaction};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value as Json};

use super::tables::Column::{Ref, Snapshot, TemplateValues, Words};
use super::tables::{Table, TABLES};
use super::Renumbering;
use crate::error::{Error, Result};
use crate::exchange::{self, FileKind};
use crate::model::{AgreementId, ProvisionKind};
use crate::service::agreements::load_agreement;
use crate::service::document::load_document;
use crate::store::provisions;
use crate::store::uids::{self, Stable};

/// A bundle being imported as it is read: each row is written as soon as it
/// has been read, so that only the renumbering is kept.
pub(super) struct Incoming<'t> {
    pub(super) tx: &'t Transaction<'t>,
    pub(super) path: &'t Path,
    pub(super) state: RefCell<Imported>,
    /// Why the bundle was refused, when the refusal is not the JSON's.
    pub(super) failure: RefCell<Option<Error>>,
}

/// What importing has read and written so far.
#[derive(Default)]
pub(super) struct Imported {
    /// The envelope's `format` and `version`, once read.
    pub(super) format: Option<String>,
    pub(super) version: Option<u64>,
    pub(super) renumbering: Renumbering,
    pub(super) agreement_id: AgreementId,
    /// The statement that writes a row of each table, made once.
    pub(super) inserts: HashMap<&'static str, String>,
    /// References to rows of the same table (a provision's parent), set once
    /// every row of it is in: (column, row, referred row, row index).
    pub(super) later: Vec<(&'static str, i64, i64, usize)>,
}

impl Incoming<'_> {
    pub(super) fn broken(&self, table: &str, row: usize, detail: String) -> Error {
        Error::BundleBroken {
            path: self.path.display().to_string(),
            table: table.to_string(),
            row,
            detail,
        }
    }

    /// Keeps `error` to report and stops the reader.
    pub(super) fn fail<E: serde::de::Error>(&self, error: Error) -> E {
        let said = E::custom(&error);
        self.failure.replace(Some(error));
        said
    }

    /// Before the rows of any other table: the agreement they belong to.
    pub(super) fn begin(&self, table: &Table) -> Result<()> {
        if table.name != "agreement" && self.state.borrow().agreement_id == 0 {
            return Err(self.broken("agreement", 1, "no agreement in the bundle".into()));
        }
        Ok(())
    }

    pub(super) fn insert(
        &self,
        table: &Table,
        index: usize,
        row: &Map<String, Json>,
    ) -> Result<()> {
        let tx = self.tx;
        let broken = |detail: String| self.broken(table.name, index + 1, detail);
        if table.name == "agreement" {
            if index > 0 || self.state.borrow().agreement_id != 0 {
                return Err(broken("one agreement".into()));
            }
            if let Some(uid) = row.get("uid").and_then(Json::as_str) {
                if let Some(id) = uids::find(tx, Stable::Agreement, None, uid)? {
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
    pub(super) fn end(&self, table: &Table) -> Result<()> {
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

    /// Whether the envelope read so far names a bundle this build reads.
    pub(super) fn envelope(&self) -> Result<()> {
        let state = self.state.borrow();
        let (format, version) = (state.format.as_deref(), state.version);
        exchange::check_envelope(self.path, FileKind::Bundle, format, version)
    }

    /// Once the whole file is read: a bundle of a version this build reads
    /// (a file whose keys a tool has sorted has its version after its
    /// tables), holding an agreement whose provisions form a text and which
    /// reads back as one.
    pub(super) fn finish(&self) -> Result<AgreementId> {
        self.envelope()?;
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
/// Each reader of the bundle is its own seed: it reads by visiting what
/// comes (`$how` names the shape it expects), holding the import it writes into.
macro_rules! seed_visits_itself {
    ($reader:ident, $how:ident) => {
        impl<'de> DeserializeSeed<'de> for $reader<'_, '_> {
            type Value = ();

            fn deserialize<D: Deserializer<'de>>(
                self,
                deserializer: D,
            ) -> std::result::Result<(), D::Error> {
                deserializer.$how(self)
            }
        }
    };
}

pub(super) struct IncomingSeed<'b, 't>(pub(super) &'b Incoming<'t>);

seed_visits_itself!(IncomingSeed, deserialize_map);

impl<'de> Visitor<'de> for IncomingSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an Entente bundle")
    }

    /// The envelope is checked as soon as it says something wrong: a file
    /// of another kind or a newer format is refused before a row is written.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let bundle = self.0;
        let mut tables_read = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => {
                    let format = map.next_value::<String>()?;
                    exchange::check_format(bundle.path, FileKind::Bundle, &format)
                        .map_err(|e| bundle.fail(e))?;
                    bundle.state.borrow_mut().format = Some(format);
                }
                "version" => {
                    let version = map.next_value::<u64>()?;
                    exchange::check_version(bundle.path, FileKind::Bundle, version)
                        .map_err(|e| bundle.fail(e))?;
                    bundle.state.borrow_mut().version = Some(version);
                }
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

pub(super) struct IncomingTables<'b, 't>(&'b Incoming<'t>);

seed_visits_itself!(IncomingTables, deserialize_map);

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

pub(super) struct IncomingRows<'b, 't>(&'b Incoming<'t>, &'static Table);

seed_visits_itself!(IncomingRows, deserialize_seq);

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
    let rows = provisions::tree_as_written(tx, agreement_id)?;
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
