//! `entente import` (also `import-md`): an existing agreement text made
//! into an agreement, attached to one as another language, or read into one
//! as a new revision; `--preview` says what the text holds and makes
//! nothing.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use entente_core::error::{Error, Result, Unit};
use entente_core::exchange::WordFacts;
use entente_core::i18n::{FluentArgs, Localizer};
use entente_core::model::{AgreementId, Numbering, ProvisionId, ProvisionKind};
use entente_core::service::{Alignment, ImportPreview, ImportRequest, Pair};
use entente_core::Entente;

#[derive(Args)]
pub struct ImportArgs {
    file: PathBuf,
    #[arg(long)]
    lang: String,
    #[arg(long, conflicts_with = "into")]
    title: Option<String>,
    #[arg(long, value_name = "ID")]
    into: Option<AgreementId>,
    #[arg(long, value_name = "NAME", requires = "into")]
    revision: Option<String>,
    #[arg(long)]
    keep_unplaced: bool,
    #[arg(long)]
    preview: bool,
    #[arg(long)]
    accept_changes: bool,
    #[arg(long, value_name = "LINE:ID", requires = "into", value_parser = pair)]
    pair: Vec<Pair>,
}

fn pair(text: &str) -> std::result::Result<Pair, String> {
    let (line, id) = text.split_once(':').ok_or_else(|| text.to_string())?;
    Ok(Pair {
        line: line.trim().parse().map_err(|_| text.to_string())?,
        provision_id: id.trim().parse().map_err(|_| text.to_string())?,
    })
}

/// The agreement's id alone on stdout (a revision's report, or how the
/// text met the agreement, when there is one); each line kept or refused on
/// stderr, with its number.
pub fn import(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    args: ImportArgs,
) -> Result<()> {
    let request = ImportRequest {
        path: args.file.clone(),
        language: args.lang,
        title: args.title,
        into: args.into,
        revision: args.revision.clone(),
        keep_unplaced: args.keep_unplaced,
        accept_changes: args.accept_changes,
        pairs: args.pair,
    };
    if args.preview {
        return preview(l, out, &entente.preview_import(&request)?);
    }
    let imported = match entente.import(&request) {
        Err(Error::NotPlaced { path, lines, unit }) => {
            for (number, words) in &lines {
                let said = one("words", words.clone());
                eprintln!(
                    "{}: {}",
                    place(l, &args.file, unit, *number),
                    l.format("cli-import-unplaced", Some(&said))
                );
            }
            return Err(Error::NotPlaced { path, lines, unit });
        }
        other => other?,
    };
    let unit = Unit::of_word(imported.word.as_ref());
    for (number, words) in &imported.kept {
        let said = one("words", words.clone());
        eprintln!(
            "{}: {}",
            place(l, &args.file, unit, *number),
            l.format("cli-import-kept", Some(&said))
        );
    }
    for fact in imported.word.map(|w| word_facts(l, w)).unwrap_or_default() {
        eprintln!("{fact}");
    }
    match (&imported.revision, &args.revision, &imported.alignment) {
        (Some(report), Some(name), _) => {
            let mut summary = FluentArgs::new();
            summary.set("name", name.clone());
            summary.set("amended", report.amended.len());
            summary.set("added", report.added.len());
            summary.set("moved", report.moved.len());
            writeln!(out, "{}", l.format("cli-revision-imported", Some(&summary)))?;
            let document = entente.document(imported.agreement_id)?;
            for provision in &report.unmatched {
                let node = document.provisions.iter().find(|n| n.id == *provision);
                let mut line = FluentArgs::new();
                line.set(
                    "label",
                    node.map(|n| l.provision_label(n)).unwrap_or_default(),
                );
                line.set("id", *provision);
                writeln!(out, "  {}", l.format("cli-revision-unmatched", Some(&line)))?;
            }
        }
        (_, _, Some(alignment))
            if !alignment.text_only.is_empty() || !alignment.agreement_only.is_empty() =>
        {
            writeln!(out, "{}", imported.agreement_id)?;
            report_alignment(l, out, alignment, unit)?;
        }
        _ => writeln!(out, "{}", imported.agreement_id)?,
    }
    Ok(())
}

/// Where in the file: `file:line` for a text, as editors read it; the
/// paragraph of a Word document, in words.
fn place(l: &Localizer, file: &Path, unit: Unit, number: usize) -> String {
    match unit {
        Unit::Line => format!("{}:{number}", file.display()),
        Unit::Paragraph => {
            let mut args = FluentArgs::new();
            args.set("number", number);
            let paragraph = l.format("cli-import-paragraph", Some(&args));
            format!("{}, {paragraph}", file.display())
        }
    }
}

/// What reading a Word document left out and took in, a line each.
fn word_facts(l: &Localizer, word: WordFacts) -> Vec<String> {
    [
        ("cli-import-word-comments", word.comments),
        ("cli-import-word-changes", word.changes),
    ]
    .into_iter()
    .filter(|(_, count)| *count > 0)
    .map(|(id, count)| {
        let mut args = FluentArgs::new();
        args.set("count", count);
        l.format(id, Some(&args))
    })
    .collect()
}

/// What the text holds: its details, its provisions by kind, its first
/// headings, the lines that fit nowhere, and how it meets an agreement.
fn preview(l: &Localizer, out: &mut impl Write, preview: &ImportPreview) -> Result<()> {
    let unit = Unit::of_word(preview.word.as_ref());
    for fact in preview.word.map(|w| word_facts(l, w)).unwrap_or_default() {
        writeln!(out, "{fact}")?;
    }
    let details = [
        ("cli-import-preview-title", preview.title.clone()),
        ("cli-import-preview-symbol", preview.symbol.clone()),
        (
            "cli-import-preview-kind",
            preview
                .kind
                .map(|k| l.format(&format!("agreement-kind-{}", k.as_str()), None)),
        ),
        (
            "cli-import-preview-front-matter",
            Some(preview.framing.front_matter.replace('\n', " · ")),
        ),
        (
            "cli-import-preview-opening",
            Some(preview.framing.preamble_opening.clone()),
        ),
        (
            "cli-import-preview-closing-line",
            Some(preview.framing.preamble_closing.clone()),
        ),
        (
            "cli-import-preview-closing",
            Some(preview.framing.closing.replace('\n', " ")),
        ),
    ];
    for (id, value) in details {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            writeln!(out, "{}", l.format(id, Some(&one("words", value))))?;
        }
    }
    for (kind, count) in &preview.counts {
        let mut args = one(
            "kind",
            l.format(&format!("provision-kind-{}", kind.as_str()), None),
        );
        args.set("count", *count);
        writeln!(out, "{}", l.format("cli-import-preview-count", Some(&args)))?;
    }
    for heading in &preview.headings {
        let mut args = one("label", l.label(heading.kind, heading.number.as_ref()));
        args.set("line", heading.line);
        args.set("unit", unit.as_str());
        args.set("heading", heading.heading.clone());
        writeln!(
            out,
            "  {}",
            l.format("cli-import-preview-heading", Some(&args))
        )?;
    }
    for (line, words) in &preview.unplaced {
        let mut args = one("words", words.clone());
        args.set("line", *line);
        args.set("unit", unit.as_str());
        writeln!(
            out,
            "{}",
            l.format("cli-import-preview-unplaced", Some(&args))
        )?;
    }
    if let Some(alignment) = &preview.alignment {
        report_alignment(l, out, alignment, unit)?;
    }
    Ok(())
}

/// How many provisions met, and each that did not, side by side.
fn report_alignment(
    l: &Localizer,
    out: &mut impl Write,
    alignment: &Alignment,
    unit: Unit,
) -> Result<()> {
    let mut matched = FluentArgs::new();
    matched.set("count", alignment.matched);
    writeln!(out, "{}", l.format("cli-import-matched", Some(&matched)))?;
    let label = |kind: ProvisionKind, number: Option<Numbering>| l.label(kind, number.as_ref());
    for text in &alignment.text_only {
        let mut args = one("label", label(text.kind, text.number.clone()));
        args.set("line", text.line);
        args.set("unit", unit.as_str());
        args.set("words", text.words.clone());
        writeln!(out, "  {}", l.format("cli-import-text-only", Some(&args)))?;
    }
    for provision in &alignment.agreement_only {
        let mut args = one("label", label(provision.kind, provision.number.clone()));
        args.set("id", provision.id as ProvisionId);
        args.set("words", provision.words.clone());
        writeln!(
            out,
            "  {}",
            l.format("cli-import-agreement-only", Some(&args))
        )?;
    }
    Ok(())
}

fn one(name: &'static str, value: String) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set(name, value);
    args
}
