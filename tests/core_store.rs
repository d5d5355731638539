//! The database file: migrations, refusals and the data directory.

mod common;

use entente_core::service::BackupReason;
use entente_core::store::{backups, migrate_to, Store, DATABASE_FILE, MIGRATIONS, SCHEMA_VERSION};
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

        let backups = entente.backups().unwrap();
        // An empty file (version 0) has nothing to lose; any other is copied first.
        assert_eq!(
            backups.len(),
            usize::from(version > 0),
            "from version {version}"
        );
        if let Some(backup) = backups.first() {
            assert_eq!(backup.reason, BackupReason::Upgrade);
            assert_eq!(backup.schema_version, version);
        }
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

    let upgraded = backups::list(&dir.path().join("backups")).unwrap();
    assert_eq!(upgraded.len(), 1);
    let backup = &upgraded[0];
    assert_eq!(
        (backup.reason, backup.schema_version),
        (BackupReason::Upgrade, SCHEMA_VERSION)
    );
    let copy = Connection::open(dir.path().join("backups").join(&backup.name)).unwrap();
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
    assert_eq!((agreements, upgraded), (1, 0));

    // Opening again with the same migrations changes nothing and copies nothing.
    Store::open_with(&path, &next).unwrap();
    assert_eq!(backups::list(&dir.path().join("backups")).unwrap().len(), 1);
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

fn titles(entente: &Entente) -> Vec<String> {
    let agreements = entente.list_agreements().unwrap();
    let mut titles: Vec<String> = agreements.into_iter().map(|a| a.title).collect();
    titles.sort();
    titles
}

#[test]
fn a_backup_made_by_hand_is_listed_and_brings_the_database_back_as_it_was() {
    let (dir, entente) = common::open();
    entente
        .create_agreement(&common::new_agreement("Kept"))
        .unwrap();
    let backup = entente.back_up().unwrap();
    assert_eq!(
        (backup.reason, backup.schema_version),
        (BackupReason::Manual, SCHEMA_VERSION)
    );
    assert!(backup.bytes > 0);
    assert!(dir.path().join("backups").join(&backup.name).is_file());
    assert_eq!(entente.backups().unwrap(), std::slice::from_ref(&backup));

    entente
        .create_agreement(&common::new_agreement("Made after"))
        .unwrap();
    let before = entente.restore_backup(&backup.name).unwrap();
    assert_eq!(titles(&entente), ["Kept"]);
    assert_eq!(before.reason, BackupReason::BeforeRestore);
    // Another process sees the restored database too.
    assert_eq!(titles(&Entente::open(dir.path()).unwrap()), ["Kept"]);
    // A restore is undone by restoring the copy made before it.
    entente.restore_backup(&before.name).unwrap();
    assert_eq!(titles(&entente), ["Kept", "Made after"]);
    // Writing goes on as before.
    entente
        .create_agreement(&common::new_agreement("Later"))
        .unwrap();
    assert_eq!(titles(&entente), ["Kept", "Later", "Made after"]);
}

#[test]
fn a_copy_from_elsewhere_and_from_an_older_schema_is_restored_and_upgraded() {
    let (_dir, entente) = common::open();
    entente
        .create_agreement(&common::new_agreement("Here"))
        .unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let old = elsewhere.path().join("from-the-usb-key.sqlite3");
    migrate_to(&mut Connection::open(&old).unwrap(), 3).unwrap();
    entente.restore_backup(old.to_str().unwrap()).unwrap();
    assert!(titles(&entente).is_empty());
    assert_eq!(user_version(entente.database_path()), SCHEMA_VERSION);
    entente
        .create_agreement(&common::new_agreement("After"))
        .unwrap();
}

#[test]
fn a_restore_that_cannot_be_done_changes_nothing() {
    let (dir, entente) = common::open();
    entente
        .create_agreement(&common::new_agreement("Kept"))
        .unwrap();
    let garbage = dir.path().join("minutes.sqlite3");
    std::fs::write(
        &garbage,
        "The minutes of the session, not a database.\n".repeat(200),
    )
    .unwrap();
    let newer = dir.path().join("newer.sqlite3");
    Connection::open(&newer)
        .unwrap()
        .execute_batch(&format!(
            "CREATE TABLE t (x); PRAGMA user_version = {};",
            SCHEMA_VERSION + 1
        ))
        .unwrap();

    let refusals = [
        ("no-such-backup", "backup-not-found"),
        (garbage.to_str().unwrap(), "backup-unreadable"),
        (newer.to_str().unwrap(), "database-too-new"),
    ];
    for (which, code) in refusals {
        let error = entente.restore_backup(which).unwrap_err();
        assert_eq!(error.code(), code, "{which}");
        assert_eq!(titles(&entente), ["Kept"], "{which}");
    }
    assert!(
        entente.backups().unwrap().is_empty(),
        "nothing copied for nothing"
    );
}

#[test]
fn the_daily_backup_is_made_once_a_day_and_the_last_seven_are_kept() {
    let (_dir, entente) = common::open();
    let now = chrono::Utc::now();
    assert_eq!(
        entente.back_up_if_due(now).unwrap(),
        None,
        "nothing to lose yet"
    );
    entente
        .create_agreement(&common::new_agreement("Kept"))
        .unwrap();
    assert!(entente.back_up_if_due(now).unwrap().is_some());
    assert_eq!(entente.back_up_if_due(now).unwrap(), None, "one a day");
    let manual = entente.back_up().unwrap();
    // Copies bear the clock's time, which runs on while the test does: a
    // minute's margin keeps "a day later" a day after each of them.
    let a_day_later = |day| now + chrono::TimeDelta::days(day) + chrono::TimeDelta::minutes(1);
    for day in 1..=9 {
        let made = entente.back_up_if_due(a_day_later(day));
        assert_eq!(made.unwrap().unwrap().reason, BackupReason::Daily);
    }
    let backups = entente.backups().unwrap();
    let daily = backups.iter().filter(|b| b.reason == BackupReason::Daily);
    assert_eq!(daily.count(), 7);
    assert!(backups.contains(&manual), "a copy made by hand is kept");
}

#[test]
fn a_write_while_another_process_holds_the_database_fails_as_busy_and_changes_nothing() {
    let (dir, entente) = common::open();
    let other = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let error = entente
        .create_agreement(&common::new_agreement("Blocked"))
        .unwrap_err();
    assert_eq!(error.code(), "database-busy");
    other.execute_batch("ROLLBACK").unwrap();
    assert!(titles(&entente).is_empty());
    entente
        .create_agreement(&common::new_agreement("Once free"))
        .unwrap();
}

#[test]
fn each_file_dialog_opens_in_the_folder_last_chosen_for_it_while_it_is_there() {
    use entente_core::model::FolderPurpose;
    let (dir, entente) = common::open();
    assert_eq!(entente.last_folder(FolderPurpose::Import).unwrap(), None);
    let key = dir.path().join("usb-key");
    let shared = dir.path().join("shared drive");
    std::fs::create_dir_all(&key).unwrap();
    std::fs::create_dir_all(&shared).unwrap();
    entente
        .remember_folder(FolderPurpose::Import, &key)
        .unwrap();
    entente
        .remember_folder(FolderPurpose::Export, &shared)
        .unwrap();
    assert_eq!(
        entente.last_folder(FolderPurpose::Import).unwrap(),
        Some(key.clone())
    );
    assert_eq!(
        entente.last_folder(FolderPurpose::Export).unwrap(),
        Some(shared)
    );
    assert_eq!(entente.last_folder(FolderPurpose::Send).unwrap(), None);
    // The key taken out: the dialog opens where the system puts it.
    std::fs::remove_dir(&key).unwrap();
    assert_eq!(entente.last_folder(FolderPurpose::Import).unwrap(), None);
    // Not a preference the preferences dialog shows or changes.
    assert_eq!(entente.preferences().unwrap().delegation, "");
}
