//! Import from Markdown: an agreement's clean text, exported and read back,
//! gives the same provisions with the same words; what cannot be placed is
//! reported with its line.

mod common;

use std::collections::BTreeMap;

use entente_core::export::{ExportRequest, Format, Rendering};
use entente_core::model::{Placement, ProvisionKind, ProvisionStatus, ProvisionText};

fn add(
    entente: &entente_core::Entente,
    a: i64,
    kind: ProvisionKind,
    parent: Option<i64>,
    heading: &str,
    body: &str,
) -> i64 {
    let texts = BTreeMap::from([(
        "en".to_string(),
        ProvisionText {
            heading: heading.into(),
            body: body.into(),
        },
    )]);
    entente
        .add_provision(
            a,
            kind,
            Placement {
                parent,
                index: None,
            },
            &texts,
        )
        .unwrap()
}

#[test]
fn an_exported_clean_text_reads_back_into_the_same_provisions() {
    let (dir, entente) = common::open();
    let mut details = common::new_agreement("Framework Agreement on AI for Health");
    details.languages.truncate(1);
    let a = entente.create_agreement(&details).unwrap().id;
    add(
        &entente,
        a,
        ProvisionKind::Recital,
        None,
        "",
        "Recognizing that artificial intelligence can improve health,",
    );
    let chapter = add(
        &entente,
        a,
        ProvisionKind::Chapter,
        None,
        "General provisions",
        "",
    );
    let article = add(
        &entente,
        a,
        ProvisionKind::Article,
        Some(chapter),
        "Scope",
        "",
    );
    let first = add(
        &entente,
        a,
        ProvisionKind::Paragraph,
        Some(article),
        "",
        "This Agreement applies to:",
    );
    add(
        &entente,
        a,
        ProvisionKind::Subparagraph,
        Some(first),
        "",
        "research on 1. data; and",
    );
    add(
        &entente,
        a,
        ProvisionKind::Subparagraph,
        Some(first),
        "",
        "the deployment of *systems*.",
    );
    add(
        &entente,
        a,
        ProvisionKind::Paragraph,
        Some(article),
        "",
        "It does not apply to military uses.",
    );
    add(
        &entente,
        a,
        ProvisionKind::Article,
        Some(chapter),
        "Objective",
        "The objective is cooperation.",
    );
    let original = entente.document(a).unwrap();
    for node in &original.provisions {
        entente
            .set_provision_status(node.id, ProvisionStatus::Agreed, "")
            .unwrap();
    }

    let out = tempfile::tempdir().unwrap();
    let request = ExportRequest {
        languages: Vec::new(),
        renderings: vec![Rendering::Clean],
        formats: vec![Format::Md],
        draft: false,
        place: "Geneva".into(),
        date: Some("2026-05-20".into()),
    };
    let manifest = entente.export(a, &request, out.path()).unwrap();
    let exported = std::fs::read_to_string(out.path().join(&manifest.files[0].path)).unwrap();

    let (id, read) = entente.import_markdown(&exported, "en", None).unwrap();
    // The title page's facts are not part of the text: reported, not placed.
    assert_eq!(
        read.unplaced,
        [(3, "Framework agreement · AI-HEALTH/2026/1".to_string())]
    );
    let imported = entente.document(id).unwrap();
    assert_eq!(
        imported.agreement.titles["en"],
        "Framework Agreement on AI for Health"
    );
    let shape = |d: &entente_core::model::AgreementDocument| -> Vec<_> {
        d.provisions
            .iter()
            .map(|n| (n.kind, n.number.clone(), n.texts["en"].clone()))
            .collect()
    };
    assert_eq!(shape(&imported), shape(&original));
    drop(dir);
}

#[test]
fn the_command_line_prints_the_new_id_and_reports_what_it_cannot_place() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("agreement.md");
    std::fs::write(&file, "# Memorandum\n\nA stray line before any article.\n\nArticle 1 – Objective\n\n1. The Participants shall cooperate.\n").unwrap();
    let output = common::entente_cli(dir.path())
        .args(["import-md", file.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let id: i64 = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("agreement.md:3: could not be placed, and was left out: A stray line before any article."), "{stderr}");
    let shown = common::stdout(common::entente_cli(dir.path()).args(["show", &id.to_string()]));
    assert!(shown.contains("Memorandum"), "{shown}");
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_line() {
    let read = entente_core::import::read(
        "\u{feff}# Protocol on Outbreak Data\n\nArticle 1\n\n1. Words.\n",
    );
    assert_eq!(read.title.as_deref(), Some("Protocol on Outbreak Data"));
    assert!(read.unplaced.is_empty(), "{:?}", read.unplaced);
}
