//! The database file: migrations, refusals and the data directory.

mod common;

use entente_core::store::{migrate_to, Store, DATABASE_FILE, MIGRATIONS, SCHEMA_VERSION};
use entente_core::{Entente, Error};
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
            entente_core::model::ProvisionKind::Article,
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
fn an_upgrade_keeps_a_copy_of_the_database_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    Entente::open(dir.path())
        .unwrap()
        .create_agreement(&common::new_agreement("Before the upgrade"))
        .unwrap();

    // The next release adds a migration.
    let mut next = MIGRATIONS.to_vec();
    next.push("CREATE TABLE clause_template (id INTEGER PRIMARY KEY);");
    Store::open_with(&path, &next).unwrap();
    assert_eq!(user_version(&path), SCHEMA_VERSION + 1);

    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".bak"))
        .collect();
    assert_eq!(backups.len(), 1);
    let name = backups[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(
        name.starts_with(&format!("{DATABASE_FILE}.v{SCHEMA_VERSION}-")),
        "{name}"
    );
    let copy = Connection::open(&backups[0]).unwrap();
    let version: i64 = copy
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let agreements: i64 = copy
        .query_row("SELECT COUNT(*) FROM agreement", [], |r| r.get(0))
        .unwrap();
    let upgraded: i64 = copy
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'clause_template'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!((version, agreements, upgraded), (SCHEMA_VERSION, 1, 0));

    // Opening again with the same migrations changes nothing and copies nothing.
    Store::open_with(&path, &next).unwrap();
    let count = std::fs::read_dir(dir.path()).unwrap().filter(|e| {
        e.as_ref()
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".bak")
    });
    assert_eq!(count.count(), 1);
}

#[test]
fn a_newer_database_is_not_switched_to_wal_before_being_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    assert!(Entente::open(dir.path()).is_err());
    let mode: String = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    assert!(!dir.path().join(format!("{DATABASE_FILE}-wal")).exists());
}

#[test]
fn the_interface_language_is_a_preference_of_this_machine() {
    let (_dir, entente) = common::open();
    let chosen = entente
        .set_preferences(&entente_core::model::Preferences {
            delegation: "Kenya".into(),
            interface_language: "ar".into(),
        })
        .unwrap();
    assert_eq!(chosen.interface_language, "ar");
    let locale = entente.interface_locale().unwrap();
    assert_eq!(locale.language, "ar");
    assert!(locale.right_to_left);

    let refused = entente.set_preferences(&entente_core::model::Preferences {
        delegation: "Chile".into(),
        interface_language: "klingon".into(),
    });
    assert!(matches!(
        refused,
        Err(entente_core::Error::InvalidValue(
            entente_core::model::InvalidValue {
                field: "interface-language",
                ..
            }
        ))
    ));
    assert_eq!(entente.preferences().unwrap(), chosen, "nothing changed");
    // A translator's folder inside the data directory.
    assert!(entente.translations_dir().ends_with("locales"));
    let status = entente.translation_status();
    assert_eq!(status.len(), 6);
    assert!(status
        .iter()
        .all(|s| s.translated == s.total && s.own_files == 0));
}
