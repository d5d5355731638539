//! Import of agreement texts as they really circulate (tests/import-texts/):
//! a Markdown framework agreement, a French memorandum typed as plain text, a
//! Spanish agreement in parts, and an English declaration with the
//! irregularities of a text copied out of a PDF. Each is read into exactly
//! the provisions it was written with, keeps every word of its text in
//! order, and reports, with their line numbers, the lines it cannot place.

mod common;

use entente_core::export::{ExportRequest, Format, Rendering};
use entente_core::import::ReadText;
use entente_core::model::{AgreementDocument, Counts, ProvisionKind, ProvisionStatus};
use entente_core::Entente;
use regex::Regex;

const TEXTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/import-texts");

fn source(name: &str) -> String {
    std::fs::read_to_string(format!("{TEXTS}/{name}")).unwrap()
}

/// Imports the text `name` in `language`, and returns its source, what the
/// reader made of it and the agreement made from it.
fn import(
    entente: &Entente,
    name: &str,
    language: &str,
    title: Option<&str>,
) -> (String, ReadText, AgreementDocument) {
    let text = source(name);
    let (id, read) = entente.import_markdown(&text, language, title).unwrap();
    (text, read, entente.document(id).unwrap())
}

/// How many of each provision kind, for an agreement with one language and no parties.
fn counts(
    recitals: usize,
    parts: usize,
    chapters: usize,
    articles: usize,
    paragraphs: usize,
    subparagraphs: usize,
) -> Counts {
    Counts {
        recitals,
        parts,
        chapters,
        articles,
        paragraphs,
        subparagraphs,
        languages: 1,
        ..Counts::default()
    }
}

/// The provisions of `kind`, each as its number (Roman for parts and
/// chapters, as the source writes them) and its heading.
fn headings(
    document: &AgreementDocument,
    language: &str,
    kind: ProvisionKind,
) -> Vec<(String, String)> {
    document
        .provisions
        .iter()
        .filter(|n| n.kind == kind)
        .map(|n| {
            let number = n.number.as_ref().unwrap();
            let number = match kind {
                ProvisionKind::Part | ProvisionKind::Chapter => number.roman.clone(),
                _ => number.ordinal.to_string(),
            };
            let heading = n
                .texts
                .get(language)
                .map(|t| t.heading.clone())
                .unwrap_or_default();
            (number, heading)
        })
        .collect()
}

/// Expected headings written as `[(number, heading)]` literals.
fn listed(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(n, h)| (n.to_string(), h.to_string()))
        .collect()
}

/// How many articles each part or chapter (`kind`) holds, in order.
fn articles_in(document: &AgreementDocument, kind: ProvisionKind) -> Vec<usize> {
    document
        .provisions
        .iter()
        .filter(|n| n.kind == kind)
        .map(|division| {
            document
                .provisions
                .iter()
                .filter(|n| n.kind == ProvisionKind::Article && n.parent_id == Some(division.id))
                .count()
        })
        .collect()
}

/// Each article, as the number of sub-paragraphs of each of its paragraphs
/// (`[]`: an article of unnumbered words; `[2, 0]`: two paragraphs, the
/// first with two sub-paragraphs).
fn article_shapes(document: &AgreementDocument) -> Vec<Vec<usize>> {
    let children = |id, kind| {
        document
            .provisions
            .iter()
            .filter(move |n| n.kind == kind && n.parent_id == Some(id))
    };
    document
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Article)
        .map(|article| {
            children(article.id, ProvisionKind::Paragraph)
                .map(|p| children(p.id, ProvisionKind::Subparagraph).count())
                .collect()
        })
        .collect()
}

/// A provision's words by its heading (the first provision with that heading).
fn body_of<'a>(document: &'a AgreementDocument, language: &str, heading: &str) -> &'a str {
    &document
        .provisions
        .iter()
        .find(|n| n.texts.get(language).is_some_and(|t| t.heading == heading))
        .unwrap_or_else(|| panic!("no provision headed {heading:?}"))
        .texts[language]
        .body
}

/// Runs of whitespace (line breaks, non-breaking spaces) as one space.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a source line is the preamble's own heading, which the agreement
/// holds as its kind of provision rather than as words.
fn is_preamble_heading(words: &str) -> bool {
    ["preamble", "préambule", "preámbulo"].contains(&words.to_lowercase().as_str())
}

/// Checks that nothing is lost, nor added: every non-empty line of `source`
/// before the closing formula (line `closing`, which the export writes
/// anew), apart from the title heading, the preamble's heading, the lines
/// `left_out` and the numbers ("1.", "(a)", "Article 3 –"), is found in the
/// agreement's headings and words, in the same order, one right after the
/// other, and the agreement has no words besides.
fn assert_words_kept(
    source: &str,
    document: &AgreementDocument,
    language: &str,
    closing: usize,
    left_out: &[usize],
) {
    let structure = Regex::new(
        r"(?i)^(?:part|parte|chapter|chapitre|capítulo|article|artículo)\s+(?:\d+|[ivxlc]+|premier|primero)\b\s*[.:–—-]?\s*",
    )
    .unwrap();
    let paragraph = Regex::new(r"^(?:\(\d{1,3}\)|\d{1,3}[.)]?)\s+").unwrap();
    let subparagraph = Regex::new(r"^(?:\([a-z]{1,2}\)|[a-z]{1,2}[.)])\s+").unwrap();

    let agreement: Vec<String> = document
        .provisions
        .iter()
        .filter_map(|n| n.texts.get(language))
        .flat_map(|t| [squash(&t.heading), squash(&t.body)])
        .filter(|words| !words.is_empty())
        .collect();
    let agreement = agreement.join(" ");
    let mut rest = agreement.as_str();

    if let Some(first) = source.lines().nth(closing - 1) {
        let first = first.to_lowercase();
        assert!(
            [
                "in witness whereof",
                "done at",
                "adopted at",
                "fait à",
                "en testimonio",
                "hecho en"
            ]
            .iter()
            .any(|c| first.starts_with(c)),
            "line {closing} does not open the closing formula: {first:?}"
        );
    }
    for (index, line) in source.lines().enumerate().take(closing - 1) {
        let number = index + 1;
        if left_out.contains(&number) || line.starts_with("# ") {
            continue;
        }
        let line = line.trim().trim_start_matches('#').trim();
        let line = [&structure, &paragraph, &subparagraph]
            .iter()
            .find_map(|numbering| numbering.find(line).map(|m| &line[m.end()..]))
            .unwrap_or(line);
        let words = squash(line);
        if words.is_empty() || is_preamble_heading(&words) {
            continue;
        }
        let next = rest
            .strip_prefix(words.as_str())
            .filter(|after| after.is_empty() || after.starts_with(' '));
        let found = next.unwrap_or_else(|| {
            panic!(
                "line {number} {words:?} is not next in the agreement, which goes on: {:?}",
                rest.chars().take(120).collect::<String>()
            )
        });
        rest = found.trim_start();
    }
    assert!(rest.is_empty(), "words the source does not have: {rest:?}");
}

/// The agreement, agreed and exported as a clean Markdown text, reads back
/// into the same provisions with the same numbers and words (as in
/// tests/import.rs); only the line of facts under the title is left out.
fn assert_round_trip(entente: &Entente, document: &AgreementDocument, language: &str) {
    for node in &document.provisions {
        entente
            .set_provision_status(node.id, ProvisionStatus::Agreed, "")
            .unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let request = ExportRequest {
        languages: vec![language.to_string()],
        renderings: vec![Rendering::Clean],
        formats: vec![Format::Md],
        draft: false,
        place: "Geneva".into(),
        date: Some("2026-05-20".into()),
    };
    let manifest = entente
        .export(document.agreement.id, &request, out.path())
        .unwrap();
    let exported = std::fs::read_to_string(out.path().join(&manifest.files[0].path)).unwrap();
    let (id, read) = entente.import_markdown(&exported, language, None).unwrap();
    assert_eq!(
        read.unplaced.iter().map(|u| u.0).collect::<Vec<_>>(),
        [3],
        "{exported}"
    );
    let again = entente.document(id).unwrap();
    assert_eq!(again.agreement.titles, document.agreement.titles);
    let shape = |d: &AgreementDocument| -> Vec<_> {
        d.provisions
            .iter()
            .map(|n| (n.kind, n.number.clone(), n.texts.get(language).cloned()))
            .collect()
    };
    assert_eq!(shape(&again), shape(document), "{exported}");
}

#[test]
fn a_markdown_framework_agreement_is_read_whole() {
    let (_dir, entente) = common::open();
    let (text, read, document) = import(&entente, "framework-agreement.en.md", "en", None);
    assert!(read.unplaced.is_empty(), "{:?}", read.unplaced);
    assert_eq!(
        document.agreement.titles["en"],
        "Framework Agreement on Cooperation in Artificial Intelligence for Health"
    );
    // Five recitals between the opening words and "Have agreed as follows:",
    // both of which are recitals too.
    assert_eq!(document.counts(), counts(7, 0, 5, 14, 18, 17));
    assert_eq!(
        headings(&document, "en", ProvisionKind::Chapter),
        listed(&[
            ("I", "General provisions"),
            ("II", "Health data and outbreak surveillance"),
            ("III", "Regulatory alignment and capacity building"),
            ("IV", "Institutional arrangements"),
            ("V", "Final provisions"),
        ])
    );
    assert_eq!(
        headings(&document, "en", ProvisionKind::Article),
        listed(&[
            ("1", "Objective"),
            ("2", "Use of terms"),
            ("3", "Guiding principles"),
            ("4", "Sharing of health data"),
            ("5", "Outbreak surveillance"),
            ("6", "Regulatory cooperation"),
            ("7", "Capacity building and technology transfer"),
            ("8", "Conference of the Parties"),
            ("9", "Competent authorities"),
            ("10", "Signature"),
            ("11", "Ratification, acceptance, approval or accession"),
            ("12", "Entry into force"),
            ("13", "Depositary"),
            ("14", "Authentic texts"),
        ])
    );
    assert_eq!(
        articles_in(&document, ProvisionKind::Chapter),
        [3, 2, 2, 2, 5]
    );
    assert_eq!(
        article_shapes(&document),
        [
            vec![],
            vec![4, 0],
            vec![4],
            vec![0, 3, 0],
            vec![0, 0, 0],
            vec![3, 0],
            vec![0, 3],
            vec![0, 0, 0],
            vec![],
            vec![],
            vec![],
            vec![0, 0],
            vec![],
            vec![],
        ]
    );
    let recitals: Vec<&str> = document
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Recital)
        .map(|n| n.texts["en"].body.as_str())
        .collect();
    assert_eq!(recitals[0], "The Parties to this Agreement,");
    // A recital wrapped over two lines is one recital.
    assert_eq!(
        recitals[2],
        "Mindful that the benefits of these technologies are at present unevenly shared between and within countries,"
    );
    assert_eq!(recitals[6], "Have agreed as follows:");
    assert_eq!(
        body_of(&document, "en", "Depositary"),
        "The Secretary-General of the United Nations shall be the Depositary of this Agreement."
    );
    // "IN WITNESS WHEREOF" (line 120) and "Done at Geneva" are left to the export.
    assert_words_kept(&text, &document, "en", 120, &[]);
    assert_round_trip(&entente, &document, "en");
}

#[test]
fn a_french_memorandum_typed_as_plain_text_is_read_whole() {
    let (_dir, entente) = common::open();
    // A plain text has no Markdown title heading: the title is given.
    let title = "Mémorandum d’entente relatif à la coopération en matière d’intelligence artificielle appliquée à la santé";
    let (text, read, document) = import(&entente, "memorandum.fr.txt", "fr", Some(title));
    // The signature blocks after the closing formula are reported, not read.
    let signatures = [
        (94, "Pour le Ministère de la Santé"),
        (95, "de la République de Valmont"),
        (97, "Pour l’Agence nationale de la santé numérique"),
        (98, "de la République d’Orlande"),
    ]
    .map(|(line, words)| (line, words.to_string()));
    assert_eq!(read.unplaced, signatures);
    assert_eq!(read.title, None);
    assert_eq!(document.agreement.titles["fr"], title);
    assert_eq!(document.agreement.working_language, "fr");
    assert_eq!(document.counts(), counts(7, 0, 0, 9, 15, 10));
    assert_eq!(
        headings(&document, "fr", ProvisionKind::Article),
        listed(&[
            ("1", "Objet"),
            ("2", "Domaines de coopération"),
            ("3", "Partage des données de santé"),
            ("4", "Surveillance des épidémies"),
            (
                "5",
                "Renforcement des capacités et transfert de technologie"
            ),
            ("6", "Comité de pilotage"),
            // "Article 7" with its heading on the next line.
            ("7", "Dispositions financières"),
            ("8", "Règlement des différends"),
            ("9", "Prise d’effet, modification et fin"),
        ])
    );
    assert_eq!(
        article_shapes(&document),
        [
            vec![],
            vec![4, 0],
            vec![0, 3, 0],
            vec![0, 0],
            vec![3, 0],
            vec![0, 0, 0],
            vec![],
            vec![],
            vec![0, 0, 0],
        ]
    );
    // "1 " and "(1)" both number paragraphs; "a)" letters sub-paragraphs,
    // and a sub-paragraph wrapped over two lines stays one.
    let shown: Vec<&str> = document
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Subparagraph)
        .map(|n| n.texts["fr"].body.as_str())
        .collect();
    assert_eq!(
        shown[2],
        "le rapprochement des exigences réglementaires applicables aux dispositifs médicaux intégrant de l’intelligence artificielle\u{202f};"
    );
    assert_eq!(
        body_of(&document, "fr", "Objet"),
        "Le présent Mémorandum d’entente a pour objet d’établir un cadre de coopération entre les Participants en matière d’intelligence artificielle appliquée à la santé."
    );
    // "Fait à Genève" (line 92) and the signature blocks after it are left to the export.
    assert_words_kept(&text, &document, "fr", 92, &[]);

    // Typed on Windows: the same agreement.
    let (id, crlf) = entente
        .import_markdown(&text.replace('\n', "\r\n"), "fr", Some(title))
        .unwrap();
    assert_eq!(crlf.unplaced, read.unplaced);
    assert_eq!(crlf.provisions, read.provisions);
    assert_eq!(entente.document(id).unwrap().counts(), document.counts());

    assert_round_trip(&entente, &document, "fr");
}

#[test]
fn a_spanish_agreement_in_parts_is_read_whole() {
    let (_dir, entente) = common::open();
    let (text, read, document) = import(&entente, "acuerdo.es.md", "es", None);
    assert!(read.unplaced.is_empty(), "{:?}", read.unplaced);
    assert_eq!(
        document.agreement.titles["es"],
        "Acuerdo Regional de Cooperación sobre Inteligencia Artificial aplicada a la Salud"
    );
    assert_eq!(document.counts(), counts(6, 4, 0, 11, 13, 13));
    assert_eq!(
        headings(&document, "es", ProvisionKind::Part),
        listed(&[
            ("I", "Disposiciones generales"),
            ("II", "Datos y vigilancia"),
            ("III", "Regulación y capacidades"),
            ("IV", "Disposiciones finales"),
        ])
    );
    assert_eq!(
        headings(&document, "es", ProvisionKind::Article),
        listed(&[
            ("1", "Ámbito de aplicación"),
            ("2", "Definiciones"),
            ("3", "Principios"),
            ("4", "Intercambio de datos de salud"),
            ("5", "Vigilancia de brotes"),
            ("6", "Convergencia regulatoria"),
            (
                "7",
                "Fortalecimiento de capacidades y transferencia de tecnología"
            ),
            ("8", "Firma y ratificación"),
            ("9", "Entrada en vigor"),
            ("10", "Depositario"),
            ("11", "Textos auténticos"),
        ])
    );
    assert_eq!(articles_in(&document, ProvisionKind::Part), [3, 2, 2, 4]);
    assert_eq!(
        article_shapes(&document),
        [
            vec![0, 2],
            vec![3],
            vec![],
            vec![0, 3],
            vec![0, 0],
            vec![3, 0],
            vec![0, 2],
            vec![0, 0],
            vec![],
            vec![],
            vec![],
        ]
    );
    let first = document
        .provisions
        .iter()
        .find(|n| n.kind == ProvisionKind::Paragraph)
        .unwrap();
    assert_eq!(
        first.texts["es"].body,
        "El presente Acuerdo se aplica a la cooperación entre las Partes en materia de inteligencia artificial aplicada a la salud pública y a la atención de salud."
    );
    // "EN TESTIMONIO DE LO CUAL" (line 89) and "Hecho en" are left to the export.
    assert_words_kept(&text, &document, "es", 89, &[]);
    assert_round_trip(&entente, &document, "es");
}

#[test]
fn a_messy_declaration_is_read_and_what_cannot_be_placed_is_reported() {
    let (_dir, entente) = common::open();
    let title = "Joint Declaration of Ministers of Health on Artificial Intelligence and Outbreak Preparedness";
    let (text, read, document) = import(&entente, "declaration-messy.en.txt", "en", Some(title));
    let unplaced = |line: usize, words: &str| (line, words.to_string());
    assert_eq!(
        read.unplaced,
        [
            // A page break in the middle of paragraph 3 of Article 2: the
            // page number, then the rest of the sentence after a blank line.
            unplaced(43, "Page 2 of 3"),
            unplaced(
                45,
                "participating State, in particular through the regional centre of excellence."
            ),
            // A footnote.
            unplaced(
                49,
                "¹ Including, where applicable, the regional convention on personal data protection."
            ),
        ]
    );
    // The title, typed as two plain lines, is read as one (the title given wins).
    assert_eq!(
        read.title.as_deref(),
        Some("JOINT DECLARATION OF MINISTERS OF HEALTH ON ARTIFICIAL INTELLIGENCE AND OUTBREAK PREPAREDNESS")
    );
    // Each reported line is the line of the source with that number.
    for (line, words) in &read.unplaced {
        assert_eq!(text.lines().nth(line - 1).unwrap().trim(), words);
    }
    assert_eq!(document.agreement.titles["en"], title);
    // Six recitals written, but "Noting…" and "Recognizing…" have no blank
    // line between them: they are read as one.
    assert_eq!(document.counts(), counts(5, 0, 2, 5, 10, 3));
    let recitals: Vec<&str> = document
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Recital)
        .map(|n| n.texts["en"].body.as_str())
        .collect();
    assert_eq!(
        recitals[0],
        "We, the Ministers of Health of the States of the Eastern Lakes Region, meeting in Kisumu on 3 and 4 March 2026,"
    );
    assert!(
        recitals[1].starts_with("Noting with concern")
            && recitals[1].contains("health systems, Recognizing that artificial intelligence"),
        "{}",
        recitals[1]
    );
    assert_eq!(recitals[4], "Declare as follows:");
    assert_eq!(
        headings(&document, "en", ProvisionKind::Chapter),
        listed(&[("I", "COMMITMENTS"), ("II", "Follow-up")])
    );
    // "ARTICLE 1" / "SCOPE" on two lines, "ARTICLE 2 - DATA SHARING",
    // "Article 4: Regional network".
    assert_eq!(
        headings(&document, "en", ProvisionKind::Article),
        listed(&[
            ("1", "SCOPE"),
            ("2", "DATA SHARING"),
            ("3", "REGULATORY ALIGNMENT"),
            ("4", "Regional network"),
            ("5", "REVIEW"),
        ])
    );
    assert_eq!(articles_in(&document, ProvisionKind::Chapter), [3, 2]);
    assert_eq!(
        article_shapes(&document),
        [vec![], vec![0, 3, 0, 0], vec![0, 0], vec![0, 0], vec![0, 0]]
    );
    // The paragraph cut by the page break keeps its first half; the
    // footnote's marker stays where it was.
    let paragraphs: Vec<&str> = document
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Paragraph)
        .map(|n| n.texts["en"].body.as_str())
        .collect();
    assert_eq!(
        paragraphs[2],
        "We will support the training of epidemiologists and data scientists in every"
    );
    assert!(
        paragraphs[3].ends_with("personal data.¹"),
        "{}",
        paragraphs[3]
    );
    // Everything else is there, in order.
    let left_out: Vec<usize> = [1, 2]
        .into_iter()
        .chain(read.unplaced.iter().map(|u| u.0))
        .collect();
    // "Adopted at Kisumu …" (line 71), a declaration's closing formula, is left to the export.
    assert_words_kept(&text, &document, "en", 71, &left_out);
    assert_round_trip(&entente, &document, "en");
}

#[test]
fn the_command_line_imports_the_french_memorandum() {
    let dir = tempfile::tempdir().unwrap();
    let file = format!("{TEXTS}/memorandum.fr.txt");
    let title = "Mémorandum d’entente sur l’intelligence artificielle en santé";
    let output = common::entente_cli(dir.path())
        .args(["import-md", &file, "--lang", "fr", "--title", title])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    // Every line placed but the four of the signature blocks.
    assert_eq!(stderr.matches("could not be placed").count(), 4, "{stderr}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let id: i64 = stdout.trim().parse().unwrap();
    assert_eq!(stdout, format!("{id}\n"));
    let shown = common::stdout(common::entente_cli(dir.path()).args(["show", &id.to_string()]));
    assert!(shown.contains(title), "{shown}");

    // Without --title a plain text has none to give: refused, nothing made.
    let output = common::entente_cli(dir.path())
        .args(["import-md", &file, "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("does not begin with its title") && stderr.contains("--title"),
        "{stderr}"
    );
}
