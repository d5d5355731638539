//! `entente report`: the matrix and roll-up, as Markdown for the record and
//! as JSON for scripts.

use std::io::Write;

use fluent_bundle::FluentArgs;
use serde_json::{json, Value};

use crate::error::Result;
use crate::i18n::Localizer;
use crate::model::{AgreementId, PartyId, ProvisionStatus};
use crate::service::report::{Cell, Report};
use crate::Entente;

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
        Format::Md => write!(out, "{}", report_markdown(&report, l))?,
    }
    Ok(())
}

fn party_name(report: &Report, id: PartyId) -> String {
    let working = &report.document.agreement.working_language;
    report
        .document
        .parties
        .iter()
        .find(|p| p.id == id)
        .and_then(|p| p.names.get(working).or_else(|| p.names.values().next()))
        .cloned()
        .unwrap_or_default()
}

fn label(report: &Report, l: &Localizer, provision: i64) -> String {
    report
        .rows
        .iter()
        .find(|r| r.provision.id == provision)
        .map(|r| l.provision_label(&r.provision))
        .unwrap_or_default()
}

fn stance(l: &Localizer, cell: &Option<Cell>) -> String {
    match cell {
        None => l.format("report-stance-none", None),
        Some(cell) => {
            let mut args = FluentArgs::new();
            args.set("stance", cell.stance.as_str());
            args.set("group", if cell.through_group { "yes" } else { "no" });
            l.format("report-stance", Some(&args))
        }
    }
}

fn report_json(report: &Report, l: &Localizer) -> Value {
    let agreement = &report.document.agreement;
    json!({
        "id": agreement.id,
        "title": agreement.title(),
        "symbol": agreement.symbol,
        "parties": report.parties.iter().map(|&id| json!({"id": id, "name": party_name(report, id)})).collect::<Vec<_>>(),
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

/// Markdown that other tools read as they should: one table cell per party,
/// pipes in names escaped.
fn report_markdown(report: &Report, l: &Localizer) -> String {
    let cell_text = |text: String| text.replace('|', "\\|");
    let agreement = &report.document.agreement;
    let roll_up = &report.roll_up;
    let mut md = String::new();
    let mut args = FluentArgs::new();
    args.set("title", agreement.title());
    md += &format!("# {}\n\n", l.format("report-heading", Some(&args)));
    if !agreement.symbol.is_empty() {
        md += &format!("{}\n\n", agreement.symbol);
    }
    md += &format!("## {}\n\n", l.format("report-where-heading", None));
    let mut args = FluentArgs::new();
    args.set("provisions", roll_up.provisions);
    args.set("percent", (roll_up.share_agreed * 100.0).round());
    for status in ProvisionStatus::ALL {
        args.set(
            status.as_str(),
            roll_up.by_status.get(status).copied().unwrap_or(0),
        );
    }
    md += &format!("- {}\n", l.format("report-progress", Some(&args)));
    for blocked in &roll_up.blocked {
        let mut args = FluentArgs::new();
        args.set("provision", label(report, l, blocked.provision_id));
        let names: Vec<String> = blocked
            .opposed_by
            .iter()
            .map(|&p| party_name(report, p))
            .collect();
        args.set("parties", names.join(", "));
        md += &format!("- {}\n", l.format("report-blocked", Some(&args)));
    }
    for near in &roll_up.closest_to_consensus {
        let mut args = FluentArgs::new();
        args.set("provision", label(report, l, near.provision_id));
        args.set("count", near.holding_out.len());
        md += &format!("- {}\n", l.format("report-near-consensus", Some(&args)));
    }
    for (party, count) in &roll_up.most_reservations {
        let mut args = FluentArgs::new();
        args.set("party", party_name(report, *party));
        args.set("count", *count);
        md += &format!("- {}\n", l.format("report-reservations", Some(&args)));
    }
    for pending in &roll_up.pending_clearances {
        let mut args = FluentArgs::new();
        args.set("provision", label(report, l, pending.provision_id));
        args.set("party", party_name(report, pending.party_id));
        md += &format!("- {}\n", l.format("report-pending-clearance", Some(&args)));
    }
    md += &format!("\n## {}\n\n", l.format("report-matrix-heading", None));
    let mut header = vec![
        l.format("report-column-provision", None),
        l.format("report-column-status", None),
    ];
    header.extend(report.parties.iter().map(|&p| party_name(report, p)));
    md += &format!(
        "| {} |\n",
        header
            .into_iter()
            .map(cell_text)
            .collect::<Vec<_>>()
            .join(" | ")
    );
    md += &format!("|{}\n", " --- |".repeat(report.parties.len() + 2));
    for row in &report.rows {
        let mut cells = vec![
            l.provision_label(&row.provision),
            l.format(&format!("status-{}", row.provision.status.as_str()), None),
        ];
        cells.extend(row.cells.iter().map(|c| stance(l, c)));
        md += &format!(
            "| {} |\n",
            cells
                .into_iter()
                .map(cell_text)
                .collect::<Vec<_>>()
                .join(" | ")
        );
    }
    md
}
