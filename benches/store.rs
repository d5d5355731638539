//! How fast the core answers what the workspace asks most (the whole text of
//! a 300-provision agreement in two languages, and one edit), the matrix of
//! a 193-party negotiation, and an export at scale.

mod common;

use common::seeded;
use criterion::{criterion_group, criterion_main, Criterion};
use entente_core::model::ProvisionText;
use entente_core::Entente;

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

/// The stress agreement of the export issue: 999 provisions in the six UN
/// languages, options on a third, the positions of 193 parties; every
/// language in the three renderings of the text, Markdown and HTML.
fn export(c: &mut Criterion) {
    use entente_core::export::{ExportRequest, Format, Rendering};
    let (dir, id) = seeded(&["333", "193", "1", "6"]);
    let entente = Entente::open(dir.path()).unwrap();
    let request = ExportRequest {
        languages: Vec::new(),
        renderings: vec![
            Rendering::Clean,
            Rendering::Bracketed,
            Rendering::Compilation,
        ],
        formats: vec![Format::Md, Format::Html],
        draft: true,
        place: String::new(),
        date: None,
    };
    let out = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.bench_function(
        "999 provisions × 6 languages × 3 renderings, md and html",
        |b| b.iter(|| entente.export(id, &request, out.path()).unwrap()),
    );
    group.finish();
}

/// The clause library read, checked and loaded at every start: every bundled
/// template in every language.
fn template_library(c: &mut Criterion) {
    let folders = entente_core::templates::bundled();
    c.bench_function("load and check the bundled clause library", |b| {
        b.iter(|| entente_core::templates::Library::from_folders(folders.clone()))
    });
}

criterion_group!(benches, workspace, negotiation, export, template_library);
criterion_main!(benches);
