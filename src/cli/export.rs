//! `entente export ID --out DIR [--lang all|en,fr] [--mode all|clean,…]
//! [--format all|md,…] [--draft] [--place P] [--date YYYY-MM-DD]`: one run
//! writes every rendering and format asked for; prints each file written; a
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
    #[arg(long, default_value = "clean", value_name = "MODES", value_parser = rendering(), value_delimiter = ',')]
    mode: Vec<Option<Rendering>>,
    #[arg(long, default_value = "md", value_name = "FORMATS", value_parser = format(), value_delimiter = ',')]
    format: Vec<Option<Format>>,
    #[arg(long)]
    draft: bool,
    #[arg(long, default_value = "")]
    place: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
}

/// What `all` stands for among the values of --mode and --format: none
/// of them, each of them.
const ALL: &str = "all";

/// The renderings by the names the core gives them; `all` is None.
fn rendering() -> impl clap::builder::TypedValueParser<Value = Option<Rendering>> {
    PossibleValuesParser::new(
        Rendering::ALL
            .map(Rendering::as_str)
            .into_iter()
            .chain([ALL]),
    )
    .map(|name| Rendering::parse(&name))
}

/// The formats by their files' extensions; `all` is None.
fn format() -> impl clap::builder::TypedValueParser<Value = Option<Format>> {
    PossibleValuesParser::new(Format::ALL.map(Format::extension).into_iter().chain([ALL]))
        .map(|name| Format::parse(&name))
}

/// The values asked for, each once in the order given; every one of `all`
/// when `all` is among them.
fn chosen<T: Copy + PartialEq>(asked: &[Option<T>], all: &[T]) -> Vec<T> {
    if asked.contains(&None) {
        return all.to_vec();
    }
    let mut chosen: Vec<T> = Vec::new();
    for value in asked.iter().flatten() {
        if !chosen.contains(value) {
            chosen.push(*value);
        }
    }
    chosen
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
        renderings: chosen(&args.mode, &Rendering::ALL),
        formats: chosen(&args.format, &Format::ALL),
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
