//! The service API: everything a user can do, as methods of [`Entente`]. The
//! desktop shell and the CLI are thin adapters over these methods; each method
//! that changes something runs as one transaction.

mod agreements;
pub mod compare;
mod document;
mod negotiation;
mod options;
mod parties;
mod private;
mod provisions;
pub mod report;
mod statements;
mod versions;

use std::path::Path;

use rusqlite::{OptionalExtension, Transaction};

use crate::error::Result;
use crate::model::Preferences;
use crate::store::Store;

pub struct Entente {
    store: Store,
}

impl Entente {
    /// Opens the database in `data_dir`, creating and migrating it as needed.
    pub fn open(data_dir: &Path) -> Result<Entente> {
        Ok(Entente {
            store: Store::open_in(data_dir)?,
        })
    }

    /// Opens the database in `data_dir` only if it is there: a script that
    /// names the wrong folder learns so instead of reading a new empty one.
    pub fn open_existing(data_dir: &Path) -> Result<Entente> {
        let path = data_dir.join(crate::store::DATABASE_FILE);
        if !path.is_file() {
            return Err(crate::Error::NoDatabase {
                path: data_dir.to_path_buf(),
            });
        }
        Ok(Entente {
            store: Store::open(&path)?,
        })
    }

    pub fn database_path(&self) -> &Path {
        self.store.path()
    }

    pub fn preferences(&self) -> Result<Preferences> {
        self.store.read(|tx| {
            Ok(Preferences {
                delegation: preference(tx, "delegation")?.unwrap_or_default(),
            })
        })
    }

    pub fn set_preferences(&self, preferences: &Preferences) -> Result<Preferences> {
        let delegation = preferences.delegation.trim();
        self.store.write(|tx| {
            tx.execute(
                "INSERT INTO preference (key, value) VALUES ('delegation', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [delegation],
            )?;
            Ok(())
        })?;
        self.preferences()
    }
}

fn preference(tx: &Transaction, key: &str) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            "SELECT value FROM preference WHERE key = ?1",
            [key],
            |row| row.get(0),
        )
        .optional()?)
}

/// The delegation that history records as the author of a change made here.
fn author(tx: &Transaction) -> Result<String> {
    Ok(preference(tx, "delegation")?.unwrap_or_default())
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Trims a required text field, refusing it when nothing is left.
fn required(field: &'static str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        Err(crate::error::Error::EmptyField { field })
    } else {
        Ok(value.to_string())
    }
}
