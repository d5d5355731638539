//! `entente export ID --out DIR [--lang all|en,fr] [--mode …] [--format …]
//! [--draft] [--place P] [--date YYYY-MM-DD]`: prints each file written; a
//! clean text that is not final prints what keeps it so, and exits 1.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::export::{ExportRequest, Format, Rendering};
use crate::i18n::Localizer;
use crate::model::AgreementId;
use crate::{Entente, Error};

#[derive(Args)]
pub struct ExportArgs {
    id: AgreementId,
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    #[arg(long, default_value = "all", value_name = "LANGUAGES")]
    lang: String,
    #[arg(long, value_enum, default_value = "clean")]
    mode: Rendering,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    #[arg(long)]
    draft: bool,
    #[arg(long, default_value = "")]
    place: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
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
