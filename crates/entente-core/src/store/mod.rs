//! The SQLite file: opening it safely, migrating its schema, and running each
//! user action as one transaction.
//!
//! The schema is owned by the numbered migrations in `migrations/`, embedded in
//! the binary; `PRAGMA user_version` records how many have run. A database
//! written by a newer Entente is refused rather than risked, and a copy of the
//! file is kept before any migration touches it (`backups`).
//!
//! Each table family has its module here, and the service layer reaches the
//! tables through them: a table's SQL lives in one place.

pub mod agreements;
pub mod backups;
pub mod history;
pub mod options;
pub mod parties;
pub mod positions;
pub mod preferences;
pub mod private_notes;
pub mod provenance;
pub mod provisions;
pub mod search;
pub mod statements;
pub mod uids;
pub mod versions;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::backup::StepResult;
use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};
use backups::{Backup, BackupReason};

/// The migrations, in order; the schema version is the number that have run.
pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_agreements.sql"),
    include_str!("migrations/0002_status_and_positions.sql"),
    include_str!("migrations/0003_private_notes.sql"),
    include_str!("migrations/0004_options.sql"),
    include_str!("migrations/0005_statements.sql"),
    include_str!("migrations/0006_option_stances.sql"),
    include_str!("migrations/0007_template_provenance.sql"),
    include_str!("migrations/0008_stable_ids.sql"),
    include_str!("migrations/0009_instruments.sql"),
    include_str!("migrations/0010_search.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "entente.sqlite3";

pub struct Store {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir`, migrating it to
    /// the current schema.
    pub fn open_in(data_dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(data_dir).map_err(|source| Error::DataDirNotWritable {
            path: data_dir.to_path_buf(),
            source,
        })?;
        Store::open(&data_dir.join(DATABASE_FILE))
    }

    /// Opens (creating if needed) the database file at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, MIGRATIONS)
    }

    /// Opens the database at `path` with the given migrations; tests use it
    /// to exercise upgrades that no release has needed yet.
    #[doc(hidden)]
    pub fn open_with(path: &Path, migrations: &[&str]) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let describe = |e| describe_error(e, path);
        let mut conn = Connection::open_with_flags(path, flags).map_err(describe)?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(describe)?;
        // Refuse a newer database before anything (even the journal mode) touches it.
        refuse_newer(&conn, path, migrations.len() as i64)?;
        configure(&conn).map_err(describe)?;
        migrate(&mut conn, path, migrations)?;
        Ok(Store {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `action` in one immediate transaction: it commits whole or not at
    /// all. Another process writing for longer than the busy timeout makes
    /// it fail as busy, having changed nothing.
    pub fn write<T>(&self, action: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.write_on(&mut self.lock(), action)
    }

    /// As `write`, for a transaction that writes a whole negotiation at once
    /// (a bundle coming in): the pages of the indexes it grows stay in memory
    /// while it runs instead of being read back at each row (docs/benchmarks.md),
    /// and the memory is given back after.
    pub fn write_in_bulk<T>(&self, action: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self.lock();
        conn.pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
        let written = self.write_on(&mut conn, action);
        conn.pragma_update(None, "cache_size", -DEFAULT_CACHE_KIB)?;
        written
    }

    fn write_on<T>(
        &self,
        conn: &mut Connection,
        action: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| describe_error(e, &self.path))?;
        let value = action(&tx)?;
        tx.commit().map_err(|e| describe_error(e, &self.path))?;
        Ok(value)
    }

    /// Copies the database into its backups folder.
    pub fn back_up(&self, reason: BackupReason) -> Result<Backup> {
        backups::take(&self.lock(), &backups::folder_of(&self.path), reason)
    }

    /// Puts the content of the copy at `source` in place of the database's,
    /// in one step other connections see whole, after backing up the
    /// database as it is (that copy is returned). An older copy is then
    /// upgraded; a copy that is damaged or from a newer Entente is refused
    /// and nothing changes.
    pub fn restore(&self, source: &Path) -> Result<Backup> {
        let version = backups::check_sound(source)?;
        if version > SCHEMA_VERSION {
            return Err(Error::DatabaseTooNew {
                path: source.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        let mut conn = self.lock();
        let before = backups::take(
            &conn,
            &backups::folder_of(&self.path),
            BackupReason::BeforeRestore,
        )?;
        let copy = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let step = rusqlite::backup::Backup::new(&copy, &mut conn)?.step(-1);
        match step.map_err(|e| describe_error(e, &self.path))? {
            StepResult::Done => {}
            _ => {
                return Err(Error::DatabaseBusy {
                    path: self.path.clone(),
                })
            }
        }
        drop(copy);
        // The copy's header names its own journal mode: the database keeps WAL.
        configure(&conn).map_err(|e| describe_error(e, &self.path))?;
        migrate(&mut conn, &self.path, MIGRATIONS)?;
        Ok(before)
    }

    /// Runs `action` on a consistent snapshot of the database.
    pub fn read<T>(&self, action: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        action(&tx)
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while the lock was held cannot leave a transaction open (it
        // rolls back on drop), so the connection is still sound.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// SQLite's page cache, in KiB: its own default, enough for the text and
/// the matrix of any negotiation being worked on.
const DEFAULT_CACHE_KIB: i64 = 2000;
/// The page cache of a bulk write: room for the indexes of the largest
/// negotiation's positions.
const BULK_CACHE_KIB: i64 = 256 * 1024;

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    // journal_mode answers with a row, so it is read rather than executed.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    // FULL: what the app has shown as saved survives a power cut (a laptop
    // whose battery dies in the conference hall), not only a crash of the
    // program; it doubles a save's cost, to a few tenths of a millisecond
    // (docs/benchmarks.md).
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")?;
    conn.pragma_update(None, "cache_size", -DEFAULT_CACHE_KIB)?;
    search::register_fold(conn)
}

/// A database error in the user's words where there are some for it.
fn describe_error(error: rusqlite::Error, path: &Path) -> Error {
    match error.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::DatabaseBusy {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::NotADatabase) => Error::NotADatabase {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
            Error::DataDirNotWritable {
                path: path.to_path_buf(),
                source: std::io::Error::other(error.to_string()),
            }
        }
        _ => Error::Database(error),
    }
}

fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

fn refuse_newer(conn: &Connection, path: &Path, supported: i64) -> Result<i64> {
    let found = schema_version(conn).map_err(|e| describe_error(e, path))?;
    if found > supported {
        return Err(Error::DatabaseTooNew {
            path: path.to_path_buf(),
            found,
            supported,
        });
    }
    Ok(found)
}

/// Brings the schema up to date. Another process may be opening the same
/// file at the same moment, so the version is read again under an exclusive
/// lock and only the migrations still missing then are applied.
fn migrate(conn: &mut Connection, path: &Path, migrations: &[&str]) -> Result<()> {
    let latest = migrations.len() as i64;
    let found = refuse_newer(conn, path, latest)?;
    if found == latest {
        return Ok(());
    }
    if found > 0 {
        backups::take(conn, &backups::folder_of(path), BackupReason::Upgrade)?;
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
    let found = refuse_newer(&tx, path, latest)?;
    for (index, sql) in migrations.iter().enumerate().skip(found as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    tx.commit()?;
    Ok(())
}

/// Applies the first `version` migrations to a fresh connection: how tests
/// build databases as every earlier release left them.
#[doc(hidden)]
pub fn migrate_to(conn: &mut Connection, version: i64) -> rusqlite::Result<()> {
    search::register_fold(conn)?;
    let tx = conn.transaction()?;
    for (index, sql) in MIGRATIONS.iter().enumerate().take(version as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    tx.commit()
}
