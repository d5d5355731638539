//! Exports: read the text (and the amendments the parties proposed) in one
//! transaction, render every file in memory, then write them all at once.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::document::load_document;
use super::Entente;
use crate::error::{Error, Result};
use crate::exchange;
use crate::export::{self, ExportData, ExportRequest, Manifest, ReadinessProblem, Rendering};
use crate::model::AgreementId;
use crate::model::InvalidValue;
use crate::store::positions;

impl Entente {
    /// Where the app writes an agreement's exports unless told otherwise:
    /// `exports/<symbol>` in the data directory.
    pub fn default_export_dir(&self, agreement_id: AgreementId) -> Result<PathBuf> {
        let agreement = self.agreement(agreement_id)?;
        let data_dir = self.database_path().parent().unwrap_or(Path::new("."));
        Ok(data_dir
            .join("exports")
            .join(export::file_stem(agreement.id, &agreement.symbol)))
    }

    /// What keeps the clean text from being final; empty when it is.
    pub fn export_readiness(&self, agreement_id: AgreementId) -> Result<Vec<ReadinessProblem>> {
        Ok(export::readiness(&self.document(agreement_id)?))
    }

    /// Writes the chosen renderings, languages and formats of an agreement
    /// into `out` (created if need be), with `manifest.json`. A clean text
    /// that is not final is refused, unless the request asks for a draft.
    /// Nothing is written unless everything could be.
    pub fn export(
        &self,
        agreement_id: AgreementId,
        request: &ExportRequest,
        out: &Path,
    ) -> Result<Manifest> {
        let mut data = self.store.read(|tx| {
            let document = load_document(tx, agreement_id)?;
            let amendments = positions::current_amendments(tx, agreement_id)?;
            Ok(ExportData {
                document,
                amendments,
                report: None,
            })
        })?;
        if request.renderings.contains(&Rendering::Report) {
            data.report = Some(self.report(agreement_id)?);
        }
        let agreement = &data.document.agreement;
        for language in &request.languages {
            if !agreement.languages.iter().any(|l| &l.code == language) {
                return Err(Error::LanguageNotInAgreement {
                    code: language.clone(),
                });
            }
        }
        if request.renderings.contains(&Rendering::Clean) && !request.draft {
            let problems = export::readiness(&data.document);
            if !problems.is_empty() {
                return Err(Error::NotFinal { problems });
            }
        }
        if let Some(day) = &request.date {
            if chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_err() {
                return Err(Error::InvalidValue(InvalidValue {
                    field: "date",
                    value: day.clone(),
                }));
            }
        }
        let (files, manifest) = export::render(&data, request);
        let mut manifest_json = serde_json::to_string_pretty(&manifest)?;
        manifest_json.push('\n');
        write_all(
            out,
            files
                .iter()
                .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
                .chain([("manifest.json", manifest_json.as_bytes())]),
        )?;
        Ok(manifest)
    }
}

/// Writes every file into a staging folder inside `out`, then moves each
/// into place: an error before the moves leaves `out` as it was. Each file
/// is on the medium before it takes its name, so a power cut or a USB key
/// pulled out never leaves an empty or half file under a final name.
fn write_all<'a>(out: &Path, files: impl Iterator<Item = (&'a str, &'a [u8])>) -> Result<()> {
    std::fs::create_dir_all(out)?;
    let staging = out.join(format!(".entente-export-{}", std::process::id()));
    let written = (|| -> std::io::Result<Vec<&'a str>> {
        std::fs::create_dir_all(&staging)?;
        let mut names = Vec::new();
        for (name, bytes) in files {
            let mut file = std::fs::File::create(staging.join(name))?;
            file.write_all(bytes)?;
            file.sync_all()?;
            names.push(name);
        }
        Ok(names)
    })();
    let moved = written.and_then(|names| {
        names
            .iter()
            .try_for_each(|name| std::fs::rename(staging.join(name), out.join(name)))?;
        exchange::sync_folder(out)
    });
    let _ = std::fs::remove_dir_all(&staging);
    Ok(moved?)
}
