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

    let id = common::import_text(&entente, &exported, "en", None);
    let imported = entente.document(id).unwrap();
    assert_eq!(
        imported.agreement.titles["en"],
        "Framework Agreement on AI for Health"
    );
    // The title page's facts are read back into the agreement's.
    assert_eq!(imported.agreement.kind, original.agreement.kind);
    assert_eq!(imported.agreement.symbol, "AI-HEALTH/2026/1");
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
fn the_command_line_refuses_a_text_with_lines_that_fit_nowhere_unless_told_to_keep_them() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("agreement.md");
    std::fs::write(&file, "# Memorandum\n\nArticle 1 – Objective\n\n1. The Participants shall cooperate.\n\n[^9]: A note that no line calls.\n").unwrap();
    let output = common::entente_cli(dir.path())
        .args(["import-md", file.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("agreement.md:7: could not be placed: [^9]: A note that no line calls."),
        "{stderr}"
    );
    assert!(stderr.contains("Nothing was imported"), "{stderr}");
    let listed = common::stdout(common::entente_cli(dir.path()).args(["list", "--json"]));
    assert_eq!(listed.trim(), "[]");

    let output = common::entente_cli(dir.path())
        .args([
            "import",
            file.to_str().unwrap(),
            "--lang",
            "en",
            "--keep-unplaced",
        ])
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
    assert!(
        stderr.contains("agreement.md:7: kept as an unnumbered paragraph"),
        "{stderr}"
    );
    let shown =
        common::stdout(common::entente_cli(dir.path()).args(["show", &id.to_string(), "--json"]));
    let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(shown["counts"]["paragraphs"], 2, "{shown}");
}

#[test]
fn the_command_line_previews_what_a_text_holds_and_makes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("resolution.txt");
    std::fs::write(&file, "A/RES/80/12\n\n80/12. Artificial intelligence for health\n\nThe General Assembly,\n\nRecalling its earlier work,\n\n1. Decides to act;\n\n2. Requests a report.\n").unwrap();
    let out = common::stdout(common::entente_cli(dir.path()).args([
        "import",
        file.to_str().unwrap(),
        "--lang",
        "en",
        "--preview",
    ]));
    for expected in [
        "Title: 80/12. Artificial intelligence for health",
        "Symbol: A/RES/80/12",
        "The preamble opens: The General Assembly,",
        "Recital: 1",
        "Paragraph: 2",
    ] {
        assert!(out.contains(expected), "{expected:?} in {out}");
    }
    let listed = common::stdout(common::entente_cli(dir.path()).args(["list", "--json"]));
    assert_eq!(listed.trim(), "[]");
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_line() {
    let read = entente_core::import::read(
        "\u{feff}# Protocol on Outbreak Data\n\nArticle 1\n\n1. Words.\n",
        "en",
    );
    assert_eq!(read.title.as_deref(), Some("Protocol on Outbreak Data"));
    assert!(read.unplaced.is_empty(), "{:?}", read.unplaced);
}

#[test]
fn files_that_are_no_agreement_text_are_refused_and_nothing_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let latin1 = write(
        "latin1.txt",
        b"# Accord\n\nArticle premier\n\n1. L'\xe9galit\xe9.\n",
    );
    let empty = write("empty.md", b"");
    let title_only = write("title.md", b"# An agreement with nothing in it\n");
    let binary = write("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let zeros = write("zeros.txt", &[0u8; 64]);
    let huge = dir.path().join("huge.md");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    for (path, says) in [
        (&latin1, "is not a text in UTF-8"),
        (&empty, "holds no provision"),
        (&title_only, "holds no provision"),
        (&binary, "is not a text in UTF-8"),
        (&zeros, "is not a text in UTF-8"),
        (&huge, "more than any agreement text"),
    ] {
        let output = common::entente_cli(dir.path())
            .args(["import", path.to_str().unwrap(), "--lang", "en"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{path:?}: {stderr}");
        assert!(stderr.contains(says), "{path:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    let listed = common::stdout(common::entente_cli(dir.path()).args(["list", "--json"]));
    assert_eq!(listed.trim(), "[]");
}

#[test]
fn emphasis_as_converters_write_it_is_read_off_and_a_chinese_opening_found() {
    let (_dir, entente) = common::open();
    let spanish = "# Convenio sobre datos sanitarios\n\n*Las Partes*,\n\n\
        ***Reconociendo*** la importancia de los datos,\n\n**Han convenido** en lo siguiente:\n\n\
        ***Artículo 1.*** *Objeto*\n\nRegula el intercambio de datos_sanitarios, 2 * 3 registros.\n";
    let preview = entente
        .preview_source(&spanish.into(), &common::request("es"))
        .unwrap();
    assert_eq!(preview.framing.preamble_opening, "Las Partes,");
    assert_eq!(preview.headings[0].heading, "Objeto");
    let id = common::import_text(&entente, spanish, "es", None);
    let document = entente.document(id).unwrap();
    let words: Vec<&str> = document
        .provisions
        .iter()
        .map(|n| n.texts["es"].body.as_str())
        .collect();
    assert!(
        words.contains(&"Reconociendo la importancia de los datos,"),
        "{words:?}"
    );
    assert!(
        words.contains(&"Regula el intercambio de datos_sanitarios, 2 * 3 registros."),
        "{words:?}"
    );

    let chinese =
        "# 卫生数据协定\n\n各缔约方，\n\n**认识到**高质量数据的重要性，\n\n协议如下：\n\n\
        **第一条**　*宗旨*\n\n本协定规范数据交换。\n";
    let preview = entente
        .preview_source(&chinese.into(), &common::request("zh"))
        .unwrap();
    assert_eq!(preview.framing.preamble_opening, "各缔约方，");
    assert_eq!(preview.counts[&ProvisionKind::Recital], 1);
}
