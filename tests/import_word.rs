//! Word documents (.docx) read as secretariats and delegations make them:
//! Word's automatic numbering read as the numbers it shows, in Latin
//! letters, Roman numerals and Chinese numerals; numbering carried by a
//! heading style; footnotes in the order the text calls them; tracked
//! changes refused unless taken as accepted; comments and field codes left
//! out. Each package is built here from its XML parts, as Word writes them;
//! documents made by pandoc and by LibreOffice are in tests/word-cases/.
//! A file that is not a Word document, an old or protected one, one that
//! would expand beyond reason or whose XML is broken is refused with what
//! is wrong and where, the database unchanged.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use entente_core::error::{Error, Unit};
use entente_core::model::{AgreementDocument, AgreementKind, ProvisionKind};
use entente_core::service::ImportRequest;
use entente_core::Entente;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A zip package of `parts` (name, content), as a .docx file in `dir`.
fn package(dir: &Path, name: &str, parts: &[(&str, &str)]) -> PathBuf {
    let path = dir.join(name);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let options = zip::write::SimpleFileOptions::default();
    for (part, content) in parts {
        zip.start_file(*part, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    path
}

/// A Word document with `body` (its paragraphs' XML) and the other parts given.
fn word(dir: &Path, body: &str, others: &[(&str, &str)]) -> PathBuf {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut parts = vec![("word/document.xml", document.as_str())];
    parts.extend_from_slice(others);
    package(dir, "text.docx", &parts)
}

/// A paragraph: its style (or none), its place in a list, its words.
fn p(style: &str, list: Option<(u32, u32)>, words: &str) -> String {
    let style = match style {
        "" => String::new(),
        style => format!(r#"<w:pStyle w:val="{style}"/>"#),
    };
    let list = list.map_or(String::new(), |(num, level)| {
        format!(r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>"#)
    });
    format!(
        r#"<w:p><w:pPr>{style}{list}</w:pPr><w:r><w:t xml:space="preserve">{words}</w:t></w:r></w:p>"#
    )
}

fn styles(extra: &str) -> String {
    format!(
        r#"<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>{extra}</w:styles>"#
    )
}

/// A numbering part: each abstract list's levels as (format, text), and
/// each list (numId) with the abstract list it uses.
fn numbering(abstracts: &[&[(&str, &str)]], lists: &[(u32, u32)]) -> String {
    let mut xml = format!(r#"<w:numbering xmlns:w="{W}">"#);
    for (id, levels) in abstracts.iter().enumerate() {
        xml += &format!(r#"<w:abstractNum w:abstractNumId="{id}">"#);
        for (level, (format, text)) in levels.iter().enumerate() {
            xml += &format!(
                r#"<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/></w:lvl>"#
            );
        }
        xml += "</w:abstractNum>";
    }
    for (num, abstract_id) in lists {
        xml +=
            &format!(r#"<w:num w:numId="{num}"><w:abstractNumId w:val="{abstract_id}"/></w:num>"#);
    }
    xml + "</w:numbering>"
}

fn request(path: &Path, language: &str) -> ImportRequest {
    ImportRequest {
        path: path.to_path_buf(),
        ..common::request(language)
    }
}

fn import(entente: &Entente, path: &Path, language: &str) -> AgreementDocument {
    let imported = entente
        .import(&request(path, language))
        .unwrap_or_else(|e| panic!("{e:?}"));
    entente.document(imported.agreement_id).unwrap()
}

fn count(document: &AgreementDocument, kind: ProvisionKind) -> usize {
    document
        .provisions
        .iter()
        .filter(|n| n.kind == kind)
        .count()
}

/// The words of each provision of `kind`, in `language`.
fn bodies(document: &AgreementDocument, kind: ProvisionKind, language: &str) -> Vec<String> {
    document
        .provisions
        .iter()
        .filter(|n| n.kind == kind)
        .map(|n| n.texts[language].body.clone())
        .collect()
}

#[test]
fn automatic_numbering_reads_as_the_numbers_word_shows() {
    let (dir, entente) = common::open();
    let operative = Some((1, 0));
    let lettered = Some((1, 1));
    let body = [
        p(
            "Title",
            None,
            "Cooperation on artificial intelligence for primary health care",
        ),
        p("", None, "The Regional Health Assembly,"),
        p(
            "",
            None,
            "Noting the growing use of diagnostic software in rural clinics,",
        ),
        p(
            "",
            None,
            "Mindful that health data belong to the communities they describe,",
        ),
        p(
            "",
            operative,
            "Urges Member States to share anonymized outbreak data;",
        ),
        p("", operative, "Requests the Director-General:"),
        p("", lettered, "to convene a working group on data equity;"),
        p("", lettered, "to report to the next session;"),
        p("", operative, "Decides to remain seized of the matter."),
    ]
    .concat();
    let lists = numbering(&[&[("decimal", "%1."), ("lowerLetter", "(%2)")]], &[(1, 0)]);
    let path = word(
        dir.path(),
        &body,
        &[
            ("word/styles.xml", &styles("")),
            ("word/numbering.xml", &lists),
        ],
    );
    let document = import(&entente, &path, "en");
    // Named by nothing, a resolution by its shape.
    assert_eq!(document.agreement.kind, AgreementKind::Resolution);
    assert_eq!(
        document.agreement.titles["en"],
        "Cooperation on artificial intelligence for primary health care"
    );
    assert_eq!(
        document.agreement.framing["en"].preamble_opening,
        "The Regional Health Assembly,"
    );
    assert_eq!(count(&document, ProvisionKind::Recital), 2);
    assert_eq!(
        bodies(&document, ProvisionKind::Paragraph, "en"),
        [
            "Urges Member States to share anonymized outbreak data;",
            "Requests the Director-General:",
            "Decides to remain seized of the matter."
        ]
    );
    let requests = document
        .provisions
        .iter()
        .find(|n| n.texts["en"].body.starts_with("Requests"))
        .unwrap()
        .id;
    let subs: Vec<_> = document
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Subparagraph)
        .collect();
    assert_eq!(subs.len(), 2);
    assert!(subs.iter().all(|n| n.parent_id == Some(requests)));
    assert_eq!(subs[1].number.as_ref().unwrap().ordinal, 2);
}

#[test]
fn a_heading_style_that_numbers_its_articles_gives_articles() {
    let (dir, entente) = common::open();
    // The article heading's numbering comes with its style, as in a
    // secretariat's template; the paragraphs are numbered by hand.
    let article_style = r#"<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:name w:val="Article Heading"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>"#;
    let body = [
        p(
            "Title",
            None,
            "Agreement on Telemedicine between the Republic of Valmont and the Republic of Orlande",
        ),
        p("", None, "The Parties,"),
        p("", None, "Have agreed as follows:"),
        p("ArticleHeading", None, "Purpose"),
        p("", None, "1. The Parties shall cooperate in telemedicine."),
        p(
            "",
            None,
            "2. Each Party shall designate a competent authority.",
        ),
        p("ArticleHeading", None, "Data protection"),
        p(
            "",
            None,
            "Personal health data shall be processed lawfully.",
        ),
        p("ArticleHeading", None, "Entry into force"),
        p(
            "",
            None,
            "This Agreement shall enter into force on signature.",
        ),
    ]
    .concat();
    let lists = numbering(&[&[("decimal", "Article %1")]], &[(3, 0)]);
    let path = word(
        dir.path(),
        &body,
        &[
            ("word/styles.xml", &styles(article_style)),
            ("word/numbering.xml", &lists),
        ],
    );
    let document = import(&entente, &path, "en");
    let articles: Vec<_> = document
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Article)
        .map(|n| {
            (
                n.number.as_ref().unwrap().ordinal,
                n.texts["en"].heading.as_str(),
            )
        })
        .collect();
    assert_eq!(
        articles,
        [
            (1, "Purpose"),
            (2, "Data protection"),
            (3, "Entry into force")
        ]
    );
    // A lone paragraph is its article's own words.
    assert_eq!(count(&document, ProvisionKind::Paragraph), 2);
    let entry_into_force = document
        .provisions
        .iter()
        .find(|n| n.texts["en"].heading == "Entry into force");
    assert_eq!(
        entry_into_force.unwrap().texts["en"].body,
        "This Agreement shall enter into force on signature."
    );
}

#[test]
fn chinese_numerals_of_word_number_articles() {
    let (dir, entente) = common::open();
    let article = Some((2, 0));
    let body = [
        p("Title", None, "关于人工智能促进卫生合作的协定"),
        p("", None, "各缔约方，"),
        p("", None, "协议如下："),
        p("", article, "本协定的目的是促进卫生领域的人工智能合作。"),
        p("", article, "各缔约方应当交换卫生数据治理方面的信息。"),
        p("", article, "本协定自签署之日起生效。"),
    ]
    .concat();
    let lists = numbering(&[&[("chineseCounting", "第%1条")]], &[(2, 0)]);
    let path = word(
        dir.path(),
        &body,
        &[
            ("word/styles.xml", &styles("")),
            ("word/numbering.xml", &lists),
        ],
    );
    let document = import(&entente, &path, "zh");
    let numbers: Vec<u32> = document
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Article)
        .map(|n| n.number.as_ref().unwrap().ordinal)
        .collect();
    assert_eq!(numbers, [1, 2, 3]);
}

#[test]
fn arabic_paragraphs_written_right_to_left_read_in_their_order() {
    let (dir, entente) = common::open();
    let rtl = |words: &str, list: Option<(u32, u32)>| {
        p("", list, words).replace("<w:pPr>", "<w:pPr><w:bidi/>")
    };
    let body = [
        p(
            "Title",
            None,
            "إعلان بشأن الذكاء الاصطناعي في خدمات الرعاية الصحية الأولية",
        ),
        rtl("إن الوزراء المجتمعين،", None),
        rtl("إذ يدركون أهمية البيانات الصحية،", None),
        rtl("يلتزمون بتبادل الخبرات؛", Some((1, 0))),
        rtl("يدعون إلى تعزيز القدرات الوطنية.", Some((1, 0))),
    ]
    .concat();
    let lists = numbering(&[&[("decimal", "%1.")]], &[(1, 0)]);
    let path = word(
        dir.path(),
        &body,
        &[
            ("word/styles.xml", &styles("")),
            ("word/numbering.xml", &lists),
        ],
    );
    let document = import(&entente, &path, "ar");
    assert_eq!(document.agreement.kind, AgreementKind::JointDeclaration);
    assert_eq!(count(&document, ProvisionKind::Recital), 1);
    assert_eq!(
        bodies(&document, ProvisionKind::Paragraph, "ar"),
        [
            "يلتزمون بتبادل الخبرات؛",
            "يدعون إلى تعزيز القدرات الوطنية."
        ]
    );
}

/// Word's footnotes part: its separators, then each note.
fn footnotes(notes: &[(u32, &str)]) -> String {
    let mut xml = format!(
        r#"<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"#
    );
    for (id, words) in notes {
        xml += &format!(
            r#"<w:footnote w:id="{id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {words}</w:t></w:r></w:p></w:footnote>"#
        );
    }
    xml + "</w:footnotes>"
}

fn called(words: &str, note: u32) -> String {
    format!(
        r#"<w:p><w:r><w:t>{words}</w:t></w:r><w:r><w:footnoteReference w:id="{note}"/></w:r></w:p>"#
    )
}

#[test]
fn footnotes_come_in_the_order_the_text_calls_them() {
    let (dir, entente) = common::open();
    let body = [
        p("Title", None, "Declaration on Health Data Equity"),
        p("", None, "We, the Ministers of Health,"),
        called("Recalling the regional strategy on digital health,", 7),
        p("", None, "Declare:"),
        called(
            "1. Health data shall serve the communities they describe.",
            4,
        ),
    ]
    .concat();
    let notes = footnotes(&[
        (4, "See the report of the expert group."),
        (7, "Adopted in 2024."),
    ]);
    let path = word(
        dir.path(),
        &body,
        &[
            ("word/styles.xml", &styles("")),
            ("word/footnotes.xml", &notes),
        ],
    );
    let document = import(&entente, &path, "en");
    // Each provision keeps its own notes: Word's note 7 with the recital
    // that calls it, note 4 with the paragraph.
    assert_eq!(
        bodies(&document, ProvisionKind::Recital, "en"),
        ["Recalling the regional strategy on digital health,[^1]\n\n[^1]: Adopted in 2024."]
    );
    assert_eq!(
        bodies(&document, ProvisionKind::Paragraph, "en"),
        ["Health data shall serve the communities they describe.[^1]\n\n[^1]: See the report of the expert group."]
    );
}

/// Paragraphs with a deletion, an insertion and a move, as Word tracks them.
fn tracked() -> String {
    let change = r#"w:author="Delegation of Valmont" w:date="2026-11-02T10:00:00Z""#;
    [
        p("Title", None, "Memorandum of Understanding on Digital Health"),
        p("", None, "The Participants,"),
        p("", None, "Have reached the following understanding:"),
        format!(
            r#"<w:p><w:r><w:t xml:space="preserve">1. The Participants </w:t></w:r><w:del w:id="1" {change}><w:r><w:delText>may</w:delText></w:r></w:del><w:ins w:id="2" {change}><w:r><w:t>shall</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> exchange information</w:t></w:r><w:moveFrom w:id="3" {change}><w:r><w:t xml:space="preserve"> in good faith</w:t></w:r></w:moveFrom><w:r><w:t>.</w:t></w:r></w:p>"#
        ),
        p("", None, "2. This Memorandum takes effect on signature."),
    ]
    .concat()
}

#[test]
fn tracked_changes_are_refused_unless_taken_as_accepted() {
    let (dir, entente) = common::open();
    let path = word(dir.path(), &tracked(), &[("word/styles.xml", &styles(""))]);
    let refused = entente.import(&request(&path, "en")).unwrap_err();
    assert!(
        matches!(refused, Error::WordTrackedChanges { count: 3, .. }),
        "{refused:?}"
    );
    assert!(entente.list_agreements().unwrap().is_empty());

    let accepting = ImportRequest {
        accept_changes: true,
        ..request(&path, "en")
    };
    let imported = entente.import(&accepting).unwrap();
    assert_eq!(imported.word.unwrap().changes, 3);
    let document = entente.document(imported.agreement_id).unwrap();
    assert_eq!(
        bodies(&document, ProvisionKind::Paragraph, "en")[0],
        "The Participants shall exchange information."
    );
}

#[test]
fn the_command_line_refuses_tracked_changes_until_told_to_accept_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = word(dir.path(), &tracked(), &[("word/styles.xml", &styles(""))]);
    let import = |accept: bool| {
        let mut cli = common::entente_cli(dir.path());
        cli.args(["import", path.to_str().unwrap(), "--lang", "en"]);
        if accept {
            cli.arg("--accept-changes");
        }
        cli.output().unwrap()
    };
    let refused = import(false);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("text.docx has 3 tracked changes. Accept or reject them in Word"),
        "{stderr}"
    );
    let listed = common::stdout(common::entente_cli(dir.path()).args(["list", "--json"]));
    assert_eq!(listed.trim(), "[]");

    let accepted = import(true);
    assert!(accepted.status.success(), "{accepted:?}");
    let stderr = String::from_utf8_lossy(&accepted.stderr);
    assert!(
        stderr.contains("3 tracked changes were taken as accepted."),
        "{stderr}"
    );
}

#[test]
fn a_word_document_goes_into_its_agreement_as_a_revision() {
    let (dir, entente) = common::open();
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/word-cases");
    let path = Path::new(corpus).join("convention.libreoffice.fr.docx");
    let id = import(&entente, &path, "fr").agreement.id;
    // The same document again, one article amended in Word.
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut parts = Vec::new();
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).unwrap();
        let mut content = String::new();
        std::io::Read::read_to_string(&mut part, &mut content).unwrap();
        let content = content.replace("désigne une autorité", "désigne sans délai une autorité");
        parts.push((part.name().to_string(), content));
    }
    let parts: Vec<(&str, &str)> = parts
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_str()))
        .collect();
    let amended = package(dir.path(), "rev2.docx", &parts);
    let request = ImportRequest {
        into: Some(id),
        revision: Some("Rev.2".into()),
        ..request(&amended, "fr")
    };
    let report = entente.import(&request).unwrap().revision.unwrap();
    assert_eq!(
        (report.amended.len(), report.added.len(), report.moved.len()),
        (1, 0, 0)
    );
}

#[test]
fn comments_and_field_codes_are_no_words_of_the_text() {
    let (dir, entente) = common::open();
    let body = [
        p("Title", None, "Joint Declaration on Telehealth"),
        p("", None, "We, the Ministers,"),
        p("", None, "Declare:"),
        r#"<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>1. Telehealth shall reach remote communities.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>"#.to_string(),
        r#"<w:p><w:r><w:t xml:space="preserve">2. Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> of the annex applies.</w:t></w:r></w:p>"#.to_string(),
    ]
    .concat();
    let comments = format!(
        r#"<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="Secretariat"><w:p><w:r><w:t>Check against the French text.</w:t></w:r></w:p></w:comment></w:comments>"#
    );
    let path = word(
        dir.path(),
        &body,
        &[
            ("word/styles.xml", &styles("")),
            ("word/comments.xml", &comments),
        ],
    );
    let preview = entente.preview_import(&request(&path, "en")).unwrap();
    assert_eq!(preview.word.unwrap().comments, 1);
    let document = import(&entente, &path, "en");
    assert_eq!(
        bodies(&document, ProvisionKind::Paragraph, "en"),
        [
            "Telehealth shall reach remote communities.",
            "Page of the annex applies."
        ]
    );
}

#[test]
fn what_fits_nowhere_in_a_word_document_is_counted_in_its_paragraphs() {
    let (dir, entente) = common::open();
    let body = [
        p("Title", None, "Memorandum on Health Workforce Training"),
        p("", None, "Article 1 – Objective"),
        p(
            "",
            None,
            "1. The Participants shall train health workers together.",
        ),
    ]
    .concat();
    // A note that no paragraph calls: the fourth paragraph of the text.
    let notes = footnotes(&[(2, "A note that no paragraph calls.")]);
    let path = word(
        dir.path(),
        &body,
        &[
            ("word/styles.xml", &styles("")),
            ("word/footnotes.xml", &notes),
        ],
    );
    match entente.import(&request(&path, "en")) {
        Err(Error::NotPlaced { lines, unit, .. }) => {
            assert_eq!(unit, Unit::Paragraph);
            assert_eq!(lines[0].0, 4, "{lines:?}");
        }
        other => panic!("{other:?}"),
    }
    assert!(entente.list_agreements().unwrap().is_empty());

    let output = common::entente_cli(dir.path())
        .args(["import", path.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("text.docx, paragraph 4: could not be placed: [^1]: A note"),
        "{stderr}"
    );
    assert!(stderr.contains("One paragraph of"), "{stderr}");
}

/// `path` refused as `expected` says, named in the message, nothing made.
fn refused(entente: &Entente, path: &Path, expected: fn(&Error) -> bool) {
    let error = entente.import(&request(path, "en")).unwrap_err();
    assert!(expected(&error), "{}: {error:?}", path.display());
    let localizer = entente_core::i18n::Localizer::bundled("en", false);
    let message = error.message(&localizer);
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(entente.list_agreements().unwrap().is_empty());
}

#[test]
fn what_is_not_a_word_document_is_refused_saying_why() {
    let (dir, entente) = common::open();
    let dir = dir.path();

    let text = dir.join("renamed.docx");
    std::fs::write(&text, "Article 1\n\nA text saved under the wrong name.\n").unwrap();
    refused(&entente, &text, |e| {
        matches!(e, Error::NotAWordDocument { .. })
    });

    // An OpenDocument text is a zip too, but holds no Word document.
    let odt = package(
        dir,
        "draft.odt",
        &[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", "<office:document-content/>"),
        ],
    );
    refused(&entente, &odt, |e| {
        matches!(e, Error::NotAWordDocument { .. })
    });

    // Word 97 documents and password-protected ones are OLE compound files.
    let old = dir.join("old.doc");
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    std::fs::write(&old, ole).unwrap();
    refused(&entente, &old, |e| {
        matches!(e, Error::WordOldOrProtected { .. })
    });

    let broken = word(dir, "<w:p><w:r><w:t>Article 1</w:r></w:p>", &[]);
    refused(&entente, &broken, |e| {
        matches!(e, Error::WordDamaged { .. })
    });

    // Cut short in copying: the end of the zip, where its directory is, lost.
    let whole = word(dir, &p("", None, "Article 1"), &[]);
    let bytes = std::fs::read(&whole).unwrap();
    let cut = dir.join("cut.docx");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    refused(&entente, &cut, |e| {
        matches!(e, Error::NotAWordDocument { .. })
    });
}

#[test]
fn a_word_document_larger_than_any_file_entente_reads_is_not_opened() {
    let (dir, entente) = common::open();
    let path = dir.path().join("huge.docx");
    // Sparse: a gigabyte on paper, nothing on the disk.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(entente_core::exchange::MAX_FILE_BYTES + 1)
        .unwrap();
    refused(&entente, &path, |e| matches!(e, Error::FileTooLarge { .. }));
}

#[test]
fn a_document_that_would_expand_beyond_any_agreement_is_not_read() {
    let (dir, entente) = common::open();
    // 300 MiB of one letter: a few hundred kilobytes once compressed.
    let path = dir.path().join("bomb.docx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    let block = vec![b'a'; 1024 * 1024];
    for _ in 0..300 {
        zip.write_all(&block).unwrap();
    }
    zip.finish().unwrap();
    refused(&entente, &path, |e| matches!(e, Error::WordTooLarge { .. }));
}

#[test]
fn documents_made_by_pandoc_and_libreoffice_come_in_whole() {
    let cases = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/word-cases");
    for (file, language, articles, paragraphs) in [
        ("resolution.pandoc.en.docx", "en", 0, 6),
        ("resolution.libreoffice.en.docx", "en", 0, 6),
        ("convention.libreoffice.fr.docx", "fr", 4, 7),
    ] {
        let (_dir, entente) = common::open();
        let document = import(&entente, &Path::new(cases).join(file), language);
        assert_eq!(count(&document, ProvisionKind::Article), articles, "{file}");
        assert_eq!(
            count(&document, ProvisionKind::Paragraph),
            paragraphs,
            "{file}"
        );
    }
}

#[test]
fn words_that_look_like_markup_go_through_word_as_words() {
    let (dir, entente) = common::open();
    let id = entente
        .create_agreement(&common::new_agreement("Agreement on <Health> & \"Data\""))
        .unwrap()
        .id;
    let hostile = [
        "Each Party shall </w:t></w:r><w:r><w:t>cooperate.",
        "Data & <![CDATA[ tools ]]> for 'health' <b>now</b>.",
        "Fees of 5 < 6 > 4 &amp; nothing more.",
    ];
    for words in hostile {
        let placement = entente_core::model::Placement {
            parent: None,
            index: None,
        };
        entente
            .add_provision(
                id,
                ProvisionKind::Article,
                placement,
                &common::text("Terms", words),
            )
            .unwrap();
    }
    let out = dir.path().join("out");
    let request = entente_core::export::ExportRequest {
        languages: vec!["en".into()],
        renderings: vec![entente_core::export::Rendering::Clean],
        formats: vec![entente_core::export::Format::Docx],
        draft: true,
        place: String::new(),
        date: None,
    };
    let manifest = entente.export(id, &request, &out).unwrap();
    let document = import(&entente, &out.join(&manifest.files[0].path), "en");
    assert_eq!(
        document.agreement.titles["en"],
        "Agreement on <Health> & \"Data\""
    );
    let bodies: Vec<_> = document
        .provisions
        .iter()
        .filter(|n| n.kind == ProvisionKind::Article)
        .map(|n| n.texts["en"].body.as_str())
        .collect();
    assert_eq!(bodies, hostile);
}

/// Texts of the import corpus (tests/import-texts) made into Word documents
/// by pandoc and LibreOffice read into the same agreement as the texts.
#[test]
fn the_corpus_as_libreoffice_saves_it_reads_as_the_texts_do() {
    let cases = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests"));
    for (text, language) in [
        ("resolution.ar.txt", "ar"),
        ("convention.zh.md", "zh"),
        ("declaration-unnumbered.fr.txt", "fr"),
        ("convention.ru.txt", "ru"),
    ] {
        let (_dir, entente) = common::open();
        let stem = text.rsplit_once('.').unwrap().0;
        let word = cases.join(format!("word-cases/{stem}.libreoffice.docx"));
        let from_word = import(&entente, &word, language);
        let from_text = import(&entente, &cases.join("import-texts").join(text), language);
        let shape = |document: &AgreementDocument| -> Vec<_> {
            document
                .provisions
                .iter()
                .map(|n| {
                    let parent = n
                        .parent_id
                        .and_then(|p| document.provisions.iter().position(|q| q.id == p));
                    (n.kind, parent, n.number.clone(), n.texts[language].clone())
                })
                .collect()
        };
        assert_eq!(shape(&from_word), shape(&from_text), "{text}");
        assert_eq!(
            from_word.agreement.framing, from_text.agreement.framing,
            "{text}"
        );
    }
}
