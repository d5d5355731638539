//! `entente bundle …` and `entente packet …`: agreements and positions
//! carried between machines as files.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;
use entente_core::i18n::FluentArgs;

use entente_core::error::Result;
use entente_core::i18n::Localizer;
use entente_core::model::{AgreementId, PartyId, Position, ProvisionId};
use entente_core::service::MergeReport;
use entente_core::Entente;

#[derive(Subcommand)]
pub enum BundleAction {
    Export {
        id: AgreementId,
        #[arg(long)]
        out: PathBuf,
    },
    Import {
        file: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum PacketAction {
    Export {
        id: AgreementId,
        #[arg(long)]
        party: PartyId,
        #[arg(long)]
        out: PathBuf,
    },
    Import {
        file: PathBuf,
        #[arg(long = "take-theirs", value_delimiter = ',', value_name = "IDS")]
        take_theirs: Vec<ProvisionId>,
        #[arg(long)]
        json: bool,
    },
}

/// `bundle export` prints the file and its size; `bundle import` the new
/// agreement's id alone, for scripts.
pub fn bundle(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    action: BundleAction,
) -> Result<()> {
    match action {
        BundleAction::Export { id, out: path } => {
            let bytes = entente.export_bundle(id, &path)?;
            let mut args = FluentArgs::new();
            args.set("path", path.display().to_string());
            args.set("bytes", bytes);
            writeln!(out, "{}", l.format("cli-bundle-written", Some(&args)))?;
        }
        BundleAction::Import { file } => writeln!(out, "{}", entente.import_bundle(&file)?)?,
    }
    Ok(())
}

/// `packet import` prints the merge report: what was applied, what was
/// already known, and each conflict with the two positions side by side.
pub fn packet(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    action: PacketAction,
) -> Result<()> {
    match action {
        PacketAction::Export {
            id,
            party,
            out: path,
        } => {
            let count = entente.export_packet(id, party, &path)?;
            let mut args = FluentArgs::new();
            args.set("path", path.display().to_string());
            args.set("count", count);
            writeln!(out, "{}", l.format("cli-packet-written", Some(&args)))?;
        }
        PacketAction::Import {
            file,
            take_theirs,
            json,
        } => {
            let report = entente.import_packet(&file, &take_theirs)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
            } else {
                print_report(entente, l, out, &report)?;
            }
        }
    }
    Ok(())
}

fn print_report(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    report: &MergeReport,
) -> Result<()> {
    let document = entente.document(report.agreement_id)?;
    let label = |id: ProvisionId| {
        document
            .provisions
            .iter()
            .chain(&document.deleted)
            .find(|node| node.id == id)
            .map(|node| l.provision_label(node))
            .unwrap_or_default()
    };
    let party = document
        .parties
        .iter()
        .find(|p| p.id == report.party_id)
        .map_or("", |p| p.name_in(&document.agreement.working_language))
        .to_string();
    let mut args = FluentArgs::new();
    args.set("party", party);
    args.set("applied", report.applied.len());
    args.set("unchanged", report.unchanged.len());
    args.set("conflicts", report.conflicts.len());
    writeln!(out, "{}", l.format("cli-packet-merged", Some(&args)))?;
    for &id in &report.applied {
        let mut args = FluentArgs::new();
        args.set("label", label(id));
        writeln!(out, "  {}", l.format("cli-packet-applied", Some(&args)))?;
    }
    let position = |p: &Position| {
        let mut stance = FluentArgs::new();
        stance.set("stance", p.stance.as_str());
        let mut args = FluentArgs::new();
        args.set("stance", l.format("report-stance", Some(&stance)));
        args.set("noted", if p.note.is_empty() { "no" } else { "yes" });
        args.set("note", p.note.clone());
        args.set("at", p.recorded_at.clone());
        args.set("by", p.recorded_by.clone());
        l.format("cli-packet-position", Some(&args))
    };
    for conflict in &report.conflicts {
        let mut args = FluentArgs::new();
        args.set("label", label(conflict.provision_id));
        args.set("id", conflict.provision_id);
        args.set("ours", position(&conflict.ours));
        args.set("theirs", position(&conflict.theirs));
        writeln!(out, "  {}", l.format("cli-packet-conflict", Some(&args)))?;
    }
    Ok(())
}
