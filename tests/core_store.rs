//! The database file: migrations, refusals and the data directory.

mod common;

use entente::store::{migrate_to, DATABASE_FILE, SCHEMA_VERSION};
use entente::{Entente, Error};
use rusqlite::Connection;

fn user_version(path: &std::path::Path) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_new_database_is_created_at_the_current_schema_in_wal_mode() {
    let (dir, entente) = common::open();
    let path = dir.path().join(DATABASE_FILE);
    assert_eq!(entente.database_path(), path);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
    let mode: String = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn every_earlier_schema_migrates_to_the_current_one_with_a_backup() {
    for version in 0..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        migrate_to(&mut Connection::open(&path).unwrap(), version).unwrap();

        let entente = Entente::open(dir.path()).unwrap();
        assert_eq!(
            user_version(&path),
            SCHEMA_VERSION,
            "from version {version}"
        );
        entente
            .create_agreement(&common::new_agreement("Migrated"))
            .unwrap();

        let backups: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".bak"))
            .collect();
        // An empty file (version 0) has nothing to lose; any other is copied first.
        assert_eq!(
            backups.len(),
            usize::from(version > 0),
            "from version {version}"
        );
    }
}

#[test]
fn reopening_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let entente = Entente::open(dir.path()).unwrap();
        let agreement = entente
            .create_agreement(&common::new_agreement("Kept"))
            .unwrap();
        common::add(
            &entente,
            agreement.id,
            entente::model::ProvisionKind::Article,
            None,
            "Scope",
        );
        agreement.id
    };
    let entente = Entente::open(dir.path()).unwrap();
    let document = entente.document(id).unwrap();
    assert_eq!(document.agreement.title(), "Kept");
    assert_eq!(document.provisions.len(), 1);
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    Entente::open(dir.path()).unwrap();
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let before = std::fs::read(&path).unwrap();

    match Entente::open(dir.path()) {
        Err(Error::DatabaseTooNew {
            found, supported, ..
        }) => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION));
        }
        other => panic!("expected DatabaseTooNew, got {:?}", other.err()),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    let garbage = b"These are the minutes of the third session, not a database.\n".repeat(100);
    std::fs::write(&path, &garbage).unwrap();

    let error = Entente::open(dir.path()).err().expect("must refuse");
    assert!(matches!(error, Error::NotADatabase { .. }), "{error:?}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

#[test]
fn a_data_directory_that_cannot_be_written_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    // A regular file where a folder should be: unwritable even for root.
    let blocker = dir.path().join("blocker");
    std::fs::write(&blocker, "").unwrap();
    let error = Entente::open(&blocker.join("data"))
        .err()
        .expect("must refuse");
    assert!(
        matches!(error, Error::DataDirNotWritable { .. }),
        "{error:?}"
    );
}

#[test]
fn foreign_keys_are_enforced() {
    let (dir, _entente) = common::open();
    let conn = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    let orphan = conn.execute(
        "INSERT INTO provision (agreement_id, kind, position) VALUES (999, 'article', 0)",
        [],
    );
    assert!(orphan.is_err());
}
