//! `entente backup` and `entente restore`: copies of the database in the
//! backups folder beside it, made, listed and put back.

use std::io::Write;

use entente_core::error::Result;
use entente_core::i18n::{FluentArgs, Localizer};
use entente_core::Entente;

pub fn backup(
    entente: &Entente,
    l: &Localizer,
    out: &mut impl Write,
    list: bool,
    as_json: bool,
) -> Result<()> {
    if !list {
        let made = entente.back_up()?;
        let mut args = FluentArgs::new();
        let path = entente.backups_dir().join(&made.name);
        args.set("path", path.display().to_string());
        return Ok(writeln!(
            out,
            "{}",
            l.format("cli-backup-done", Some(&args))
        )?);
    }
    let backups = entente.backups()?;
    if as_json {
        return Ok(writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&backups)?
        )?);
    }
    if backups.is_empty() {
        writeln!(out, "{}", l.format("cli-backup-none", None))?;
    }
    for backup in backups {
        let mut args = FluentArgs::new();
        let reason: &str = backup.reason.into();
        args.set("taken", backup.taken_at);
        args.set(
            "reason",
            l.format(&format!("backups-reason-{reason}"), None),
        );
        args.set("kilobytes", backup.bytes.div_ceil(1024));
        args.set("name", backup.name);
        writeln!(out, "{}", l.format("cli-backup-line", Some(&args)))?;
    }
    Ok(())
}

pub fn restore(entente: &Entente, l: &Localizer, out: &mut impl Write, which: &str) -> Result<()> {
    let before = entente.restore_backup(which)?;
    let mut args = FluentArgs::new();
    args.set("name", which.to_string());
    args.set("before", before.name);
    Ok(writeln!(
        out,
        "{}",
        l.format("cli-restore-done", Some(&args))
    )?)
}
