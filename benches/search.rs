//! Search on the stress agreement, in a bench of its own: each group's
//! set-up runs even when a filter leaves the group out, and the other
//! benches seed a 579,000-position negotiation first.

mod common;

use common::seeded;
use criterion::{criterion_group, criterion_main, Criterion};
use entente_core::model::ProvisionText;
use entente_core::store::DATABASE_FILE;
use entente_core::Entente;

/// Search as the delegate types, on the stress agreement (999 provisions in
/// the six languages, options on a third): each prefix of a word, one word
/// that is everywhere, and a phrase; then the price of keeping the index
/// current, as the cost of a save with and without its triggers.
fn search(c: &mut Criterion) {
    let (dir, id) = seeded(&["333", "193", "1", "6"]);
    let entente = Entente::open(dir.path()).unwrap();
    let mut group = c.benchmark_group("search");
    group.sample_size(20);
    for query in [
        "e",
        "eq",
        "equit",
        "equitable",
        "intelligence",
        "safe, ethical",
        "数据",
    ] {
        group.bench_function(format!("{query:?} in all six languages"), |b| {
            b.iter(|| entente.search(id, query, None).unwrap())
        });
    }
    group.bench_function("\"equitable\" in French only", |b| {
        b.iter(|| entente.search(id, "equitable", Some("fr")).unwrap())
    });
    let paragraph = entente.document(id).unwrap().provisions[1].id;
    let mut n = 0u64;
    let mut save = |entente: &Entente| {
        n += 1;
        let text = ProvisionText {
            heading: String::new(),
            body: format!("Revised wording {n} on the equitable use of health data."),
        };
        entente.set_provision_text(paragraph, "en", &text).unwrap()
    };
    group.bench_function("save one paragraph, the index kept current", |b| {
        b.iter(|| save(&entente))
    });
    // The same database without the index's triggers: what a save cost before search.
    let unindexed = tempfile::tempdir().unwrap();
    std::fs::copy(
        dir.path().join(DATABASE_FILE),
        unindexed.path().join(DATABASE_FILE),
    )
    .unwrap();
    let conn = rusqlite::Connection::open(unindexed.path().join(DATABASE_FILE)).unwrap();
    for trigger in search_triggers(&conn) {
        conn.execute(&format!("DROP TRIGGER {trigger}"), [])
            .unwrap();
    }
    drop(conn);
    let without = Entente::open(unindexed.path()).unwrap();
    group.bench_function("save one paragraph, no index", |b| {
        b.iter(|| save(&without))
    });
    group.finish();
}

/// The triggers that keep the search index current.
fn search_triggers(conn: &rusqlite::Connection) -> Vec<String> {
    conn.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

criterion_group!(benches, search);
criterion_main!(benches);
