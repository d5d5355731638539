//! `entente list` and `entente show`: what is on this machine, as text for
//! people and as JSON for scripts.

use std::io::Write;

use entente_core::i18n::FluentArgs;
use serde_json::{json, Value};

use entente_core::error::Result;
use entente_core::i18n::Localizer;
use entente_core::model::{AgreementDocument, AgreementId, AgreementSummary, ProvisionNode};
use entente_core::Entente;

pub fn list(
    agreements: &[AgreementSummary],
    l: &Localizer,
    out: &mut impl Write,
    as_json: bool,
) -> Result<()> {
    if as_json {
        writeln!(out, "{}", serde_json::to_string_pretty(agreements)?)?;
        return Ok(());
    }
    if agreements.is_empty() {
        writeln!(out, "{}", l.format("cli-list-empty", None))?;
    }
    for agreement in agreements {
        let mut args = FluentArgs::new();
        args.set("id", agreement.id);
        args.set("title", agreement.title.as_str());
        args.set("languages", agreement.languages.join(", "));
        let line = if agreement.symbol.is_empty() {
            "cli-list-line"
        } else {
            args.set("symbol", agreement.symbol.as_str());
            "cli-list-line-with-symbol"
        };
        writeln!(out, "{}", l.format(line, Some(&args)))?;
    }
    Ok(())
}

pub fn show(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    id: AgreementId,
    as_json: bool,
) -> Result<()> {
    let document = entente.document(id)?;
    if as_json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&show_json(&document, l))?
        )?;
        return Ok(());
    }
    let agreement = &document.agreement;
    let counts = document.counts();
    let mut args = FluentArgs::new();
    args.set("id", agreement.id);
    args.set("title", agreement.title());
    args.set(
        "kind",
        l.format(&format!("agreement-kind-{}", agreement.kind.as_str()), None),
    );
    args.set("symbol", agreement.symbol.as_str());
    args.set("working", agreement.working_language.as_str());
    args.set(
        "languages",
        agreement
            .languages
            .iter()
            .map(|lang| match lang.authentic {
                true => format!("{}*", lang.code),
                false => lang.code.clone(),
            })
            .collect::<Vec<_>>()
            .join(", "),
    );
    args.set("recitals", counts.recitals);
    args.set("parts", counts.parts);
    args.set("chapters", counts.chapters);
    args.set("articles", counts.articles);
    args.set("paragraphs", counts.paragraphs);
    args.set("parties", counts.parties);
    args.set("observers", counts.observers);
    args.set("groups", counts.groups);
    writeln!(out, "{}", l.format("cli-show-summary", Some(&args)))?;
    for node in &document.provisions {
        let heading = heading(node, &agreement.working_language);
        let indent = "  ".repeat(node.depth as usize + 1);
        let label = l.provision_label(node);
        match heading {
            "" => writeln!(out, "{indent}{label}")?,
            heading => writeln!(out, "{indent}{label}: {heading}")?,
        }
    }
    Ok(())
}

fn heading<'a>(node: &'a ProvisionNode, language: &str) -> &'a str {
    node.texts
        .get(language)
        .map(|t| t.heading.trim())
        .unwrap_or_default()
}

/// The agreement for scripts: its facts, its parties, its structure as a
/// nested tree, and the counts.
fn show_json(document: &AgreementDocument, l: &Localizer) -> Value {
    let agreement = &document.agreement;
    let counts = document.counts();
    json!({
        "id": agreement.id,
        "title": agreement.title(),
        "titles": agreement.titles,
        "kind": agreement.kind,
        "symbol": agreement.symbol,
        "working_language": agreement.working_language,
        "languages": agreement.languages,
        "created_at": agreement.created_at,
        "updated_at": agreement.updated_at,
        "parties": document.parties,
        "structure": structure_json(&document.provisions, None, &agreement.working_language, l),
        "counts": {
            "recitals": counts.recitals,
            "parts": counts.parts,
            "chapters": counts.chapters,
            "articles": counts.articles,
            "paragraphs": counts.paragraphs,
            "subparagraphs": counts.subparagraphs,
            "annexes": counts.annexes,
            "parties": counts.parties,
            "observers": counts.observers,
            "groups": counts.groups,
            "languages": counts.languages,
        },
    })
}

fn structure_json(
    nodes: &[ProvisionNode],
    parent: Option<i64>,
    language: &str,
    l: &Localizer,
) -> Vec<Value> {
    nodes
        .iter()
        .filter(|node| node.parent_id == parent)
        .map(|node| {
            json!({
                "id": node.id,
                "kind": node.kind,
                "number": node.number.as_ref().map(|n| n.ordinal),
                "label": l.provision_label(node),
                "heading": heading(node, language),
                "missing_languages": node.missing_languages,
                "children": structure_json(nodes, Some(node.id), language, l),
            })
        })
        .collect()
}
