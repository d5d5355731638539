//! The negotiation report as a document: where the text stands (the
//! roll-up) and every party's position on every provision (the matrix, as a
//! pipe table). The same for the secretariat's records (`entente report`)
//! and for an export, in the language asked for.

use entente_i18n::{FluentArgs, Localizer};
use entente_model::report::{Cell, Report};
use entente_model::{PartyId, ProvisionStatus};

use super::markdown::escape;

/// A party's name in `language`, else in the working language.
pub fn party_name(report: &Report, id: PartyId, language: &str) -> String {
    let working = &report.document.agreement.working_language;
    report
        .document
        .parties
        .iter()
        .find(|p| p.id == id)
        .and_then(|p| {
            p.names
                .get(language)
                .or_else(|| p.names.get(working))
                .or_else(|| p.names.values().next())
        })
        .cloned()
        .unwrap_or_default()
}

/// A provision named out of its place, as treaties cite it: "Article 2,
/// Paragraph 1".
fn label(report: &Report, l: &Localizer, provision: i64) -> String {
    let node = |id| report.document.provisions.iter().find(|n| n.id == id);
    let Some(cited) = node(provision) else {
        return String::new();
    };
    cited
        .citation
        .iter()
        .filter_map(|&id| node(id))
        .map(|n| l.provision_label(n))
        .collect::<Vec<_>>()
        .join(&l.format("citation-separator", None))
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

/// The report's title and its Markdown, in `language`. Names and titles
/// typed by users are escaped like all user text.
pub fn markdown(report: &Report, language: &str) -> (String, String) {
    let l = &Localizer::bundled(language, false);
    // escape() writes | as \|: no name spills into the next table cell.
    let name = |id: PartyId| escape(&party_name(report, id, language));
    let agreement = &report.document.agreement;
    let title_words = agreement
        .titles
        .get(language)
        .map_or(agreement.title(), String::as_str);
    let roll_up = &report.roll_up;
    let mut md = String::new();
    let mut args = FluentArgs::new();
    args.set("title", title_words);
    let title = l.format("report-heading", Some(&args));
    md += &format!("# {}\n\n", escape(&title));
    if !agreement.symbol.is_empty() {
        md += &format!("{}\n\n", escape(&agreement.symbol));
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
        let names: Vec<String> = blocked.opposed_by.iter().map(|&p| name(p)).collect();
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
        args.set("party", name(*party));
        args.set("count", *count);
        md += &format!("- {}\n", l.format("report-reservations", Some(&args)));
    }
    for pending in &roll_up.pending_clearances {
        let mut args = FluentArgs::new();
        args.set("provision", label(report, l, pending.provision_id));
        args.set("party", name(pending.party_id));
        md += &format!("- {}\n", l.format("report-pending-clearance", Some(&args)));
    }
    md += &format!("\n## {}\n\n", l.format("report-matrix-heading", None));
    let mut header = vec![
        l.format("report-column-provision", None),
        l.format("report-column-status", None),
    ];
    header.extend(report.parties.iter().map(|&p| name(p)));
    md += &format!("| {} |\n", header.join(" | "));
    md += &format!("|{}\n", " --- |".repeat(report.parties.len() + 2));
    for row in &report.rows {
        let mut cells = vec![
            l.provision_label(&row.provision),
            l.format(&format!("status-{}", row.provision.status.as_str()), None),
        ];
        cells.extend(row.cells.iter().map(|c| stance(l, c)));
        md += &format!("| {} |\n", cells.join(" | "));
    }
    (title, md)
}
