//! A user action interrupted by a crash (SIGKILL: a dead battery, a killed
//! process) leaves all of it or none of it. Short runs for the test suite.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use entente_core::Entente;

/// `entente sample` on `dir`, as a child process of its own.
fn sample(dir: &Path) -> Command {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("entente"));
    command
        .env_remove("ENTENTE_DATA_DIR")
        .arg("--data-dir")
        .arg(dir)
        .arg("sample")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// What a whole sample holds: its provisions in every language, and its
/// versions.
fn shape(entente: &Entente, id: i64) -> (usize, usize, usize) {
    let document = entente.document(id).unwrap();
    let texts = document.provisions.iter().map(|n| n.texts.len()).sum();
    let versions = entente.versions(id).unwrap().len();
    (document.provisions.len(), texts, versions)
}

#[test]
fn a_sample_killed_at_any_moment_is_there_whole_or_not_at_all() {
    let whole = tempfile::tempdir().unwrap();
    let started = Instant::now();
    assert!(sample(whole.path()).status().unwrap().success());
    let duration = started.elapsed();
    let reference = shape(&Entente::open(whole.path()).unwrap(), 1);

    let dir = tempfile::tempdir().unwrap();
    // Kills spread over the whole run, the last ones where it writes to the
    // user's database.
    for fraction in [0.2, 0.5, 0.8, 0.9, 0.95, 0.99] {
        let mut child = sample(dir.path()).spawn().unwrap();
        std::thread::sleep(Duration::from_secs_f64(duration.as_secs_f64() * fraction));
        child.kill().unwrap();
        child.wait().unwrap();
    }
    let entente = Entente::open(dir.path()).unwrap();
    for agreement in entente.list_agreements().unwrap() {
        assert_eq!(
            shape(&entente, agreement.id),
            reference,
            "agreement {} is half-made",
            agreement.id
        );
    }
}
