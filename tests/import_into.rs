//! Importing into an agreement that is already here: the same text in
//! another language, and a new revision from the secretariat.

mod common;

use entente_core::model::{NewPosition, ProvisionKind, Stance};
use entente_core::{Entente, Error};

const ENGLISH: &str = "\
# Protocol on Outbreak Data

PREAMBLE

The Parties,

Recognizing the value of timely outbreak data,

Chapter I – General provisions

Article 1 – Objective

1. The objective of this Protocol is the timely sharing of outbreak data.

Article 2 – Use of terms

1. For the purposes of this Protocol:
(a) “outbreak data” means epidemiological and genomic data;
(b) “Party” means a State bound by this Protocol.

Chapter II – Cooperation

Article 3 – Early warning

1. The Parties shall share outbreak data within 72 hours.
2. Each Party shall designate a focal point.

Article 4 – Capacity building

1. The Parties shall support the laboratories of developing countries.
";

const FRENCH: &str = "\
# Protocole relatif aux données sur les flambées

PRÉAMBULE

Les Parties,

Reconnaissant l’intérêt de données sur les flambées communiquées en temps utile,

Chapitre I – Dispositions générales

Article premier – Objectif

1. Le présent Protocole a pour objectif le partage en temps utile des données sur les flambées.

Article 2 – Emploi des termes

1. Aux fins du présent Protocole :
a) « données sur les flambées » s’entend des données épidémiologiques et génomiques ;
b) « Partie » s’entend d’un État lié par le présent Protocole.

Chapitre II – Coopération

Article 3 – Alerte précoce

1. Les Parties communiquent les données sur les flambées dans un délai de 72 heures.
2. Chaque Partie désigne un point focal.

Article 4 – Renforcement des capacités

1. Les Parties appuient les laboratoires des pays en développement.
";

fn imported(entente: &Entente) -> i64 {
    common::import_text(entente, ENGLISH, "en", None)
}

fn find(entente: &Entente, id: i64, words: &str) -> i64 {
    let document = entente.document(id).unwrap();
    let found = document.provisions.iter().find(|n| {
        n.texts
            .get("en")
            .is_some_and(|t| t.heading.contains(words) || t.body.contains(words))
    });
    found.unwrap_or_else(|| panic!("{words:?}")).id
}

#[test]
fn the_same_text_in_french_attaches_to_every_provision() {
    let (_dir, entente) = common::open();
    let id = imported(&entente);
    let attached = common::attach(&entente, id, FRENCH, "fr").unwrap();
    let alignment = attached.alignment.unwrap();
    assert!(
        alignment.text_only.is_empty() && alignment.agreement_only.is_empty(),
        "{alignment:?}"
    );
    let document = entente.document(id).unwrap();
    assert!(document
        .agreement
        .languages
        .iter()
        .any(|l| l.code == "fr" && l.authentic));
    assert_eq!(
        document.agreement.titles["fr"],
        "Protocole relatif aux données sur les flambées"
    );
    for node in &document.provisions {
        assert!(node.missing_languages.is_empty(), "{node:?}");
    }
    let early_warning = find(&entente, id, "Early warning");
    let node = document
        .provisions
        .iter()
        .find(|n| n.id == early_warning)
        .unwrap();
    assert_eq!(node.texts["fr"].heading, "Alerte précoce");
}

#[test]
fn a_translation_laid_out_otherwise_attaches_what_corresponds_and_lists_the_rest() {
    let (_dir, entente) = common::open();
    let id = imported(&entente);
    // The French text has a third paragraph in Article 3 that the English
    // lacks, and no Article 4.
    let otherwise: String = FRENCH
        .replace(
            "2. Chaque Partie désigne un point focal.\n",
            "2. Chaque Partie désigne un point focal.\n3. Les points focaux se réunissent chaque année.\n",
        )
        .lines()
        .take_while(|l| !l.starts_with("Article 4"))
        .collect::<Vec<_>>()
        .join("\n");
    let line = otherwise
        .lines()
        .position(|l| l.starts_with("3. Les points"))
        .unwrap()
        + 1;
    let attached = common::attach(&entente, id, &otherwise, "fr").unwrap();
    let alignment = attached.alignment.unwrap();
    let text_only: Vec<(usize, ProvisionKind, Option<u32>)> = alignment
        .text_only
        .iter()
        .map(|p| (p.line, p.kind, p.number.as_ref().map(|n| n.ordinal)))
        .collect();
    assert_eq!(text_only, [(line, ProvisionKind::Paragraph, Some(3))]);
    let capacity = find(&entente, id, "Capacity building");
    let capacity_paragraph = find(&entente, id, "support the laboratories");
    let agreement_only: Vec<i64> = alignment.agreement_only.iter().map(|p| p.id).collect();
    assert_eq!(agreement_only, [capacity, capacity_paragraph]);
    // What corresponds has its French words; nothing went where it does not belong.
    let document = entente.document(id).unwrap();
    let french = |id| {
        document
            .provisions
            .iter()
            .find(|n| n.id == id)
            .and_then(|n| n.texts.get("fr"))
            .cloned()
    };
    assert_eq!(
        french(find(&entente, id, "Early warning")).unwrap().heading,
        "Alerte précoce"
    );
    assert_eq!(french(capacity), None);
    assert_eq!(alignment.matched, document.provisions.len() - 2);
}

#[test]
fn a_provision_left_over_can_be_paired_by_hand() {
    let (_dir, entente) = common::open();
    let id = imported(&entente);
    // The French text numbers its last article 5: nothing of the agreement
    // is at that number, and the user pairs it with Article 4.
    let renumbered = FRENCH.replace("Article 4 –", "Article 5 –");
    let line = renumbered
        .lines()
        .position(|l| l.starts_with("Article 5"))
        .unwrap()
        + 1;
    let capacity = find(&entente, id, "Capacity building");
    let preview = entente
        .preview_source(
            &renumbered.as_str().into(),
            &entente_core::service::ImportRequest {
                into: Some(id),
                ..common::request("fr")
            },
        )
        .unwrap();
    let alignment = preview.alignment.unwrap();
    assert_eq!(alignment.text_only[0].line, line);
    assert_eq!(alignment.agreement_only[0].id, capacity);
    let request = entente_core::service::ImportRequest {
        into: Some(id),
        pairs: vec![entente_core::service::Pair {
            line,
            provision_id: capacity,
        }],
        ..common::request("fr")
    };
    let attached = entente
        .import_source(&renumbered.as_str().into(), &request)
        .unwrap();
    let alignment = attached.alignment.unwrap();
    // The article paired, its paragraph found under it by number.
    assert!(alignment.text_only.is_empty(), "{alignment:?}");
    assert!(alignment.agreement_only.is_empty(), "{alignment:?}");
    let document = entente.document(id).unwrap();
    let node = document
        .provisions
        .iter()
        .find(|n| n.id == capacity)
        .unwrap();
    assert_eq!(node.texts["fr"].heading, "Renforcement des capacités");
}

#[test]
fn a_new_revision_keeps_each_provision_and_its_positions() {
    let (_dir, entente) = common::open();
    let id = imported(&entente);
    let kenya = common::party(
        &entente,
        id,
        "Kenya",
        entente_core::model::PartyKind::State,
        vec![],
    );
    let early_warning = find(&entente, id, "within 72 hours");
    let capacity = find(&entente, id, "Capacity building");
    let focal_point = find(&entente, id, "focal point");
    let position = NewPosition {
        stance: Stance::Opposes,
        amendment: String::new(),
        clearance: Default::default(),
        cleared_on: None,
        note: "Seventy-two hours is too short".into(),
        preferred_option: None,
        option_stances: vec![],
    };
    entente
        .record_position(early_warning, kenya, &position)
        .unwrap();
    entente.save_version(id, "Rev.1").unwrap();

    // Rev.2: the deadline softened, a new article before Capacity building,
    // Capacity building moved to Chapter I, the focal point dropped.
    let revision = ENGLISH
        .replace("within 72 hours.", "within 72 hours, or as soon as possible thereafter.")
        .replace("2. Each Party shall designate a focal point.\n", "")
        .replace(
            "Article 4 – Capacity building\n\n1. The Parties shall support the laboratories of developing countries.\n",
            "Article 4 – Genomic surveillance\n\n1. The Parties shall cooperate in genomic surveillance.\n",
        )
        .replace(
            "Chapter II – Cooperation",
            "Article 3 – Capacity building\n\n1. The Parties shall support the laboratories of developing countries.\n\nChapter II – Cooperation",
        );
    let report = common::revise(&entente, id, &revision, "en", "Rev.2").unwrap();

    assert_eq!(report.amended, [early_warning]);
    assert_eq!(report.moved, [capacity]);
    assert_eq!(report.unmatched, [focal_point]);
    assert_eq!(report.added.len(), 2, "the new article and its paragraph");
    let history = entente.position_history(early_warning, kenya).unwrap();
    assert_eq!(
        history.last().unwrap().note,
        "Seventy-two hours is too short"
    );

    let document = entente.document(id).unwrap();
    let label = |id: i64| {
        let node = document.provisions.iter().find(|n| n.id == id).unwrap();
        (node.kind, node.number.as_ref().map(|n| n.ordinal))
    };
    assert_eq!(label(capacity), (ProvisionKind::Article, Some(3)));
    let versions = entente.versions(id).unwrap();
    assert_eq!(versions.last().unwrap().name, "Rev.2");
    assert_eq!(versions.last().unwrap().id, report.version_id);

    // Importing the same revision again changes no words.
    let again = common::revise(&entente, id, &revision, "en", "Rev.2 bis").unwrap();
    assert!(again.amended.is_empty() && again.added.is_empty() && again.moved.is_empty());
}

#[test]
fn the_command_line_attaches_a_language_and_reads_a_revision() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let write = |name: &str, text: &str| {
        let path = root.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let run = |args: &[&str]| common::stdout(common::entente_cli(&dir).args(args));
    let id = run(&["import-md", &write("en.md", ENGLISH), "--lang", "en"])
        .trim()
        .to_string();
    let attached = run(&[
        "import-md",
        &write("fr.md", FRENCH),
        "--lang",
        "fr",
        "--into",
        &id,
    ]);
    assert_eq!(attached.trim(), id);

    let revision = ENGLISH.replace("2. Each Party shall designate a focal point.\n", "");
    let said = run(&[
        "import-md",
        &write("rev2.md", &revision),
        "--lang",
        "en",
        "--into",
        &id,
        "--revision",
        "Rev.2",
    ]);
    assert!(
        said.starts_with("Rev.2 saved: 0 amended, 0 added, 0 moved."),
        "{said}"
    );
    assert!(
        said.contains("not in the revision, left as it was: Paragraph 2"),
        "{said}"
    );

    let longer = FRENCH.replace(
        "1. Les Parties appuient",
        "1. Les Parties appuient.\n2. Les Parties appuient",
    );
    let line = longer
        .lines()
        .position(|l| l.starts_with("2. Les Parties appuient"))
        .unwrap()
        + 1;
    let said = run(&[
        "import",
        &write("fr2.md", &longer),
        "--lang",
        "es",
        "--into",
        &id,
    ]);
    assert!(
        said.contains(&format!(
            "in the text only, line {line}: Paragraph 2 Les Parties appuient"
        )),
        "{said}"
    );
}

#[test]
fn a_paragraph_inserted_before_another_does_not_take_its_place() {
    let (_dir, entente) = common::open();
    let id = imported(&entente);
    let kenya = common::party(
        &entente,
        id,
        "Kenya",
        entente_core::model::PartyKind::State,
        vec![],
    );
    let early_warning = find(&entente, id, "within 72 hours");
    let focal_point = find(&entente, id, "focal point");
    let position = NewPosition {
        stance: Stance::Opposes,
        amendment: String::new(),
        clearance: Default::default(),
        cleared_on: None,
        note: "On the deadline".into(),
        preferred_option: None,
        option_stances: vec![],
    };
    entente
        .record_position(early_warning, kenya, &position)
        .unwrap();
    // A new first paragraph; the focal point dropped from between two others.
    let revision = ENGLISH
        .replace(
            "1. The Parties shall share outbreak data within 72 hours.\n2. Each Party shall designate a focal point.\n",
            "1. Each Party shall maintain a national surveillance system.\n2. The Parties shall share outbreak data within 72 hours.\n3. The Parties shall review this Article.\n",
        );
    let report = common::revise(&entente, id, &revision, "en", "Rev.2").unwrap();
    assert!(report.amended.is_empty(), "{report:?}");
    assert_eq!(report.added.len(), 2);
    assert_eq!(report.unmatched, [focal_point]);
    let history = entente.position_history(early_warning, kenya).unwrap();
    assert_eq!(history.last().unwrap().note, "On the deadline");

    // The dropped paragraph stays after the one it followed.
    let document = entente.document(id).unwrap();
    let article = document
        .provisions
        .iter()
        .find(|n| n.id == early_warning)
        .unwrap()
        .parent_id;
    let order: Vec<String> = document
        .provisions
        .iter()
        .filter(|n| n.parent_id == article)
        .map(|n| n.texts["en"].body.clone())
        .collect();
    assert_eq!(
        order,
        [
            "Each Party shall maintain a national surveillance system.",
            "The Parties shall share outbreak data within 72 hours.",
            "Each Party shall designate a focal point.",
            "The Parties shall review this Article."
        ]
    );
}

#[test]
fn attaching_never_writes_over_a_language_the_text_has() {
    let (_dir, entente) = common::open();
    let id = imported(&entente);
    let before = serde_json::to_value(entente.document(id).unwrap()).unwrap();
    assert!(matches!(
        common::attach(&entente, id, ENGLISH, "en").unwrap_err(),
        Error::LanguageHasText { code } if code == "en"
    ));
    assert_eq!(
        serde_json::to_value(entente.document(id).unwrap()).unwrap(),
        before
    );
}

#[test]
fn a_sentence_that_grows_is_the_same_provision_amended() {
    let (_dir, entente) = common::open();
    let text = "# Memorandum\n\nArticle 1\n\n1. The Parties cooperate.\n";
    let id = common::import_text(&entente, text, "en", None);
    let paragraph = find(&entente, id, "The Parties cooperate.");
    let revision = text.replace("cooperate.", "cooperate closely.");
    let report = common::revise(&entente, id, &revision, "en", "Rev.2").unwrap();
    assert_eq!((report.amended, report.added), (vec![paragraph], vec![]));
}

#[test]
fn articles_without_headings_are_known_by_their_paragraphs() {
    let (_dir, entente) = common::open();
    let text = "# Memorandum\n\nArticle 1\n\n1. The Parties share outbreak data.\n\nArticle 2\n\n1. The Parties train epidemiologists.\n\nArticle 3\n\n1. The Parties review this Memorandum every five years.\n";
    let id = common::import_text(&entente, text, "en", None);
    let training = find(&entente, id, "train epidemiologists");
    let article_of = |entente: &Entente, paragraph| {
        let document = entente.document(id).unwrap();
        document
            .provisions
            .iter()
            .find(|n| n.id == paragraph)
            .unwrap()
            .parent_id
            .unwrap()
    };
    let article = article_of(&entente, training);
    // A new Article 2 before the one on training.
    let revision = text.replace(
        "Article 2\n\n1. The Parties train",
        "Article 2\n\n1. The Parties align their regulation.\n\nArticle 3\n\n1. The Parties train",
    ).replace("Article 3\n\n1. The Parties review", "Article 4\n\n1. The Parties review");
    let report = common::revise(&entente, id, &revision, "en", "Rev.2").unwrap();
    assert!(
        report.amended.is_empty() && report.moved.is_empty(),
        "{report:?}"
    );
    assert_eq!(report.added.len(), 2, "{report:?}");
    assert_eq!(
        article_of(&entente, training),
        article,
        "the article keeps its paragraph"
    );
}

#[test]
fn a_chinese_paragraph_amended_is_the_same_paragraph() {
    let (_dir, entente) = common::open();
    let text = "# 备忘录\n\nArticle 1\n\n1. 各缔约方应分享疫情数据。\n";
    let id = common::import_text(&entente, text, "zh", None);
    let document = entente.document(id).unwrap();
    let paragraph = document
        .provisions
        .iter()
        .find(|n| n.kind == ProvisionKind::Paragraph)
        .unwrap()
        .id;
    let revision = text.replace("应分享", "应密切分享");
    let report = common::revise(&entente, id, &revision, "zh", "Rev.2").unwrap();
    assert_eq!((report.amended, report.added), (vec![paragraph], vec![]));
}
