//! The `entente` command line: parse, call the service API, print. Every word
//! it prints comes from `locales/<lang>/cli.ftl`.

mod backup;
mod check_locales;
mod exchange;
mod export;
mod import;
mod report;
mod search;
mod show;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

use entente_core::i18n::Localizer;
use entente_core::model::AgreementId;
use entente_core::{paths, Entente, Error};

#[derive(Parser)]
#[command(name = "entente", version)]
struct Cli {
    /// Overrides the data directory.
    #[arg(long, global = true, value_name = "DIR", env = paths::DATA_DIR_ENV, hide_env = true)]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    List {
        #[arg(long)]
        json: bool,
    },
    Show {
        id: AgreementId,
        #[arg(long)]
        json: bool,
    },
    Sample,
    Report {
        id: AgreementId,
        #[arg(long, value_enum, default_value = "md")]
        format: report::Format,
    },
    Export(export::ExportArgs),
    Search(search::SearchArgs),
    #[command(visible_alias = "import-md")]
    Import(import::ImportArgs),
    Bundle {
        #[command(subcommand)]
        action: exchange::BundleAction,
    },
    Packet {
        #[command(subcommand)]
        action: exchange::PacketAction,
    },
    Backup {
        #[arg(long)]
        list: bool,
        #[arg(long, requires = "list")]
        json: bool,
    },
    Restore {
        backup: String,
    },
    CheckTemplates {
        dir: Option<PathBuf>,
        #[arg(long, requires = "dir")]
        fix: bool,
    },
    CheckLocales {
        dir: Option<PathBuf>,
        #[arg(long, default_value = entente_core::i18n::FALLBACK_LANGUAGE)]
        reference: String,
        #[arg(long, requires = "dir")]
        fix: bool,
    },
}

/// Exit status: the input was read and has problems.
const EXIT_PROBLEMS: u8 = 1;
/// Exit status: usage, I/O or database error.
const EXIT_ERROR: u8 = 2;

pub fn main() -> ExitCode {
    let localizer = Localizer::bundled(entente_core::i18n::language_from_environment(), false);
    let matches = localized_command(&localizer).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    match run(cli, &localizer) {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(EXIT_PROBLEMS),
        // The reader went away (`entente list | head`): nothing left to say.
        Err(Error::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("entente: {}", error.message(&localizer));
            ExitCode::from(if error.is_input_problem() {
                EXIT_PROBLEMS
            } else {
                EXIT_ERROR
            })
        }
    }
}

/// The clap command with its help texts taken from the locale files, down
/// to the headings and the help and version flags clap would write itself.
fn localized_command(l: &Localizer) -> clap::Command {
    let json_help = l.format("cli-json-help", None);
    let command = Cli::command()
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(l.format("cli-version-help", None)),
        )
        .help_template(help_template(l, "cli-commands-heading", "{subcommands}"))
        .about(l.format("cli-about", None))
        .mut_arg("data_dir", |a| a.help(l.format("cli-data-dir-help", None)))
        .mut_subcommand("list", |c| {
            c.about(l.format("cli-list-about", None))
                .mut_arg("json", |a| a.help(json_help.clone()))
        })
        .mut_subcommand("sample", |c| c.about(l.format("cli-sample-about", None)))
        .mut_subcommand("report", |c| {
            c.about(l.format("cli-report-about", None))
                .mut_arg("id", |a| a.help(l.format("cli-show-id-help", None)))
                .mut_arg("format", |a| {
                    a.help(l.format("cli-report-format-help", None))
                        .hide_default_value(true)
                        .hide_possible_values(true)
                })
        })
        .mut_subcommand("import", |c| {
            c.about(l.format("cli-import-about", None))
                .mut_arg("file", |a| a.help(l.format("cli-import-file-help", None)))
                .mut_arg("lang", |a| a.help(l.format("cli-import-lang-help", None)))
                .mut_arg("title", |a| a.help(l.format("cli-import-title-help", None)))
                .mut_arg("into", |a| a.help(l.format("cli-import-into-help", None)))
                .mut_arg("revision", |a| {
                    a.help(l.format("cli-import-revision-help", None))
                })
                .mut_arg("keep_unplaced", |a| {
                    a.help(l.format("cli-import-keep-help", None))
                })
                .mut_arg("preview", |a| {
                    a.help(l.format("cli-import-preview-help", None))
                })
                .mut_arg("pair", |a| a.help(l.format("cli-import-pair-help", None)))
                .mut_arg("accept_changes", |a| {
                    a.help(l.format("cli-import-accept-changes-help", None))
                })
        })
        .mut_subcommand("export", |c| {
            c.about(l.format("cli-export-about", None))
                .mut_arg("id", |a| a.help(l.format("cli-show-id-help", None)))
                .mut_arg("out", |a| a.help(l.format("cli-export-out-help", None)))
                .mut_arg("lang", |a| {
                    a.help(l.format("cli-export-lang-help", None))
                        .hide_default_value(true)
                })
                .mut_arg("mode", |a| {
                    a.help(l.format("cli-export-mode-help", None))
                        .hide_default_value(true)
                        .hide_possible_values(true)
                })
                .mut_arg("format", |a| {
                    a.help(l.format("cli-export-format-help", None))
                        .hide_default_value(true)
                        .hide_possible_values(true)
                })
                .mut_arg("draft", |a| a.help(l.format("cli-export-draft-help", None)))
                .mut_arg("place", |a| {
                    a.help(l.format("cli-export-place-help", None))
                        .hide_default_value(true)
                })
                .mut_arg("date", |a| a.help(l.format("cli-export-date-help", None)))
        })
        .mut_subcommand("search", |c| {
            c.about(l.format("cli-search-about", None))
                .mut_arg("id", |a| a.help(l.format("cli-show-id-help", None)))
                .mut_arg("words", |a| a.help(l.format("cli-search-words-help", None)))
                .mut_arg("lang", |a| a.help(l.format("cli-search-lang-help", None)))
                .mut_arg("json", |a| a.help(json_help.clone()))
        })
        .mut_subcommand("bundle", |c| {
            c.about(l.format("cli-bundle-about", None))
                .mut_subcommand("export", |c| {
                    c.about(l.format("cli-bundle-export-about", None))
                        .mut_arg("id", |a| a.help(l.format("cli-show-id-help", None)))
                        .mut_arg("out", |a| a.help(l.format("cli-bundle-out-help", None)))
                })
                .mut_subcommand("import", |c| {
                    c.about(l.format("cli-bundle-import-about", None))
                        .mut_arg("file", |a| a.help(l.format("cli-bundle-file-help", None)))
                })
        })
        .mut_subcommand("packet", |c| {
            c.about(l.format("cli-packet-about", None))
                .mut_subcommand("export", |c| {
                    c.about(l.format("cli-packet-export-about", None))
                        .mut_arg("id", |a| a.help(l.format("cli-show-id-help", None)))
                        .mut_arg("party", |a| a.help(l.format("cli-packet-party-help", None)))
                        .mut_arg("out", |a| a.help(l.format("cli-packet-out-help", None)))
                })
                .mut_subcommand("import", |c| {
                    c.about(l.format("cli-packet-import-about", None))
                        .mut_arg("file", |a| a.help(l.format("cli-packet-file-help", None)))
                        .mut_arg("take_theirs", |a| {
                            a.help(l.format("cli-packet-take-theirs-help", None))
                        })
                        .mut_arg("json", |a| a.help(json_help.clone()))
                })
        })
        .mut_subcommand("backup", |c| {
            c.about(l.format("cli-backup-about", None))
                .mut_arg("list", |a| a.help(l.format("cli-backup-list-help", None)))
                .mut_arg("json", |a| a.help(json_help.clone()))
        })
        .mut_subcommand("restore", |c| {
            c.about(l.format("cli-restore-about", None))
                .mut_arg("backup", |a| {
                    a.help(l.format("cli-restore-backup-help", None))
                })
        })
        .mut_subcommand("check-templates", |c| {
            c.about(l.format("cli-check-templates-about", None))
                .mut_arg("dir", |a| {
                    a.help(l.format("cli-check-templates-dir-help", None))
                })
                .mut_arg("fix", |a| a.help(l.format("cli-fix-help", None)))
        })
        .mut_subcommand("check-locales", |c| {
            c.about(l.format("cli-check-locales-about", None))
                .mut_arg("dir", |a| {
                    a.help(l.format("cli-check-locales-dir-help", None))
                })
                .mut_arg("reference", |a| {
                    a.help(l.format("cli-check-locales-reference-help", None))
                        .hide_default_value(true)
                })
                .mut_arg("fix", |a| a.help(l.format("cli-fix-help", None)))
        })
        .mut_subcommand("show", |c| {
            c.about(l.format("cli-show-about", None))
                .mut_arg("id", |a| a.help(l.format("cli-show-id-help", None)))
                .mut_arg("json", |a| a.help(json_help.clone()))
        });
    with_localized_help(command, l)
}

/// Each subcommand, and theirs in turn, with its help page laid out and
/// worded in the user's language.
fn with_localized_help(command: clap::Command, l: &Localizer) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let command = names.iter().fold(command, |command, name| {
        command.mut_subcommand(name, |c| {
            let template = if c.has_subcommands() {
                help_template(l, "cli-commands-heading", "{subcommands}")
            } else if c.get_positionals().next().is_some() {
                help_template(l, "cli-arguments-heading", "{positionals}")
            } else {
                help_template(l, "", "")
            };
            with_localized_help(c.disable_help_subcommand(true), l).help_template(template)
        })
    });
    with_help_flag(command, l)
}

/// clap's own `-h, --help`, worded from the locale files.
fn with_help_flag(command: clap::Command, l: &Localizer) -> clap::Command {
    command.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(l.format("cli-help-help", None)),
    )
}

/// The layout of a help page, its headings in the user's language: a section
/// (`{subcommands}` or `{positionals}`, under its heading) before the options.
fn help_template(l: &Localizer, heading: &str, section: &str) -> String {
    let section = match section {
        "" => String::new(),
        section => format!("{}\n{section}\n\n", l.format(heading, None)),
    };
    format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{section}{}\n{{options}}\n",
        l.format("cli-usage-heading", None),
        l.format("cli-options-heading", None)
    )
}

/// How a command that ran went: done, or the input it read has problems
/// (printed already).
enum Outcome {
    Done,
    Problems,
}

fn run(cli: Cli, l: &Localizer) -> Result<Outcome, Error> {
    match &cli.command {
        Command::CheckLocales {
            dir,
            reference,
            fix,
        } => return check_locales::check(l, dir.as_deref(), reference, *fix),
        Command::CheckTemplates { dir, fix } => {
            return check_locales::check_templates(l, dir.as_deref(), *fix)
        }
        _ => {}
    }
    let data_dir = paths::resolve_data_dir(cli.data_dir).ok_or(Error::NoDataDir)?;
    let out = &mut std::io::stdout().lock();
    // A data directory nobody has used yet lists no agreements, and listing
    // creates nothing: scripts run it first thing on a fresh machine.
    if let Command::List { json } = cli.command {
        let agreements = match Entente::open_existing(&data_dir) {
            Err(Error::NoDatabase { .. }) => Vec::new(),
            opened => opened?.list_agreements()?,
        };
        show::list(&agreements, l, out, json)?;
        return Ok(Outcome::Done);
    }
    // Reading an agreement needs a database that is there (a mistyped
    // --data-dir is reported, not answered with an empty one); importing and
    // creating the sample make one.
    let entente = match cli.command {
        Command::Sample
        | Command::Import(_)
        | Command::Bundle {
            action: exchange::BundleAction::Import { .. },
        } => Entente::open(&data_dir)?,
        _ => Entente::open_existing(&data_dir)?,
    };
    match cli.command {
        Command::Show { id, json } => show::show(&entente, l, out, id, json),
        Command::Report { id, format } => report::report(&entente, l, out, id, format),
        Command::Sample => Ok(writeln!(out, "{}", entente.create_sample()?)?),
        Command::Export(args) => export::export(&entente, l, out, args),
        Command::Search(args) => search::search(&entente, l, out, args),
        Command::Import(args) => import::import(&entente, l, out, args),
        Command::Bundle { action } => exchange::bundle(&entente, l, out, action),
        Command::Packet { action } => exchange::packet(&entente, l, out, action),
        Command::Backup { list, json } => backup::backup(&entente, l, out, list, json),
        Command::Restore { backup } => backup::restore(&entente, l, out, &backup),
        Command::List { .. } | Command::CheckLocales { .. } | Command::CheckTemplates { .. } => {
            unreachable!("answered before the database opens")
        }
    }?;
    Ok(Outcome::Done)
}
