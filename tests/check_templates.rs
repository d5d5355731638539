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
