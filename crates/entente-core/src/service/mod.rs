//! The service API: everything a user can do, as methods of [`Entente`]. The
//! desktop shell and the CLI are thin adapters over these methods; each method
//! that changes something runs as one transaction.

mod agreements;
mod backups;
mod bundle;
pub mod compare;
mod document;
mod export;
mod import;
mod negotiation;
mod options;
mod packets;
mod parties;
mod private;
mod provisions;
mod revision;
mod search;
pub use crate::store::backups::{Backup, BackupReason};
pub use import::{
    AgreementProvision, Alignment, ImportPreview, ImportRequest, ImportedText, Pair,
    PreviewHeading, TextProvision,
};
pub use packets::{MergeConflict, MergeReport};
pub use revision::RevisionReport;
mod report;
mod statements;
mod templates;
mod versions;

use std::path::{Path, PathBuf};

use rusqlite::Transaction;

use crate::error::Result;
use crate::i18n::{self, LocaleSet};
use crate::model::{FolderPurpose, InvalidValue, Preferences};
use crate::store::{preferences, Store};

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
                delegation: preferences::get(tx, "delegation")?.unwrap_or_default(),
                interface_language: preferences::get(tx, "interface-language")?.unwrap_or_default(),
            })
        })
    }

    pub fn set_preferences(&self, preferences: &Preferences) -> Result<Preferences> {
        let language = preferences.interface_language.as_str();
        let known = i18n::INTERFACE_LANGUAGES
            .into_iter()
            .chain(i18n::PSEUDO_LANGUAGES)
            .any(|l| l == language);
        if !language.is_empty() && !known {
            return Err(crate::Error::InvalidValue(InvalidValue {
                field: "interface-language",
                value: language.to_string(),
            }));
        }
        self.store.write(|tx| {
            preferences::set(tx, "delegation", preferences.delegation.trim())?;
            preferences::set(tx, "interface-language", language)
        })?;
        self.preferences()
    }

    /// The folder a file dialog for `purpose` opens in: the last one chosen
    /// for it on this machine, while it is still there (a USB key taken
    /// out is not).
    pub fn last_folder(&self, purpose: FolderPurpose) -> Result<Option<PathBuf>> {
        let folder = self
            .store
            .read(|tx| preferences::get(tx, &folder_key(purpose)))?
            .map(PathBuf::from);
        Ok(folder.filter(|folder| folder.is_dir()))
    }

    /// Remembers `folder` as the last one chosen for `purpose`.
    pub fn remember_folder(&self, purpose: FolderPurpose, folder: &Path) -> Result<()> {
        let folder = folder.to_string_lossy();
        self.store
            .write(|tx| preferences::set(tx, &folder_key(purpose), &folder))
    }

    /// Where a translator puts locale files that override the bundled ones:
    /// `locales/<language>/*.ftl` in the data directory.
    pub fn translations_dir(&self) -> PathBuf {
        self.store
            .path()
            .parent()
            .map_or_else(|| PathBuf::from("locales"), |dir| dir.join("locales"))
    }

    /// The interface language chosen in the preferences (else the
    /// environment's), with the translator's files over the bundled ones.
    pub fn interface_locale(&self) -> Result<LocaleSet> {
        let chosen = self.preferences()?.interface_language;
        let language = match chosen.as_str() {
            "" => i18n::language_from_environment(),
            chosen => chosen,
        };
        Ok(LocaleSet::load(language, Some(&self.translations_dir())))
    }

    /// How far each interface language is translated (its messages and the
    /// clause templates), and what is wrong with the translator's own files.
    pub fn translation_status(&self) -> Vec<i18n::TranslationStatus> {
        let library = self.template_library();
        let mut status = i18n::translation_status(&self.translations_dir());
        for language in &mut status {
            for template in &library.templates {
                let manifest = &template.manifest;
                if !template.texts.contains_key(&language.language) {
                    language.templates_missing.push(manifest.id.clone());
                } else if template.is_stale(&language.language) {
                    language.templates_stale.push(manifest.id.clone());
                }
            }
        }
        status
    }
}

fn folder_key(purpose: FolderPurpose) -> String {
    format!("last-folder-{}", purpose.as_str())
}

/// The delegation that history records as the author of a change made here.
fn author(tx: &Transaction) -> Result<String> {
    Ok(preferences::get(tx, "delegation")?.unwrap_or_default())
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
