//! The agreement as a Word document (WordprocessingML), made from the
//! same Markdown as every other format, so that its words are the
//! Markdown's: the title and headings as Word's Title and Heading styles
//! (the navigation pane and a table of contents work), numbered paragraphs
//! with the agreement's own numbers and a hanging indent, real Word
//! footnotes, tables for the report and the parallel text, right to left
//! with an Arabic font for Arabic and an East Asian font for Chinese, the
//! document's language set. The package is a zip with fixed dates: the same
//! text gives the same bytes.

use std::collections::HashMap;
use std::io::{Cursor, Write};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use entente_i18n::is_right_to_left;

/// One run of text and how it is set.
#[derive(Debug, Clone, Default)]
struct Run {
    text: String,
    italic: bool,
    bold: bool,
    /// A footnote's call: the note's id.
    footnote: Option<usize>,
    /// A line break inside the paragraph.
    line_break: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Title,
    Heading(u8),
    Body,
}

/// One paragraph: its style, how deep in lists it stands (its indent), its
/// number as the agreement writes it ("1."), hanging before its words, and
/// its runs.
#[derive(Debug, Clone)]
struct Paragraph {
    style: Style,
    depth: usize,
    number: Option<String>,
    runs: Vec<Run>,
}

#[derive(Debug, Clone)]
enum Block {
    Paragraph(Paragraph),
    /// Rows of cells, each cell its paragraphs; the first row a header.
    Table(Vec<Vec<Vec<Paragraph>>>),
}

/// What a Markdown text becomes: the body and the footnotes.
#[derive(Default)]
struct Converted {
    blocks: Vec<Block>,
    footnotes: Vec<Vec<Paragraph>>,
}

/// A document: the Markdown of one rendering in `language`, with a header
/// line on every page when given (a draft's notice).
pub fn document(markdown: &str, language: &str, title: &str, header: Option<&str>) -> Vec<u8> {
    let converted = convert(markdown);
    package(&converted, language, title, header)
}

/// A parallel text: the title lines, then a table of two columns, one row
/// per provision (`rows`: each cell's Markdown).
pub fn parallel(head: &str, rows: &[[String; 2]], languages: [&str; 2], title: &str) -> Vec<u8> {
    let mut converted = convert(head);
    let mut table = Vec::new();
    for row in rows {
        let mut cells = Vec::new();
        for cell in row {
            let one = convert(cell);
            let offset = converted.footnotes.len();
            converted.footnotes.extend(one.footnotes);
            cells.push(
                one.blocks
                    .into_iter()
                    .filter_map(|b| match b {
                        Block::Paragraph(mut p) => {
                            for run in &mut p.runs {
                                if let Some(id) = run.footnote.as_mut() {
                                    *id += offset;
                                }
                            }
                            Some(p)
                        }
                        Block::Table(_) => None,
                    })
                    .collect(),
            );
        }
        table.push(cells);
    }
    converted.blocks.push(Block::Table(table));
    package(&converted, languages[0], title, None)
}

/// The Markdown read into paragraphs, tables and footnotes.
fn convert(markdown: &str) -> Converted {
    let mut out = Converted::default();
    let options = Options::ENABLE_FOOTNOTES | Options::ENABLE_TABLES;
    let mut current: Option<Paragraph> = None;
    let (mut italic, mut bold) = (false, false);
    // Each open list: the number its next item takes.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut pending_number: Option<String> = None;
    let mut in_note: Option<usize> = None;
    let mut notes: HashMap<String, usize> = HashMap::new();
    let mut table: Option<Vec<Vec<Vec<Paragraph>>>> = None;
    let mut cell: Option<Vec<Paragraph>> = None;
    let mut note_id = |label: &str, footnotes: &mut Vec<Vec<Paragraph>>| -> usize {
        *notes.entry(label.to_string()).or_insert_with(|| {
            footnotes.push(Vec::new());
            footnotes.len() - 1
        })
    };
    let new_paragraph = |style, depth, number| Paragraph {
        style,
        depth,
        number,
        runs: Vec::new(),
    };
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let style = match level as u8 {
                    1 => Style::Title,
                    n => Style::Heading(n - 1),
                };
                current = Some(new_paragraph(style, 0, None));
            }
            Event::Start(Tag::Paragraph) => {
                current = Some(new_paragraph(
                    Style::Body,
                    lists.len(),
                    pending_number.take(),
                ));
            }
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                if let Some(Some(number)) = lists.last_mut() {
                    pending_number = Some(format!("{number}."));
                    *number += 1;
                }
            }
            Event::End(TagEnd::Item) => {
                // A tight list's item has its text without a paragraph of its own.
                if let Some(paragraph) = current.take() {
                    place(paragraph, in_note, cell.as_mut(), &mut out);
                }
                pending_number = None;
            }
            Event::Start(Tag::Emphasis) => italic = true,
            Event::End(TagEnd::Emphasis) => italic = false,
            Event::Start(Tag::Strong) => bold = true,
            Event::End(TagEnd::Strong) => bold = false,
            Event::Text(text) | Event::Code(text) => {
                // Text straight in a list item (a tight list) opens its paragraph.
                let paragraph = current.get_or_insert_with(|| {
                    new_paragraph(Style::Body, lists.len(), pending_number.take())
                });
                paragraph.runs.push(Run {
                    text: text.to_string(),
                    italic,
                    bold,
                    ..Run::default()
                });
            }
            // A line of its own in the text (a signature block, an address)
            // stays a line of its own in Word.
            Event::SoftBreak | Event::HardBreak => {
                if let Some(p) = current.as_mut() {
                    p.runs.push(Run {
                        line_break: true,
                        ..Run::default()
                    });
                }
            }
            Event::FootnoteReference(label) => {
                let id = note_id(&label, &mut out.footnotes);
                current
                    .get_or_insert_with(|| new_paragraph(Style::Body, 0, None))
                    .runs
                    .push(Run {
                        footnote: Some(id),
                        ..Run::default()
                    });
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                in_note = Some(note_id(&label, &mut out.footnotes));
            }
            Event::End(TagEnd::FootnoteDefinition) => in_note = None,
            Event::Start(Tag::Table(_)) => table = Some(Vec::new()),
            Event::End(TagEnd::Table) => {
                if let Some(rows) = table.take() {
                    out.blocks.push(Block::Table(rows));
                }
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                if let Some(rows) = table.as_mut() {
                    rows.push(Vec::new());
                }
            }
            Event::Start(Tag::TableCell) => {
                cell = Some(Vec::new());
                current = Some(new_paragraph(Style::Body, 0, None));
            }
            Event::End(TagEnd::TableCell) => {
                let mut paragraphs = cell.take().unwrap_or_default();
                paragraphs.extend(current.take());
                if let Some(row) = table.as_mut().and_then(|rows| rows.last_mut()) {
                    row.push(paragraphs);
                }
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph) => {
                if let Some(paragraph) = current.take() {
                    place(paragraph, in_note, cell.as_mut(), &mut out);
                }
            }
            _ => {}
        }
    }
    if let Some(paragraph) = current.take() {
        out.blocks.push(Block::Paragraph(paragraph));
    }
    out
}

/// Puts a finished paragraph where it belongs: in a footnote, a table's
/// cell, or the body.
fn place(
    mut paragraph: Paragraph,
    in_note: Option<usize>,
    cell: Option<&mut Vec<Paragraph>>,
    out: &mut Converted,
) {
    hang_marker(&mut paragraph);
    match (in_note, cell) {
        (Some(id), _) => out.footnotes[id].push(paragraph),
        (None, Some(cell)) => cell.push(paragraph),
        (None, None) => out.blocks.push(Block::Paragraph(paragraph)),
    }
}

/// A sub-paragraph inside a numbered paragraph ("(a) promote …") hangs its
/// marker one level deeper, as the paragraph's own number does.
fn hang_marker(paragraph: &mut Paragraph) {
    if paragraph.style != Style::Body || paragraph.depth == 0 || paragraph.number.is_some() {
        return;
    }
    let Some(first) = paragraph.runs.first_mut() else {
        return;
    };
    let marker = first
        .text
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(") "))
        .filter(|(inside, _)| !inside.is_empty() && inside.chars().count() <= 5)
        .filter(|(inside, _)| inside.chars().all(char::is_alphanumeric));
    if let Some((inside, words)) = marker {
        paragraph.number = Some(format!("({inside})"));
        first.text = words.to_string();
        paragraph.depth += 1;
    }
}

/// XML text: the five characters XML gives a meaning escaped.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// A language's tag for Word, and how its script is set.
struct Script {
    tag: &'static str,
    rtl: bool,
}

fn script(language: &str) -> Script {
    let tag = match language {
        "ar" => "ar-SA",
        "zh" => "zh-CN",
        "en" => "en-GB",
        "fr" => "fr-FR",
        "ru" => "ru-RU",
        "es" => "es-ES",
        _ => "en-GB",
    };
    Script {
        tag,
        rtl: is_right_to_left(language),
    }
}

const LATIN_FONT: &str = "Noto Serif";
const EAST_ASIAN_FONT: &str = "Noto Serif CJK SC";
const ARABIC_FONT: &str = "Noto Naskh Arabic";
/// Indentation of each list level, in twentieths of a point.
const INDENT: usize = 567;
const HANGING: usize = 567;

fn run_xml(run: &Run, rtl: bool) -> String {
    let mut props = String::new();
    if run.bold {
        props.push_str("<w:b/><w:bCs/>");
    }
    if run.italic {
        props.push_str("<w:i/><w:iCs/>");
    }
    if rtl {
        props.push_str("<w:rtl/>");
    }
    if let Some(id) = run.footnote {
        return format!(
            "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/>{props}</w:rPr><w:footnoteReference w:id=\"{}\"/></w:r>",
            id + 2
        );
    }
    if run.line_break {
        return "<w:r><w:br/></w:r>".into();
    }
    let props = if props.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{props}</w:rPr>")
    };
    format!(
        "<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        xml(&run.text)
    )
}

fn paragraph_xml(paragraph: &Paragraph, rtl: bool, style_override: Option<&str>) -> String {
    let style = style_override
        .map(String::from)
        .unwrap_or_else(|| match paragraph.style {
            Style::Title => "Title".into(),
            Style::Heading(n) => format!("Heading{}", n.min(6)),
            Style::Body => "BodyText".into(),
        });
    let mut props = format!("<w:pStyle w:val=\"{style}\"/>");
    if rtl {
        props.push_str("<w:bidi/>");
    }
    if paragraph.style == Style::Body && paragraph.depth > 0 {
        let left = paragraph.depth * INDENT;
        let hanging = if paragraph.number.is_some() {
            HANGING
        } else {
            0
        };
        props.push_str(&format!(
            "<w:ind w:start=\"{left}\" w:hanging=\"{hanging}\"/>"
        ));
    }
    let mut runs = String::new();
    if let Some(number) = &paragraph.number {
        runs.push_str(&run_xml(
            &Run {
                text: number.clone(),
                ..Run::default()
            },
            rtl,
        ));
        runs.push_str("<w:r><w:tab/></w:r>");
    }
    for run in &paragraph.runs {
        runs.push_str(&run_xml(run, rtl));
    }
    format!("<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>")
}

fn table_xml(rows: &[Vec<Vec<Paragraph>>], rtl: bool) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let width = 9000 / columns;
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>{}<w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid>",
        if rtl { "<w:bidiVisual/>" } else { "" }
    );
    for _ in 0..columns {
        out.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    for (index, row) in rows.iter().enumerate() {
        // The first row heads the columns, and heads them again on each page.
        out.push_str(match index {
            0 => "<w:tr><w:trPr><w:tblHeader/></w:trPr>",
            _ => "<w:tr>",
        });
        for cell in row {
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>"
            ));
            for paragraph in cell {
                out.push_str(&paragraph_xml(paragraph, rtl, None));
            }
            // A cell must end with a paragraph.
            if cell.is_empty() {
                out.push_str("<w:p/>");
            }
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

const NAMESPACES: &str =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
     xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

fn document_xml(converted: &Converted, rtl: bool, header: bool) -> String {
    let mut body = String::new();
    for block in &converted.blocks {
        match block {
            Block::Paragraph(p) => body.push_str(&paragraph_xml(p, rtl, None)),
            Block::Table(rows) => {
                body.push_str(&table_xml(rows, rtl));
                // Word needs a paragraph between two tables, and after the last.
                body.push_str("<w:p/>");
            }
        }
    }
    let header = if header {
        "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
    } else {
        ""
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document {NAMESPACES}><w:body>{body}<w:sectPr>{header}\
         <w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>\
         {}</w:sectPr></w:body></w:document>",
        if rtl { "<w:bidi/>" } else { "" }
    )
}

fn footnotes_xml(converted: &Converted, rtl: bool) -> String {
    let mut notes = String::from(
        "<w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
         <w:footnote w:type=\"continuationSeparator\" w:id=\"1\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>",
    );
    for (index, paragraphs) in converted.footnotes.iter().enumerate() {
        notes.push_str(&format!("<w:footnote w:id=\"{}\">", index + 2));
        for (at, paragraph) in paragraphs.iter().enumerate() {
            let mut paragraph = paragraph.clone();
            if at == 0 {
                paragraph.runs.insert(
                    0,
                    Run {
                        text: " ".into(),
                        ..Run::default()
                    },
                );
            }
            let xml = paragraph_xml(&paragraph, rtl, Some("FootnoteText"));
            // The note's own number before its words.
            let xml = if at == 0 {
                xml.replacen(
                    "</w:pPr>",
                    "</w:pPr><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>",
                    1,
                )
            } else {
                xml
            };
            notes.push_str(&xml);
        }
        if paragraphs.is_empty() {
            notes.push_str("<w:p/>");
        }
        notes.push_str("</w:footnote>");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes {NAMESPACES}>{notes}</w:footnotes>"
    )
}

fn styles_xml(script: &Script) -> String {
    let heading = |n: u8, size: u8| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading{n}\"><w:name w:val=\"heading {n}\"/>\
             <w:basedOn w:val=\"Normal\"/><w:next w:val=\"BodyText\"/><w:qFormat/>\
             <w:pPr><w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/><w:jc w:val=\"center\"/>\
             <w:outlineLvl w:val=\"{}\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>",
            n - 1
        )
    };
    let headings: String = (1..=6).map(|n| heading(n, 26 - 2 * n.min(4))).collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles {NAMESPACES}>\
         <w:docDefaults><w:rPrDefault><w:rPr>\
         <w:rFonts w:ascii=\"{LATIN_FONT}\" w:hAnsi=\"{LATIN_FONT}\" w:eastAsia=\"{EAST_ASIAN_FONT}\" w:cs=\"{ARABIC_FONT}\"/>\
         <w:sz w:val=\"24\"/><w:szCs w:val=\"26\"/>\
         <w:lang w:val=\"{}\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>{}</w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>\
         <w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"BodyText\"/><w:qFormat/>\
         <w:pPr><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr>\
         <w:rPr><w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"34\"/></w:rPr></w:style>\
         {headings}\
         <w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/>\
         <w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"22\"/></w:rPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>\
         <w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:i/><w:iCs/><w:sz w:val=\"18\"/></w:rPr></w:style>\
         <w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/>\
         <w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>\
         <w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>\
         <w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>\
         <w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>\
         <w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>\
         <w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders>\
         <w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
         </w:styles>",
        script.tag,
        if script.rtl {
            "<w:pPr><w:bidi/></w:pPr><w:rPr><w:rtl/></w:rPr>"
        } else {
            ""
        }
    )
}

fn header_xml(words: &str, rtl: bool) -> String {
    let paragraph = Paragraph {
        style: Style::Body,
        depth: 0,
        number: None,
        runs: vec![Run {
            text: words.to_string(),
            ..Run::default()
        }],
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr {NAMESPACES}>{}</w:hdr>",
        paragraph_xml(&paragraph, rtl, Some("Header"))
    )
}

/// The package: every part in a fixed order, with fixed dates.
fn package(converted: &Converted, language: &str, title: &str, header: Option<&str>) -> Vec<u8> {
    let script = script(language);
    let header_override = if header.is_some() {
        "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    } else {
        ""
    };
    let header_relationship = if header.is_some() {
        "<Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
    } else {
        ""
    };
    let mut parts: Vec<(&str, String)> = vec![
        (
            "[Content_Types].xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
                 <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
                 <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
                 <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
                 <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
                 <Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
                 <Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
                 <Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>\
                 {header_override}\
                 <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
                 </Types>"
            ),
        ),
        (
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
             <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
             <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
             <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
             </Relationships>"
                .into(),
        ),
        (
            "docProps/core.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
                 <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
                 xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:language>{}</dc:language>\
                 </cp:coreProperties>",
                xml(title),
                script.tag
            ),
        ),
        (
            "word/_rels/document.xml.rels",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
                 <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
                 <Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
                 <Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
                 <Relationship Id=\"rIdFootnotes\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>\
                 {header_relationship}</Relationships>"
            ),
        ),
        ("word/document.xml", document_xml(converted, script.rtl, header.is_some())),
        ("word/styles.xml", styles_xml(&script)),
        (
            "word/settings.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings {NAMESPACES}>\
                 <w:footnotePr><w:footnote w:id=\"0\"/><w:footnote w:id=\"1\"/></w:footnotePr>\
                 <w:themeFontLang w:val=\"{}\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:settings>",
                script.tag
            ),
        ),
        ("word/footnotes.xml", footnotes_xml(converted, script.rtl)),
    ];
    if let Some(words) = header {
        parts.push(("word/header1.xml", header_xml(words, script.rtl)));
    }
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    for (name, content) in parts {
        zip.start_file(name, options)
            .and_then(|()| zip.write_all(content.as_bytes()).map_err(Into::into))
            .expect("writing to memory cannot fail");
    }
    zip.finish()
        .expect("writing to memory cannot fail")
        .into_inner()
}
