//! A database written at any earlier schema opens with this build, is
//! upgraded with a backup taken first, and loses nothing.
//!
//! `tests/schemas/schema-N.zip` holds, for every schema version N from the
//! first to today's, a database as that version left it, with rows in every
//! table (zipped: a fifth of the size). Each was made from one negotiation that fills every table
//! today, keeping the tables and columns schema N had (every migration so
//! far only adds). `UPDATE_FIXTURES=1 cargo test --test upgrade` makes the
//! one for a new schema version; the older ones stay as they are.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use entente_core::export::{ExportRequest, Format, Rendering};
use entente_core::model::{
    Clearance, NewPosition, NewStatement, OptionStance, PrivateNoteKind, ProvisionKind, Stance,
    StatementKind,
};
use entente_core::service::BackupReason;
use entente_core::store::{migrate_to, DATABASE_FILE, SCHEMA_VERSION};
use entente_core::Entente;
use rusqlite::types::Value;
use rusqlite::Connection;

fn fixture(version: i64) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/schemas")
        .join(format!("schema-{version}.zip"))
}

/// The fixture of schema `version`, unpacked as the database of `dir`.
fn unpack(version: i64, dir: &Path) -> PathBuf {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(fixture(version)).unwrap()).unwrap();
    let path = dir.join(DATABASE_FILE);
    let mut database = std::fs::File::create(&path).unwrap();
    std::io::copy(&mut archive.by_name(DATABASE_FILE).unwrap(), &mut database).unwrap();
    path
}

const FRAMED_TEXT: &str = "\
# Agreement on the exchange of health data for AI research

The Parties to this Agreement,

Recognizing that research on AI for health needs data shared under safeguards,

Have agreed as follows:

## Article 1 — Scope

This Agreement applies to health data exchanged for research.

In witness whereof, the undersigned have signed this Agreement.
";

/// A negotiation that leaves a row in every table of today's schema.
fn full_database(dir: &Path) {
    let entente = Entente::open(dir).unwrap();
    let sample = entente.create_sample().unwrap();
    entente
        .set_preferences(&entente_core::model::Preferences {
            delegation: "Secretariat".into(),
            interface_language: "fr".into(),
        })
        .unwrap();
    let document = entente.document(sample).unwrap();
    let article = document
        .provisions
        .iter()
        .find(|n| n.kind == ProvisionKind::Article)
        .unwrap();
    let party = document.parties[0].id;
    entente
        .add_private_note(
            article.id,
            PrivateNoteKind::RedLine,
            "Not below thirty days.",
        )
        .unwrap();
    entente
        .add_statement(
            article.id,
            &NewStatement {
                party_id: party,
                made_on: "2026-03-02".into(),
                kind: StatementKind::Summary,
                text: "Read together with Article 2.".into(),
                source: "Second session".into(),
            },
        )
        .unwrap();
    let option = entente
        .add_option(
            article.id,
            &BTreeMap::from([("en".to_string(), "within thirty days".to_string())]),
            &[party],
        )
        .unwrap();
    entente
        .record_position(
            article.id,
            party,
            &NewPosition {
                stance: Stance::Supports,
                amendment: String::new(),
                clearance: Clearance::default(),
                cleared_on: None,
                note: "As instructed.".into(),
                preferred_option: Some(option),
                option_stances: vec![OptionStance {
                    option_id: option,
                    stance: Stance::Supports,
                }],
            },
        )
        .unwrap();
    common::import_text(&entente, FRAMED_TEXT, "en", None);
}

/// The rows of every table of the database at `path`, each as its values
/// by column name, in the order they were written.
type Tables = BTreeMap<String, Vec<BTreeMap<String, Value>>>;

fn tables(conn: &Connection) -> Tables {
    // The search index is derived from the other tables (its triggers fill
    // it as they are written) and checked by searching, not row by row.
    let sql = "SELECT name FROM sqlite_master WHERE type = 'table'
               AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'";
    common::names(conn, sql)
        .into_iter()
        .map(|table| {
            let mut statement = conn
                .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))
                .unwrap();
            let columns: Vec<String> = statement
                .column_names()
                .into_iter()
                .map(String::from)
                .collect();
            let rows = statement
                .query_map([], |row| {
                    columns
                        .iter()
                        .enumerate()
                        .map(|(i, c)| Ok((c.clone(), row.get(i)?)))
                        .collect()
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            (table, rows)
        })
        .collect()
}

/// Makes the fixture of schema `version`: a database at that schema, given
/// the rows of `full` in the columns it had.
fn make_fixture(version: i64, full: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    let mut conn = Connection::open(&path).unwrap();
    migrate_to(&mut conn, version).unwrap();
    // Tables are filled in the order the migrations made them, which is
    // the order of what refers to what (the search index's triggers look
    // up an option's provision as its words arrive).
    conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    conn.execute("ATTACH ?1 AS full", [full.to_string_lossy()])
        .unwrap();
    let empty = tables(&conn);
    let in_order = "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY rowid";
    for table in common::names(&conn, in_order) {
        let Some(rows) = empty.get(&table) else {
            continue;
        };
        assert!(rows.is_empty());
        let list = common::names(
            &conn,
            &format!("SELECT name FROM pragma_table_info('{table}')"),
        )
        .join(", ");
        conn.execute(
            &format!("INSERT INTO main.\"{table}\" ({list}) SELECT {list} FROM full.\"{table}\""),
            [],
        )
        .unwrap();
    }
    conn.execute_batch("DETACH full; VACUUM;").unwrap();
    drop(conn);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(fixture(version)).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    zip.start_file(DATABASE_FILE, options).unwrap();
    std::io::copy(&mut std::fs::File::open(&path).unwrap(), &mut zip).unwrap();
    zip.finish().unwrap();
}

#[test]
fn every_earlier_schema_upgrades_with_a_backup_and_loses_nothing() {
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        let dir = tempfile::tempdir().unwrap();
        full_database(dir.path());
        for version in 1..=SCHEMA_VERSION {
            if !fixture(version).exists() {
                make_fixture(version, &dir.path().join(DATABASE_FILE));
            }
        }
    }
    for version in 1..=SCHEMA_VERSION {
        assert!(
            fixture(version).exists(),
            "no fixture for schema {version}: UPDATE_FIXTURES=1 cargo test --test upgrade"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = unpack(version, dir.path());
        let before = tables(&Connection::open(&path).unwrap());
        let empty: Vec<&String> = before
            .iter()
            .filter(|(_, r)| r.is_empty())
            .map(|(t, _)| t)
            .collect();
        assert!(empty.is_empty(), "schema {version}: no rows in {empty:?}");

        let entente = Entente::open(dir.path()).unwrap();
        let backups = entente.backups().unwrap();
        if version < SCHEMA_VERSION {
            assert_eq!(backups.len(), 1, "schema {version}");
            assert_eq!(backups[0].reason, BackupReason::Upgrade);
            assert_eq!(backups[0].schema_version, version);
        } else {
            assert!(backups.is_empty(), "nothing to upgrade, nothing copied");
        }

        // Every row of every table is there, with every value it had.
        let after = tables(&Connection::open(dir.path().join(DATABASE_FILE)).unwrap());
        for (table, rows) in &before {
            let upgraded = &after[table];
            assert_eq!(upgraded.len(), rows.len(), "schema {version}, {table}");
            for (old, new) in rows.iter().zip(upgraded) {
                for (column, value) in old {
                    assert_eq!(
                        new.get(column),
                        Some(value),
                        "schema {version}, {table}.{column}"
                    );
                }
            }
        }
        uses_every_agreement(&entente, dir.path());
    }
}

/// What a user does first with an upgraded database: reads each agreement,
/// its report and versions, exports it, and writes to it.
fn uses_every_agreement(entente: &Entente, dir: &Path) {
    for agreement in entente.list_agreements().unwrap() {
        let document = entente.document(agreement.id).unwrap();
        entente.report(agreement.id).unwrap();
        for version in entente.versions(agreement.id).unwrap() {
            entente.version(version.id).unwrap();
        }
        let request = ExportRequest {
            languages: Vec::new(),
            renderings: vec![Rendering::Bracketed],
            formats: vec![Format::Md],
            draft: true,
            place: String::new(),
            date: None,
        };
        entente
            .export(agreement.id, &request, &dir.join("exported"))
            .unwrap();
        // Words written before the upgrade are found: the index was built.
        let heading = document
            .provisions
            .iter()
            .find_map(|p| p.texts.values().find(|t| !t.heading.is_empty()))
            .map(|t| t.heading.clone())
            .expect("the full database has headings");
        let found = entente.search(agreement.id, &heading, None).unwrap();
        assert!(found.total > 0, "{heading:?} is found after the upgrade");
        common::add(
            entente,
            agreement.id,
            ProvisionKind::Article,
            None,
            "Added after the upgrade",
        );
        let found = entente.search(agreement.id, "added after the upgrade", None);
        assert_eq!(found.unwrap().total, 1);
        assert_eq!(
            entente.document(agreement.id).unwrap().provisions.len(),
            document.provisions.len() + 1
        );
    }
}
