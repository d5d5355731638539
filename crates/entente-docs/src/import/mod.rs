//! Reading an existing agreement text, as secretariats write them, into its
//! structure: conventions and treaties (parts, chapters, sections, articles,
//! paragraphs, sub-paragraphs, points, annexes), resolutions and decisions
//! (front matter, the organ's opening, preambular and operative paragraphs,
//! footnotes), declarations and memorandums (paragraphs numbered or not,
//! plain headings), in Markdown or plain text, in the six UN languages. The
//! words it knows come from the locale files (`lexicon`).
//!
//! Every line ends up somewhere: a provision, the title, the words around
//! the provisions (`Framing`), a footnote; a line of the layout without a
//! letter (a page number, a rule) is no words of the text. What fits
//! nowhere is given back in `unplaced` with its line number, for the caller
//! to refuse the text or keep those lines, never to drop them.

mod assemble;
pub mod docx;
mod lexicon;
mod lines;

use entente_model::{AgreementKind, Framing, NumberingMode, ProvisionKind};

pub use lexicon::Lexicon;

/// One provision read from the text: its kind, its parent (an index into
/// the provisions before it), its heading and words, the line it begins on,
/// and its number as the text wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read {
    pub kind: ProvisionKind,
    pub parent: Option<usize>,
    pub heading: String,
    pub body: String,
    pub line: usize,
    pub numbering: NumberingMode,
    /// The number the text gave it (3 for "Article 3", 2 for "(b)").
    pub number: Option<u32>,
}

/// What a text gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadText {
    pub title: Option<String>,
    /// The kind of agreement, where the text names it (an export's facts line).
    pub kind: Option<AgreementKind>,
    /// A document symbol: from the facts line, or the front matter.
    pub symbol: Option<String>,
    pub framing: Framing,
    pub provisions: Vec<Read>,
    /// Lines that fit nowhere (number, the line as written).
    pub unplaced: Vec<(usize, String)>,
}

impl ReadText {
    /// How many provisions of `kind` were read.
    pub fn count(&self, kind: ProvisionKind) -> usize {
        self.provisions.iter().filter(|p| p.kind == kind).count()
    }
}

/// Reads `source`, a text in `language` (its words are known in every UN
/// language; `language` only breaks ties).
pub fn read(source: &str, language: &str) -> ReadText {
    assemble::assemble(source, language, Lexicon::get())
}

/// Reads the text of a Word document (`docx::read`) as `read` does, each
/// place counted in the document's paragraphs rather than in lines: the
/// blocks of that text are its paragraphs, one blank line apart.
pub fn read_paragraphs(source: &str, language: &str) -> ReadText {
    let mut read = read(source, language);
    let mut paragraph_of_line = Vec::new();
    let mut paragraph = 1;
    let mut blank_before = false;
    for line in source.lines() {
        let blank = line.trim().is_empty();
        if blank_before && !blank {
            paragraph += 1;
        }
        paragraph_of_line.push(paragraph);
        blank_before = blank;
    }
    let paragraph = |line: usize| {
        paragraph_of_line
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(paragraph)
    };
    for provision in &mut read.provisions {
        provision.line = paragraph(provision.line);
    }
    for (line, _) in &mut read.unplaced {
        *line = paragraph(*line);
    }
    read
}

/// A document symbol as secretariats write them: A/RES/78/265, WHA78.1,
/// A/78/L.49, EB156/2025/REC/1, CM/Rec(2020)1, UNEP/EA.5/Res.14.
pub fn looks_like_a_symbol(word: &str) -> bool {
    let word = word.trim_matches(|c: char| matches!(c, ',' | ';' | '[' | ']'));
    let has_upper = word.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    let structured =
        word.contains('/') || (word.contains('.') && word.chars().any(|c| c.is_ascii_digit()));
    has_upper
        && structured
        && word.len() >= 4
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-' | '(' | ')'))
        && word.chars().filter(char::is_ascii_uppercase).count() >= 1
        && !word.ends_with('/')
}

#[cfg(test)]
mod tests {
    use super::*;
    use ProvisionKind::*;

    fn kinds(text: &ReadText) -> Vec<(ProvisionKind, Option<usize>)> {
        text.provisions.iter().map(|p| (p.kind, p.parent)).collect()
    }

    #[test]
    fn a_plain_treaty_text_is_read_into_its_structure() {
        let text = read(
            "# Framework Agreement on AI for Health\n\nPreamble\n\nRecognizing that AI can help,\n\nConcerned that access is unequal,\n\nCHAPTER I\nGeneral provisions\n\nArticle 1 – Scope\n\n1. This Agreement applies to:\n(a) research; and\n(b) deployment.\n\n2 It does not apply to\nmilitary uses.\n\nArticle 2\nObjective\n\nThe objective is cooperation.\n\nDone at Geneva, on 20 May 2026.\n",
            "en",
        );
        assert_eq!(
            text.title.as_deref(),
            Some("Framework Agreement on AI for Health")
        );
        assert_eq!(
            kinds(&text),
            [
                (Recital, None),
                (Recital, None),
                (Chapter, None),
                (Article, Some(2)),
                (Paragraph, Some(3)),
                (Subparagraph, Some(4)),
                (Subparagraph, Some(4)),
                (Paragraph, Some(3)),
                (Article, Some(2))
            ]
        );
        assert_eq!(text.provisions[2].heading, "General provisions");
        assert_eq!(text.provisions[3].heading, "Scope");
        assert_eq!(
            text.provisions[7].body,
            "It does not apply to military uses."
        );
        assert_eq!(text.provisions[8].heading, "Objective");
        assert_eq!(text.provisions[8].body, "The objective is cooperation.");
        assert_eq!(text.framing.closing, "Done at Geneva, on 20 May 2026.");
        assert!(text.unplaced.is_empty(), "{:?}", text.unplaced);
    }

    #[test]
    fn the_closing_formula_and_signatures_are_kept_and_an_annex_follows_them() {
        let text = read("Article 1\n\n1. Notice is\ndone in writing through diplomatic channels.\n\nArticle 2\n\n1. Words.\n\nDone at Geneva, on 20 May 2026,\nin a single original.\n\nFor Kenya:\n\nAnnex I\n\nTechnical standards\n", "en");
        assert_eq!(
            kinds(&text),
            [
                (Article, None),
                (Paragraph, Some(0)),
                (Article, None),
                (Paragraph, Some(2)),
                (Annex, None)
            ]
        );
        assert_eq!(
            text.framing.closing,
            "Done at Geneva, on 20 May 2026,\nin a single original.\n\nFor Kenya:"
        );
        assert_eq!(text.provisions[4].heading, "Technical standards");
        assert!(text.unplaced.is_empty(), "{:?}", text.unplaced);
    }

    #[test]
    fn a_marked_title_wins_over_plain_lines_which_are_front_matter() {
        let text = read("DRAFT 3 – 12 March 2026\n\n# Framework Agreement\n\nArticle 1\n\nThe Parties shall cooperate in the development of artificial\nintelligence for health.\n", "en");
        assert_eq!(text.title.as_deref(), Some("Framework Agreement"));
        assert_eq!(text.framing.front_matter, "DRAFT 3 – 12 March 2026");
        assert_eq!(text.provisions[0].heading, "");
        assert_eq!(
            text.provisions[0].body,
            "The Parties shall cooperate in the development of artificial intelligence for health."
        );
    }

    #[test]
    fn a_title_typed_as_plain_lines_and_a_heading_after_a_blank_line() {
        let text = read("MEMORANDUM OF UNDERSTANDING\nON COOPERATION IN DIGITAL HEALTH\n\nPREAMBLE\n\nThe Participants,\n\nARTICLE 1\n\nPURPOSE\n\n1. Words.\n", "en");
        assert_eq!(
            text.title.as_deref(),
            Some("MEMORANDUM OF UNDERSTANDING ON COOPERATION IN DIGITAL HEALTH")
        );
        assert_eq!(text.framing.preamble_opening, "The Participants,");
        assert_eq!(text.provisions[0].heading, "PURPOSE");
        assert!(text.unplaced.is_empty(), "{:?}", text.unplaced);
        let text = read("The Parties,\n\nArticle 1\n\n1. Words.\n", "en");
        assert_eq!(text.title, None);
    }

    #[test]
    fn chapters_stay_in_their_part_and_page_numbers_are_no_words() {
        let text = read("Part I\n\nChapter I\n\nArticle 1\n\n1. Words.\n\n- 2 -\n\nChapter II\n\nArticle 2\n\n1. More words.\n\nPart II\n\nArticle 3\n\n1. Last words.\n\nAdopted at Kisumu on 4 March 2026.\n", "en");
        assert_eq!(
            kinds(&text),
            [
                (Part, None),
                (Chapter, Some(0)),
                (Article, Some(1)),
                (Paragraph, Some(2)),
                (Chapter, Some(0)),
                (Article, Some(4)),
                (Paragraph, Some(5)),
                (Part, None),
                (Article, Some(7)),
                (Paragraph, Some(8))
            ]
        );
        assert!(text.unplaced.is_empty(), "{:?}", text.unplaced);
        assert_eq!(text.framing.closing, "Adopted at Kisumu on 4 March 2026.");
    }

    #[test]
    fn a_convention_whose_sub_paragraphs_are_a_letter_and_a_space() {
        let text = read("Convention on X\n\nThe member States of the Organisation and the other signatories hereto,\n\nConsidering that cooperation matters;\n\nHave agreed as follows:\n\nArticle 1 – Purpose\n\n1 The provisions of this Convention aim:\n\na Each Party shall adopt measures;\n\nb Each Party shall report.\n\n2 Each Party may go further.\n", "en");
        assert_eq!(
            text.framing.preamble_opening,
            "The member States of the Organisation and the other signatories hereto,"
        );
        assert_eq!(text.framing.preamble_closing, "Have agreed as follows:");
        assert_eq!(
            kinds(&text),
            [
                (Recital, None),
                (Article, None),
                (Paragraph, Some(1)),
                (Subparagraph, Some(2)),
                (Subparagraph, Some(2)),
                (Paragraph, Some(1)),
            ]
        );
        assert_eq!(text.provisions[3].body, "Each Party shall adopt measures;");
    }

    #[test]
    fn a_resolution_with_front_matter_and_footnotes() {
        let text = read("United Nations A/RES/80/12\n\nGeneral Assembly Distr.: General\n2 May 2026\n\nEightieth session\nAgenda item 14\n\nResolution adopted by the General Assembly on 30 April 2026\n\n80/12. Artificial intelligence for health\n\nThe General Assembly,\n\nRecalling its resolution 79/1 of 10 October 2025,¹\n\nNoting with concern the gaps in data,\n\n1. Decides to act;\n\n2. Requests the Secretary-General:\n\n(a) to report;\n\n(b) to convene a meeting;\n\n__________\n¹ See A/79/PV.3.\n", "en");
        assert_eq!(
            text.title.as_deref(),
            Some("80/12. Artificial intelligence for health")
        );
        assert_eq!(text.symbol.as_deref(), Some("A/RES/80/12"));
        assert_eq!(text.kind, Some(AgreementKind::Resolution));
        assert!(text.framing.front_matter.contains("Agenda item 14"));
        assert_eq!(text.framing.preamble_opening, "The General Assembly,");
        assert_eq!(
            kinds(&text),
            [
                (Recital, None),
                (Recital, None),
                (Paragraph, None),
                (Paragraph, None),
                (Subparagraph, Some(3)),
                (Subparagraph, Some(3)),
            ]
        );
        assert_eq!(
            text.provisions[0].body,
            "Recalling its resolution 79/1 of 10 October 2025,[^1]\n\n[^1]: See A/79/PV.3."
        );
        assert!(text.unplaced.is_empty(), "{:?}", text.unplaced);
    }

    #[test]
    fn a_resolution_copied_out_of_a_pdf() {
        // Columns run together, no blank line between paragraphs, the
        // footnote's call a plain number, its note at the foot of the page.
        let text = read("United Nations                    A/RES/79/150\n        General Assembly          Distr.: General\n\n79/150.     Science and technology for health\n\n          The General Assembly,\n          Recalling the 2030 Agenda for Sustainable Development,1\n          Recognizing the role of digital tools,\n          1.     Encourages Member States to cooperate;\n          2.     Requests a report on:\n                (a)    existing initiatives;\n                (b)    recommendations.\n\n___________\n1   Resolution 70/1.\n\n                                        52nd plenary meeting\n                                        19 December 2024\n", "en");
        assert_eq!(
            text.title.as_deref(),
            Some("79/150. Science and technology for health")
        );
        assert_eq!(text.framing.preamble_opening, "The General Assembly,");
        assert_eq!(
            kinds(&text),
            [
                (Recital, None),
                (Recital, None),
                (Paragraph, None),
                (Paragraph, None),
                (Subparagraph, Some(3)),
                (Subparagraph, Some(3)),
            ]
        );
        assert_eq!(
            text.provisions[0].body,
            "Recalling the 2030 Agenda for Sustainable Development,[^1]\n\n[^1]: Resolution 70/1."
        );
        assert!(text.framing.closing.starts_with("52nd plenary meeting"));
        // Its symbol says it is a resolution.
        assert_eq!(text.kind, Some(AgreementKind::Resolution));
        assert!(text.unplaced.is_empty(), "{:?}", text.unplaced);
    }

    #[test]
    fn a_declaration_with_plain_headings_and_unnumbered_paragraphs() {
        let text = read("Declaration on Health Data\n\nWe, the Ministers of Health, meeting in Nairobi,\n\nDeclare:\n\nData sharing\n\nWe commit to share data.\n\nWe will train workers.\n\nFinancing\n\nWe will fund the work.\n", "en");
        assert_eq!(text.framing.preamble_closing, "Declare:");
        assert_eq!(text.kind, Some(AgreementKind::JointDeclaration));
        assert_eq!(
            kinds(&text),
            [
                (Section, None),
                (Paragraph, Some(0)),
                (Paragraph, Some(0)),
                (Section, None),
                (Paragraph, Some(3)),
            ]
        );
        assert!(text
            .provisions
            .iter()
            .all(|p| p.numbering == NumberingMode::Unnumbered));
        assert_eq!(text.provisions[0].heading, "Data sharing");
    }

    #[test]
    fn chinese_and_arabic_headings_and_numbers() {
        let text = read("人工智能促进健康公约\n\n序言\n\n本公约缔约国，\n\n认识到合作的重要性，\n\n兹协议如下：\n\n第一章　总则\n\n第一条　目的\n\n一、各缔约国应当合作。\n\n（一）分享知识；\n\n（二）培训人员。\n", "zh");
        assert_eq!(text.framing.preamble_opening, "本公约缔约国，");
        assert_eq!(text.framing.preamble_closing, "兹协议如下：");
        assert_eq!(
            kinds(&text),
            [
                (Recital, None),
                (Chapter, None),
                (Article, Some(1)),
                (Paragraph, Some(2)),
                (Subparagraph, Some(3)),
                (Subparagraph, Some(3)),
            ]
        );
        assert_eq!(text.provisions[2].heading, "目的");
        let text = read("اتفاقية بشأن الصحة\n\nالمادة الأولى\n\nالغرض\n\n١- تتعاون الأطراف.\n\n(أ) تبادل المعرفة؛\n\n(ب) التدريب.\n\nالمادة ٢\n\nتلتزم الأطراف بالتعاون.\n", "ar");
        assert_eq!(
            kinds(&text),
            [
                (Article, None),
                (Paragraph, Some(0)),
                (Subparagraph, Some(1)),
                (Subparagraph, Some(1)),
                (Article, None),
            ]
        );
        assert_eq!(text.provisions[0].heading, "الغرض");
        assert_eq!(text.provisions[4].body, "تلتزم الأطراف بالتعاون.");
    }

    #[test]
    fn inserted_articles_points_and_words_closing_a_list() {
        let text = read("Article 1\n\n1. The Parties shall:\n   (a) share:\n      (i) data;\n      (ii) models;\n   (b) train.\n   These measures apply at once.\n\nArticle 1 bis\n\nWords.\n", "en");
        assert_eq!(
            kinds(&text),
            [
                (Article, None),
                (Paragraph, Some(0)),
                (Subparagraph, Some(1)),
                (Point, Some(2)),
                (Point, Some(2)),
                (Subparagraph, Some(1)),
                (Article, None),
            ]
        );
        assert_eq!(text.provisions[6].numbering, NumberingMode::Inserted);
        let text = read("Article 1\n\n1. The Parties shall:\n\n(a) share;\n\n(b) train.\n\nThese measures apply at once.\n", "en");
        assert_eq!(text.provisions.last().unwrap().kind, Subparagraph);
        assert_eq!(
            text.provisions.last().unwrap().numbering,
            NumberingMode::Unnumbered
        );
    }
}
