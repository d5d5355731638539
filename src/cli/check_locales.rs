//! `entente check-locales [DIR] [--reference en]`: one line per problem,
//! `path:line:col: message`, on stdout; exit 1 when any is an error.

use std::io::Write;
use std::path::Path;

use super::Outcome;
use crate::i18n::{check_bundled, check_locales, FluentArgs, Localizer, Severity};
use crate::Error;

pub fn check(l: &Localizer, dir: Option<&Path>, reference: &str) -> Result<Outcome, Error> {
    let report = match dir {
        Some(dir) => check_locales(dir, reference)?,
        None => check_bundled(reference),
    };
    let out = &mut std::io::stdout().lock();
    for problem in &report.problems {
        writeln!(out, "{}", problem.line(l))?;
    }
    let count = |severity| {
        report
            .problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    };
    let mut args = FluentArgs::new();
    args.set("languages", report.languages);
    args.set("errors", count(Severity::Error));
    args.set("warnings", count(Severity::Warning));
    eprintln!("{}", l.format("check-summary", Some(&args)));
    Ok(if report.has_errors() {
        Outcome::Problems
    } else {
        Outcome::Done
    })
}
