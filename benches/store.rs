//! How fast the core answers what the workspace asks most: the whole text of
//! a 300-provision agreement in two languages, and one edit.

use std::process::Command;

use criterion::{criterion_group, criterion_main, Criterion};
use entente::model::ProvisionText;
use entente::Entente;

/// A data directory holding a measurement agreement made by the
/// seed_agreement example (its arguments after the directory), so that
/// benchmarks and whole-process timings measure the same data.
fn seeded(args: &[&str]) -> (tempfile::TempDir, i64) {
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

fn workspace(c: &mut Criterion) {
    let (dir, id) = seeded(&[]);
    let entente = Entente::open(dir.path()).unwrap();
    let document = entente.document(id).unwrap();
    assert_eq!(document.provisions.len(), 300);
    let paragraph = document.provisions[1].id;

    c.bench_function("open the database", |b| {
        b.iter(|| Entente::open(dir.path()).unwrap())
    });
    c.bench_function("load a 300-provision text in 2 languages", |b| {
        b.iter(|| entente.document(id).unwrap())
    });
    let mut n = 0u64;
    c.bench_function("save one paragraph's text", |b| {
        b.iter(|| {
            n += 1;
            let text = ProvisionText {
                heading: String::new(),
                body: format!("Revised wording {n}."),
            };
            entente.set_provision_text(paragraph, "en", &text).unwrap()
        })
    });
}

/// A real multilateral negotiation: 193 parties, 300 provisions, ten changes
/// of position per cell (579 000 positions recorded).
fn negotiation(c: &mut Criterion) {
    let (dir, id) = seeded(&["100", "193", "10"]);
    let entente = Entente::open(dir.path()).unwrap();
    let report = entente.report(id).unwrap();
    assert_eq!((report.rows.len(), report.parties.len()), (300, 193));
    let mut group = c.benchmark_group("negotiation");
    group.sample_size(10);
    group.bench_function("matrix and roll-up, 193 parties × 300 provisions", |b| {
        b.iter(|| entente.report(id).unwrap())
    });
    group.finish();
}

criterion_group!(benches, workspace, negotiation);
criterion_main!(benches);
