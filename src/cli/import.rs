//! `entente import-md`: an existing agreement text made into an agreement,
//! attached to one as another language, or read into one as a new revision.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use entente_core::i18n::FluentArgs;

use entente_core::error::Result;
use entente_core::i18n::Localizer;
use entente_core::model::AgreementId;
use entente_core::service::TextTarget;
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
}

/// The agreement's id alone on stdout (a revision's report, for a revision);
/// each line that could not be placed on stderr, with its number.
pub fn import_md(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    args: ImportArgs,
) -> Result<()> {
    let source = entente_core::exchange::read_text(&args.file)?;
    let target = match (args.into, &args.revision) {
        (None, _) => TextTarget::NewAgreement {
            title: args.title.as_deref(),
        },
        (Some(id), None) => TextTarget::Language(id),
        (Some(id), Some(name)) => TextTarget::Revision(id, name),
    };
    let imported = entente.import_text(&source, &args.lang, target)?;
    match (&imported.revision, &args.revision) {
        (Some(report), Some(name)) => {
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
        _ => writeln!(out, "{}", imported.agreement_id)?,
    }
    let unplaced = imported.unplaced;
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
