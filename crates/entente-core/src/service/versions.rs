//! Named versions of the whole text (Rev.1, Rev.2 …), frozen when saved and
//! opened read-only later.

use rusqlite::Transaction;

use super::agreements::{load_agreement, touch};
use super::document::load_document;
use super::{author, now, required, Entente};
use crate::error::{Error, Result};
use crate::model::{AgreementDocument, AgreementId, VersionDocument, VersionId, VersionSummary};
use crate::store::versions as table;

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
            table::of_agreement(tx, agreement_id)
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
    let id = table::insert(tx, agreement_id, &name, &now(), &author(tx)?, &snapshot)?;
    touch(tx, agreement_id)?;
    Ok(id)
}

pub(super) fn load_version(tx: &Transaction, id: VersionId) -> Result<VersionDocument> {
    let (version, snapshot) = table::load(tx, id)?.ok_or(Error::NotFound {
        what: "version",
        id,
    })?;
    // Cited afresh: a version saved before citations were kept has none.
    let mut document: AgreementDocument = serde_json::from_str(&snapshot)?;
    document.cite_provisions();
    Ok(VersionDocument { version, document })
}
