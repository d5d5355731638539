//! The lines of a text put together into its structure, in reading order:
//! the head (front matter and title), the preamble (its opening line, the
//! recitals, its closing line), the provisions, the closing formula and the
//! annexes after it; footnotes are gathered as they come and given to the
//! provisions that call them.

use entente_model::{footnotes, AgreementKind, NumberingMode, ProvisionKind};

use super::lexicon::{fold, Lexicon};
use super::lines::{is_cjk, label, markers, superscript_label, Label, Line, Marker, Style};
use super::{looks_like_a_symbol, Read, ReadText};

/// A recital or operative paragraph longer than this is no opening line,
/// nor a heading.
const OPENING_WORDS: usize = 40;
const HEADING_WORDS: usize = 14;
const CLOSING_LINE_WORDS: usize = 12;

pub fn assemble(source: &str, language: &str, lexicon: &Lexicon) -> ReadText {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let lines: Vec<Line> = source
        .lines()
        .enumerate()
        .map(|(index, raw)| Line::new(index + 1, raw))
        .collect();
    let mut reader = Reader::new(lexicon, language, &lines);
    let body = reader.head();
    reader.body(body);
    reader.finish()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before any provision: recitals, the opening and closing lines. An
    /// explicit preamble began with its heading.
    Preamble {
        explicit: bool,
    },
    Operative,
    /// The closing formula and what follows it, until an annex.
    Closing,
}

/// Where the next words of a line without a blank before it go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Heading(usize),
    Body(usize),
    Note(usize),
    Closing,
}

/// A footnote as read: its label in the text, its words, its line, and
/// whether it stood at the foot of a page (its call a plain number).
struct Note {
    label: String,
    text: String,
    line: usize,
    raw: String,
    foot: bool,
}

struct Reader<'a> {
    lexicon: &'a Lexicon,
    cjk: bool,
    lines: &'a [Line],
    out: ReadText,
    phase: Phase,
    part: Option<usize>,
    chapter: Option<usize>,
    section: Option<usize>,
    article: Option<usize>,
    annex: Option<usize>,
    paragraph: Option<usize>,
    sub: Option<usize>,
    point: Option<usize>,
    /// The indent at which the current sub-paragraphs' markers stand.
    sub_indent: usize,
    /// A structural provision whose heading may still come on a line of its own.
    heading_pending: Option<usize>,
    open: Option<Open>,
    /// The provision whose words were read last, blank lines or not: a
    /// sentence cut by a page break goes on in it.
    last_words: Option<usize>,
    after_blank: bool,
    notes: Vec<Note>,
    /// Superscript labels called anywhere in the text, for reading the
    /// notes at the foot of a page.
    called: Vec<String>,
    /// After a rule line: the notes at the foot of a page.
    in_footnotes: bool,
    closing: Vec<String>,
    front_matter: Vec<String>,
}

impl<'a> Reader<'a> {
    fn new(lexicon: &'a Lexicon, language: &str, lines: &'a [Line]) -> Reader<'a> {
        let called = lines
            .iter()
            .flat_map(|line| superscript_calls(&line.text))
            .chain(foot_labels(lines))
            .collect();
        Reader {
            lexicon,
            cjk: matches!(language, "zh" | "ja"),
            lines,
            out: ReadText::default(),
            phase: Phase::Preamble { explicit: false },
            part: None,
            chapter: None,
            section: None,
            article: None,
            annex: None,
            paragraph: None,
            sub: None,
            point: None,
            sub_indent: 0,
            heading_pending: None,
            open: None,
            last_words: None,
            after_blank: true,
            notes: Vec::new(),
            called,
            in_footnotes: false,
            closing: Vec::new(),
            front_matter: Vec::new(),
        }
    }

    // ---- The head: front matter and title ----

    /// Reads the title and the front matter before it; returns the index
    /// of the line where the body begins.
    fn head(&mut self) -> usize {
        let lines = self.lines;
        let start = self.body_start();
        let head = &lines[..start];
        if let Some(at) = head.iter().position(|l| l.level == 1) {
            self.out.title = Some(head[at].text.clone());
            for line in head[..at].iter().chain(&head[at + 1..]) {
                if !line.is_blank() && !self.facts(line) {
                    self.front_matter.push(line.text.clone());
                }
            }
            return start;
        }
        // Blocks of lines between blank lines: the last that is not front
        // matter is the title.
        let mut blocks: Vec<Vec<&Line>> = Vec::new();
        for line in head {
            match (line.is_blank(), blocks.last_mut()) {
                (true, _) => blocks.push(Vec::new()),
                (false, Some(block)) => block.push(line),
                (false, None) => blocks.push(vec![line]),
            }
        }
        blocks.retain(|b| !b.is_empty());
        let title = blocks
            .iter()
            .rposition(|b| !b.iter().all(|l| self.is_front_matter(l)))
            .or(blocks.len().checked_sub(1));
        for (index, block) in blocks.iter().enumerate() {
            if Some(index) == title {
                let words: Vec<&str> = block.iter().map(|l| l.text.as_str()).collect();
                self.out.title = Some(self.join_words(&words));
            } else {
                self.front_matter
                    .extend(block.iter().map(|l| l.text.clone()));
            }
        }
        start
    }

    /// Where the body of the text begins: in the first block of lines
    /// (between blank lines) that holds a heading or a numbered line, the
    /// preamble or the closing formula, at that line; or at a line that ends
    /// as a clause does ("The General Assembly,"): there, unless the block
    /// opens the same sentence ("We, the Ministers … meeting in / Nairobi,"),
    /// where the block does. A text copied out of a PDF may have no blank
    /// line between its title and its first words.
    fn body_start(&self) -> usize {
        let lines = self.lines;
        let mut at = 0;
        while at < lines.len() {
            if lines[at].is_blank() {
                at += 1;
                continue;
            }
            let end = (at..lines.len())
                .find(|&i| lines[i].is_blank())
                .unwrap_or(lines.len());
            let block = &lines[at..end];
            let title = block.iter().any(|l| l.level == 1);
            if let Some(first) = block.iter().position(|l| self.begins_body(l)) {
                let clause = block[..first].iter().position(ends_as_a_clause);
                return at + self.where_the_words_begin(block, clause.unwrap_or(first));
            }
            let words: usize = block
                .iter()
                .map(|l| l.text.split_whitespace().count())
                .sum();
            if !title {
                if let Some(clause) = block.iter().position(ends_as_a_clause) {
                    return at + self.where_the_words_begin(block, clause);
                }
                if words > 30 {
                    return at;
                }
            }
            at = end;
        }
        lines.len()
    }

    /// Where, in a block whose line `found` ends a clause or heads the body,
    /// the body begins: at the block's first line if that line opens the
    /// same sentence, else at `found`.
    fn where_the_words_begin(&self, block: &[Line], found: usize) -> usize {
        let opens = self.begins_body(&block[found]) || found == 0;
        if !opens && self.starts_an_opening(&block[0].text) {
            0
        } else {
            found
        }
    }

    /// Whether `line` by itself begins the body: a heading, the preamble,
    /// the closing formula, a label or a marked number.
    fn begins_body(&self, line: &Line) -> bool {
        !line.is_blank()
            && (line.level >= 2
                || self.is_preamble(line)
                || self.is_closing(&line.text)
                || label(&line.text, self.lexicon).is_some_and(|l| l.number.is_some())
                || markers(&line.text, self.lexicon).iter().any(|m| !m.bare))
    }

    fn is_front_matter(&self, line: &Line) -> bool {
        let lower = fold(&line.text);
        self.lexicon
            .front_matter
            .iter()
            .any(|w| lower.contains(w.as_str()))
            || line.text.split_whitespace().any(looks_like_a_symbol)
            || line.text.starts_with('[')
            || (line.text.split_whitespace().count() <= 6
                && line
                    .text
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|d| d.len() == 4))
    }

    /// The facts line of an export ("Framework agreement · AI-HEALTH/1"),
    /// read into the kind and the symbol.
    fn facts(&mut self, line: &Line) -> bool {
        let (kind, symbol) = match line.text.split_once(" · ") {
            Some((kind, symbol)) => (kind, Some(symbol)),
            None => (line.text.as_str(), None),
        };
        let kind = kind.trim().to_lowercase();
        let Some((_, kind)) = self
            .lexicon
            .agreement_kinds
            .iter()
            .find(|(k, _)| *k == kind)
        else {
            return false;
        };
        self.out.kind = Some(*kind);
        if let Some(symbol) = symbol {
            self.out.symbol = Some(symbol.trim().to_string());
        }
        true
    }

    // ---- The body ----

    fn body(&mut self, start: usize) {
        for index in start..self.lines.len() {
            self.take(index);
            match self.open {
                Some(Open::Body(at)) => self.last_words = Some(at),
                Some(_) => self.last_words = None,
                None => {}
            }
        }
    }

    /// Reads the line at `index` into the text.
    fn take(&mut self, index: usize) {
        let lines = self.lines;
        let line = &lines[index];
        if line.is_blank() {
            self.blank();
            return;
        }
        let after_blank = std::mem::replace(&mut self.after_blank, false);
        if line.is_rule() {
            self.in_footnotes = !self.called.is_empty();
            self.open = None;
            return;
        }
        if line.is_ornament()
            || self.is_page_number(line)
            || self.note(line, after_blank)
            || self.notice(line)
        {
            return;
        }
        let text = self.without_draft_marks(&line.text);
        if text.is_empty() {
            return;
        }
        let line = &Line {
            text,
            ..line.clone()
        };
        if self.phase == Phase::Closing {
            match label(&line.text, self.lexicon) {
                Some(found) if found.kind == ProvisionKind::Annex && after_blank => {
                    self.structure(line, found);
                }
                _ => self.closing_line(line, after_blank),
            }
            return;
        }
        if after_blank && self.is_closing(&line.text) {
            self.phase = Phase::Closing;
            self.closing_line(line, true);
            return;
        }
        if self.is_preamble(line) {
            self.phase = Phase::Preamble { explicit: true };
            self.open = None;
            return;
        }
        if let Some(found) = self.heading_label(line, after_blank) {
            self.structure(line, found);
            return;
        }
        if self.pending_heading(line, after_blank, lines.get(index + 1)) {
            return;
        }
        let candidates = markers(&line.text, self.lexicon);
        if !candidates.is_empty() && self.numbered(line, &candidates) {
            return;
        }
        if self.plain_heading(line, after_blank, &lines[index + 1..]) {
            return;
        }
        self.words(line, after_blank);
    }

    fn blank(&mut self) {
        self.after_blank = true;
        self.open = match self.open {
            // A note and the closing formula go on over blank lines.
            Some(Open::Note(at)) => Some(Open::Note(at)),
            Some(Open::Closing) => Some(Open::Closing),
            // A heading may still come after a blank line.
            _ => None,
        };
        if self.in_footnotes {
            self.open = None;
        }
    }

    fn is_preamble(&self, line: &Line) -> bool {
        let text = fold(line.text.trim_end_matches([':', '：']).trim());
        self.lexicon.preamble.contains(&text)
    }

    fn is_closing(&self, text: &str) -> bool {
        let lower = fold(text);
        self.lexicon
            .closing
            .iter()
            .any(|start| match start.strip_prefix('…') {
                Some(anywhere) => lower.contains(anywhere),
                None => lower.starts_with(start.as_str()),
            })
    }

    /// "Page 2 of 3": a page number kept from a PDF, no words of the text.
    fn is_page_number(&self, line: &Line) -> bool {
        let text = fold(&super::lines::ascii_digits(&line.text));
        fn number(text: &str) -> Option<&str> {
            let digits = text.chars().take_while(char::is_ascii_digit).count();
            (digits > 0).then(|| &text[digits..])
        }
        self.lexicon.pages.iter().any(|(before, middle, after)| {
            text.strip_prefix(before.as_str())
                .and_then(number)
                .and_then(|rest| rest.strip_prefix(middle.as_str()))
                .and_then(number)
                .is_some_and(|rest| rest == after)
        })
    }

    /// A line an export of Entente's own adds: a notice, "no text yet".
    fn notice(&self, line: &Line) -> bool {
        let lower = line.text.to_lowercase();
        self.lexicon.notices.contains(&lower)
    }

    /// The words without a draft's "[Not yet agreed: …]" marks.
    fn without_draft_marks(&self, text: &str) -> String {
        let mut text = text.to_string();
        for mark in &self.lexicon.not_agreed {
            while let Some(start) = text.find(mark.as_str()) {
                let Some(end) = text[start..].find(']') else {
                    break;
                };
                text.replace_range(start..start + end + 1, "");
            }
        }
        text.trim().to_string()
    }

    /// A label that heads the line, where a heading may stand: after a
    /// blank line, as a Markdown heading, or right after another heading.
    fn heading_label(&self, line: &Line, after_blank: bool) -> Option<Label> {
        let found = label(&line.text, self.lexicon)?;
        let at_a_heading = after_blank
            || line.level > 0
            || self.open.is_none()
            || matches!(self.open, Some(Open::Heading(_)));
        at_a_heading.then_some(found)
    }

    /// Opens a part, chapter, section, article or annex (or a paragraph
    /// written "Paragraph 3").
    fn structure(&mut self, line: &Line, found: Label) {
        if self.phase != Phase::Operative {
            self.end_preamble();
        }
        self.phase = Phase::Operative;
        let numbering = numbering(found.number, found.inserted);
        let kind = found.kind;
        if kind == ProvisionKind::Paragraph {
            let marker = Marker {
                style: Style::Digits,
                value: found.number.unwrap_or(1),
                inserted: found.inserted,
                bare: false,
                rest: found.rest,
            };
            self.paragraph(line, &marker);
            return;
        }
        let parent = match kind {
            ProvisionKind::Part | ProvisionKind::Annex => None,
            ProvisionKind::Chapter => self.part,
            ProvisionKind::Section => self.chapter.or(self.part).or(self.annex),
            _ => self.section.or(self.chapter).or(self.part).or(self.annex),
        };
        let at = self.push(kind, parent, line, numbering, found.number);
        self.out.provisions[at].heading = found.rest.clone();
        match kind {
            ProvisionKind::Part => {
                (
                    self.part,
                    self.chapter,
                    self.section,
                    self.article,
                    self.annex,
                ) = (Some(at), None, None, None, None)
            }
            ProvisionKind::Chapter => {
                (self.chapter, self.section, self.article) = (Some(at), None, None)
            }
            ProvisionKind::Section => (self.section, self.article) = (Some(at), None),
            ProvisionKind::Annex => {
                (
                    self.part,
                    self.chapter,
                    self.section,
                    self.article,
                    self.annex,
                ) = (None, None, None, None, Some(at));
                self.phase = Phase::Operative;
            }
            _ => self.article = Some(at),
        }
        (self.paragraph, self.sub, self.point) = (None, None, None);
        self.heading_pending = found.rest.is_empty().then_some(at);
        self.open = Some(Open::Heading(at));
    }

    /// The heading of a part, chapter, section, article or annex on a line
    /// of its own after its label: short, not a sentence, and standing
    /// alone or right under the label.
    fn pending_heading(&mut self, line: &Line, after_blank: bool, next: Option<&Line>) -> bool {
        let Some(at) = self.heading_pending else {
            return false;
        };
        let numbered = markers(&line.text, self.lexicon).iter().any(|m| !m.bare);
        let stands_alone = next.is_none_or(|next| {
            next.is_blank()
                || label(&next.text, self.lexicon).is_some()
                || markers(&next.text, self.lexicon).iter().any(|m| !m.bare)
        });
        let right_under = !after_blank && self.open == Some(Open::Heading(at));
        if looks_like_a_heading(&line.text) && !numbered && (right_under || stands_alone) {
            self.out.provisions[at].heading = line.text.clone();
            self.heading_pending = None;
            self.open = Some(Open::Heading(at));
            return true;
        }
        self.heading_pending = None;
        false
    }

    /// A heading that is no label, over a group of paragraphs: a Markdown
    /// heading, or a short line standing alone between paragraphs; an
    /// unnumbered section.
    fn plain_heading(&mut self, line: &Line, after_blank: bool, rest: &[Line]) -> bool {
        if self.phase != Phase::Operative || self.article.is_some() && line.level == 0 {
            return false;
        }
        let markdown = line.level >= 2;
        let alone = after_blank
            && rest.first().is_none_or(Line::is_blank)
            && looks_like_a_heading(&line.text)
            && line.text.split_whitespace().count() <= HEADING_WORDS
            && !line.text.starts_with(char::is_lowercase)
            // A paragraph follows it: several lines, or one that ends as a
            // sentence does, or a numbered one.
            && {
                let next: Vec<&Line> = rest
                    .iter()
                    .skip_while(|l| l.is_blank())
                    .take_while(|l| !l.is_blank())
                    .collect();
                next.len() > 1
                    || next.first().is_some_and(|first| {
                        !looks_like_a_heading(&first.text)
                            || !markers(&first.text, self.lexicon).is_empty()
                    })
            };
        if !markdown && !alone {
            return false;
        }
        let parent = self.chapter.or(self.part).or(self.annex);
        let at = self.push(
            ProvisionKind::Section,
            parent,
            line,
            NumberingMode::Unnumbered,
            None,
        );
        self.out.provisions[at].heading = line.text.clone();
        (
            self.section,
            self.article,
            self.paragraph,
            self.sub,
            self.point,
        ) = (Some(at), None, None, None, None);
        self.open = Some(Open::Heading(at));
        true
    }

    /// A numbered paragraph, sub-paragraph or point, where one of the
    /// readings of its number fits what came before.
    fn numbered(&mut self, line: &Line, candidates: &[Marker]) -> bool {
        // A preamble's words may begin with a number ("2030 is …"), but not
        // with a marked one ("1.", "(a)"), which begins the provisions.
        let in_preamble = matches!(self.phase, Phase::Preamble { .. });
        let next_letter = self.next_number(self.sub);
        let next_point = self.next_number(self.point);
        let next_paragraph = self.next_number(self.paragraph);
        let sub_parent = self.paragraph.or(self.article).or(self.annex);
        for marker in ordered(candidates, next_letter, next_point) {
            let expected = match marker.style {
                Style::Digits => next_paragraph,
                Style::Letters | Style::ChineseInBrackets => next_letter,
                Style::Roman => next_point,
            };
            let fits = marker.value == expected || (!marker.bare && marker.value >= 1);
            if marker.bare && (in_preamble || !(marker.value == expected || marker.value == 1)) {
                continue;
            }
            if !fits {
                continue;
            }
            match marker.style {
                Style::Digits => {
                    if marker.bare && !starts_a_sentence(&marker.rest) {
                        continue;
                    }
                    self.paragraph(line, marker);
                    return true;
                }
                Style::Letters | Style::ChineseInBrackets if sub_parent.is_some() => {
                    if marker.bare && (marker.value != expected || !starts_a_sentence(&marker.rest))
                    {
                        continue;
                    }
                    self.subparagraph(line, marker, sub_parent);
                    return true;
                }
                Style::Roman if self.sub.is_some() => {
                    if marker.bare {
                        continue;
                    }
                    let at = self.push(
                        ProvisionKind::Point,
                        self.sub,
                        line,
                        numbering(Some(marker.value), marker.inserted),
                        Some(marker.value),
                    );
                    self.out.provisions[at].body = marker.rest.clone();
                    self.point = Some(at);
                    self.open = Some(Open::Body(at));
                    return true;
                }
                _ => {}
            }
        }
        false
    }

    /// The number expected after the provision at `at` (1 when none).
    fn next_number(&self, at: Option<usize>) -> u32 {
        at.and_then(|at| self.out.provisions[at].number)
            .map_or(1, |n| n + 1)
    }

    fn paragraph(&mut self, line: &Line, marker: &Marker) {
        if self.phase != Phase::Operative {
            self.end_preamble();
            self.phase = Phase::Operative;
        }
        let numbering = numbering(Some(marker.value), marker.inserted);
        self.new_paragraph(line, numbering, Some(marker.value), marker.rest.clone());
    }

    /// A paragraph in the innermost article, section, chapter, part or
    /// annex (or at the top level), with its first words.
    fn new_paragraph(
        &mut self,
        line: &Line,
        numbering: NumberingMode,
        number: Option<u32>,
        words: String,
    ) {
        let parent = self
            .article
            .or(self.section)
            .or(self.chapter)
            .or(self.part)
            .or(self.annex);
        let at = self.push(ProvisionKind::Paragraph, parent, line, numbering, number);
        self.out.provisions[at].body = words;
        (self.paragraph, self.sub, self.point) = (Some(at), None, None);
        self.open = Some(Open::Body(at));
    }

    fn subparagraph(&mut self, line: &Line, marker: &Marker, parent: Option<usize>) {
        let at = self.push(
            ProvisionKind::Subparagraph,
            parent,
            line,
            numbering(Some(marker.value), marker.inserted),
            Some(marker.value),
        );
        self.out.provisions[at].body = marker.rest.clone();
        (self.sub, self.point) = (Some(at), None);
        self.sub_indent = line.indent;
        self.open = Some(Open::Body(at));
    }

    /// Words without a number: the rest of a wrapped line, or a paragraph
    /// of its own (a recital, an article's words, the words closing a list,
    /// an unnumbered paragraph).
    fn words(&mut self, line: &Line, after_blank: bool) {
        // A preamble copied out of a PDF has no blank line between its
        // paragraphs: one that ends as a clause does, then words with a
        // capital, is the next paragraph.
        let next_recital = matches!(self.phase, Phase::Preamble { .. })
            && matches!(self.open, Some(Open::Body(at))
                if self.out.provisions[at].kind == ProvisionKind::Recital
                    && without_call(&self.out.provisions[at].body).ends_with([',', ';', '،', '，', '؛']))
            && line.text.starts_with(char::is_uppercase);
        if !after_blank && !next_recital {
            if let Some(open) = self.open {
                self.continue_with(open, &line.text);
                return;
            }
        }
        // A sentence left unfinished before a blank line (a page break),
        // taken up by words in lower case: the same sentence.
        if let Some(at) = self.last_words {
            let unfinished = !self.out.provisions[at]
                .body
                .trim_end()
                .ends_with(['.', ';', ':', ',', '!', '?', '。', '；', '：', '،', '؛']);
            if unfinished && line.text.starts_with(char::is_lowercase) {
                self.continue_with(Open::Body(at), &line.text);
                self.open = Some(Open::Body(at));
                return;
            }
        }
        self.heading_pending = None;
        match self.phase {
            Phase::Preamble { .. } => self.preamble_paragraph(line),
            Phase::Operative => self.operative_words(line),
            Phase::Closing => self.closing_line(line, after_blank),
        }
    }

    fn continue_with(&mut self, open: Open, words: &str) {
        let target = match open {
            Open::Heading(at) => &mut self.out.provisions[at].heading,
            Open::Body(at) => &mut self.out.provisions[at].body,
            Open::Note(at) => &mut self.notes[at].text,
            Open::Closing => {
                if let Some(last) = self.closing.last_mut() {
                    last.push('\n');
                    last.push_str(words);
                }
                return;
            }
        };
        join_onto(target, words, self.cjk);
    }

    fn preamble_paragraph(&mut self, line: &Line) {
        let text = &line.text;
        self.first_recital_as_opening();
        if is_a_closing_line(text) {
            self.out.framing.preamble_closing = text.clone();
            self.phase = Phase::Operative;
            self.open = None;
            return;
        }
        let at = self.push(
            ProvisionKind::Recital,
            None,
            line,
            NumberingMode::Counted,
            None,
        );
        self.out.provisions[at].body = text.clone();
        self.open = Some(Open::Body(at));
    }

    /// The first paragraph of a preamble, once whole, is its opening line
    /// when it names who speaks ("The General Assembly,") and ends with a
    /// comma.
    fn first_recital_as_opening(&mut self) {
        let recitals: Vec<usize> = (0..self.out.provisions.len())
            .filter(|&i| self.out.provisions[i].kind == ProvisionKind::Recital)
            .collect();
        let [first] = recitals[..] else {
            return;
        };
        let text = &self.out.provisions[first].body;
        let opening = self.out.framing.preamble_opening.is_empty()
            && text.trim_end().ends_with([',', '،', '，'])
            && text.split_whitespace().count() <= OPENING_WORDS
            && self.starts_an_opening(text);
        if opening && first + 1 == self.out.provisions.len() {
            let first = self.out.provisions.pop().expect("just seen");
            self.out.framing.preamble_opening = first.body;
            self.last_words = None;
        }
    }

    fn starts_an_opening(&self, text: &str) -> bool {
        let lower = fold(text);
        self.lexicon.opening.iter().any(|start| {
            lower.strip_prefix(start.as_str()).is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with(|c: char| !c.is_alphanumeric())
                    || start.ends_with(['’', '\''])
                    || start.chars().last().is_some_and(is_cjk)
            })
        })
    }

    /// The preamble ends where the provisions begin: a last recital that is
    /// a short line ending with a colon is its closing line.
    fn end_preamble(&mut self) {
        if !self.out.framing.preamble_closing.is_empty() {
            return;
        }
        self.first_recital_as_opening();
        let Some(last) = self.out.provisions.last() else {
            return;
        };
        if last.kind == ProvisionKind::Recital && is_a_closing_line(&last.body) {
            let last = self.out.provisions.pop().expect("just seen");
            self.out.framing.preamble_closing = last.body;
        }
    }

    fn operative_words(&mut self, line: &Line) {
        let words = line.text.clone();
        // Words under the sub-paragraphs of a paragraph close its list.
        if let Some(parent) = self.sub.and_then(|s| self.out.provisions[s].parent) {
            let indented_list = self.sub_indent > 0;
            if !indented_list || line.indent >= self.sub_indent.min(3) {
                let at = self.push(
                    ProvisionKind::Subparagraph,
                    Some(parent),
                    line,
                    NumberingMode::Unnumbered,
                    None,
                );
                self.out.provisions[at].body = words;
                (self.sub, self.point) = (None, None);
                self.open = Some(Open::Body(at));
                return;
            }
        }
        match (self.paragraph, self.article.or(self.annex)) {
            (None, Some(container))
                if self.out.provisions[container].kind.has_body()
                    && !self.has_children(container) =>
            {
                // An article's own words, not numbered.
                let body = &mut self.out.provisions[container].body;
                if !body.is_empty() {
                    body.push_str("\n\n");
                }
                body.push_str(&words);
                self.open = Some(Open::Body(container));
            }
            _ => self.new_paragraph(line, NumberingMode::Unnumbered, None, words),
        }
    }

    fn has_children(&self, at: usize) -> bool {
        self.out.provisions.iter().any(|p| p.parent == Some(at))
    }

    fn closing_line(&mut self, line: &Line, after_blank: bool) {
        match (after_blank, self.closing.last_mut()) {
            (false, Some(last)) => {
                last.push('\n');
                last.push_str(&line.text);
            }
            _ => self.closing.push(line.text.clone()),
        }
        self.open = Some(Open::Closing);
    }

    // ---- Footnotes ----

    /// A footnote's own line: `[^1]: …`, `¹ …`, or a numbered line at the
    /// foot of a page (after a rule) whose number the text calls.
    fn note(&mut self, line: &Line, after_blank: bool) -> bool {
        let text = line.raw.trim();
        let definition = text
            .strip_prefix("[^")
            .and_then(|rest| rest.split_once("]:"))
            .map(|(label, words)| (label.to_string(), words.trim().to_string(), false))
            .or_else(|| {
                let (label, used) = superscript_label(text)?;
                Some((label, text[used..].trim().to_string(), false))
            })
            .or_else(|| {
                if !self.in_footnotes {
                    return None;
                }
                let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
                let rest = text[digits.len()..].trim_start_matches('.');
                (self.called.contains(&digits) && rest.starts_with(char::is_whitespace))
                    .then(|| (digits.clone(), rest.trim().to_string(), true))
            });
        if let Some((label, words, foot)) = definition {
            self.notes.push(Note {
                label,
                text: super::lines::unescape(&words),
                line: line.number,
                raw: line.raw.trim().to_string(),
                foot,
            });
            self.open = Some(Open::Note(self.notes.len() - 1));
            return true;
        }
        // The words of a note go on on indented lines, or on the next lines
        // at the foot of a page.
        if let Some(Open::Note(at)) = self.open {
            if line.indent >= 2 || (self.in_footnotes && !after_blank) {
                join_onto(&mut self.notes[at].text, &line.text, self.cjk);
                return true;
            }
            self.open = None;
        }
        if self.in_footnotes && after_blank {
            self.in_footnotes = false;
        }
        false
    }

    /// Gives each provision the notes its words call, numbered from 1 in
    /// it; a note no provision calls could not be placed.
    fn place_notes(&mut self) {
        let mut used = vec![false; self.notes.len()];
        for provision in &mut self.out.provisions {
            let body = superscripts_as_calls(&provision.body, &self.notes);
            let mut own: Vec<(String, String)> = Vec::new();
            let mut words: Vec<String> = Vec::new();
            for paragraph in body.split("\n\n") {
                let notes: Vec<footnotes::Note> = self
                    .notes
                    .iter()
                    .map(|n| footnotes::Note {
                        label: &n.label,
                        text: &n.text,
                    })
                    .collect();
                let mut rewritten = String::new();
                for piece in footnotes::calls(paragraph, &notes) {
                    match piece {
                        footnotes::Piece::Words(w) => rewritten.push_str(w),
                        footnotes::Piece::Call(note) => {
                            let index = self
                                .notes
                                .iter()
                                .position(|n| n.label == note.label)
                                .expect("a note of the text");
                            used[index] = true;
                            own.push((String::new(), note.text.to_string()));
                            rewritten.push_str(&format!("[^{}]", own.len()));
                        }
                    }
                }
                words.push(rewritten);
            }
            if !own.is_empty() {
                let own: Vec<(String, String)> = own
                    .into_iter()
                    .enumerate()
                    .map(|(i, (_, text))| ((i + 1).to_string(), text))
                    .collect();
                provision.body = footnotes::join(&words, &own);
            }
        }
        for (note, used) in self.notes.iter().zip(used) {
            if !used {
                self.out.unplaced.push((note.line, note.raw.clone()));
            }
        }
    }

    // ---- The end ----

    fn finish(mut self) -> ReadText {
        if matches!(self.phase, Phase::Preamble { .. }) {
            self.first_recital_as_opening();
        }
        if matches!(self.phase, Phase::Preamble { explicit: false }) {
            // No provision came: the paragraphs were the text's own,
            // unnumbered (a communiqué, a short declaration).
            for provision in &mut self.out.provisions {
                if provision.kind == ProvisionKind::Recital {
                    provision.kind = ProvisionKind::Paragraph;
                    provision.numbering = NumberingMode::Unnumbered;
                }
            }
        }
        self.place_notes();
        self.out.framing.front_matter = self.front_matter.join("\n");
        self.out.framing.closing = self.closing.join("\n\n");
        if self.out.symbol.is_none() {
            self.out.symbol = self
                .front_matter
                .iter()
                .flat_map(|l| l.split_whitespace())
                .find(|w| looks_like_a_symbol(w))
                .map(|w| {
                    w.trim_matches(|c: char| matches!(c, ',' | ';' | '[' | ']'))
                        .to_string()
                });
        }
        if self.out.kind.is_none() {
            self.out.kind = self.kind_by_its_title();
        }
        self.out.unplaced.sort();
        self.out
    }

    /// The kind of instrument the title names ("… Declaration on …", 备忘录),
    /// the more particular first, or, for a resolution, its front matter
    /// ("Resolution adopted by …"); a treaty when neither names one.
    fn kind_by_its_title(&self) -> Option<AgreementKind> {
        let title = fold(self.out.title.as_deref()?);
        let front_matter = fold(&self.out.framing.front_matter);
        let named = |kind: AgreementKind, text: &str| {
            self.lexicon
                .title_words
                .iter()
                .any(|(word, k)| *k == kind && text.contains(word.as_str()))
        };
        let by_title = [
            AgreementKind::Resolution,
            AgreementKind::MemorandumOfUnderstanding,
            AgreementKind::JointDeclaration,
            AgreementKind::FrameworkAgreement,
        ]
        .into_iter()
        .find(|kind| named(*kind, &title));
        // A resolution's symbol says so too: A/RES/80/31, WHA78.1, EB156.R2.
        let symbol = self
            .out
            .symbol
            .as_deref()
            .unwrap_or_default()
            .to_uppercase();
        let numbered_r = |part: &str| {
            part.len() > 1 && part.starts_with('R') && part[1..].chars().all(|c| c.is_ascii_digit())
        };
        let resolution_symbol = symbol.contains("/RES")
            || symbol.starts_with("WHA")
            || symbol.split(['.', '/']).any(numbered_r);
        let by_front_matter = (named(AgreementKind::Resolution, &front_matter)
            || resolution_symbol)
            .then_some(AgreementKind::Resolution);
        by_title
            .or(by_front_matter)
            .or(self.resolution_by_its_shape())
            .or(Some(AgreementKind::Treaty))
    }

    /// A resolution by its shape, where nothing names it: the organ's
    /// opening ("The World Health Assembly,"), then preambular and numbered
    /// operative paragraphs, with no article and no line closing the
    /// preamble ("Have agreed as follows:"), as treaties and memorandums have.
    fn resolution_by_its_shape(&self) -> Option<AgreementKind> {
        let provisions = &self.out.provisions;
        let framing = &self.out.framing;
        let operative = provisions.iter().any(|p| {
            p.parent.is_none()
                && p.kind == ProvisionKind::Paragraph
                && p.numbering == NumberingMode::Counted
        });
        let articles = provisions.iter().any(|p| p.kind == ProvisionKind::Article);
        (operative
            && !articles
            && !framing.preamble_opening.is_empty()
            && framing.preamble_closing.is_empty())
        .then_some(AgreementKind::Resolution)
    }

    fn push(
        &mut self,
        kind: ProvisionKind,
        parent: Option<usize>,
        line: &Line,
        numbering: NumberingMode,
        number: Option<u32>,
    ) -> usize {
        self.out.provisions.push(Read {
            kind,
            parent,
            heading: String::new(),
            body: String::new(),
            line: line.number,
            numbering,
            number,
        });
        self.out.provisions.len() - 1
    }

    fn join_words(&self, words: &[&str]) -> String {
        let mut out = String::new();
        for word in words {
            join_onto(&mut out, word, self.cjk);
        }
        out
    }
}

/// Words without the call of a note at their end ("…Development,1", "…,²").
fn without_call(words: &str) -> &str {
    words.trim_end().trim_end_matches(|c: char| {
        c.is_ascii_digit() || superscript_label(&c.to_string()).is_some()
    })
}

/// A line that ends as a sentence or a clause does (not a bracketed note).
fn ends_as_a_clause(line: &Line) -> bool {
    let text = line.text.trim_end_matches(['*', '_', '"', '”', '’', ' ']);
    text.ends_with([',', ';', ':', '.', '،', '，', '：', '。', '；', '؛'])
        && !line.text.starts_with('[')
}

/// How a provision numbered so in the text is numbered in the agreement.
fn numbering(number: Option<u32>, inserted: u32) -> NumberingMode {
    match (number, inserted) {
        (None, _) => NumberingMode::Unnumbered,
        (Some(_), 0) => NumberingMode::Counted,
        (Some(_), _) => NumberingMode::Inserted,
    }
}

/// The readings of a number, the most likely first: after (h), (i) is a
/// letter; under a sub-paragraph, a Roman numeral that comes next is a point.
fn ordered(candidates: &[Marker], next_letter: u32, next_point: u32) -> Vec<&Marker> {
    let mut ordered: Vec<&Marker> = candidates.iter().collect();
    ordered.sort_by_key(|m| match m.style {
        Style::Letters | Style::ChineseInBrackets if m.value == next_letter => 0,
        Style::Roman if m.value == next_point => 1,
        Style::Digits => 2,
        _ => 3,
    });
    ordered
}

/// Words that begin a sentence: a capital, a digit, or a script without case.
fn starts_a_sentence(words: &str) -> bool {
    words
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || !c.is_lowercase())
}

/// Short, and not ending as a sentence or a clause does.
fn looks_like_a_heading(text: &str) -> bool {
    text.chars().count() < 120
        && !text
            .trim_end()
            .ends_with(['.', ';', ':', ',', '،', '，', '。', '；', '：'])
}

/// "Have agreed as follows:", "Declare:": a short line ending with a colon.
fn is_a_closing_line(text: &str) -> bool {
    text.trim_end().ends_with([':', '：'])
        && text.split_whitespace().count() <= CLOSING_LINE_WORDS
        && !text.contains('\n')
}

/// Joins wrapped words: with a space, but none between two CJK characters.
fn join_onto(target: &mut String, words: &str, cjk: bool) {
    let words = words.trim();
    if target.is_empty() {
        target.push_str(words);
        return;
    }
    let glued = cjk
        && target.chars().last().is_some_and(is_cjk)
        && words.chars().next().is_some_and(is_cjk);
    if !glued {
        target.push(' ');
    }
    target.push_str(words);
}

/// Plain digits glued to a word or its punctuation, and followed by a
/// space or the end ("Development,1 "), as the calls of notes at the foot
/// of a page.
fn plain_calls(text: &str, notes: &[Note]) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let glued_after = i > 0 && {
            let before = chars[i - 1].1;
            before.is_alphabetic() || matches!(before, ',' | '.' | ';' | ':' | ')' | '”' | '’')
        };
        if c.is_ascii_digit() && glued_after {
            let run = chars[i..]
                .iter()
                .take_while(|(_, d)| d.is_ascii_digit())
                .count();
            let end = chars.get(i + run).map_or(text.len(), |(e, _)| *e);
            let label = &text[at..end];
            let ends = chars.get(i + run).is_none_or(|(_, n)| n.is_whitespace());
            // "A/78/1" or "2030" are no calls: the digits follow a letter or a mark.
            let word_before = chars[..i]
                .iter()
                .rev()
                .take_while(|(_, b)| !b.is_whitespace())
                .count();
            if ends
                && run <= 2
                && word_before > 1
                && notes.iter().any(|n| n.foot && n.label == label)
            {
                out.push_str(&format!("[^{label}]"));
                i += run;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The labels of superscript calls in a line: "development¹" calls "1".
fn superscript_calls(text: &str) -> Vec<String> {
    let mut calls = Vec::new();
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        if !previous.is_whitespace() {
            if let Some((label, _)) = superscript_label(&text[i..]) {
                if superscript_label(&previous.to_string()).is_none() {
                    calls.push(label);
                }
            }
        }
        previous = c;
    }
    calls
}

/// The numbers that begin the lines after a rule (the notes at the foot of
/// a page of a text copied out of a PDF): 1 in "1 See resolution 70/1."
fn foot_labels(lines: &[Line]) -> Vec<String> {
    let mut labels = Vec::new();
    let mut in_foot = false;
    for line in lines {
        if line.is_rule() {
            in_foot = true;
        } else if line.is_blank() {
            in_foot = false;
        } else if in_foot {
            let digits: String = line.text.chars().take_while(char::is_ascii_digit).collect();
            let spaced = line.text[digits.len()..].starts_with(char::is_whitespace);
            if !digits.is_empty() && digits.len() <= 3 && spaced {
                labels.push(digits);
            }
        }
    }
    labels
}

/// Calls written as `[^n]` where the text has note n: a superscript number
/// glued to the word before it, or, for a note at the foot of a page, the
/// plain number a PDF leaves of it ("Development,1").
fn superscripts_as_calls(text: &str, notes: &[Note]) -> String {
    let text = plain_calls(text, notes);
    let text = text.as_str();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((i, _)) = rest
        .char_indices()
        .find(|(_, c)| superscript_label(&c.to_string()).is_some())
    {
        let (label, used) = superscript_label(&rest[i..]).expect("found above");
        let glued = rest[..i].chars().last().is_some_and(|p| !p.is_whitespace())
            || (i == 0 && !out.is_empty());
        out.push_str(&rest[..i]);
        if glued && notes.iter().any(|n| n.label == label) {
            out.push_str(&format!("[^{label}]"));
        } else {
            out.push_str(&rest[i..i + used]);
        }
        rest = &rest[i + used..];
    }
    out.push_str(rest);
    out
}
