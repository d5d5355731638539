//! Copies of the database, kept in `backups/` beside it: before each
//! upgrade, once a day while the app is open (the last seven kept), before a
//! restore, and whenever the user asks. Each is a whole, compact SQLite file
//! (`VACUUM INTO`) that takes its name only once it is on the disk, so a
//! crash while one is made never leaves a broken copy in the list.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::error::{Error, Result};

/// The folder of the copies, beside the database file.
pub const BACKUP_FOLDER: &str = "backups";

/// How many copies of each recurring kind are kept.
const KEEP: usize = 7;

/// Why a copy was made.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum BackupReason {
    /// Before the schema was upgraded by a newer Entente.
    Upgrade,
    /// Once a day while the app is open.
    Daily,
    /// Asked for by the user.
    Manual,
    /// Before another copy was restored over the database.
    BeforeRestore,
}

impl BackupReason {
    /// Recurring copies are rotated; those made before an upgrade or at
    /// the user's request stay until the user removes them.
    fn rotated(self) -> bool {
        matches!(self, BackupReason::Daily | BackupReason::BeforeRestore)
    }
}

/// A copy of the database in the backups folder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Backup {
    /// Its file name, by which it is restored.
    pub name: String,
    pub reason: BackupReason,
    /// When it was made (UTC, RFC 3339).
    pub taken_at: String,
    pub bytes: u64,
    /// The schema it was written in: an older one is upgraded when restored.
    pub schema_version: i64,
}

/// The backups folder of the database at `database`.
pub fn folder_of(database: &Path) -> PathBuf {
    database.with_file_name(BACKUP_FOLDER)
}

/// Copies the database `conn` has open into `folder`, whole and compact.
pub fn take(conn: &Connection, folder: &Path, reason: BackupReason) -> Result<Backup> {
    std::fs::create_dir_all(folder)?;
    let now = chrono::Utc::now();
    let reason_name: &str = reason.into();
    let name = format!(
        "entente-{}-{reason_name}.sqlite3",
        now.format("%Y%m%dT%H%M%S%.3fZ")
    );
    // The process id keeps two processes copying at once apart.
    let partial = folder.join(format!(".{name}.{}.partial", std::process::id()));
    let copied = conn
        .execute("VACUUM INTO ?1", [partial.to_string_lossy()])
        .map_err(Error::from)
        .and_then(|_| {
            // One file, with no journal beside it: a copy to carry or keep.
            let copy = Connection::open(&partial)?;
            let _mode: String =
                copy.query_row("PRAGMA journal_mode = DELETE", [], |row| row.get(0))?;
            drop(copy);
            // Opened for writing: Windows flushes only a file open to write.
            std::fs::File::options()
                .write(true)
                .open(&partial)?
                .sync_all()?;
            std::fs::rename(&partial, folder.join(&name))?;
            crate::exchange::sync_folder(folder)?;
            Ok(())
        });
    if let Err(error) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(error);
    }
    if reason.rotated() {
        rotate(folder, reason)?;
    }
    describe(folder, &name).ok_or_else(|| Error::BackupNotFound { name })
}

/// The copies in `folder`, newest first.
pub fn list(folder: &Path) -> Result<Vec<Backup>> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    let mut backups = Vec::new();
    for entry in entries {
        let name = entry?.file_name().to_string_lossy().into_owned();
        backups.extend(describe(folder, &name));
    }
    backups.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then(b.name.cmp(&a.name)));
    Ok(backups)
}

/// Removes the oldest copies of a recurring kind beyond the number kept.
fn rotate(folder: &Path, reason: BackupReason) -> Result<()> {
    let of_kind = list(folder)?.into_iter().filter(|b| b.reason == reason);
    for old in of_kind.skip(KEEP) {
        std::fs::remove_file(folder.join(&old.name))?;
    }
    Ok(())
}

/// What the name and the file say of a copy; `None` for a file that is not
/// one (a partial copy, anything a user put there).
fn describe(folder: &Path, name: &str) -> Option<Backup> {
    let (stamp, reason) = name
        .strip_prefix("entente-")?
        .strip_suffix(".sqlite3")?
        .split_once('-')?;
    let taken_at = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S%.3fZ")
        .ok()?
        .and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let path = folder.join(name);
    Some(Backup {
        name: name.to_string(),
        reason: reason.parse().ok()?,
        taken_at,
        bytes: std::fs::metadata(&path).ok()?.len(),
        schema_version: schema_version_of(&path).ok()?,
    })
}

/// Opens a copy read-only and reads its schema version; refuses a file
/// that is not an SQLite database.
pub fn schema_version_of(path: &Path) -> Result<i64> {
    schema_version(&open_copy(path)?, path)
}

/// A copy fit to restore, and its schema version: an SQLite file that
/// SQLite finds sound.
pub fn check_sound(path: &Path) -> Result<i64> {
    let conn = open_copy(path)?;
    let version = schema_version(&conn, path)?;
    let verdict: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .unwrap_or_default();
    if verdict != "ok" {
        return Err(unreadable(path));
    }
    Ok(version)
}

fn open_copy(path: &Path) -> Result<Connection> {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|_| unreadable(path))
}

fn schema_version(conn: &Connection, path: &Path) -> Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|_| unreadable(path))
}

fn unreadable(path: &Path) -> Error {
    Error::BackupUnreadable {
        path: path.to_path_buf(),
    }
}
