//! `entente search`: where an agreement holds some words, cited as a reader
//! of treaties cites them, with the words marked.

use std::collections::HashMap;
use std::io::Write;

use clap::Args;
use entente_core::error::Result;
use entente_core::i18n::{FluentArgs, Localizer};
use entente_core::model::{AgreementDocument, AgreementId, SearchHit, SearchSource};
use entente_core::Entente;

#[derive(Args)]
pub struct SearchArgs {
    id: AgreementId,
    #[arg(required = true, num_args = 1..)]
    words: Vec<String>,
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
    #[arg(long)]
    json: bool,
}

pub fn search(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    args: SearchArgs,
) -> Result<()> {
    let words = args.words.join(" ");
    let results = entente.search(args.id, &words, args.lang.as_deref())?;
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&results)?)?;
        return Ok(());
    }
    let document = entente.document(args.id)?;
    let mut summary = FluentArgs::new();
    summary.set("total", results.total);
    summary.set("words", words.as_str());
    writeln!(out, "{}", l.format("cli-search-summary", Some(&summary)))?;
    for hit in &results.hits {
        writeln!(out, "{}", place(&document, l, hit))?;
        let snippet: String = hit
            .snippet
            .iter()
            .map(|part| match part.hit {
                true => format!("**{}**", part.text),
                false => part.text.clone(),
            })
            .collect();
        writeln!(out, "    {snippet}")?;
    }
    if results.hits.len() < results.total {
        let mut shown = FluentArgs::new();
        shown.set("shown", results.hits.len());
        writeln!(out, "{}", l.format("cli-search-shown", Some(&shown)))?;
    }
    Ok(())
}

/// "Article 12, paragraph 3, French": the provision with those it stands
/// in, and where in it the words are.
fn place(document: &AgreementDocument, l: &Localizer, hit: &SearchHit) -> String {
    let nodes: HashMap<_, _> = document.provisions.iter().map(|n| (n.id, n)).collect();
    let citation: Vec<String> = hit
        .citation
        .iter()
        .filter_map(|id| nodes.get(id))
        .map(|node| l.provision_label(node))
        .collect();
    let mut args = FluentArgs::new();
    args.set(
        "citation",
        citation.join(&l.format("citation-separator", None)),
    );
    if let Some(code) = &hit.language {
        args.set("language", l.format(&format!("language-{code}"), None));
    }
    let message = match hit.source {
        SearchSource::Text => "cli-search-in-text",
        SearchSource::Option => {
            args.set("number", hit.option_number.unwrap_or_default());
            "cli-search-in-option"
        }
        SearchSource::Statement => {
            let party = document
                .parties
                .iter()
                .find(|p| Some(p.id) == hit.party_id)
                .and_then(|p| p.names.values().next().cloned())
                .unwrap_or_default();
            args.set("party", party);
            "cli-search-in-statement"
        }
        SearchSource::Note => "cli-search-in-note",
    };
    l.format(message, Some(&args))
}
