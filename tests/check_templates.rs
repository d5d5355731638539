//! `entente check-templates`: a corpus of broken templates, each with the
//! exact lines the command must print.

mod common;

const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/template-cases");

fn check_templates() -> assert_cmd::Command {
    common::check_command(CASES, "check-templates")
}

#[test]
fn each_broken_template_gets_its_exact_messages_and_positions() {
    common::check_corpus(CASES, "check-templates", 15);
}

#[test]
fn a_folder_that_is_not_there_is_a_usage_error() {
    let output = check_templates().arg("no-such-folder").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such-folder is not a folder"));
}

#[test]
fn fix_mends_the_typography_and_nothing_else() {
    let (dir, printed, code) = common::fixed_copy(CASES, "check-templates", "typography");
    assert_eq!((printed.as_str(), code), ("", Some(0)));
    let french =
        std::fs::read_to_string(dir.path().join("typography/incident-notification/fr.md")).unwrap();
    assert!(french.contains("La notification décrit\u{a0}:"), "{french}");
    assert!(
        french.contains("la nature de l’incident\u{202f};"),
        "{french}"
    );
    let english =
        std::fs::read_to_string(dir.path().join("typography/incident-notification/en.md")).unwrap();
    let original =
        std::fs::read_to_string(format!("{CASES}/typography/incident-notification/en.md")).unwrap();
    assert_eq!(english, original);
}
