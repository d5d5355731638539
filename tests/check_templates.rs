//! `entente check-templates`: a corpus of broken templates, each with the
//! exact lines the command must print.

mod common;

use std::path::Path;

const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/template-cases");

fn check_templates() -> assert_cmd::Command {
    let mut command = common::entente_cli(Path::new("/nonexistent"));
    command.current_dir(CASES).arg("check-templates");
    command
}

#[test]
fn each_broken_template_gets_its_exact_messages_and_positions() {
    let mut cases: Vec<_> = std::fs::read_dir(CASES)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 15, "{cases:?}");
    for case in cases {
        let name = case.file_name().unwrap().to_str().unwrap();
        let expected = std::fs::read_to_string(case.join("expected.txt")).unwrap();
        let has_errors = expected.lines().any(|l| !l.contains(": warning: "));
        let output = check_templates().arg(name).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&output.stdout), expected, "{name}");
        assert_eq!(
            output.status.code(),
            Some(if has_errors { 1 } else { 0 }),
            "{name}"
        );
    }
}

#[test]
fn a_folder_that_is_not_there_is_a_usage_error() {
    let output = check_templates().arg("no-such-folder").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such-folder is not a folder"));
}
