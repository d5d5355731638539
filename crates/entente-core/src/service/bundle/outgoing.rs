//! A bundle written from the database, a row at a time.

use std::cell::RefCell;

use rusqlite::types::Value as SqlValue;
use rusqlite::Transaction;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;
use serde_json::{Map, Value as Json};

use super::tables::Column::{Ref, Snapshot, TemplateValues, Words};
use super::tables::{Table, TABLES};
use super::Renumbering;
use crate::error::{Error, Result};
use crate::exchange::{Envelope, FileKind};
use crate::model::AgreementId;

/// A bundle being written, read from the database a row at a time: only
/// the renumbering is kept, never the rows.
pub(super) struct Outgoing<'t> {
    pub(super) tx: &'t Transaction<'t>,
    pub(super) agreement_id: AgreementId,
    pub(super) renumbering: RefCell<Renumbering>,
    /// What stopped the writing, when the database did.
    pub(super) failure: RefCell<Option<Error>>,
}

impl Outgoing<'_> {
    /// Keeps `error` to report and stops the writer.
    pub(super) fn fail<E: serde::ser::Error>(&self, error: Error) -> E {
        let said = E::custom(&error);
        self.failure.replace(Some(error));
        said
    }

    /// The rows of `table`, ordered as they were written.
    pub(super) fn select(&self, table: &Table) -> String {
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
    pub(super) fn number(&self, table: &Table) -> Result<()> {
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
    pub(super) fn row(
        &self,
        table: &Table,
        number: i64,
        values: Vec<SqlValue>,
    ) -> Result<Map<String, Json>> {
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
pub(super) struct OutgoingTables<'b, 't>(&'b Outgoing<'t>);

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

pub(super) struct OutgoingRows<'b, 't>(&'b Outgoing<'t>, &'static Table);

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
