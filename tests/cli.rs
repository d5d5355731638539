//! The real `entente` binary on a real database file.

mod common;

use assert_cmd::Command;
use entente_core::model::{NewParty, PartyKind, PartyRole, ProvisionKind};
use entente_core::store::{DATABASE_FILE, SCHEMA_VERSION};
use entente_core::Entente;
use serde_json::{json, Value};

/// An agreement with a preamble, a chapter of two articles and two parties.
fn sample(dir: &std::path::Path) -> i64 {
    let entente = Entente::open(dir).unwrap();
    let a = entente
        .create_agreement(&common::new_agreement(
            "Framework Agreement on AI for Health",
        ))
        .unwrap()
        .id;
    common::add(&entente, a, ProvisionKind::Recital, None, "");
    let chapter = common::add(
        &entente,
        a,
        ProvisionKind::Chapter,
        None,
        "General provisions",
    );
    let scope = common::add(&entente, a, ProvisionKind::Article, Some(chapter), "Scope");
    common::add(&entente, a, ProvisionKind::Paragraph, Some(scope), "");
    common::add(
        &entente,
        a,
        ProvisionKind::Article,
        Some(chapter),
        "Definitions",
    );
    for name in ["Kenya", "Brazil"] {
        let party = NewParty {
            kind: PartyKind::State,
            role: PartyRole::Party,
            names: [("en".to_string(), name.to_string())].into(),
            members: vec![],
        };
        entente.add_party(a, &party).unwrap();
    }
    a
}

#[test]
fn list_on_a_database_without_agreements() {
    let dir = tempfile::tempdir().unwrap();
    Entente::open(dir.path()).unwrap();
    let out = common::stdout(common::entente_cli(dir.path()).arg("list"));
    assert!(out.contains("No agreements yet"), "{out}");
    let json: Value = serde_json::from_str(&common::stdout(
        common::entente_cli(dir.path()).args(["list", "--json"]),
    ))
    .unwrap();
    assert_eq!(json, Value::Array(vec![]));
}

#[test]
fn listing_a_data_directory_without_a_database_is_an_empty_list_that_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("never-used");
    let out = common::stdout(common::entente_cli(&fresh).arg("list"));
    assert!(out.contains("No agreements yet"), "{out}");
    let json = common::stdout(common::entente_cli(&fresh).args(["list", "--json"]));
    assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), json!([]));
    assert!(!fresh.exists());
}

#[test]
fn a_data_directory_without_a_database_is_reported_and_left_empty() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("entente-dta");
    let output = common::entente_cli(&typo)
        .args(["show", "1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("There is no Entente database in"),
        "{stderr}"
    );
    assert!(!typo.exists());
}

#[test]
fn output_cut_short_by_its_reader_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    sample(dir.path());
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("entente"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["show", "1", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader closes the pipe at once
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
}

#[test]
fn list_and_show_read_what_the_core_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let id = sample(dir.path());

    let list: Value = serde_json::from_str(&common::stdout(
        common::entente_cli(dir.path()).args(["list", "--json"]),
    ))
    .unwrap();
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["title"], "Framework Agreement on AI for Health");

    let text = common::stdout(common::entente_cli(dir.path()).args(["list"]));
    assert!(
        text.contains("Framework Agreement on AI for Health  (AI-HEALTH/2026/1)  [en, fr]"),
        "{text}"
    );

    let show: Value =
        serde_json::from_str(&common::stdout(common::entente_cli(dir.path()).args([
            "show",
            &id.to_string(),
            "--json",
        ])))
        .unwrap();
    assert_eq!(show["id"], id);
    assert_eq!(show["symbol"], "AI-HEALTH/2026/1");
    let counts = &show["counts"];
    assert_eq!(
        [
            counts["recitals"].clone(),
            counts["chapters"].clone(),
            counts["articles"].clone(),
            counts["paragraphs"].clone(),
            counts["parties"].clone(),
            counts["languages"].clone()
        ],
        [1, 1, 2, 1, 2, 2].map(Value::from)
    );
    let chapter = &show["structure"][1];
    assert_eq!(chapter["label"], "Chapter I");
    assert_eq!(chapter["children"][1]["label"], "Article 2");
    assert_eq!(chapter["children"][1]["heading"], "Definitions");

    let text = common::stdout(common::entente_cli(dir.path()).args(["show", &id.to_string()]));
    assert!(text.contains("    Article 1: Scope"), "{text}");
    assert!(
        text.contains("1 recitals, 0 parts, 1 chapters, 2 articles, 1 paragraphs"),
        "{text}"
    );
}

#[test]
fn the_data_directory_can_come_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    sample(dir.path());
    let output = Command::cargo_bin("entente")
        .unwrap()
        .env("ENTENTE_DATA_DIR", dir.path())
        .args(["list", "--json"])
        .output()
        .unwrap();
    let list: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn an_unknown_agreement_is_a_problem_with_the_input() {
    let dir = tempfile::tempdir().unwrap();
    Entente::open(dir.path()).unwrap();
    let output = common::entente_cli(dir.path())
        .args(["show", "42"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Agreement 42 does not exist"), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let output = common::entente_cli(dir.path())
        .args(["show", "not-a-number"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let output = common::entente_cli(dir.path())
        .arg("frobnicate")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn help_comes_from_the_locale_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::stdout(common::entente_cli(dir.path()).arg("--help"));
    assert!(
        out.contains("draft international agreements on AI cooperation in health"),
        "{out}"
    );
    assert!(
        out.contains("List the agreements on this machine."),
        "{out}"
    );
}

#[test]
fn broken_databases_and_data_directories_exit_2_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(DATABASE_FILE),
        "not a database at all ".repeat(200),
    )
    .unwrap();
    let output = common::entente_cli(dir.path())
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not an Entente database"));

    let newer = tempfile::tempdir().unwrap();
    Entente::open(newer.path()).unwrap();
    rusqlite::Connection::open(newer.path().join(DATABASE_FILE))
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 5)
        .unwrap();
    let output = common::entente_cli(newer.path())
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("written by a newer version of Entente")
    );

    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "").unwrap();
    let output = common::entente_cli(&blocker.join("data"))
        .args(["show", "1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("There is no Entente database in"));
}

#[test]
fn the_command_line_speaks_the_language_the_environment_asks_for() {
    let dir = tempfile::tempdir().unwrap();
    let output = common::entente_cli(dir.path())
        .env("LANG", "fr_FR.UTF-8")
        .args(["show", "1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("Il n’y a pas de base de données Entente"),
        "{stderr}"
    );
    let help = common::entente_cli(dir.path())
        .env("LANG", "ru_RU.UTF-8")
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("check-locales"), "{help}");
    assert!(help.chars().any(|c| ('а'..='я').contains(&c)), "{help}");
}

#[test]
fn backup_makes_lists_and_restores_copies_of_the_database() {
    let dir = tempfile::tempdir().unwrap();
    sample(dir.path());
    let made = common::stdout(common::entente_cli(dir.path()).arg("backup"));
    assert!(made.starts_with("Backed up to "), "{made}");
    let listed: Value = serde_json::from_str(&common::stdout(
        common::entente_cli(dir.path()).args(["backup", "--list", "--json"]),
    ))
    .unwrap();
    let name = listed[0]["name"].as_str().unwrap().to_string();
    assert_eq!(listed[0]["reason"], "manual");
    assert!(made.trim_end().ends_with(&name), "{made}");
    let text = common::stdout(common::entente_cli(dir.path()).args(["backup", "--list"]));
    assert!(text.contains("By hand") && text.contains(&name), "{text}");

    common::stdout(common::entente_cli(dir.path()).arg("sample"));
    let restored = common::stdout(common::entente_cli(dir.path()).args(["restore", &name]));
    assert!(
        restored.starts_with(&format!("Restored {name}.")),
        "{restored}"
    );
    let agreements: Value = serde_json::from_str(&common::stdout(
        common::entente_cli(dir.path()).args(["list", "--json"]),
    ))
    .unwrap();
    assert_eq!(
        agreements.as_array().unwrap().len(),
        1,
        "the second sample is gone"
    );

    let refused = common::entente_cli(dir.path())
        .args(["restore", "entente-19990101T000000.000Z-manual.sqlite3"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("There is no backup named"),
        "{refused:?}"
    );
}

#[test]
fn commands_writing_at_once_all_land_and_one_kept_waiting_too_long_says_busy() {
    let dir = tempfile::tempdir().unwrap();
    sample(dir.path());
    let text = dir.path().join("text.md");
    std::fs::write(
        &text,
        "# Agreement on shared data\n\n## Article 1\n\nThe Parties share data.\n",
    )
    .unwrap();
    // Four secretariat scripts importing at the same moment: each waits its turn.
    let children: Vec<_> = (0..4)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("entente"))
                .env_remove("ENTENTE_DATA_DIR")
                .arg("--data-dir")
                .arg(dir.path())
                .args(["import", text.to_str().unwrap(), "--lang", "en"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let listed: Value = serde_json::from_str(&common::stdout(
        common::entente_cli(dir.path()).args(["list", "--json"]),
    ))
    .unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 5, "no write lost");

    // The app (here another connection) holds the database longer than a
    // command waits: the command says so and changes nothing.
    let app = rusqlite::Connection::open(dir.path().join("entente.sqlite3")).unwrap();
    app.execute_batch("BEGIN IMMEDIATE").unwrap();
    let output = common::entente_cli(dir.path())
        .args(["import", text.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    app.execute_batch("ROLLBACK").unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is busy"), "{stderr}");
    let listed: Value = serde_json::from_str(&common::stdout(
        common::entente_cli(dir.path()).args(["list", "--json"]),
    ))
    .unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 5, "nothing half-written");
}

/// The Markdown `entente export` writes for `id` into `out` (the bracketed
/// text: it needs nothing agreed), each file's name and bytes.
fn exported(dir: &std::path::Path, id: &str, out: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    common::stdout(
        common::entente_cli(dir)
            .args(["export", id, "--mode", "bracketed", "--out"])
            .arg(out),
    );
    let mut files: Vec<_> = std::fs::read_dir(out)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_text_with_windows_line_endings_reads_as_the_same_text_and_exports_replace_their_files() {
    let dir = tempfile::tempdir().unwrap();
    let unix = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/import-texts/convention.ru.txt"
    ))
    .unwrap()
    .replace("\r\n", "\n");
    let texts = dir.path().join("texts");
    std::fs::create_dir(&texts).unwrap();
    std::fs::write(texts.join("unix.txt"), &unix).unwrap();
    std::fs::write(texts.join("windows.txt"), unix.replace('\n', "\r\n")).unwrap();
    let import = |name: &str| {
        let printed = common::stdout(
            common::entente_cli(dir.path())
                .args(["import", "--lang", "ru"])
                .arg(texts.join(name)),
        );
        printed.trim().to_string()
    };
    let (from_unix, from_windows) = (import("unix.txt"), import("windows.txt"));
    let out = dir.path().join("out");
    let first = exported(dir.path(), &from_unix, &out.join("unix"));
    assert!(!first.is_empty());
    let texts_of =
        |files: &[(String, Vec<u8>)]| files.iter().map(|f| f.1.clone()).collect::<Vec<_>>();
    let windows = exported(dir.path(), &from_windows, &out.join("windows"));
    assert_eq!(texts_of(&windows), texts_of(&first));
    // The same export again replaces each file with the same bytes.
    assert_eq!(exported(dir.path(), &from_unix, &out.join("unix")), first);
}

#[test]
fn search_cites_each_place_and_marks_the_words() {
    let dir = tempfile::tempdir().unwrap();
    let id = sample(dir.path());
    let out = common::stdout(common::entente_cli(dir.path()).args([
        "search",
        &id.to_string(),
        "DEFINITION",
    ]));
    assert!(out.starts_with("One place holds “DEFINITION”:\n"), "{out}");
    // The article is cited alone, without the chapter it stands in.
    assert!(
        out.contains("\nArticle 2 — English\n    **Definitions**\n"),
        "{out}"
    );

    let json = common::stdout(common::entente_cli(dir.path()).args([
        "search",
        &id.to_string(),
        "general",
        "prov",
        "--json",
    ]));
    let found: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(found["total"], 1);
    assert_eq!(found["hits"][0]["source"], "text");
    assert_eq!(found["hits"][0]["language"], "en");

    let none = common::stdout(common::entente_cli(dir.path()).args([
        "search",
        &id.to_string(),
        "scope",
        "--lang",
        "fr",
    ]));
    assert_eq!(none, "Nothing found for “scope”.\n");
}

#[test]
fn search_in_a_language_the_agreement_lacks_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let id = sample(dir.path());
    let output = common::entente_cli(dir.path())
        .args(["search", &id.to_string(), "scope", "--lang", "de"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("entente: "), "{stderr}");
    assert!(stderr.contains("de"), "{stderr}");
    assert!(output.stdout.is_empty());
}
