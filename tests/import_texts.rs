//! Agreement texts as secretariats write them (tests/import-texts/, each
//! written for these tests): conventions in the Council of Europe's layout
//! and in Chinese and Russian, resolutions of a general assembly in English
//! and in Arabic with front matter and footnotes, declarations with
//! numbered and unnumbered paragraphs under plain headings, a memorandum
//! typed as plain text, an agreement in parts, and a declaration copied out
//! of a PDF. Each is read whole (no line left without a place), into the
//! structure it was written with; every word of it is kept, in order, which
//! the clean text exported from it shows; and that export reads back into
//! the same agreement.

mod common;

use entente_core::export::{ExportRequest, Format, Rendering};
use entente_core::model::{AgreementDocument, ProvisionKind, ProvisionStatus};
use entente_core::service::ImportRequest;
use entente_core::Entente;

const TEXTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/import-texts");

/// What a text must give.
struct Expected {
    file: &'static str,
    language: &'static str,
    /// A title given on import, for a text that has none.
    given_title: Option<&'static str>,
    title: &'static str,
    /// Recitals, parts, chapters, sections, articles, paragraphs,
    /// sub-paragraphs, points, annexes.
    counts: [usize; 9],
    opening: &'static str,
    closing_line: &'static str,
    /// How the closing formula begins ("" for none).
    closing: &'static str,
    footnotes: usize,
    /// Words of the source the export writes otherwise (a label's numeral
    /// in words, an abbreviation), allowed to be missing from it.
    written_otherwise: &'static [&'static str],
}

const CORPUS: &[Expected] = &[
    Expected {
        file: "convention-coe.en.txt",
        language: "en",
        given_title: None,
        title: "Council of Europe Convention on Co-operation in the Use of Artificial Intelligence for Health",
        counts: [4, 0, 4, 0, 10, 20, 12, 0, 0],
        opening: "The member States of the Council of Europe and the other signatories hereto,",
        closing_line: "Have agreed as follows:",
        closing: "Done at Strasbourg",
        footnotes: 0,
        written_otherwise: &[],
    },
    Expected {
        file: "resolution.en.md",
        language: "en",
        given_title: None,
        title: "80/31. Strengthening international cooperation on artificial intelligence for health",
        counts: [5, 0, 0, 0, 0, 8, 3, 0, 0],
        opening: "The General Assembly,",
        closing_line: "",
        closing: "",
        footnotes: 3,
        written_otherwise: &[],
    },
    Expected {
        file: "declaration-numbered.en.md",
        language: "en",
        given_title: None,
        title: "Cartagena Ministerial Declaration on Artificial Intelligence for Health",
        counts: [2, 0, 0, 4, 0, 12, 2, 0, 0],
        opening: "We, the Ministers of Health of the States of the Andean and Caribbean Region, meeting in Cartagena de Indias on 23 and 24 April 2026,",
        closing_line: "Declare as follows:",
        closing: "Adopted at Cartagena de Indias",
        footnotes: 0,
        written_otherwise: &[],
    },
    Expected {
        file: "declaration-unnumbered.fr.txt",
        language: "fr",
        given_title: None,
        title: "Déclaration de Dakar sur l’intelligence artificielle au service de la santé",
        counts: [0, 0, 0, 3, 0, 9, 0, 0, 0],
        opening: "Nous, ministres de la santé des États d’Afrique de l’Ouest et du Centre, réunis à Dakar les 13 et 14 mars 2026,",
        closing_line: "Déclarons\u{a0}:",
        closing: "Adoptée à Dakar",
        footnotes: 0,
        written_otherwise: &[],
    },
    Expected {
        file: "convention.zh.md",
        language: "zh",
        given_title: None,
        title: "人工智能促进卫生合作公约",
        counts: [3, 0, 2, 0, 7, 13, 3, 0, 0],
        opening: "本公约缔约国，",
        closing_line: "兹协议如下：",
        closing: "下列签署人经正式授权",
        footnotes: 0,
        // 第一条 and （一） are written 第1条 and (a) by the export.
        written_otherwise: &["一", "二", "三", "四", "五", "六", "七"],
    },
    Expected {
        file: "resolution.ar.txt",
        language: "ar",
        given_title: None,
        title: "تعزيز التعاون الدولي في مجال الذكاء الاصطناعي من أجل الصحة",
        counts: [3, 0, 0, 0, 0, 6, 3, 0, 0],
        opening: "إن جمعية الصحة العالمية،",
        closing_line: "",
        closing: "",
        footnotes: 0,
        written_otherwise: &[],
    },
    Expected {
        file: "convention.ru.txt",
        language: "ru",
        given_title: None,
        title: "Конвенция о сотрудничестве в области применения искусственного интеллекта в здравоохранении",
        counts: [3, 0, 0, 0, 8, 16, 2, 0, 0],
        opening: "Государства — участники настоящей Конвенции,",
        closing_line: "согласились о нижеследующем:",
        closing: "Совершено в Женеве",
        footnotes: 0,
        written_otherwise: &[],
    },
    Expected {
        file: "framework-agreement.en.md",
        language: "en",
        given_title: None,
        title: "Framework Agreement on Cooperation in Artificial Intelligence for Health",
        counts: [5, 0, 5, 0, 14, 18, 17, 0, 0],
        opening: "The Parties to this Agreement,",
        closing_line: "Have agreed as follows:",
        closing: "IN WITNESS WHEREOF",
        footnotes: 0,
        written_otherwise: &[],
    },
    Expected {
        file: "memorandum.fr.txt",
        language: "fr",
        given_title: Some("Mémorandum d’entente relatif à la coopération en matière d’intelligence artificielle appliquée à la santé"),
        title: "Mémorandum d’entente relatif à la coopération en matière d’intelligence artificielle appliquée à la santé",
        counts: [5, 0, 0, 0, 9, 15, 10, 0, 0],
        opening: "Le Ministère de la Santé de la République de Valmont et l’Agence nationale de la santé numérique de la République d’Orlande, ci-après dénommés «\u{a0}les Participants\u{a0}»,",
        closing_line: "Sont convenus de ce qui suit\u{a0}:",
        closing: "Fait à Genève",
        footnotes: 0,
        written_otherwise: &[],
    },
    Expected {
        // Articles headed as Spanish codes write them: ordinals in words
        // ("ARTÍCULO TERCERO") and figures with the ordinal sign ("2.º").
        file: "convenio.es.txt",
        language: "es",
        given_title: None,
        title: "CONVENIO ENTRE LOS ESTADOS PARTICIPANTES SOBRE TELEMEDICINA",
        counts: [2, 0, 2, 0, 4, 2, 2, 0, 0],
        opening: "Los Estados Partes en el presente Convenio,",
        closing_line: "Han convenido en lo siguiente:",
        closing: "EN TESTIMONIO DE LO CUAL",
        footnotes: 0,
        // The export numbers them "Artículo 1", "Artículo 3".
        written_otherwise: &["primero", "º", "tercero"],
    },
    Expected {
        file: "acuerdo.es.md",
        language: "es",
        given_title: None,
        title: "Acuerdo Regional de Cooperación sobre Inteligencia Artificial aplicada a la Salud",
        counts: [4, 4, 0, 0, 11, 13, 13, 0, 0],
        opening: "Los Estados Partes en el presente Acuerdo,",
        closing_line: "Han convenido lo siguiente:",
        closing: "EN TESTIMONIO DE LO CUAL",
        footnotes: 0,
        written_otherwise: &[],
    },
    Expected {
        file: "declaration-messy.en.txt",
        language: "en",
        given_title: None,
        title: "JOINT DECLARATION OF MINISTERS OF HEALTH ON ARTIFICIAL INTELLIGENCE AND OUTBREAK PREPAREDNESS",
        // "Noting …," and "Recognizing …," on two lines without a blank
        // between them: two recitals.
        counts: [4, 0, 2, 0, 5, 10, 3, 0, 0],
        opening: "We, the Ministers of Health of the States of the Eastern Lakes Region, meeting in Kisumu on 3 and 4 March 2026,",
        closing_line: "Declare as follows:",
        closing: "Adopted at Kisumu",
        footnotes: 1,
        // "Page 2 of 3", kept from the PDF between two halves of a sentence.
        written_otherwise: &["page", "of"],
    },
];

const KINDS: [ProvisionKind; 9] = [
    ProvisionKind::Recital,
    ProvisionKind::Part,
    ProvisionKind::Chapter,
    ProvisionKind::Section,
    ProvisionKind::Article,
    ProvisionKind::Paragraph,
    ProvisionKind::Subparagraph,
    ProvisionKind::Point,
    ProvisionKind::Annex,
];

fn source(name: &str) -> String {
    std::fs::read_to_string(format!("{TEXTS}/{name}")).unwrap()
}

/// Imports a text of the corpus, refused if any line fits nowhere.
fn import(entente: &Entente, expected: &Expected) -> AgreementDocument {
    let request = ImportRequest {
        title: expected.given_title.map(String::from),
        ..common::request(expected.language)
    };
    let imported = entente
        .import_source(&source(expected.file).as_str().into(), &request)
        .unwrap_or_else(|e| panic!("{}: {e:?}", expected.file));
    entente.document(imported.agreement_id).unwrap()
}

/// The words of `source` that `written` does not have, in order (the
/// longest common subsequence of the two).
fn missing(source: &[String], written: &[String]) -> Vec<String> {
    let (n, m) = (source.len(), written.len());
    let mut table = vec![0u16; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[at(i, j)] = if source[i] == written[j] {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j, mut lost) = (0, 0, Vec::new());
    while i < n {
        if j < m && source[i] == written[j] {
            (i, j) = (i + 1, j + 1);
        } else if j < m && table[at(i, j + 1)] >= table[at(i + 1, j)] {
            j += 1;
        } else {
            lost.push(source[i].clone());
            i += 1;
        }
    }
    lost
}

/// The agreement's clean text in `language` written as `format` (a draft:
/// nothing is agreed yet); the folder it is in, and its path.
fn export_file(
    entente: &Entente,
    id: i64,
    language: &str,
    draft: bool,
    format: Format,
) -> (tempfile::TempDir, std::path::PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let request = ExportRequest {
        languages: vec![language.to_string()],
        renderings: vec![Rendering::Clean],
        formats: vec![format],
        draft,
        place: "Geneva".into(),
        date: Some("2026-05-20".into()),
    };
    let manifest = entente.export(id, &request, out.path()).unwrap();
    let path = out.path().join(&manifest.files[0].path);
    (out, path)
}

/// The agreement as its clean text in Markdown.
fn exported(entente: &Entente, id: i64, language: &str, draft: bool) -> String {
    let (_out, path) = export_file(entente, id, language, draft, Format::Md);
    std::fs::read_to_string(path).unwrap()
}

/// Every provision agreed, for a clean text that is final.
fn agree_all(entente: &Entente, document: &AgreementDocument) {
    for node in &document.provisions {
        entente
            .set_provision_status(node.id, ProvisionStatus::Agreed, "")
            .unwrap();
    }
}

fn shape(document: &AgreementDocument, language: &str) -> Vec<impl PartialEq + std::fmt::Debug> {
    document
        .provisions
        .iter()
        .map(|n| {
            let parent = n
                .parent_id
                .and_then(|p| document.provisions.iter().position(|q| q.id == p));
            (n.kind, parent, n.numbering, n.texts.get(language).cloned())
        })
        .collect()
}

#[test]
fn every_text_of_the_corpus_is_read_whole_into_its_structure() {
    for expected in CORPUS {
        let (_dir, entente) = common::open();
        let document = import(&entente, expected);
        let file = expected.file;
        let agreement = &document.agreement;
        assert_eq!(
            agreement.titles[expected.language], expected.title,
            "{file}"
        );
        let counts = KINDS.map(|kind| {
            document
                .provisions
                .iter()
                .filter(|n| n.kind == kind)
                .count()
        });
        assert_eq!(counts, expected.counts, "{file}: {KINDS:?}");
        let framing = &agreement.framing[expected.language];
        assert_eq!(framing.preamble_opening, expected.opening, "{file}");
        assert_eq!(framing.preamble_closing, expected.closing_line, "{file}");
        assert!(
            framing.closing.starts_with(expected.closing),
            "{file}: {:?}",
            framing.closing
        );
        let footnotes: usize = document
            .provisions
            .iter()
            .filter_map(|n| n.texts.get(expected.language))
            .map(|t| entente_core::model::footnotes::split(&t.body).1.len())
            .sum();
        assert_eq!(footnotes, expected.footnotes, "{file}");
    }
}

#[test]
fn every_word_of_every_text_is_kept_in_order() {
    for expected in CORPUS {
        let (_dir, entente) = common::open();
        let document = import(&entente, expected);
        let written = exported(&entente, document.agreement.id, expected.language, true);
        // A footnote's words move to the foot of the text: the rest in
        // order, then the notes in theirs.
        let text = source(expected.file);
        let is_note = |line: &&str| {
            let line = line.trim_start();
            line.starts_with("[^")
                || line.starts_with(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'])
        };
        let (notes, rest): (Vec<&str>, Vec<&str>) = text.lines().partition(is_note);
        // Numbers aside: a label's numeral may be written in words.
        let lettered = |text: &str| {
            common::words(text)
                .into_iter()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .collect::<Vec<_>>()
        };
        let in_order: Vec<String> = lettered(&rest.join("\n"))
            .into_iter()
            .chain(lettered(&notes.join("\n")))
            .collect();
        let lost = missing(&in_order, &lettered(&written));
        let unexpected: Vec<&String> = lost
            .iter()
            .filter(|w| !expected.written_otherwise.contains(&w.as_str()))
            .collect();
        assert!(
            unexpected.is_empty(),
            "{}: words left out: {unexpected:?}\n{written}",
            expected.file
        );
    }
}

#[test]
fn the_clean_text_of_every_text_reads_back_the_same() {
    for expected in CORPUS {
        let (_dir, entente) = common::open();
        let document = import(&entente, expected);
        agree_all(&entente, &document);
        let written = exported(&entente, document.agreement.id, expected.language, false);
        let again = common::import_text(&entente, &written, expected.language, None);
        let again = entente.document(again).unwrap();
        assert_eq!(
            again.agreement.titles, document.agreement.titles,
            "{}",
            expected.file
        );
        assert_eq!(
            shape(&again, expected.language),
            shape(&document, expected.language),
            "{}:\n{written}",
            expected.file
        );
    }
}

/// The same, through Word: the clean text exported as a Word document,
/// and that document imported, give the agreement again.
#[test]
fn the_word_document_of_every_text_reads_back_the_same() {
    for expected in CORPUS {
        let (_dir, entente) = common::open();
        let document = import(&entente, expected);
        agree_all(&entente, &document);
        let id = document.agreement.id;
        let (_out, path) = export_file(&entente, id, expected.language, false, Format::Docx);
        let request = ImportRequest {
            path: path.clone(),
            ..common::request(expected.language)
        };
        let imported = entente
            .import(&request)
            .unwrap_or_else(|e| panic!("{}: {e:?}", expected.file));
        let again = entente.document(imported.agreement_id).unwrap();
        assert_eq!(
            again.agreement.titles, document.agreement.titles,
            "{}",
            expected.file
        );
        assert_eq!(
            again.agreement.framing, document.agreement.framing,
            "{}",
            expected.file
        );
        assert_eq!(
            shape(&again, expected.language),
            shape(&document, expected.language),
            "{}",
            expected.file
        );
    }
}

#[test]
fn headings_numbers_and_words_where_the_layouts_put_them() {
    let (_dir, entente) = common::open();
    let by_file = |file: &str| CORPUS.iter().find(|e| e.file == file).unwrap();
    let convention = import(&entente, by_file("convention-coe.en.txt"));
    let article = |document: &AgreementDocument, heading: &str| {
        document
            .provisions
            .iter()
            .find(|n| n.kind == ProvisionKind::Article && n.texts["en"].heading == heading)
            .cloned()
            .unwrap_or_else(|| panic!("no article {heading:?}"))
    };
    // Article 5 bis keeps the number of the one before it.
    let bis = article(
        &convention,
        "Transparency of artificial intelligence systems",
    );
    let number = bis.number.unwrap();
    assert_eq!((number.ordinal, number.latin.as_str()), (5, "bis"));
    // "a Each Party shall …": the letter a sub-paragraph, the words after it.
    let first_sub = convention
        .provisions
        .iter()
        .find(|n| n.kind == ProvisionKind::Subparagraph)
        .unwrap();
    assert!(first_sub.texts["en"].body.starts_with(char::is_uppercase));

    // A resolution's front matter and symbol are the agreement's.
    let resolution = import(&entente, by_file("resolution.en.md"));
    assert_eq!(resolution.agreement.symbol, "A/RES/80/31");
    assert!(resolution.agreement.framing["en"]
        .front_matter
        .contains("Agenda item 21"));
    // Its operative paragraphs stand at the top level, numbered 1 to 8.
    let operative: Vec<u32> = resolution
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Paragraph && n.parent_id.is_none())
        .map(|n| n.number.as_ref().unwrap().ordinal)
        .collect();
    assert_eq!(operative, (1..=8).collect::<Vec<_>>());

    // Chinese articles numbered in characters, headings after a full-width space.
    let chinese = import(&entente, by_file("convention.zh.md"));
    let first = chinese
        .provisions
        .iter()
        .find(|n| n.kind == ProvisionKind::Article)
        .unwrap();
    assert_eq!(first.texts["zh"].heading, "目的");

    // Arabic-Indic numbers read as the paragraphs' own.
    let arabic = import(&entente, by_file("resolution.ar.txt"));
    let paragraphs = arabic
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Paragraph)
        .count();
    assert_eq!(paragraphs, 6);
}

#[test]
fn a_text_typed_on_windows_reads_the_same() {
    let expected = CORPUS
        .iter()
        .find(|e| e.file == "memorandum.fr.txt")
        .unwrap();
    let text = source(expected.file);
    assert_eq!(
        entente_core::import::read(&text.replace('\n', "\r\n"), "fr"),
        entente_core::import::read(&text, "fr")
    );
}

#[test]
fn the_command_line_imports_a_resolution_and_attaches_its_arabic_text() {
    let dir = tempfile::tempdir().unwrap();
    let english = format!("{TEXTS}/resolution.en.md");
    let output = common::entente_cli(dir.path())
        .args(["import", &english, "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let id = String::from_utf8(output.stdout).unwrap().trim().to_string();
    // The Arabic text is another resolution of the corpus, laid out with
    // three preambular paragraphs for the English five: what meets is
    // attached, the rest listed side by side.
    let arabic = format!("{TEXTS}/resolution.ar.txt");
    let said = common::stdout(
        common::entente_cli(dir.path()).args(["import", &arabic, "--lang", "ar", "--into", &id]),
    );
    assert!(said.starts_with(&format!("{id}\n")), "{said}");
    assert!(said.contains("in the agreement only"), "{said}");
    let shown = common::stdout(common::entente_cli(dir.path()).args(["show", &id, "--json"]));
    let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(shown["counts"]["languages"], 2, "{shown}");
}
