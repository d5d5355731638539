//! What the benchmarks share: the agreements they measure, made by the
//! seed_agreement example, so that benchmarks and whole-process timings
//! measure the same data.

use std::process::Command;

/// A data directory holding a measurement agreement made by the
/// seed_agreement example (its arguments after the directory), so that
/// benchmarks and whole-process timings measure the same data.
pub fn seeded(args: &[&str]) -> (tempfile::TempDir, i64) {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--release",
            "--example",
            "seed_agreement",
            "--",
        ])
        .arg(dir.path())
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let id = String::from_utf8(output.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    (dir, id)
}
