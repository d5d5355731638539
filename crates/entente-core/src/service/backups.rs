//! Backups of the database: made by hand or once a day while the app is
//! open, listed, and put back in place of the database.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use super::Entente;
use crate::error::{Error, Result};
use crate::store::backups::{self, Backup, BackupReason};

impl Entente {
    /// Copies the database into its backups folder now.
    pub fn back_up(&self) -> Result<Backup> {
        self.store.back_up(BackupReason::Manual)
    }

    /// The backups of this database, newest first.
    pub fn backups(&self) -> Result<Vec<Backup>> {
        backups::list(&self.backups_dir())
    }

    /// The folder the backups are kept in, beside the database.
    pub fn backups_dir(&self) -> PathBuf {
        backups::folder_of(self.store.path())
    }

    /// The day's copy, made when the newest daily one is a day old or
    /// there is none, and the database holds an agreement to lose (the app
    /// asks when it starts and every hour while it is open).
    pub fn back_up_if_due(&self, now: DateTime<Utc>) -> Result<Option<Backup>> {
        let newest = self
            .backups()?
            .into_iter()
            .find(|b| b.reason == BackupReason::Daily);
        let due = newest.is_none_or(|b| {
            DateTime::parse_from_rfc3339(&b.taken_at).map_or(true, |taken| {
                now - taken.to_utc() >= chrono::TimeDelta::days(1)
            })
        });
        if !due || self.list_agreements()?.is_empty() {
            return Ok(None);
        }
        self.store.back_up(BackupReason::Daily).map(Some)
    }

    /// Puts a backup in place of the database: `which` is the name of one
    /// in the backups folder, or the path of a copy (from a USB key, say).
    /// The database as it was is backed up first; that copy is returned.
    pub fn restore_backup(&self, which: &str) -> Result<Backup> {
        let listed = self.backups()?.into_iter().find(|b| b.name == which);
        let path = match listed {
            Some(backup) => self.backups_dir().join(backup.name),
            None if std::path::Path::new(which).is_file() => PathBuf::from(which),
            None => {
                return Err(Error::BackupNotFound {
                    name: which.to_string(),
                })
            }
        };
        self.store.restore(&path)
    }
}
