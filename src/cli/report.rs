//! `entente report`: the matrix and roll-up, as Markdown for the record and
//! as JSON for scripts.

use std::io::Write;

use serde_json::{json, Value};

use entente_core::error::Result;
use entente_core::export::report::party_name;
use entente_core::i18n::Localizer;
use entente_core::model::report::Report;
use entente_core::model::AgreementId;
use entente_core::Entente;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Md,
    Json,
}

pub fn report(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    id: AgreementId,
    format: Format,
) -> Result<()> {
    let report = entente.report(id)?;
    match format {
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&report_json(&report, l))?
        )?,
        Format::Md => write!(
            out,
            "{}",
            entente_core::export::report::markdown(&report, l.language()).1
        )?,
    }
    Ok(())
}

fn report_json(report: &Report, l: &Localizer) -> Value {
    let agreement = &report.document.agreement;
    json!({
        "id": agreement.id,
        "title": agreement.title(),
        "symbol": agreement.symbol,
        "parties": report.parties.iter().map(|&id| json!({"id": id, "name": party_name(report, id, &report.document.agreement.working_language)})).collect::<Vec<_>>(),
        "rows": report.rows.iter().map(|row| json!({
            "id": row.provision.id,
            "kind": row.provision.kind,
            "label": l.provision_label(&row.provision),
            "status": row.provision.status,
            "cells": row.cells,
        })).collect::<Vec<_>>(),
        "roll_up": report.roll_up,
    })
}
