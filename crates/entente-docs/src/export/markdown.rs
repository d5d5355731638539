//! One language of the agreement as CommonMark. Headings for the title, the
//! preamble, parts, chapters, sections, articles and annexes; numbered
//! paragraphs as an ordered list, sub-paragraphs and points inside them. The
//! words an imported text had around its provisions (front matter, the
//! preamble's opening and closing lines, the closing formula) stand where
//! they stood. Every word a user typed is escaped, so that it reads as the
//! same words in any Markdown tool and can never become markup; bracketed
//! words are written `\[like this\]`, and a provision's footnotes
//! (`[^1]` in its text, `[^1]: …` after it) become the document's Markdown
//! footnotes, numbered through the text.

use std::cell::RefCell;

use super::boilerplate::Words;
use super::{ExportData, ExportRequest, Rendering};
use entente_model::{brackets, footnotes};
use entente_model::{Framing, PartyId, PartyKind, PartyRole, ProvisionKind, ProvisionNode};

pub struct Page<'a> {
    data: &'a ExportData,
    language: &'a str,
    rendering: Rendering,
    request: &'a ExportRequest,
    words: Words,
    /// The text's footnotes, numbered in order of appearance: the
    /// provisions' own, and in a bracketed text who proposed what.
    footnotes: RefCell<Vec<String>>,
}

impl<'a> Page<'a> {
    pub fn new(
        data: &'a ExportData,
        language: &'a str,
        rendering: Rendering,
        request: &'a ExportRequest,
    ) -> Page<'a> {
        Page {
            data,
            language,
            rendering,
            request,
            words: Words::new(language),
            footnotes: RefCell::new(Vec::new()),
        }
    }

    /// The words around the provisions in this language, if the text had any.
    fn framing(&self) -> Option<&'a Framing> {
        self.data.document.agreement.framing.get(self.language)
    }

    /// The agreement's title in this language (the working language's if it has none).
    pub fn title(&self) -> String {
        let agreement = &self.data.document.agreement;
        agreement
            .titles
            .get(self.language)
            .cloned()
            .unwrap_or_else(|| agreement.title().to_string())
    }

    pub fn render(&self) -> String {
        self.footnotes.borrow_mut().clear();
        let mut out = Blocks::default();
        let agreement = &self.data.document.agreement;
        let framing = self.framing().cloned().unwrap_or_default();
        for line in framing
            .front_matter
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            out.block(0, &escape(line.trim()));
        }
        out.block(0, &format!("# {}", escape(&self.title())));
        let kind = self
            .words
            .format(&format!("agreement-kind-{}", agreement.kind.as_str()), &[]);
        out.block(
            0,
            &match agreement.symbol.as_str() {
                "" => escape(&kind),
                symbol => escape(&self.words.format(
                    "export-facts",
                    &[("kind", kind), ("symbol", symbol.to_string())],
                )),
            },
        );
        let notice = match (self.rendering, self.request.draft) {
            (Rendering::Clean, false) => None,
            (Rendering::Clean, true) => Some("export-notice-draft"),
            (Rendering::Bracketed, _) => Some("export-notice-bracketed"),
            (Rendering::Compilation, _) => Some("export-notice-compilation"),
            (Rendering::Parallel | Rendering::Report, _) => None,
        };
        if let Some(notice) = notice {
            out.block(0, &format!("*{}*", escape(&self.words.format(notice, &[]))));
        }

        let recitals = self
            .data
            .document
            .provisions
            .iter()
            .filter(|n| n.kind == ProvisionKind::Recital)
            .count();
        let has_preamble = recitals > 0 || !framing.preamble_opening.is_empty();
        // A text without formulas of its own has its instrument's: who
        // speaks, and the line before the provisions (a resolution's organ
        // is its own to name).
        let mut framing = framing;
        let kind = agreement.kind;
        if recitals > 0 && kind != entente_model::AgreementKind::Resolution {
            if framing.preamble_opening.is_empty() {
                framing.preamble_opening =
                    self.words
                        .formula("export-preamble-opening", kind, self.signatories());
            }
            if framing.preamble_closing.is_empty() {
                framing.preamble_closing =
                    self.words
                        .formula("export-preamble-closing", kind, self.signatories());
            }
        }
        let mut recitals_written = 0;
        if has_preamble {
            out.block(
                0,
                &format!("## {}", escape(&self.words.format("preamble", &[]))),
            );
            if !framing.preamble_opening.is_empty() {
                out.block(0, &escape(&framing.preamble_opening));
            }
        }
        // With no recital, the closing line follows the opening at once.
        if recitals == 0 && !framing.preamble_closing.is_empty() {
            out.block(0, &escape(&framing.preamble_closing));
        }
        // The content indent of each list level being written: a paragraph
        // (0), its sub-paragraphs, their points.
        let mut indents = [0usize; 3];
        // A clean text closes before its annexes, as treaties do.
        let mut closed = self.rendering != Rendering::Clean;
        for node in &self.data.document.provisions {
            if node.kind == ProvisionKind::Annex && node.parent_id.is_none() && !closed {
                self.closing(&mut out, &framing);
                closed = true;
            }
            let level = match node.kind {
                ProvisionKind::Paragraph => Some(0),
                ProvisionKind::Subparagraph => Some(1),
                ProvisionKind::Point => Some(2),
                _ => None,
            };
            let indent = level.map_or(0, |level| indents[level]);
            match (node.kind, level) {
                (ProvisionKind::Recital, _) => self.body(&mut out, node, 0, None),
                (_, Some(level)) => {
                    let marker = self.marker(node).map(|m| format!("{m} "));
                    // What comes under it is indented to its words.
                    let inner = indent + marker.as_ref().map_or(0, String::len);
                    indents[(level + 1).min(2)] = inner;
                    self.body(&mut out, node, indent, marker.as_deref());
                }
                _ => {
                    indents = [0; 3];
                    let depth = (2 + node.depth as usize).min(6);
                    out.block(
                        0,
                        &format!("{} {}", "#".repeat(depth), escape(&self.heading(node))),
                    );
                    self.body(&mut out, node, 0, None);
                }
            }
            let proposals_indent = match level {
                Some(level) => indents[(level + 1).min(2)],
                None => 0,
            };
            self.proposals(&mut out, node, proposals_indent);
            if node.kind == ProvisionKind::Recital {
                recitals_written += 1;
                if recitals_written == recitals && !framing.preamble_closing.is_empty() {
                    out.block(0, &escape(&framing.preamble_closing));
                }
            }
        }
        if !closed {
            self.closing(&mut out, &framing);
        }
        let footnotes = self.footnotes.borrow();
        for (index, footnote) in footnotes.iter().enumerate() {
            out.block(
                0,
                &format!("[^{}]: {}", index + 1, self.inline(footnote, false)),
            );
        }
        out.out
    }

    /// The notice a draft of the clean text carries on every page.
    pub fn draft_notice(&self) -> Option<String> {
        (self.rendering == Rendering::Clean && self.request.draft)
            .then(|| self.words.format("export-notice-draft", &[]))
    }

    /// "Article 3 — Scope", "Chapter II", as this language writes them.
    fn heading(&self, node: &ProvisionNode) -> String {
        let label = self.words.l.label(node.kind, node.number.as_ref());
        match self
            .text(node)
            .map(|t| t.heading.trim())
            .filter(|h| !h.is_empty())
        {
            Some(heading) => self.words.format(
                "export-heading",
                &[("label", label), ("heading", self.inline(heading, false))],
            ),
            None => label,
        }
    }

    fn text(&self, node: &'a ProvisionNode) -> Option<&'a entente_model::ProvisionText> {
        node.texts.get(self.language)
    }

    /// A provision's words as Markdown paragraphs, the first one after
    /// `marker` (a list number or a letter); a blank kept visibly in a draft.
    fn body(&self, out: &mut Blocks, node: &ProvisionNode, indent: usize, marker: Option<&str>) {
        for (index, paragraph) in self.paragraphs(node).iter().enumerate() {
            match (index, marker) {
                (0, Some(marker)) => out.item(indent, marker, paragraph),
                _ => out.block(
                    indent + marker.filter(|m| m.ends_with(". ")).map_or(0, str::len),
                    paragraph,
                ),
            }
        }
    }

    /// A provision's words as Markdown paragraphs, with what a draft marks;
    /// its footnotes join the document's.
    fn paragraphs(&self, node: &ProvisionNode) -> Vec<String> {
        let body = self.text(node).map(|t| t.body.trim()).unwrap_or_default();
        let (words, own_notes) = footnotes::split(body);
        let mut paragraphs: Vec<String> = words
            .iter()
            .map(|p| {
                footnotes::calls(p, &own_notes)
                    .into_iter()
                    .enumerate()
                    .map(|(index, piece)| match piece {
                        footnotes::Piece::Words(words) => self.inline_from(words, true, index == 0),
                        footnotes::Piece::Call(note) => {
                            let mut all = self.footnotes.borrow_mut();
                            all.push(note.text.to_string());
                            format!("[^{}]", all.len())
                        }
                    })
                    .collect()
            })
            .collect();
        let unresolved = self.request.draft && self.rendering == Rendering::Clean;
        let missing = node.missing_languages.iter().any(|m| m == self.language);
        if paragraphs.is_empty() && missing && unresolved {
            paragraphs.push(format!(
                "*{}*",
                escape(&self.words.format("export-missing-text", &[]))
            ));
        }
        if unresolved && node.status != entente_model::ProvisionStatus::Agreed {
            let status = self
                .words
                .format(&format!("status-{}", node.status.as_str()), &[]);
            let mark = format!(
                "*{}*",
                escape(
                    &self
                        .words
                        .format("export-not-agreed", &[("status", status)])
                )
            );
            match paragraphs.last_mut() {
                Some(last) => {
                    last.push(' ');
                    last.push_str(&mark);
                }
                None => paragraphs.push(mark),
            }
        }
        paragraphs
    }

    /// The number a paragraph, sub-paragraph or point is written with
    /// ("2.", "2 bis.", "(b)", "(ii)"); none for an unnumbered one.
    fn marker(&self, node: &ProvisionNode) -> Option<String> {
        let number = node.number.as_ref()?;
        let latin = match number.latin.as_str() {
            "" => String::new(),
            latin => format!(" {latin}"),
        };
        match node.kind {
            ProvisionKind::Paragraph => Some(format!("{}{latin}.", number.ordinal)),
            ProvisionKind::Subparagraph => Some(format!(
                "{}{latin}",
                self.words
                    .format("export-subparagraph", &[("letter", number.letter.clone())])
            )),
            ProvisionKind::Point => Some(format!(
                "{}{latin}",
                self.words.format(
                    "export-point",
                    &[("small_roman", number.roman.to_lowercase())]
                )
            )),
            _ => None,
        }
    }

    /// The options of a provision and, in a compilation, the amendments
    /// proposed to it. A clean final text has neither (it is refused before).
    fn proposals(&self, out: &mut Blocks, node: &ProvisionNode, indent: usize) {
        for line in self.proposal_lines(node) {
            out.block(indent, &line);
        }
    }

    fn proposal_lines(&self, node: &ProvisionNode) -> Vec<String> {
        let mut lines = Vec::new();
        for option in node.options.iter().filter(|o| !o.withdrawn) {
            let label = self.words.format(
                "export-option",
                &[("n", option.number.unwrap_or(0).to_string())],
            );
            let note = match self.rendering {
                Rendering::Bracketed => self.note(&option.proposers),
                _ => String::new(),
            };
            let wording = option
                .texts
                .get(self.language)
                .map(|t| t.trim())
                .unwrap_or_default();
            let wording = match wording {
                "" => format!(
                    "*{}*",
                    escape(&self.words.format("export-missing-text", &[]))
                ),
                wording => self.inline(wording, true),
            };
            lines.push(format!("*{}*{note} {wording}", escape(&label)));
        }
        if self.rendering == Rendering::Compilation {
            for amendment in self.data.amendments.get(&node.id).into_iter().flatten() {
                let label = self.words.format("export-amendment", &[]);
                lines.push(format!(
                    "*{}* {}",
                    escape(&label),
                    self.inline(amendment.trim(), true)
                ));
            }
        }
        lines
    }

    /// This page's headings (or label) for a structural provision.
    fn structure_heading(&self, node: &ProvisionNode) -> String {
        escape(&self.heading(node))
    }

    /// User text as Markdown: escaped, brackets written `\[…\]` (with a note
    /// on who proposed them in a bracketed text), line breaks kept.
    fn inline(&self, text: &str, notes: bool) -> String {
        self.inline_from(text, notes, true)
    }

    /// `inline` for a piece of a line; `line_start`: whether it begins one.
    fn inline_from(&self, text: &str, notes: bool, line_start: bool) -> String {
        let spans = brackets::parse(text).unwrap_or_default();
        let mut out = String::new();
        let mut rest = text;
        for span in spans {
            let Some(start) = rest.find(brackets::OPEN) else {
                break;
            };
            let Some(end) = rest[start..].find(brackets::CLOSE).map(|e| start + e) else {
                break;
            };
            out.push_str(&escape_from(&rest[..start], line_start && out.is_empty()));
            out.push_str("\\[");
            out.push_str(&escape_from(
                &rest[start + brackets::OPEN.len_utf8()..end],
                false,
            ));
            out.push_str("\\]");
            rest = &rest[end + brackets::CLOSE.len_utf8()..];
            rest = strip_proposers(rest);
            if notes && self.rendering == Rendering::Bracketed {
                out.push_str(&self.note(&span.proposers));
            }
        }
        out.push_str(&escape_from(rest, line_start && out.is_empty()));
        out
    }

    /// A footnote attributing a proposal ("Proposed by Kenya and Brazil."),
    /// numbered with the text's own footnotes; nothing when unattributed.
    fn note(&self, proposers: &[PartyId]) -> String {
        if proposers.is_empty() {
            return String::new();
        }
        let names: Vec<String> = proposers.iter().map(|id| self.party_name(*id)).collect();
        let note = self.words.format(
            "export-proposed-by",
            &[("parties", self.words.list(&names))],
        );
        let mut footnotes = self.footnotes.borrow_mut();
        footnotes.push(note);
        format!("[^{}]", footnotes.len())
    }

    /// How many parties sign: the States and organizations at the table,
    /// not the observers or the groups.
    fn signatories(&self) -> usize {
        let parties = self.data.document.parties.iter();
        parties
            .filter(|p| p.role == PartyRole::Party && p.kind != PartyKind::Group)
            .count()
    }

    fn party_name(&self, id: PartyId) -> String {
        let document = &self.data.document;
        document
            .parties
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| {
                p.names
                    .get(self.language)
                    .or_else(|| p.names.get(&document.agreement.working_language))
                    .or_else(|| p.names.values().next())
            })
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// The closing formula the text had, or the testimonium and "Done at
    /// …, on …, in the … languages, each text being equally authentic."
    fn closing(&self, out: &mut Blocks, framing: &Framing) {
        if !framing.closing.trim().is_empty() {
            for paragraph in framing
                .closing
                .split("\n\n")
                .filter(|p| !p.trim().is_empty())
            {
                out.block(0, &escape(paragraph.trim()));
            }
            return;
        }
        let agreement = &self.data.document.agreement;
        // A resolution is adopted, not signed: no testimonium of its own.
        if agreement.kind == entente_model::AgreementKind::Resolution {
            return;
        }
        let blank = "…".to_string();
        let languages: Vec<String> = agreement
            .languages
            .iter()
            .filter(|l| l.authentic)
            .map(|l| l.code.clone())
            .collect();
        let place = match self.request.place.trim() {
            "" => blank.clone(),
            place => self.words.place(place),
        };
        let date = self
            .request
            .date
            .as_deref()
            .and_then(|d| self.words.long_date(d))
            .unwrap_or(blank);
        let testimonium =
            self.words
                .formula("export-testimonium", agreement.kind, self.signatories());
        out.block(0, &escape(&testimonium));
        let mut args = entente_i18n::FluentArgs::new();
        args.set("place", place);
        args.set("date", date);
        args.set("languages", self.words.formula_languages(&languages));
        args.set("count", languages.len());
        out.block(
            0,
            &escape(&self.words.l.format("export-done-at", Some(&args))),
        );
    }
}

/// Two languages of the text, provision by provision: each heading in both,
/// each paragraph once per language, tagged with its language, so that the
/// texts can be read against each other in any Markdown tool.
pub fn parallel(first: &Page, second: &Page) -> String {
    let mut out = Blocks {
        out: parallel_head(first, second),
    };
    let tag = |page: &Page| format!("**{}**", page.language.to_uppercase());
    let mut in_preamble = false;
    for node in &first.data.document.provisions {
        if node.kind == ProvisionKind::Recital && !in_preamble {
            in_preamble = true;
            let both = [first, second].map(|p| escape(&p.words.format("preamble", &[])));
            out.block(0, &format!("## {}", both.join(" / ")));
        }
        if node.kind.has_heading() {
            let level = (2 + node.depth as usize).min(6);
            let both = [first, second].map(|p| p.structure_heading(node));
            out.block(0, &format!("{} {}", "#".repeat(level), both.join(" / ")));
        }
        for page in [first, second] {
            let marker = page
                .marker(node)
                .map(|m| format!("{} ", escape_from(&m, false)))
                .unwrap_or_default();
            for (index, paragraph) in page.paragraphs(node).iter().enumerate() {
                match index {
                    0 => out.block(0, &format!("{} {marker}{paragraph}", tag(page))),
                    _ => out.block(0, paragraph),
                }
            }
            for line in page.proposal_lines(node) {
                out.block(0, &format!("{} {line}", tag(page)));
            }
        }
    }
    out.out
}

/// A parallel text's title in both languages and its notice.
pub fn parallel_head(first: &Page, second: &Page) -> String {
    let mut out = Blocks::default();
    out.block(0, &format!("# {}", escape(&first.title())));
    out.block(0, &escape(&second.title()));
    let notice = first.words.format("export-notice-parallel", &[]);
    out.block(0, &format!("*{}*", escape(&notice)));
    out.out
}

/// Two languages of the text as rows of a table, one per provision: each
/// cell the provision's heading or number and words in one language, as
/// Markdown (the parallel text as a Word document lays it out). The first
/// row names the languages, as the Markdown's tags do; the preamble has a
/// heading row of its own.
pub fn parallel_rows(first: &Page, second: &Page) -> Vec<[String; 2]> {
    let cell = |page: &Page, node: &ProvisionNode| {
        let mut blocks = Vec::new();
        if node.kind.has_heading() {
            blocks.push(format!("**{}**", page.structure_heading(node)));
        }
        let marker = page
            .marker(node)
            .map(|m| format!("{} ", escape_from(&m, false)))
            .unwrap_or_default();
        for (index, paragraph) in page.paragraphs(node).into_iter().enumerate() {
            blocks.push(match index {
                0 => format!("{marker}{paragraph}"),
                _ => paragraph,
            });
        }
        blocks.extend(page.proposal_lines(node));
        blocks.join("\n\n")
    };
    let both = |words: &dyn Fn(&Page) -> String| [words(first), words(second)];
    let mut rows = vec![both(&|page| {
        format!("**{}**", page.language.to_uppercase())
    })];
    let provisions = &first.data.document.provisions;
    for (index, node) in provisions.iter().enumerate() {
        let first_recital = node.kind == ProvisionKind::Recital
            && !provisions[..index]
                .iter()
                .any(|n| n.kind == ProvisionKind::Recital);
        if first_recital {
            rows.push(both(&|page| {
                format!("**{}**", escape(&page.words.format("preamble", &[])))
            }));
        }
        rows.push([cell(first, node), cell(second, node)]);
    }
    rows
}

/// Text after ⟧ without its `{3,7}` list of proposers.
fn strip_proposers(rest: &str) -> &str {
    if let Some(list) = rest.strip_prefix(brackets::PROPOSERS_OPEN) {
        if let Some(end) = list.find(brackets::PROPOSERS_CLOSE) {
            return &list[end + 1..];
        }
    }
    rest
}

/// Text that reads as itself in CommonMark: the characters that could start
/// emphasis, links, code, HTML or entities are escaped, and so are the starts
/// of lines that could open a heading, a list, a quote or a code block.
pub fn escape(text: &str) -> String {
    escape_from(text, true)
}

/// `escape` for a piece of a line; `line_start`: whether it begins one.
fn escape_from(text: &str, line_start: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let at_line_start = index > 0 || line_start;
        // Leading spaces could make an indented code block.
        let line = if at_line_start {
            line.trim_start()
        } else {
            line
        };
        let mut chars = line.char_indices().peekable();
        let mut at_start = at_line_start;
        while let Some((i, c)) = chars.next() {
            let list_number = at_start
                && c.is_ascii_digit()
                && line[i..]
                    .trim_start_matches(|d: char| d.is_ascii_digit())
                    .starts_with(['.', ')']);
            if list_number {
                let digits = line[i..].chars().take_while(char::is_ascii_digit).count();
                out.push_str(&line[i..i + digits]);
                out.push('\\');
                for _ in 1..digits {
                    chars.next();
                }
                at_start = false;
                continue;
            }
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '&' | '|' | '~' | '!'
            ) || at_start && matches!(c, '-' | '+' | '=')
            {
                out.push('\\');
            }
            out.push(c);
            at_start = false;
        }
    }
    out
}

/// Markdown blocks separated by blank lines, indented where they stand
/// inside a list item.
#[derive(Default)]
struct Blocks {
    out: String,
}

impl Blocks {
    fn block(&mut self, indent: usize, text: &str) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.lines(indent, indent, text);
    }

    /// A list item: the marker, then its text indented to the marker's width.
    fn item(&mut self, indent: usize, marker: &str, text: &str) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out.push_str(&" ".repeat(indent));
        self.out.push_str(marker);
        self.lines(0, indent + marker.len(), text);
    }

    fn lines(&mut self, first: usize, rest: usize, text: &str) {
        for (index, line) in text.lines().enumerate() {
            let indent = if index == 0 { first } else { rest };
            self.out.push_str(&" ".repeat(indent));
            self.out.push_str(line);
            self.out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_become_markup() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape("# Not a heading"), "\\# Not a heading");
        assert_eq!(
            escape("1. not a list\n- nor this"),
            "1\\. not a list\n\\- nor this"
        );
        assert_eq!(
            escape("[a link](javascript:x)"),
            "\\[a link\\](javascript:x)"
        );
        assert_eq!(
            escape("*em* and `code` &amp;"),
            "\\*em\\* and \\`code\\` \\&amp;"
        );
        assert_eq!(
            escape("Article 2-bis, 3.5 per cent"),
            "Article 2-bis, 3.5 per cent"
        );
        assert_eq!(escape("12) twelve"), "12\\) twelve");
    }
}
