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

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rusqlite::types::Value as SqlValue;
use rusqlite::{OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

use super::agreements::load_agreement;
use super::document::load_document;
use super::Entente;
use crate::brackets;
use crate::error::{Error, Result};
use crate::exchange::{self, Envelope, FileKind};
use crate::export;
use crate::model::{AgreementDocument, AgreementId, PartyId, ProvisionKind};
use crate::templates::Value as TemplateValue;

/// A bundle as written: the envelope, then each table's rows.
#[derive(Serialize, Deserialize)]
struct Bundle {
    #[serde(flatten)]
    envelope: Envelope,
    tables: BTreeMap<String, Vec<Map<String, Json>>>,
}

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
        let bundle = self.store.read(|tx| read_bundle(tx, agreement_id))?;
        exchange::write(path, &bundle)
    }

    /// Makes the agreement a bundle describes, the same as on the machine
    /// that made it; refused, with nothing changed, if it is already here or
    /// the file is not a whole bundle of this format.
    pub fn import_bundle(&self, path: &Path) -> Result<AgreementId> {
        let bundle: Bundle = exchange::read(path, FileKind::Bundle)?;
        let shown = path.display().to_string();
        self.store.write(|tx| write_bundle(tx, &bundle, &shown))
    }
}

fn read_bundle(tx: &Transaction, agreement_id: AgreementId) -> Result<Bundle> {
    load_agreement(tx, agreement_id)?;
    let mut renumbering = Renumbering::default();
    let mut tables = BTreeMap::new();
    for table in TABLES {
        let names: Vec<String> = table
            .columns
            .iter()
            .map(|c| format!("t.{}", c.name()))
            .collect();
        let sql = format!(
            "SELECT t.rowid, {} FROM {} ORDER BY t.rowid",
            names.join(", "),
            table.from
        );
        let mut statement = tx.prepare(&sql)?;
        let rows = statement
            .query_map([agreement_id], |row| {
                (0..=table.columns.len())
                    .map(|i| row.get::<_, SqlValue>(i))
                    .collect::<rusqlite::Result<Vec<_>>>()
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // Numbered before any is written: a provision moved under a later
        // article names a parent that comes after it.
        if let Some(entity) = table.entity {
            for (number, values) in (1..).zip(&rows) {
                if let SqlValue::Integer(id) = values[0] {
                    renumbering.ids.insert((entity, id), number);
                }
            }
        }
        let mut out = Vec::with_capacity(rows.len());
        for (number, values) in (1_i64..).zip(rows) {
            let mut row = Map::new();
            if table.entity.is_some() {
                row.insert("id".into(), number.into());
            }
            for (column, value) in table.columns.iter().zip(values.into_iter().skip(1)) {
                let json = match (*column, value) {
                    (_, SqlValue::Null) => Json::Null,
                    (Ref(_, entity), SqlValue::Integer(id)) => {
                        let number = renumbering
                            .map(entity, id)
                            .ok_or(Error::NotFound { what: "row", id })?;
                        number.into()
                    }
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
            out.push(row);
        }
        tables.insert(table.name.to_string(), out);
    }
    Ok(Bundle {
        envelope: Envelope::new(FileKind::Bundle),
        tables,
    })
}

fn write_bundle(tx: &Transaction, bundle: &Bundle, path: &str) -> Result<AgreementId> {
    let broken = |table: &str, row: usize, detail: String| Error::BundleBroken {
        path: path.to_string(),
        table: table.to_string(),
        row,
        detail,
    };
    let agreement = bundle
        .tables
        .get("agreement")
        .and_then(|rows| rows.first())
        .ok_or_else(|| broken("agreement", 1, "no agreement in the bundle".into()))?;
    if let Some(uid) = agreement.get("uid").and_then(Json::as_str) {
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

    let mut renumbering = Renumbering::default();
    let mut agreement_id = 0;
    for table in TABLES {
        let rows = bundle.tables.get(table.name).map_or(&[][..], Vec::as_slice);
        if table.name == "agreement" && rows.len() != 1 {
            return Err(broken(table.name, rows.len(), "one agreement".into()));
        }
        let mut names: Vec<&str> = table.columns.iter().map(|c| c.name()).collect();
        if table.in_agreement {
            names.push("agreement_id");
        }
        let slots: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            table.name,
            names.join(", "),
            slots.join(", ")
        );
        let mut statement = tx.prepare(&sql)?;
        // References to rows of the same table (a provision's parent), set
        // once every row of it is in: (column, row, referred row, index).
        let mut later = Vec::new();
        for (index, row) in rows.iter().enumerate() {
            let broken = |detail: String| broken(table.name, index + 1, detail);
            let mut values = Vec::with_capacity(names.len());
            for &column in table.columns {
                let json = row.get(column.name()).unwrap_or(&Json::Null);
                let value = match (column, json) {
                    (_, Json::Null) => SqlValue::Null,
                    (Ref(name, entity), json) if Some(entity) == table.entity => {
                        let number = json.as_i64().unwrap_or(0);
                        let row_number = row.get("id").and_then(Json::as_i64).unwrap_or(0);
                        later.push((name, row_number, number, index + 1));
                        SqlValue::Null
                    }
                    (Ref(name, entity), json) => {
                        let number = json.as_i64().unwrap_or(0);
                        let id = renumbering.map(entity, number).ok_or_else(|| {
                            broken(format!("{name} {number} names no row before it"))
                        })?;
                        SqlValue::Integer(id)
                    }
                    (Words(_), Json::String(text)) => SqlValue::Text(renumbering.words(text)),
                    (TemplateValues(_), json) => SqlValue::Text(
                        renumbering
                            .template_values(&json.to_string())
                            .map_err(|e| broken(e.to_string()))?,
                    ),
                    (Snapshot(_), json) => {
                        let document = serde_json::from_value(json.clone())
                            .map_err(|e| broken(e.to_string()))?;
                        SqlValue::Text(serde_json::to_string(
                            &renumbering.snapshot(document, agreement_id),
                        )?)
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
                values.push(SqlValue::Integer(agreement_id));
            }
            statement
                .execute(rusqlite::params_from_iter(values))
                .map_err(|e| broken(e.to_string()))?;
            let id = tx.last_insert_rowid();
            if table.name == "agreement" {
                agreement_id = id;
            }
            if let Some(entity) = table.entity {
                let number = row.get("id").and_then(Json::as_i64).unwrap_or(0);
                if renumbering.ids.insert((entity, number), id).is_some() {
                    return Err(broken(format!("id {number} appears twice")));
                }
            }
        }
        for (column, row_number, number, index) in later {
            let entity = table
                .entity
                .expect("only an entity's table refers to itself");
            let (Some(id), Some(referred)) = (
                renumbering.map(entity, row_number),
                renumbering.map(entity, number),
            ) else {
                return Err(broken(
                    table.name,
                    index,
                    format!("{column} {number} names no row"),
                ));
            };
            tx.execute(
                &format!("UPDATE {} SET {column} = ?1 WHERE id = ?2", table.name),
                [referred, id],
            )?;
        }
    }
    check_tree(tx, agreement_id, &broken)?;
    // The bundle must read back as an agreement: every kind, status and
    // language known.
    load_document(tx, agreement_id).map_err(|e| broken("agreement", 1, e.to_string()))?;
    Ok(agreement_id)
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
