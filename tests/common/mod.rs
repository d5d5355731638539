//! Shared set-up for the integration tests: a fresh data directory per test
//! and a small agreement to work on.
#![allow(dead_code)]

use std::collections::BTreeMap;

use entente_core::model::{
    AgreementDetails, AgreementKind, AgreementLanguage, Placement, ProvisionId, ProvisionKind,
    ProvisionText,
};
use entente_core::service::{ImportRequest, ImportedText, RevisionReport};
use entente_core::{Entente, Result};
use tempfile::TempDir;

pub fn open() -> (TempDir, Entente) {
    let dir = tempfile::tempdir().unwrap();
    let entente = Entente::open(dir.path()).unwrap();
    (dir, entente)
}

pub fn new_agreement(title: &str) -> AgreementDetails {
    AgreementDetails {
        kind: AgreementKind::FrameworkAgreement,
        titles: BTreeMap::from([("en".into(), title.into())]),
        languages: vec![
            AgreementLanguage {
                code: "en".into(),
                authentic: true,
            },
            AgreementLanguage {
                code: "fr".into(),
                authentic: true,
            },
        ],
        working_language: "en".into(),
        symbol: "AI-HEALTH/2026/1".into(),
    }
}

pub fn text(heading: &str, body: &str) -> BTreeMap<String, ProvisionText> {
    BTreeMap::from([(
        "en".to_string(),
        ProvisionText {
            heading: heading.into(),
            body: body.into(),
        },
    )])
}

pub fn add(
    entente: &Entente,
    agreement: i64,
    kind: ProvisionKind,
    parent: Option<ProvisionId>,
    heading: &str,
) -> ProvisionId {
    entente
        .add_provision(
            agreement,
            kind,
            Placement {
                parent,
                index: None,
            },
            &text(heading, ""),
        )
        .unwrap()
}

/// The real `entente` binary on the data directory `dir`, whatever the
/// environment of the test run says.
pub fn entente_cli(dir: &std::path::Path) -> assert_cmd::Command {
    let mut command = assert_cmd::Command::cargo_bin("entente").unwrap();
    command
        .env_remove("ENTENTE_DATA_DIR")
        // English, whatever the locale of the machine running the tests.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("--data-dir")
        .arg(dir);
    command
}

/// Runs a command that must succeed, and returns what it printed.
pub fn stdout(command: &mut assert_cmd::Command) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Seats a party named in English.
pub fn party(
    entente: &Entente,
    agreement: i64,
    name: &str,
    kind: entente_core::model::PartyKind,
    members: Vec<i64>,
) -> i64 {
    let new = entente_core::model::NewParty {
        kind,
        role: entente_core::model::PartyRole::Party,
        names: BTreeMap::from([("en".to_string(), name.to_string())]),
        members,
    };
    entente.add_party(agreement, &new).unwrap().id
}

/// `entente <command>` run from a corpus folder of broken cases, so that
/// the paths it prints start with the case's name.
pub fn check_command(corpus: &str, command: &str) -> assert_cmd::Command {
    let mut cli = entente_cli(std::path::Path::new("/nonexistent"));
    cli.current_dir(corpus).arg(command);
    cli
}

/// Runs `entente <command> <case>` for every case folder of a corpus: each
/// must print exactly its `expected.txt`, and exit 1 when a line of it is
/// an error (0 when only warnings, or nothing).
pub fn check_corpus(corpus: &str, command: &str, at_least: usize) {
    let mut cases: Vec<_> = std::fs::read_dir(corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= at_least, "{cases:?}");
    for case in cases {
        let name = case.file_name().unwrap().to_str().unwrap();
        let expected = std::fs::read_to_string(case.join("expected.txt")).unwrap();
        let has_errors = expected.lines().any(|l| !l.contains(": warning: "));
        let output = check_command(corpus, command).arg(name).output().unwrap();
        // The paths printed are the system's: expected.txt writes them with `/`.
        let printed =
            String::from_utf8_lossy(&output.stdout).replace(std::path::MAIN_SEPARATOR, "/");
        assert_eq!(printed, expected, "{name}");
        assert_eq!(
            output.status.code(),
            Some(if has_errors { 1 } else { 0 }),
            "{name}"
        );
    }
}

/// A request to import a text in `language`, as if from a file named text.md.
pub fn request(language: &str) -> ImportRequest {
    ImportRequest {
        path: "text.md".into(),
        language: language.into(),
        ..ImportRequest::default()
    }
}

/// A text made into a new agreement; its id.
pub fn import_text(entente: &Entente, source: &str, language: &str, title: Option<&str>) -> i64 {
    let request = ImportRequest {
        title: title.map(String::from),
        ..request(language)
    };
    entente
        .import_source(&source.into(), &request)
        .unwrap()
        .agreement_id
}

/// A text attached to agreement `id` as its words in `language`.
pub fn attach(entente: &Entente, id: i64, source: &str, language: &str) -> Result<ImportedText> {
    let request = ImportRequest {
        into: Some(id),
        ..request(language)
    };
    entente.import_source(&source.into(), &request)
}

/// A text read into agreement `id` as its revision `name`.
pub fn revise(
    entente: &Entente,
    id: i64,
    source: &str,
    language: &str,
    name: &str,
) -> Result<RevisionReport> {
    let request = ImportRequest {
        into: Some(id),
        revision: Some(name.into()),
        ..request(language)
    };
    Ok(entente
        .import_source(&source.into(), &request)?
        .revision
        .expect("a revision's report"))
}

/// Copies the case `name` of a corpus into a temporary folder, runs
/// `entente <command> <case> --fix` there, and returns the folder, what the
/// command printed, and the exit code: after mending, only what is not
/// typography is left to print.
pub fn fixed_copy(corpus: &str, command: &str, name: &str) -> (TempDir, String, Option<i32>) {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(
        &std::path::Path::new(corpus).join(name),
        &dir.path().join(name),
    );
    let output = entente_cli(std::path::Path::new("/nonexistent"))
        .current_dir(dir.path())
        .args([command, name, "--fix"])
        .output()
        .unwrap();
    let printed = String::from_utf8(output.stdout).unwrap();
    (dir, printed, output.status.code())
}

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The words of a text, to compare texts laid out differently: lower-case
/// runs of letters and digits; each Chinese character a word of its own.
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let han = ('\u{3400}'..='\u{9FFF}').contains(&c);
        if han || !c.is_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            if han {
                words.push(c.to_string());
            }
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The names a query of one text column gives: the tables of a database,
/// the columns of a table.
pub fn names(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The JSON inside an exchange file, inflated as Entente compresses it.
pub fn exchange_json(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut json = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut json)
        .expect("an exchange file Entente wrote is gzip-compressed JSON");
    json
}

/// The JSON inside the exchange file at `path`.
pub fn exchange_file_json(path: &std::path::Path) -> String {
    exchange_json(&std::fs::read(path).unwrap())
}
