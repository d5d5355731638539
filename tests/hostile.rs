//! Text from outside never becomes markup. The vectors of
//! `tests/hostile/vectors.txt`, put in every field that holds text (and in a
//! text imported from a file), go out in every rendering and format as the
//! same characters: no Markdown reader finds HTML or a link in them, no
//! HTML page a tag or attribute the exporter did not write, no Word
//! document an element outside WordprocessingML. The end-to-end suite shows
//! the same vectors in every view of the app.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;

use entente_core::export::{ExportRequest, Format, Rendering};
use entente_core::model::{
    AgreementDetails, AgreementKind, AgreementLanguage, Clearance, NewParty, NewPosition,
    NewStatement, PartyKind, PartyRole, Placement, ProvisionKind, ProvisionText, Stance,
    StatementKind, Value,
};
use entente_core::Entente;
use regex::Regex;

fn vectors() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/vectors.txt");
    let list: Vec<String> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    assert!(list.len() >= 30, "{}", list.len());
    list
}

/// `words` in English and French.
fn both(words: &str) -> BTreeMap<String, String> {
    BTreeMap::from([("en".into(), words.into()), ("fr".into(), words.into())])
}

fn texts(heading: &str, body: &str) -> BTreeMap<String, ProvisionText> {
    let text = ProvisionText {
        heading: heading.into(),
        body: body.into(),
    };
    BTreeMap::from([("en".into(), text.clone()), ("fr".into(), text)])
}

/// An agreement whose every field that holds text holds every vector.
fn hostile_agreement(entente: &Entente, vectors: &[String]) -> i64 {
    let all = &vectors.join(" ");
    let details = AgreementDetails {
        kind: AgreementKind::Treaty,
        titles: both(all),
        languages: ["en", "fr"]
            .map(|code| AgreementLanguage {
                code: code.into(),
                authentic: true,
            })
            .into(),
        working_language: "en".into(),
        symbol: all.into(),
    };
    let id = entente.create_agreement(&details).unwrap().id;
    let party = |kind, role, members| NewParty {
        kind,
        role,
        names: both(all),
        members,
    };
    let state = entente
        .add_party(id, &party(PartyKind::State, PartyRole::Party, vec![]))
        .unwrap()
        .id;
    // Names of parties must differ: the others carry a number after the vectors.
    let mut second = party(PartyKind::State, PartyRole::Observer, vec![]);
    second.names = both(&format!("{all} 2"));
    entente.add_party(id, &second).unwrap();
    let mut group = party(PartyKind::Group, PartyRole::Party, vec![state]);
    group.names = both(&format!("{all} 3"));
    entente.add_party(id, &group).unwrap();

    let at_end = |parent| Placement {
        parent,
        index: None,
    };
    entente
        .add_provision(id, ProvisionKind::Recital, at_end(None), &texts("", all))
        .unwrap();
    let article = entente
        .add_provision(id, ProvisionKind::Article, at_end(None), &texts(all, all))
        .unwrap();
    let paragraph = entente
        .add_provision(
            id,
            ProvisionKind::Paragraph,
            at_end(Some(article)),
            &texts("", all),
        )
        .unwrap();
    entente.add_option(paragraph, &both(all), &[state]).unwrap();
    entente
        .record_position(
            paragraph,
            state,
            &NewPosition {
                stance: Stance::ProposesAmendment,
                amendment: all.into(),
                clearance: Clearance::default(),
                cleared_on: None,
                note: all.into(),
                preferred_option: None,
                option_stances: Vec::new(),
            },
        )
        .unwrap();
    entente
        .add_statement(
            paragraph,
            &NewStatement {
                party_id: state,
                made_on: "2026-03-02".into(),
                kind: StatementKind::Verbatim,
                text: all.into(),
                source: all.into(),
            },
        )
        .unwrap();
    // A template's text value is short: one clause per vector.
    for vector in vectors {
        let values = BTreeMap::from([
            ("secretariat".to_string(), Value::Boolean(true)),
            ("secretariat_body".to_string(), Value::Text(vector.clone())),
        ]);
        entente
            .insert_template(id, "definitions", &values, at_end(None))
            .unwrap();
    }
    entente.save_version(id, all).unwrap();
    id
}

/// A text from outside with a vector on each line, in its title, recitals
/// and articles.
fn hostile_text(vectors: &[String]) -> String {
    let mut text = format!("# {}\n\nThe Parties,\n\n", vectors.join(" "));
    for vector in vectors {
        text.push_str(&format!("Recalling {vector},\n\n"));
    }
    text.push_str("Have agreed as follows:\n\n");
    for (n, vector) in vectors.iter().enumerate() {
        text.push_str(&format!("## Article {} — {vector}\n\n{vector}\n\n", n + 1));
    }
    text
}

fn export_everything(entente: &Entente, id: i64, out: &Path) {
    let request = ExportRequest {
        languages: Vec::new(),
        renderings: Rendering::ALL.to_vec(),
        formats: Format::ALL.to_vec(),
        draft: true,
        place: "Geneva".into(),
        date: Some("2026-05-20".into()),
    };
    entente.export(id, &request, out).unwrap();
}

/// The characters a page's text shows, tags left out and entities read.
fn shown_text(html: &str) -> String {
    let tags = Regex::new(r"<[^>]*>").unwrap();
    let text = tags.replace_all(html, "");
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Every tag of an HTML page: its name, and its attributes' names and values.
fn html_tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let tag = Regex::new(r"<([A-Za-z][A-Za-z0-9]*)([^>]*)>").unwrap();
    let attribute =
        Regex::new(r#"([A-Za-z_:][-A-Za-z0-9_:.]*)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?"#).unwrap();
    tag.captures_iter(html)
        .map(|c| {
            let attributes = attribute
                .captures_iter(&c[2])
                .map(|a| {
                    let value = a
                        .get(2)
                        .map_or("", |v| v.as_str())
                        .trim_matches(['"', '\'']);
                    (a[1].to_ascii_lowercase(), value.to_string())
                })
                .collect();
            (c[1].to_ascii_lowercase(), attributes)
        })
        .collect()
}

/// The tags the exporter writes itself; anything else came from a user.
const PAGE_TAGS: [&str; 27] = [
    "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section", "div",
    "span", "h1", "h2", "h3", "h4", "p", "ol", "ul", "li", "table", "thead", "tbody", "tr", "th",
    "td", "sup",
];

fn check_html(name: &str, html: &str) {
    for (tag, attributes) in html_tags(html) {
        let own = PAGE_TAGS.contains(&tag.as_str())
            || ["a", "em", "strong", "hr", "del", "ins", "small", "br", "s"]
                .contains(&tag.as_str());
        assert!(own, "{name}: <{tag}> came from a user's text");
        for (attribute, value) in attributes {
            assert!(!attribute.starts_with("on"), "{name}: <{tag} {attribute}>");
            assert!(
                attribute != "style" && attribute != "srcdoc",
                "{name}: <{tag} {attribute}>"
            );
            if attribute == "href" || attribute == "src" {
                assert!(
                    value.starts_with('#'),
                    "{name}: <{tag} {attribute}={value}>"
                );
            }
        }
    }
}

fn check_markdown(name: &str, markdown: &str) {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    for event in Parser::new_ext(markdown, Options::all()) {
        let markup = matches!(
            event,
            Event::Html(_)
                | Event::InlineHtml(_)
                | Event::Start(Tag::Link { .. })
                | Event::Start(Tag::Image { .. })
                | Event::Start(Tag::HtmlBlock)
        );
        assert!(!markup, "{name}: {event:?}");
    }
}

/// The XML parts of a Word document that hold text.
fn word_parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let names: Vec<String> = archive.file_names().map(String::from).collect();
    names
        .into_iter()
        .filter(|n| n.starts_with("word/") && n.ends_with(".xml"))
        .map(|n| {
            let mut xml = String::new();
            archive
                .by_name(&n)
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            (n, xml)
        })
        .collect()
}

fn check_word(name: &str, bytes: &[u8]) -> String {
    let element = Regex::new(r"<(/?)([A-Za-z_][-A-Za-z0-9_.:]*)").unwrap();
    let mut text = String::new();
    for (part, xml) in word_parts(bytes) {
        for tag in element.captures_iter(&xml) {
            // WordprocessingML names every element with its namespace prefix;
            // an element without one came from a user's text.
            assert!(
                tag[2].contains(':') || &tag[2] == "xml",
                "{name} {part}: <{}>",
                &tag[2]
            );
        }
        text.push_str(&shown_text(&xml));
    }
    text
}

#[test]
fn vectors_in_every_field_go_out_in_every_format_as_the_same_characters() {
    let vectors = vectors();
    let (_dir, entente) = common::open();
    let id = hostile_agreement(&entente, &vectors);
    let imported = common::import_text(&entente, &hostile_text(&vectors), "en", None);

    for agreement in [id, imported] {
        let out = tempfile::tempdir().unwrap();
        export_everything(&entente, agreement, out.path());
        let mut files: Vec<_> = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let mut seen = BTreeSet::new();
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).unwrap();
            let shown = match path.extension().and_then(|e| e.to_str()) {
                Some("md") => {
                    let markdown = String::from_utf8(bytes).unwrap();
                    check_markdown(&name, &markdown);
                    continue;
                }
                Some("html") => {
                    let html = String::from_utf8(bytes).unwrap();
                    check_html(&name, &html);
                    shown_text(&html)
                }
                Some("docx") => check_word(&name, &bytes),
                _ => continue,
            };
            if name.contains(".clean.en.") {
                for vector in &vectors {
                    assert!(shown.contains(vector.as_str()), "{name} lost {vector}");
                }
                seen.insert(name);
            }
        }
        assert_eq!(
            seen.len(),
            2,
            "the clean English page and document: {seen:?}"
        );
    }
}
