//! A Word document (.docx) read as the text the reader takes: each Word
//! paragraph a paragraph of its own; the Title and Heading styles as
//! Markdown headings; Word's automatic numbering written out as the
//! numbers it shows ("1.", "(a)", "(i)"), so that typed and automatic
//! numbers read alike; footnotes as `[^n]` calls and their notes. Tracked
//! changes are refused unless the user takes the document as it reads with
//! every change accepted; comments are left out and counted.
//!
//! The package is read with limits: a file that is no zip, a zip without a
//! document, an encrypted file or a Word 97 document, and a zip that would
//! expand beyond any agreement text are each refused as such.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use entente_model::numbering::{letter, roman};

/// The most a document's parts may expand to, all together: far beyond
/// any agreement, far below what would exhaust a laptop.
pub const MAX_EXPANDED: u64 = 256 * 1024 * 1024;

/// Why a file could not be read as a Word document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxProblem {
    /// Not a zip package at all.
    NotWord,
    /// A Word 97–2003 document, or a document protected by a password
    /// (both are OLE compound files, not zip packages).
    Encrypted,
    /// A zip, but with no `word/document.xml`.
    NoDocument,
    /// Its parts expand beyond `MAX_EXPANDED`.
    TooLarge,
    /// Tracked changes, and the user did not choose to accept them.
    TrackedChanges(usize),
    /// A part that is not well-formed XML.
    Damaged(String),
}

/// What a Word document held, as text for the reader.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocxText {
    pub text: String,
    /// Comments left out.
    pub comments: usize,
    /// Tracked changes taken as accepted.
    pub changes: usize,
}

/// Whether `bytes` begin as a zip package or an OLE file does: a Word
/// document, new or old.
pub fn looks_like_word(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// Reads a .docx; `accept_changes`: take tracked changes as accepted.
pub fn read(bytes: &[u8], accept_changes: bool) -> Result<DocxText, DocxProblem> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(DocxProblem::Encrypted);
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| DocxProblem::NotWord)?;
    let mut budget = MAX_EXPANDED;
    let mut part = |name: &str| -> Result<Option<String>, DocxProblem> {
        let Ok(file) = zip.by_name(name) else {
            return Ok(None);
        };
        if file.size() > budget {
            return Err(DocxProblem::TooLarge);
        }
        let mut content = Vec::new();
        // The declared size may lie: read no more than what is left.
        file.take(budget + 1)
            .read_to_end(&mut content)
            .map_err(|e| DocxProblem::Damaged(e.to_string()))?;
        if content.len() as u64 > budget {
            return Err(DocxProblem::TooLarge);
        }
        budget -= content.len() as u64;
        String::from_utf8(content)
            .map(Some)
            .map_err(|e| DocxProblem::Damaged(e.to_string()))
    };
    let document = part("word/document.xml")?.ok_or(DocxProblem::NoDocument)?;
    let styles = part("word/styles.xml")?.unwrap_or_default();
    let numbering = part("word/numbering.xml")?.unwrap_or_default();
    let footnotes = part("word/footnotes.xml")?.unwrap_or_default();
    let styles = Styles::read(&styles)?;
    let mut reading = Reading {
        styles: &styles,
        numbering: Numbering::read(&numbering)?,
        footnote_calls: Vec::new(),
        out: DocxText::default(),
    };
    let body = reading.paragraphs(&document)?;
    let notes = reading.footnotes(&footnotes)?;
    // Without a Title paragraph, the highest headings are the title's level
    // (a document that begins with a "Heading 1").
    let titled = body.iter().any(|b| b.heading == Some(0));
    let shift = match body.iter().filter_map(|b| b.heading).min() {
        Some(top) if !titled => top,
        _ => 0,
    };
    let body = body.into_iter().map(|block| block.markdown(shift));
    let mut out = reading.out;
    if out.changes > 0 && !accept_changes {
        return Err(DocxProblem::TrackedChanges(out.changes));
    }
    out.text = body.chain(notes).collect::<Vec<_>>().join("\n\n");
    out.text.push('\n');
    Ok(out)
}

fn damaged(error: impl std::fmt::Display) -> DocxProblem {
    DocxProblem::Damaged(error.to_string())
}

/// The value of attribute `name` (`w:val`), its prefix ignored.
fn attribute(element: &BytesStart, name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// What the document's styles say about a paragraph: its heading level
/// (0 for the title), from the style's name ("Title", "heading 1" … as
/// Word and LibreOffice name them) or its outline level; the list it is
/// numbered in, for styles that carry their own numbering.
#[derive(Debug, Default)]
struct Styles {
    headings: HashMap<String, usize>,
    lists: HashMap<String, ListItem>,
}

impl Styles {
    fn read(styles: &str) -> Result<Styles, DocxProblem> {
        let mut out = Styles::default();
        let mut reader = Reader::from_str(styles);
        let mut current: Option<String> = None;
        loop {
            match reader.read_event().map_err(damaged)? {
                Event::Start(e) | Event::Empty(e) => {
                    let name = e.local_name();
                    if name.as_ref() == b"style" {
                        current = attribute(&e, b"styleId");
                        continue;
                    }
                    let (Some(id), Some(value)) = (&current, attribute(&e, b"val")) else {
                        continue;
                    };
                    match name.as_ref() {
                        b"name" => {
                            let value = value.to_lowercase();
                            let level = match value.strip_prefix("heading") {
                                Some(n) => n.trim().parse::<usize>().ok(),
                                None => (value == "title").then_some(0),
                            };
                            if let Some(level) = level {
                                out.headings.insert(id.clone(), level);
                            }
                        }
                        b"outlineLvl" => {
                            if let Ok(level) = value.parse::<usize>() {
                                out.headings.entry(id.clone()).or_insert(level + 1);
                            }
                        }
                        b"numId" | b"ilvl" => {
                            out.lists.entry(id.clone()).or_default().set(&name, value)
                        }
                        _ => {}
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(out)
    }
}

/// A paragraph's place in a list: Word's `numId` and `ilvl`.
#[derive(Debug, Clone, Default)]
struct ListItem {
    list: Option<String>,
    level: Option<u8>,
}

impl ListItem {
    fn set(&mut self, property: &quick_xml::name::LocalName, value: String) {
        match property.as_ref() {
            // List 0 is Word's way of saying "not numbered".
            b"numId" => self.list = Some(value),
            _ => self.level = value.parse().ok(),
        }
    }

    /// This item, what the style says filling in what it leaves out.
    fn or(self, style: Option<&ListItem>) -> ListItem {
        let style = style.cloned().unwrap_or_default();
        ListItem {
            list: self.list.or(style.list),
            level: self.level.or(style.level),
        }
    }
}

/// One level of a list: how it writes its number.
#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

/// Word's automatic numbering: the levels of each list, and where each
/// list's counters stand as the document is read.
#[derive(Debug, Default)]
struct Numbering {
    /// Abstract list id → its levels.
    abstracts: HashMap<String, HashMap<u8, Level>>,
    /// List (numId) → abstract list id.
    lists: HashMap<String, String>,
    /// List → the counter of each level.
    counters: HashMap<String, Vec<u32>>,
}

impl Numbering {
    fn read(numbering: &str) -> Result<Numbering, DocxProblem> {
        let mut out = Numbering::default();
        let mut reader = Reader::from_str(numbering);
        let (mut abstract_id, mut level, mut num_id): (Option<String>, Option<u8>, Option<String>) =
            (None, None, None);
        loop {
            match reader.read_event().map_err(damaged)? {
                Event::Start(e) | Event::Empty(e) => {
                    let value = attribute(&e, b"val");
                    match e.local_name().as_ref() {
                        b"abstractNum" => abstract_id = attribute(&e, b"abstractNumId"),
                        b"lvl" => level = attribute(&e, b"ilvl").and_then(|v| v.parse().ok()),
                        b"num" => num_id = attribute(&e, b"numId"),
                        b"abstractNumId" => {
                            if let (Some(num), Some(value)) = (&num_id, value) {
                                out.lists.insert(num.clone(), value);
                            }
                        }
                        name @ (b"numFmt" | b"lvlText" | b"start") => {
                            if let (Some(id), Some(level), Some(value)) =
                                (&abstract_id, level, value)
                            {
                                let entry = out
                                    .abstracts
                                    .entry(id.clone())
                                    .or_default()
                                    .entry(level)
                                    .or_insert_with(|| Level {
                                        start: 1,
                                        ..Level::default()
                                    });
                                match name {
                                    b"numFmt" => entry.format = value,
                                    b"lvlText" => entry.text = value,
                                    _ => entry.start = value.parse().unwrap_or(1),
                                }
                            }
                        }
                        _ => {}
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(out)
    }

    /// The number the next paragraph of list `num` at `level` shows ("1.",
    /// "(a)"); deeper levels start again.
    fn next(&mut self, num: &str, level: u8) -> Option<String> {
        let levels = self.abstracts.get(self.lists.get(num)?)?;
        let counters = self.counters.entry(num.to_string()).or_default();
        let depth = usize::from(level) + 1;
        while counters.len() < depth {
            let start = levels.get(&(counters.len() as u8)).map_or(1, |l| l.start);
            counters.push(start.saturating_sub(1));
        }
        counters.truncate(depth);
        counters[depth - 1] += 1;
        let shown = levels.get(&level)?;
        if shown.format == "bullet" || shown.format == "none" {
            return None;
        }
        let mut text = shown.text.clone();
        for (index, value) in counters.iter().enumerate() {
            let format = levels
                .get(&(index as u8))
                .map_or("decimal", |l| l.format.as_str());
            text = text.replace(&format!("%{}", index + 1), &formatted(*value, format));
        }
        Some(text)
    }
}

/// A number as a list level's format writes it.
fn formatted(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => letter(n),
        "upperLetter" => letter(n).to_uppercase(),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "chineseCounting" | "chineseCountingThousand" | "ideographTraditional" => chinese(n),
        _ => n.to_string(),
    }
}

fn chinese(n: u32) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10..=19 => format!(
            "十{}",
            if n > 10 {
                DIGITS[(n % 10) as usize]
            } else {
                ""
            }
        ),
        20..=99 => format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            if !n.is_multiple_of(10) {
                DIGITS[(n % 10) as usize]
            } else {
                ""
            }
        ),
        _ => n.to_string(),
    }
}

/// A reading of the document's parts: what the styles and lists say, the
/// footnotes in the order the text calls them, and what was counted.
struct Reading<'a> {
    styles: &'a Styles,
    numbering: Numbering,
    /// Footnote ids in the order of their calls: a call to the n-th is `[^n]`.
    footnote_calls: Vec<String>,
    out: DocxText,
}

/// A paragraph read: its heading level (0 for the title), its words.
struct Block {
    heading: Option<usize>,
    text: String,
}

impl Block {
    /// The block in Markdown, its heading `shift` levels higher.
    fn markdown(self, shift: usize) -> String {
        match self.heading {
            Some(level) => format!("{} {}", "#".repeat(level - shift + 1), self.text),
            None => self.text,
        }
    }
}

/// A paragraph as it is being read.
#[derive(Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    item: ListItem,
}

impl Reading<'_> {
    /// The paragraphs of a part (`document.xml`, or one footnote), each as
    /// a block of the reader's text.
    fn paragraphs(&mut self, xml: &str) -> Result<Vec<Block>, DocxProblem> {
        let mut reader = Reader::from_str(xml);
        let mut blocks = Vec::new();
        let mut current: Option<Paragraph> = None;
        // Deleted or moved-away text, and a field's instructions, are no words.
        let (mut removed, mut in_text, mut in_instruction) = (0usize, false, false);
        loop {
            let event = reader.read_event().map_err(damaged)?;
            let words = match &event {
                Event::Text(t) => Some(t.decode().map_err(damaged)?.into_owned()),
                Event::GeneralRef(r) => {
                    let entity = format!("&{};", r.decode().map_err(damaged)?);
                    Some(
                        quick_xml::escape::unescape(&entity)
                            .map_err(damaged)?
                            .into_owned(),
                    )
                }
                _ => None,
            };
            if let (Some(words), Some(paragraph)) = (words, current.as_mut()) {
                if in_text && !in_instruction && removed == 0 {
                    paragraph.text.push_str(&words);
                }
                continue;
            }
            match event {
                Event::Start(e) => match e.local_name().as_ref() {
                    b"p" => current = Some(Paragraph::default()),
                    b"t" => in_text = true,
                    b"instrText" => in_instruction = true,
                    b"del" | b"moveFrom" => {
                        removed += 1;
                        self.out.changes += 1;
                    }
                    b"ins" | b"moveTo" => self.out.changes += 1,
                    _ => {}
                },
                Event::Empty(e) => {
                    let Some(paragraph) = current.as_mut() else {
                        continue;
                    };
                    let name = e.local_name();
                    match name.as_ref() {
                        b"pStyle" => paragraph.style = attribute(&e, b"val"),
                        b"numId" | b"ilvl" => {
                            if let Some(value) = attribute(&e, b"val") {
                                paragraph.item.set(&name, value);
                            }
                        }
                        b"tab" if removed == 0 => paragraph.text.push(' '),
                        b"br" | b"cr" if removed == 0 => paragraph.text.push('\n'),
                        b"footnoteReference" if removed == 0 => {
                            if let Some(id) = attribute(&e, b"id") {
                                self.footnote_calls.push(id);
                                let call = self.footnote_calls.len();
                                paragraph.text.push_str(&format!("[^{call}]"));
                            }
                        }
                        b"commentReference" => self.out.comments += 1,
                        _ => {}
                    }
                }
                Event::End(e) => match e.local_name().as_ref() {
                    b"t" => in_text = false,
                    b"instrText" => in_instruction = false,
                    b"del" | b"moveFrom" => removed = removed.saturating_sub(1),
                    b"p" => {
                        if let Some(block) = current.take().and_then(|p| self.block(p)) {
                            blocks.push(block);
                        }
                    }
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(blocks)
    }

    /// A paragraph as one block of the reader's text: its heading level,
    /// the number Word shows, its words.
    fn block(&mut self, paragraph: Paragraph) -> Option<Block> {
        let style = paragraph.style.as_deref();
        let item = paragraph
            .item
            .or(style.and_then(|s| self.styles.lists.get(s)));
        // The number is counted even for an empty paragraph: Word counts it.
        let number = match item.list.as_deref() {
            None | Some("0") => None,
            Some(list) => self.numbering.next(list, item.level.unwrap_or(0)),
        };
        // A line break within a paragraph stays; a blank line would part it.
        let words = paragraph
            .text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        if words.is_empty() {
            return None;
        }
        let number = number.map(|n| format!("{n} ")).unwrap_or_default();
        Some(Block {
            heading: style.and_then(|s| self.styles.headings.get(s)).copied(),
            text: format!("{number}{words}"),
        })
    }

    /// The notes of `footnotes.xml` as `[^n]: words`, in the order of their
    /// calls; a note the text never calls comes after, not lost.
    fn footnotes(&mut self, xml: &str) -> Result<Vec<String>, DocxProblem> {
        let mut notes: Vec<(String, String)> = Vec::new();
        let mut reader = Reader::from_str(xml);
        let mut open: Option<(String, usize)> = None;
        loop {
            let before = reader.buffer_position() as usize;
            match reader.read_event().map_err(damaged)? {
                // Separators and continuation notices carry a type.
                Event::Start(e)
                    if e.local_name().as_ref() == b"footnote"
                        && attribute(&e, b"type").is_none() =>
                {
                    open = attribute(&e, b"id").map(|id| (id, reader.buffer_position() as usize));
                }
                Event::End(e) if e.local_name().as_ref() == b"footnote" => {
                    if let Some((id, from)) = open.take() {
                        let words = self.paragraphs(&xml[from..before])?;
                        let words = words.into_iter().map(|b| b.text).collect::<Vec<_>>();
                        let words = words.join(" ");
                        notes.push((id, words));
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        let mut ordered = Vec::new();
        for (index, id) in self.footnote_calls.clone().iter().enumerate() {
            if let Some(at) = notes.iter().position(|(note, _)| note == id) {
                let (_, words) = notes.remove(at);
                ordered.push(format!("[^{}]: {words}", index + 1));
            }
        }
        let uncalled = notes.into_iter().enumerate().map(|(index, (_, words))| {
            format!("[^{}]: {words}", self.footnote_calls.len() + index + 1)
        });
        ordered.extend(uncalled);
        Ok(ordered)
    }
}
