//! `entente check-locales`: a corpus of broken locale folders, each with the
//! exact lines the command must print; the bundled locales, clean.

mod common;

use std::path::Path;

use entente_core::i18n::{check_bundled, Severity};

const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/locale-cases");

fn check_locales() -> assert_cmd::Command {
    common::check_command(CASES, "check-locales")
}

#[test]
fn each_broken_folder_gets_its_exact_messages_and_positions() {
    common::check_corpus(CASES, "check-locales", 13);
}

#[test]
fn the_bundled_locales_are_clean_without_a_warning() {
    let report = check_bundled("en");
    assert_eq!(report.languages, 6);
    let lines: Vec<String> = report
        .problems
        .iter()
        .map(|p| p.line(&entente_core::i18n::Localizer::bundled("en", false)))
        .collect();
    assert!(lines.is_empty(), "{}", lines.join("\n"));
    // And the same from the command line, the files on disk included.
    check_locales().assert().success().stdout("");
    check_locales()
        .arg("../../locales")
        .assert()
        .success()
        .stdout("");
}

#[test]
fn a_folder_without_the_reference_is_a_usage_error() {
    let output = check_locales()
        .arg("clean")
        .args(["--reference", "de"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr).replace(std::path::MAIN_SEPARATOR, "/");
    assert!(
        stderr.contains("clean/de is not a locale folder"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn severities_are_kept_apart() {
    let report =
        entente_core::i18n::check_locales(&Path::new(CASES).join("plural-categories"), "en")
            .unwrap();
    assert!(report
        .problems
        .iter()
        .all(|p| p.severity == Severity::Warning));
    assert!(!report.has_errors());
}

#[test]
fn fix_mends_the_typography_of_each_language() {
    let (dir, printed, code) = common::fixed_copy(CASES, "check-locales", "typography");
    assert_eq!((printed.as_str(), code), ("", Some(0)));
    let read = |language: &str| {
        std::fs::read_to_string(dir.path().join(format!("typography/{language}/app.ftl"))).unwrap()
    };
    assert!(read("fr").contains("Les Parties\u{a0}: lisez «\u{a0}ceci\u{a0}» d’abord\u{202f};"));
    assert!(read("zh").contains("你好，{ $name }"));
    assert!(read("ar").contains("مرحبا، { $name }"));
    assert!(read("ru").contains("прочтите «это»;"));
}
