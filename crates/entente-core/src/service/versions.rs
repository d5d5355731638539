//! Named versions of the whole text (Rev.1, Rev.2 …), frozen when saved and
//! opened read-only later.

use rusqlite::{params, OptionalExtension, Transaction};

use super::agreements::{load_agreement, touch};
use super::document::load_document;
use super::{author, now, required, Entente};
use crate::error::{Error, Result};
use crate::model::{AgreementId, VersionDocument, VersionId, VersionSummary};

impl Entente {
    /// Freezes the current text under `name` (e.g. "Rev.1").
    pub fn save_version(&self, agreement_id: AgreementId, name: &str) -> Result<VersionSummary> {
        let id = self
            .store
            .write(|tx| write_version(tx, agreement_id, name))?;
        Ok(self.version(id)?.version)
    }

    /// The named versions of an agreement, oldest first.
    pub fn versions(&self, agreement_id: AgreementId) -> Result<Vec<VersionSummary>> {
        self.store.read(|tx| {
            load_agreement(tx, agreement_id)?;
            let versions = tx
                .prepare(
                    "SELECT id, name, created_at, author FROM version
                     WHERE agreement_id = ?1 ORDER BY id",
                )?
                .query_map([agreement_id], version_summary)?
                .collect::<rusqlite::Result<_>>()?;
            Ok(versions)
        })
    }

    /// An earlier version of the whole text, exactly as it was saved.
    pub fn version(&self, version_id: VersionId) -> Result<VersionDocument> {
        self.store.read(|tx| load_version(tx, version_id))
    }
}

/// Freezes the text as it stands in the transaction under `name`.
pub(super) fn write_version(
    tx: &Transaction,
    agreement_id: AgreementId,
    name: &str,
) -> Result<VersionId> {
    let name = required("version-name", name)?;
    let snapshot = serde_json::to_string(&load_document(tx, agreement_id)?)?;
    tx.execute(
        "INSERT INTO version (agreement_id, name, created_at, author, snapshot)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![agreement_id, name, now(), author(tx)?, snapshot],
    )?;
    let id = tx.last_insert_rowid();
    touch(tx, agreement_id)?;
    Ok(id)
}

fn version_summary(row: &rusqlite::Row) -> rusqlite::Result<VersionSummary> {
    Ok(VersionSummary {
        id: row.get(0)?,
        name: row.get(1)?,
        created_at: row.get(2)?,
        author: row.get(3)?,
    })
}

pub(super) fn load_version(tx: &Transaction, id: VersionId) -> Result<VersionDocument> {
    let (version, snapshot) = tx
        .query_row(
            "SELECT id, name, created_at, author, snapshot FROM version WHERE id = ?1",
            [id],
            |row| Ok((version_summary(row)?, row.get::<_, String>(4)?)),
        )
        .optional()?
        .ok_or(Error::NotFound {
            what: "version",
            id,
        })?;
    Ok(VersionDocument {
        version,
        document: serde_json::from_str(&snapshot)?,
    })
}
