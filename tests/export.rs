//! Exports: golden files for a small agreement in English, French, Arabic and
//! Chinese (every rendering, Markdown and HTML, compared byte for byte; set
//! UPDATE_GOLDEN=1 to write them again, then read the diff); Word documents
//! read by pandoc and LibreOffice with the words of the Markdown;
//! determinism; the refusals of a final clean text; hostile text; the
//! command line.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use entente_core::export::{ExportRequest, Format, Rendering};
use entente_core::model::{
    AgreementDetails, AgreementKind, AgreementLanguage, Clearance, NewParty, NewPosition,
    PartyKind, PartyRole, Placement, ProvisionKind, ProvisionStatus, ProvisionText, Stance,
};
use entente_core::{Entente, Error};

const LANGUAGES: [&str; 4] = ["en", "fr", "ar", "zh"];

/// The same words in the four languages of the golden agreement.
type Words = [&'static str; 4];

fn each(words: Words) -> BTreeMap<String, String> {
    LANGUAGES
        .iter()
        .zip(words)
        .map(|(l, w)| (l.to_string(), w.to_string()))
        .collect()
}

fn texts(heading: Words, body: Words) -> BTreeMap<String, ProvisionText> {
    LANGUAGES
        .iter()
        .zip(heading.iter().zip(body))
        .map(|(l, (h, b))| {
            (
                l.to_string(),
                ProvisionText {
                    heading: h.to_string(),
                    body: b.to_string(),
                },
            )
        })
        .collect()
}

const NONE: Words = ["", "", "", ""];

struct Golden {
    entente: Entente,
    _dir: tempfile::TempDir,
    id: i64,
    provisions: Vec<i64>,
}

fn add(
    entente: &Entente,
    agreement: i64,
    kind: ProvisionKind,
    parent: Option<i64>,
    heading: Words,
    body: Words,
) -> i64 {
    let placement = Placement {
        parent,
        index: None,
    };
    entente
        .add_provision(agreement, kind, placement, &texts(heading, body))
        .unwrap()
}

/// A small framework agreement: a recital, a chapter, an article with two
/// paragraphs and two sub-paragraphs, and an article still under
/// negotiation, with brackets, two options and an amendment.
fn golden() -> Golden {
    let (dir, entente) = common::open();
    let details = AgreementDetails {
        kind: AgreementKind::FrameworkAgreement,
        titles: each([
            "Framework Agreement on AI for Health",
            "Accord-cadre sur l’IA au service de la santé",
            "اتفاق إطاري بشأن الذكاء الاصطناعي في مجال الصحة",
            "人工智能促进健康框架协定",
        ]),
        languages: LANGUAGES
            .iter()
            .map(|code| AgreementLanguage {
                code: code.to_string(),
                authentic: true,
            })
            .collect(),
        working_language: "en".into(),
        symbol: "AI-HEALTH/GOLDEN/1".into(),
    };
    let id = entente.create_agreement(&details).unwrap().id;
    let party = |names: Words| {
        let new = NewParty {
            kind: PartyKind::State,
            role: PartyRole::Party,
            names: each(names),
            members: vec![],
        };
        entente.add_party(id, &new).unwrap().id
    };
    let kenya = party(["Kenya", "Kenya", "كينيا", "肯尼亚"]);
    let france = party(["France", "France", "فرنسا", "法国"]);

    let recital = add(
        &entente,
        id,
        ProvisionKind::Recital,
        None,
        NONE,
        [
            "Recognizing that artificial intelligence can improve health for all,",
            "Reconnaissant que l’intelligence artificielle peut améliorer la santé de tous,",
            "إذ تدرك أن الذكاء الاصطناعي يمكن أن يحسّن صحة الجميع،",
            "认识到人工智能可以增进所有人的健康，",
        ],
    );
    let chapter = add(
        &entente,
        id,
        ProvisionKind::Chapter,
        None,
        [
            "General provisions",
            "Dispositions générales",
            "أحكام عامة",
            "一般规定",
        ],
        NONE,
    );
    let objective = add(
        &entente,
        id,
        ProvisionKind::Article,
        Some(chapter),
        ["Objective", "Objectif", "الهدف", "目标"],
        NONE,
    );
    let first = add(
        &entente,
        id,
        ProvisionKind::Paragraph,
        Some(objective),
        NONE,
        [
            "The objective of this Agreement is to strengthen cooperation among the Parties.",
            "Le présent Accord a pour objectif de renforcer la coopération entre les Parties.",
            "يهدف هذا الاتفاق إلى تعزيز التعاون بين الأطراف.",
            "本协定的目标是加强缔约方之间的合作。",
        ],
    );
    let second = add(
        &entente,
        id,
        ProvisionKind::Paragraph,
        Some(objective),
        NONE,
        [
            "To that end, the Parties shall:",
            "À cette fin, les Parties :",
            "ولهذه الغاية، تقوم الأطراف بما يلي:",
            "为此，缔约方应：",
        ],
    );
    let (a, b) = (
        add(
            &entente,
            id,
            ProvisionKind::Subparagraph,
            Some(second),
            NONE,
            [
                "share knowledge; and",
                "partagent leurs connaissances ;",
                "تبادل المعارف؛",
                "分享知识；",
            ],
        ),
        add(
            &entente,
            id,
            ProvisionKind::Subparagraph,
            Some(second),
            NONE,
            [
                "train health workers.",
                "forment les agents de santé.",
                "تدريب العاملين الصحيين.",
                "培训卫生工作者。",
            ],
        ),
    );
    let sharing = add(
        &entente,
        id,
        ProvisionKind::Article,
        Some(chapter),
        [
            "Data sharing",
            "Partage des données",
            "تبادل البيانات",
            "数据共享",
        ],
        NONE,
    );
    let bracketed = |en: &str, fr: &str, ar: &str, zh: &str| {
        let k = format!("{{{kenya}}}");
        [en, fr, ar, zh].map(|t| t.replace("{k}", &k))
    };
    let words = bracketed(
        "Each Party ⟦shall⟧{k} share health data.",
        "Chaque Partie ⟦partage⟧{k} les données de santé.",
        "⟦يتعين على⟧{k} كل طرف تبادل البيانات الصحية.",
        "各缔约方⟦应⟧{k}共享健康数据。",
    );
    let words: Words = words.map(|w| &*Box::leak(w.into_boxed_str()));
    let data = add(
        &entente,
        id,
        ProvisionKind::Paragraph,
        Some(sharing),
        NONE,
        words,
    );
    entente
        .add_option(
            data,
            &each([
                "Each Party shall share health data.",
                "Chaque Partie partage les données de santé.",
                "يتبادل كل طرف البيانات الصحية.",
                "各缔约方应共享健康数据。",
            ]),
            &[kenya],
        )
        .unwrap();
    entente
        .add_option(
            data,
            &each([
                "Each Party may share health data.",
                "Chaque Partie peut partager les données de santé.",
                "يجوز لكل طرف تبادل البيانات الصحية.",
                "各缔约方可共享健康数据。",
            ]),
            &[france],
        )
        .unwrap();
    let amendment = NewPosition {
        stance: Stance::ProposesAmendment,
        amendment: "Add “in accordance with its national law”.".into(),
        clearance: Clearance::NotNeeded,
        cleared_on: None,
        note: String::new(),
        preferred_option: None,
        option_stances: Vec::new(),
    };
    entente.record_position(data, france, &amendment).unwrap();
    for agreed in [recital, chapter, objective, first, second, a, b] {
        entente
            .set_provision_status(agreed, ProvisionStatus::Agreed, "")
            .unwrap();
    }
    Golden {
        entente,
        _dir: dir,
        id,
        provisions: vec![
            recital, chapter, objective, first, second, a, b, sharing, data,
        ],
    }
}

fn everything(draft: bool) -> ExportRequest {
    ExportRequest {
        languages: Vec::new(),
        renderings: Rendering::ALL.to_vec(),
        formats: vec![Format::Md, Format::Html],
        draft,
        place: "Geneva".into(),
        date: Some("2026-05-20".into()),
    }
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/export")
}

#[test]
fn every_rendering_and_format_matches_its_golden_file() {
    let g = golden();
    let out = tempfile::tempdir().unwrap();
    let manifest = g
        .entente
        .export(g.id, &everything(true), out.path())
        .unwrap();
    // Three renderings in four languages, three parallel pairs, four reports; twice each.
    assert_eq!(manifest.files.len(), (3 * 4 + 3 + 4) * 2);
    let written = files(out.path());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden_dir()).unwrap();
        for (name, bytes) in written.iter().filter(|(n, _)| *n != "manifest.json") {
            std::fs::write(golden_dir().join(name), bytes).unwrap();
        }
    }
    for file in &manifest.files {
        let golden = std::fs::read(golden_dir().join(&file.path))
            .unwrap_or_else(|_| panic!("no golden file for {}", file.path));
        assert!(
            written[&file.path] == golden,
            "{} differs from its golden file",
            file.path
        );
    }
    // The manifest says what each file is, and its bytes and hash are true.
    let listed: serde_json::Value = serde_json::from_slice(&written["manifest.json"]).unwrap();
    let first = &listed["files"][0];
    let bytes = &written[first["path"].as_str().unwrap()];
    assert_eq!(first["bytes"].as_u64().unwrap() as usize, bytes.len());
    assert_eq!(first["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(listed["symbol"], "AI-HEALTH/GOLDEN/1");
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    let g = golden();
    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let request = ExportRequest {
        formats: Format::ALL.to_vec(),
        ..everything(true)
    };
    g.entente.export(g.id, &request, one.path()).unwrap();
    g.entente.export(g.id, &request, two.path()).unwrap();
    assert_eq!(files(one.path()), files(two.path()));
}

/// `pandoc -s -f <from> -t plain` of `file`: the title with the text.
fn pandoc_plain(file: &Path, from: &str) -> String {
    let output = std::process::Command::new("pandoc")
        .args(["-s", "-f", from, "-t", "plain", "--wrap=none"])
        .arg(file)
        .output()
        .expect("pandoc is installed with the test packages");
    assert!(
        output.status.success(),
        "pandoc could not read {}: {}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Every Word document of the golden agreement (every rendering, four
/// languages) and the Markdown of the same rendering and language.
fn word_and_markdown() -> (tempfile::TempDir, Vec<(PathBuf, PathBuf)>) {
    let g = golden();
    let out = tempfile::tempdir().unwrap();
    let request = ExportRequest {
        formats: vec![Format::Md, Format::Docx],
        ..everything(true)
    };
    let manifest = g.entente.export(g.id, &request, out.path()).unwrap();
    let pairs = manifest
        .files
        .iter()
        .filter(|f| f.path.ends_with(".docx"))
        .map(|f| {
            let word = out.path().join(&f.path);
            (word.clone(), word.with_extension("md"))
        })
        .collect();
    (out, pairs)
}

#[test]
fn pandoc_reads_in_each_word_document_the_words_of_its_markdown() {
    let (_out, pairs) = word_and_markdown();
    assert_eq!(pairs.len(), 3 * 4 + 3 + 4);
    for (word, markdown) in &pairs {
        let from_word = common::words(&pandoc_plain(word, "docx"));
        let from_markdown = common::words(&pandoc_plain(markdown, "commonmark_x"));
        let name = word.file_name().unwrap().to_string_lossy();
        assert_same_words(&name, from_word, from_markdown);
    }
}

/// The words of a Word document as another program read them, and those
/// of its Markdown. A parallel text is a table in Word, its columns named
/// once; in Markdown one language after the other, each tagged: the same
/// words, in another order and number.
fn assert_same_words(name: &str, mut read: Vec<String>, mut markdown: Vec<String>) {
    if name.contains(".parallel.") {
        for words in [&mut read, &mut markdown] {
            words.sort();
            words.dedup();
        }
    }
    if read != markdown {
        let only = |a: &[String], b: &[String]| -> Vec<String> {
            a.iter().filter(|w| !b.contains(w)).cloned().collect()
        };
        let at = read.iter().zip(&markdown).position(|(a, b)| a != b);
        panic!(
            "{name}: the words differ from word {at:?}: only in Word {:?}, only in Markdown {:?} ({} / {})",
            only(&read, &markdown),
            only(&markdown, &read),
            read.len(),
            markdown.len()
        );
    }
}

#[test]
fn libreoffice_opens_each_word_document_and_finds_its_words() {
    let (out, pairs) = word_and_markdown();
    let text = out.path().join("text");
    // One LibreOffice for every document: it takes seconds to start.
    let status = std::process::Command::new("soffice")
        .args([
            "--headless",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
        ])
        .arg(&text)
        .args(pairs.iter().map(|(word, _)| word))
        .env("HOME", out.path())
        .output()
        .expect("LibreOffice is installed with the test packages");
    assert!(status.status.success(), "{status:?}");
    let note = regex::Regex::new(r"(?m)^\[\^\d+\]:.*$").unwrap();
    let call = regex::Regex::new(r"\[\^(\d+)\]").unwrap();
    for (word, markdown) in &pairs {
        let name = word.file_name().unwrap().to_string_lossy();
        let read = text.join(Path::new(&*name).with_extension("txt"));
        let read = std::fs::read_to_string(&read)
            .unwrap_or_else(|_| panic!("LibreOffice could not open {name}"));
        // LibreOffice's text keeps a footnote's number where it is called
        // and leaves the note out: so does the Markdown here.
        let markdown = std::fs::read_to_string(markdown).unwrap();
        let markdown = call
            .replace_all(&note.replace_all(&markdown, ""), " $1 ")
            .into_owned();
        let without_notes = out.path().join("without-notes.md");
        std::fs::write(&without_notes, markdown).unwrap();
        let from_markdown = common::words(&pandoc_plain(&without_notes, "commonmark_x"));
        assert_same_words(&name, common::words(&read), from_markdown);
    }
}

#[test]
fn a_final_clean_text_is_refused_while_anything_is_unresolved_and_nothing_is_written() {
    let g = golden();
    let out = tempfile::tempdir().unwrap();
    let final_text = ExportRequest {
        renderings: vec![Rendering::Clean],
        ..everything(false)
    };
    let Err(Error::NotFinal { problems }) = g.entente.export(g.id, &final_text, out.path()) else {
        panic!("a text with options and brackets exported as final");
    };
    let l = entente_core::i18n::Localizer::bundled("en", false);
    let messages: Vec<String> = problems.iter().map(|p| p.message(&l)).collect();
    assert_eq!(
        messages,
        [
            "Article 2: not agreed yet (Pending)",
            "Article 2, Paragraph 1: not agreed yet (Pending)",
            "Article 2, Paragraph 1: still has options",
            "Article 2, Paragraph 1: has words in brackets in English",
            "Article 2, Paragraph 1: has words in brackets in French",
            "Article 2, Paragraph 1: has words in brackets in Arabic",
            "Article 2, Paragraph 1: has words in brackets in Chinese",
        ]
    );
    assert!(files(out.path()).is_empty(), "nothing written");

    // A text missing in an authentic language is not final either.
    let data = g.provisions[8];
    for language in LANGUAGES {
        let words = ProvisionText {
            heading: String::new(),
            body: "Each Party shall share health data.".into(),
        };
        g.entente
            .set_provision_text(data, language, &words)
            .unwrap();
    }
    g.entente
        .set_provision_text(data, "zh", &ProvisionText::default())
        .unwrap();
    let document = g.entente.document(g.id).unwrap();
    let node = document.provisions.iter().find(|n| n.id == data).unwrap();
    for option in node.options.clone() {
        g.entente.withdraw_option(option.id).unwrap();
    }
    for agreed in [g.provisions[7], data] {
        g.entente
            .set_provision_status(agreed, ProvisionStatus::Agreed, "")
            .unwrap();
    }
    let Err(Error::NotFinal { problems }) = g.entente.export(g.id, &final_text, out.path()) else {
        panic!("a text without Chinese exported as final");
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].message(&l),
        "Article 2, Paragraph 1: has no text in Chinese, an authentic language"
    );

    // Resolved: the final text is written, closing formula and all.
    let chinese = ProvisionText {
        heading: String::new(),
        body: "各缔约方应共享健康数据。".into(),
    };
    g.entente.set_provision_text(data, "zh", &chinese).unwrap();
    let manifest = g.entente.export(g.id, &final_text, out.path()).unwrap();
    assert!(!manifest.draft);
    let english =
        std::fs::read_to_string(out.path().join("AI-HEALTH-GOLDEN-1.clean.en.md")).unwrap();
    // The authentic languages in English's own order, a treaty's formula.
    assert!(english.contains("Done at Geneva, on 20 May 2026, in a single original in the Arabic, Chinese, English and French languages, each text being equally authentic."), "{english}");
    assert!(english.contains("have signed this Agreement."), "{english}");
    assert!(!english.contains("Draft"), "{english}");
}

#[test]
fn text_typed_by_a_user_never_becomes_markup() {
    let (_dir, entente) = common::open();
    let id = entente
        .create_agreement(&common::new_agreement("T"))
        .unwrap()
        .id;
    let hostile = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click here](javascript:alert(1))",
        "<div>\nraw block\n</div>",
        "# not a heading\n- not a list\n1. not a list either",
        "*not emphasis* `not code` &amp; &lt;b&gt;",
    ];
    for words in hostile {
        let placement = Placement {
            parent: None,
            index: None,
        };
        entente
            .add_provision(
                id,
                ProvisionKind::Article,
                placement,
                &common::text(words, words),
            )
            .unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    entente.export(id, &everything(true), out.path()).unwrap();
    let tag = regex::Regex::new(r"<[^>]*(onerror|javascript:|href|<script|<img|<div)").unwrap();
    for (name, bytes) in files(out.path()) {
        let text = String::from_utf8(bytes).unwrap();
        if name.ends_with(".md") {
            // No raw HTML reaches a Markdown reader: every tag was escaped.
            for event in pulldown_cmark::Parser::new(&text) {
                assert!(
                    !matches!(
                        event,
                        pulldown_cmark::Event::Html(_)
                            | pulldown_cmark::Event::InlineHtml(_)
                            | pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { .. })
                    ),
                    "{name}: {event:?}"
                );
            }
        }
        if name.ends_with(".html") {
            // Every < in the page is the page's own: none opens what a user typed.
            assert!(!tag.is_match(&text), "{name}: {:?}", tag.find(&text));
            for markup in ["<script", "<div", "<img"] {
                assert!(!text.contains(markup), "{name} holds {markup}");
            }
        }
        if name.ends_with(".en.html") && !name.contains(".report.") {
            assert!(
                text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
                "{name}: the words stay"
            );
            assert!(
                text.contains("*not emphasis* `not code` &amp;amp; &amp;lt;b&amp;gt;"),
                "{name}"
            );
        }
    }
}

#[test]
fn the_command_line_exports_and_says_what_is_not_final() {
    let g = golden();
    let data_dir = g.entente.database_path().parent().unwrap().to_path_buf();
    let out = tempfile::tempdir().unwrap();
    let id = g.id.to_string();
    let printed = common::stdout(common::entente_cli(&data_dir).args([
        "export",
        &id,
        "--out",
        out.path().to_str().unwrap(),
        "--lang",
        "fr,ar",
        "--mode",
        "bracketed",
        "--format",
        "html",
    ]));
    let names: Vec<&str> = printed
        .lines()
        .map(|l| l.rsplit(std::path::MAIN_SEPARATOR).next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "AI-HEALTH-GOLDEN-1.bracketed.fr.html",
            "AI-HEALTH-GOLDEN-1.bracketed.ar.html"
        ]
    );
    assert!(out.path().join("manifest.json").is_file());

    let refused = common::entente_cli(&data_dir)
        .args(["export", &id, "--out", out.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    let listed = String::from_utf8_lossy(&refused.stdout);
    assert!(
        listed
            .lines()
            .any(|l| l == "Article 2, Paragraph 1: still has options"),
        "{listed}"
    );
    assert!(String::from_utf8_lossy(&refused.stderr)
        .contains("cannot be exported as final: 7 problems remain"));

    let unknown = common::entente_cli(&data_dir)
        .args([
            "export",
            &id,
            "--out",
            out.path().to_str().unwrap(),
            "--lang",
            "de",
            "--draft",
        ])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(1));
}

#[test]
fn one_command_line_run_writes_several_renderings_and_formats() {
    let g = golden();
    let data_dir = g.entente.database_path().parent().unwrap().to_path_buf();
    let id = g.id.to_string();
    let names = |modes: &str, formats: &str| -> Vec<String> {
        let out = tempfile::tempdir().unwrap();
        let printed = common::stdout(common::entente_cli(&data_dir).args([
            "export",
            &id,
            "--out",
            out.path().to_str().unwrap(),
            "--lang",
            "en",
            "--draft",
            "--mode",
            modes,
            "--format",
            formats,
        ]));
        let mut names: Vec<String> = printed
            .lines()
            .map(|l| {
                l.rsplit(std::path::MAIN_SEPARATOR)
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        names("bracketed,clean,bracketed", "html,md"),
        [
            "AI-HEALTH-GOLDEN-1.bracketed.en.html",
            "AI-HEALTH-GOLDEN-1.bracketed.en.md",
            "AI-HEALTH-GOLDEN-1.clean.en.html",
            "AI-HEALTH-GOLDEN-1.clean.en.md",
        ],
        "each asked once, in one run"
    );
    let everything = names("all", "all");
    for rendering in ["clean", "bracketed", "compilation", "report"] {
        for format in ["md", "html", "docx"] {
            let name = format!("AI-HEALTH-GOLDEN-1.{rendering}.en.{format}");
            assert!(everything.contains(&name), "{name} in {everything:?}");
        }
    }

    let unknown = common::entente_cli(&data_dir)
        .args(["export", &id, "--out", "unused", "--mode", "clean,stanza"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2), "refused by the parser");
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("stanza"));
}
