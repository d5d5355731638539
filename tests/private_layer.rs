//! Fallback positions, red lines and notes stay on this machine: by
//! construction, no output of Entente contains them.

mod common;

use entente_core::model::{PrivateNoteKind, ProvisionKind};
use entente_core::{Entente, Error};

const RED_LINE: &str = "RED LINE 7f3a: never accept mandatory sharing of genomic data";
const FALLBACK: &str = "FALLBACK 9c1e: accept voluntary sharing with benefit-sharing";

fn cli(dir: &std::path::Path, args: &[&str]) -> String {
    common::stdout(common::entente_cli(dir).args(args))
}

#[test]
fn private_notes_are_kept_and_never_leave_the_machine() {
    let dir = tempfile::tempdir().unwrap();
    let entente = Entente::open(dir.path()).unwrap();
    let a = entente
        .create_agreement(&common::new_agreement("T"))
        .unwrap()
        .id;
    let article = common::add(&entente, a, ProvisionKind::Article, None, "Data sharing");
    entente
        .add_private_note(article, PrivateNoteKind::RedLine, RED_LINE)
        .unwrap();
    let fallback = entente
        .add_private_note(article, PrivateNoteKind::Fallback, FALLBACK)
        .unwrap();
    let version = entente.save_version(a, "Rev.1").unwrap();

    let notes = entente.private_notes(article).unwrap();
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0].kind, PrivateNoteKind::RedLine);

    // Every rendering and format of an export, its manifest included.
    let exported = tempfile::tempdir().unwrap();
    let request = entente_core::export::ExportRequest {
        languages: Vec::new(),
        renderings: entente_core::export::Rendering::ALL.to_vec(),
        formats: vec![
            entente_core::export::Format::Md,
            entente_core::export::Format::Html,
        ],
        draft: true,
        place: String::new(),
        date: None,
    };
    entente.export(a, &request, exported.path()).unwrap();
    let mut exports = String::new();
    for file in std::fs::read_dir(exported.path()).unwrap() {
        exports.push_str(&std::fs::read_to_string(file.unwrap().path()).unwrap());
    }
    assert!(
        exports.contains("Data sharing"),
        "the export holds the text"
    );

    let outputs = [
        exports,
        serde_json::to_string(&entente.document(a).unwrap()).unwrap(),
        serde_json::to_string(&entente.report(a).unwrap()).unwrap(),
        serde_json::to_string(&entente.version(version.id).unwrap()).unwrap(),
        serde_json::to_string(&entente.provision_history(article).unwrap()).unwrap(),
        cli(dir.path(), &["show", &a.to_string(), "--json"]),
        cli(dir.path(), &["show", &a.to_string()]),
        cli(dir.path(), &["report", &a.to_string()]),
        cli(dir.path(), &["report", &a.to_string(), "--format", "json"]),
    ];
    for output in &outputs {
        assert!(
            !output.contains("7f3a") && !output.contains("9c1e"),
            "private text in: {output}"
        );
    }
    // The frozen version holds no trace either, in the database itself.
    let snapshot: String = rusqlite::Connection::open(entente.database_path())
        .unwrap()
        .query_row(
            "SELECT snapshot FROM version WHERE id = ?1",
            [version.id],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!snapshot.contains("7f3a"));

    entente.remove_private_note(fallback.id).unwrap();
    assert_eq!(entente.private_notes(article).unwrap().len(), 1);
    assert!(matches!(
        entente.remove_private_note(fallback.id),
        Err(Error::NotFound { what: "note", .. })
    ));
    assert!(matches!(
        entente.add_private_note(article, PrivateNoteKind::Note, "  "),
        Err(Error::EmptyField { field: "note" })
    ));
}
