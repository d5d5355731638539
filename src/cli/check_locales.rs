//! `entente check-locales [DIR] [--reference en] [--fix]` and `entente
//! check-templates [DIR] [--fix]`: one line per problem, `path:line:col:
//! message`, on stdout; exit 1 when any is an error. `--fix` first mends
//! the typography slips in the files of DIR.

use std::io::Write;
use std::path::Path;

use super::Outcome;
use entente_core::i18n::{
    check_bundled, check_locales, fix_typography, FluentArgs, LocaleProblem, Localizer, Severity,
};
use entente_core::templates::{bundled, fix_template_typography, read_folder, Library};
use entente_core::Error;

pub fn check(
    l: &Localizer,
    dir: Option<&Path>,
    reference: &str,
    fix: bool,
) -> Result<Outcome, Error> {
    if let (true, Some(dir)) = (fix, dir) {
        if dir.join(reference).is_dir() {
            mended(l, fix_typography(dir)?);
        }
    }
    let report = match dir {
        Some(dir) => check_locales(dir, reference)?,
        None => check_bundled(reference),
    };
    print(
        l,
        &report.problems,
        "check-summary",
        ("languages", report.languages),
    )
}

pub fn check_templates(l: &Localizer, dir: Option<&Path>, fix: bool) -> Result<Outcome, Error> {
    if let (true, Some(dir)) = (fix, dir) {
        if dir.is_dir() {
            mended(l, fix_template_typography(dir)?);
        }
    }
    let folders = match dir {
        Some(dir) if !dir.is_dir() => {
            return Err(Error::NoTemplateFolder {
                path: dir.display().to_string(),
            })
        }
        Some(dir) => read_folder(dir)?,
        None => bundled(),
    };
    let count = folders.len();
    let library = Library::from_folders(folders);
    print(
        l,
        &library.problems,
        "check-templates-summary",
        ("templates", count),
    )
}

/// How many typography slips `--fix` mended (on stderr).
fn mended(l: &Localizer, count: usize) {
    let mut args = FluentArgs::new();
    args.set("count", count);
    eprintln!("{}", l.format("cli-fix-mended", Some(&args)));
}

/// The problems, one per line, then how many of each kind (on stderr).
fn print(
    l: &Localizer,
    problems: &[LocaleProblem],
    summary: &str,
    (checked, count): (&'static str, usize),
) -> Result<Outcome, Error> {
    let out = &mut std::io::stdout().lock();
    for problem in problems {
        writeln!(out, "{}", problem.line(l))?;
    }
    let of = |severity| problems.iter().filter(|p| p.severity == severity).count();
    let mut args = FluentArgs::new();
    args.set(checked, count);
    args.set("errors", of(Severity::Error));
    args.set("warnings", of(Severity::Warning));
    eprintln!("{}", l.format(summary, Some(&args)));
    Ok(if of(Severity::Error) > 0 {
        Outcome::Problems
    } else {
        Outcome::Done
    })
}
