//! `entente export ID --out DIR [--lang all|en,fr] [--mode …] [--format …]
//! [--draft] [--place P] [--date YYYY-MM-DD]`: prints each file written; a
//! clean text that is not final prints what keeps it so, and exits 1.

use std::io::Write;
use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::Args;

use entente_core::export::{ExportRequest, Format, Rendering};
use entente_core::i18n::Localizer;
use entente_core::model::AgreementId;
use entente_core::{Entente, Error};

#[derive(Args)]
pub struct ExportArgs {
    id: AgreementId,
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    #[arg(long, default_value = "all", value_name = "LANGUAGES")]
    lang: String,
    #[arg(long, default_value = "clean", value_parser = rendering())]
    mode: Rendering,
    #[arg(long, default_value = "md", value_parser = format())]
    format: Format,
    #[arg(long)]
    draft: bool,
    #[arg(long, default_value = "")]
    place: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
}

/// The renderings by the names the core gives them.
fn rendering() -> impl clap::builder::TypedValueParser<Value = Rendering> {
    PossibleValuesParser::new(Rendering::ALL.map(Rendering::as_str))
        .map(|name| Rendering::parse(&name).expect("one of the possible values"))
}

/// The formats by their files' extensions.
fn format() -> impl clap::builder::TypedValueParser<Value = Format> {
    PossibleValuesParser::new(Format::ALL.map(Format::extension))
        .map(|name| Format::parse(&name).expect("one of the possible values"))
}

pub fn export(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    args: ExportArgs,
) -> Result<(), Error> {
    let request = ExportRequest {
        languages: match args.lang.as_str() {
            "all" => Vec::new(),
            list => list
                .split(',')
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect(),
        },
        renderings: vec![args.mode],
        formats: vec![args.format],
        draft: args.draft,
        place: args.place,
        date: args.date,
    };
    match entente.export(args.id, &request, &args.out) {
        Ok(manifest) => {
            for file in &manifest.files {
                writeln!(out, "{}", args.out.join(&file.path).display())?;
            }
            Ok(())
        }
        Err(Error::NotFinal { problems }) => {
            for problem in &problems {
                writeln!(out, "{}", problem.message(l))?;
            }
            Err(Error::NotFinal { problems })
        }
        Err(error) => Err(error),
    }
}
