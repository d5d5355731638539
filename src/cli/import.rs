//! `entente import-md`: an existing agreement text made into an agreement,
//! attached to one as another language, or read into one as a new revision.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use fluent_bundle::FluentArgs;

use crate::error::Result;
use crate::i18n::Localizer;
use crate::model::AgreementId;
use crate::Entente;

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
}

/// The agreement's id alone on stdout (a revision's report, for a revision);
/// each line that could not be placed on stderr, with its number.
pub fn import_md(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    args: ImportArgs,
) -> Result<()> {
    let source = crate::exchange::read_text(&args.file)?;
    let unplaced = match (args.into, &args.revision) {
        (None, _) => {
            let (id, read) = entente.import_markdown(&source, &args.lang, args.title.as_deref())?;
            writeln!(out, "{id}")?;
            read.unplaced
        }
        (Some(id), None) => {
            let read = entente.import_markdown_language(id, &source, &args.lang)?;
            writeln!(out, "{id}")?;
            read.unplaced
        }
        (Some(id), Some(name)) => {
            let report = entente.import_markdown_revision(id, &source, &args.lang, name)?;
            let mut summary = FluentArgs::new();
            summary.set("name", name.clone());
            summary.set("amended", report.amended.len());
            summary.set("added", report.added.len());
            summary.set("moved", report.moved.len());
            writeln!(out, "{}", l.format("cli-revision-imported", Some(&summary)))?;
            let document = entente.document(id)?;
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
            report.unplaced
        }
    };
    for (line, words) in &unplaced {
        let mut said = FluentArgs::new();
        said.set("words", words.clone());
        eprintln!(
            "{}:{line}: {}",
            args.file.display(),
            l.format("cli-import-md-unplaced", Some(&said))
        );
    }
    Ok(())
}
