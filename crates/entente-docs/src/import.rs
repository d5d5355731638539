//! Reading an existing agreement text (Markdown, or plain text laid out as
//! treaties are) into its structure: the title, the preamble and its
//! recitals, parts, chapters, articles with their headings, numbered
//! paragraphs and lettered sub-paragraphs, annexes. The closing formula is
//! recognised and left to the export, which writes it. A line that fits
//! nowhere is reported with its number, never dropped silently.

use entente_model::ProvisionKind;

/// One provision read from the text: its kind, its parent (an index into
/// the provisions before it), its heading and words, and the line it begins on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read {
    pub kind: ProvisionKind,
    pub parent: Option<usize>,
    pub heading: String,
    pub body: String,
    pub line: usize,
}

/// What a text gave: its title, its provisions in order, and the lines
/// (1-based number and words) that could not be placed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadText {
    pub title: Option<String>,
    pub provisions: Vec<Read>,
    pub unplaced: Vec<(usize, String)>,
}

const PREAMBLE: [&str; 5] = [
    "preamble",
    "préambule",
    "preámbulo",
    "преамбула",
    "الديباجة",
];
/// How the closing formula begins: a treaty's testimonium or "Done at …",
/// a declaration's "Adopted at …".
const CLOSING: [&str; 16] = [
    "in witness whereof",
    "done at",
    "done in ",
    "adopted at",
    "en foi de quoi",
    "fait à",
    "fait en ",
    "adopté à",
    "adoptée à",
    "en testimonio de lo cual",
    "hecho en",
    "adoptado en",
    "adoptada en",
    "в удостоверение чего",
    "совершено в",
    "принято в ",
];

/// A structural heading: its kind and the words after its number.
fn structure(line: &str) -> Option<(ProvisionKind, String)> {
    let lower = line.to_lowercase();
    let kinds = [
        (
            ProvisionKind::Part,
            ["part ", "partie ", "parte ", "часть "],
        ),
        (
            ProvisionKind::Chapter,
            ["chapter ", "chapitre ", "capítulo ", "глава "],
        ),
        (
            ProvisionKind::Article,
            ["article ", "artículo ", "статья ", "art. "],
        ),
        (
            ProvisionKind::Annex,
            ["annex ", "annexe ", "anexo ", "приложение "],
        ),
    ];
    for (kind, words) in kinds {
        let Some(word) = words.iter().find(|w| lower.starts_with(*w)) else {
            continue;
        };
        let rest = line[word.len()..].trim_start();
        // The number: digits, a Roman numeral, or "premier"/"first"/"primero".
        let number_end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '–' | '—' | '-' | ')'))
            .unwrap_or(rest.len());
        let number = rest[..number_end].to_lowercase();
        let numbered = !number.is_empty()
            && (number.chars().all(|c| c.is_ascii_digit())
                || number.chars().all(|c| "ivxlc".contains(c))
                || ["premier", "première", "first", "primero", "primera", "1er"]
                    .contains(&number.as_str()));
        if !numbered {
            continue;
        }
        let heading = rest[number_end..]
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | ':' | '–' | '—' | '-' | ')')
            })
            .trim();
        return Some((kind, heading.to_string()));
    }
    None
}

/// Short, and not ending as a sentence or a clause does.
fn looks_like_a_heading(line: &str) -> bool {
    line.chars().count() < 100 && !line.ends_with(['.', ';', ':', ','])
}

/// A numbered paragraph: "1.", "1)", "(1)" or "1 " before its words.
fn paragraph(line: &str) -> Option<String> {
    let (number, rest) = match line.strip_prefix('(') {
        Some(inner) => {
            let end = inner.find(')')?;
            (&inner[..end], &inner[end + 1..])
        }
        None => {
            let end = line.find(|c: char| !c.is_ascii_digit())?;
            let rest = &line[end..];
            let rest = rest.strip_prefix(['.', ')']).unwrap_or(rest);
            (&line[..end], rest)
        }
    };
    let numbered =
        !number.is_empty() && number.len() <= 3 && number.chars().all(|c| c.is_ascii_digit());
    (numbered && rest.starts_with(char::is_whitespace)).then(|| rest.trim().to_string())
}

/// A lettered sub-paragraph: "a", "a)", "a." or "(a)" before its words.
fn subparagraph(line: &str) -> Option<String> {
    let (letter, rest) = match line.strip_prefix('(') {
        Some(inner) => {
            let end = inner.find(')')?;
            (&inner[..end], &inner[end + 1..])
        }
        None => {
            let end = line.find([')', '.'])?;
            (&line[..end], &line[end + 1..])
        }
    };
    let lettered =
        (1..=2).contains(&letter.chars().count()) && letter.chars().all(|c| c.is_ascii_lowercase());
    (lettered && rest.starts_with(char::is_whitespace)).then(|| rest.trim().to_string())
}

/// A line without its Markdown dressing: heading marks, list marks, bold.
fn plain(line: &str) -> (usize, String) {
    let trimmed = line.trim();
    let level = trimmed.chars().take_while(|c| *c == '#').count();
    let text = trimmed[level..]
        .trim()
        .trim_matches('*')
        .trim()
        .trim_matches('_')
        .trim();
    let text = text.strip_prefix("- ").unwrap_or(text);
    (level, unescape(text))
}

/// Markdown's backslash escapes read as the characters they protect.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

pub fn read(source: &str) -> ReadText {
    let mut out = ReadText::default();
    let mut in_preamble = false;
    // After the closing formula, and within its own paragraph.
    let (mut closing, mut in_closing_formula) = (false, false);
    // Indices of the current part, the innermost part or chapter, the
    // article and the paragraph.
    let (mut part, mut division, mut article, mut paragraph_at): (
        Option<usize>,
        Option<usize>,
        Option<usize>,
        Option<usize>,
    ) = (None, None, None, None);
    // The provision the next lines continue, until a blank line.
    let mut open: Option<usize> = None;
    // Whether the next line may continue a title typed as plain lines.
    let mut title_open = false;
    // A file saved by Windows tools may begin with a byte-order mark.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let lines: Vec<&str> = source.lines().collect();
    // The lines of a title typed as plain lines, given back if a Markdown
    // title comes after them.
    let mut plain_title_lines: Vec<(usize, String)> = Vec::new();
    for (index, &raw) in lines.iter().enumerate() {
        let number = index + 1;
        let (level, line) = plain(raw);
        if line.is_empty() {
            open = None;
            title_open = false;
            in_closing_formula = false;
            continue;
        }
        let lower = line.to_lowercase();
        let is_preamble = PREAMBLE.contains(&lower.trim_end_matches(':'));
        let names_the_text = !is_preamble && structure(&line).is_none();
        if level == 1
            && names_the_text
            && out.provisions.is_empty()
            && (out.title.is_none() || !plain_title_lines.is_empty())
        {
            // A heading marked as the title wins over plain lines before it
            // (a draft's date, a document symbol), which are reported.
            out.unplaced.append(&mut plain_title_lines);
            out.title = Some(line);
            continue;
        }
        // A title typed as plain lines: the first lines of the text, up to a
        // blank line, before any structure, none ending as a sentence does.
        let plain_title = level == 0
            && out.provisions.is_empty()
            && out.unplaced.is_empty()
            && !in_preamble
            && (out.title.is_none() || title_open)
            && names_the_text
            && looks_like_a_heading(&line);
        if plain_title {
            plain_title_lines.push((number, raw.trim().to_string()));
            let title = out.title.get_or_insert_with(String::new);
            if !title.is_empty() {
                title.push(' ');
            }
            title.push_str(&line);
            title_open = true;
            continue;
        }
        title_open = false;
        // The closing formula opens a paragraph of its own; the export
        // writes it. What follows it (signatures) is reported, not read,
        // until an annex.
        if open.is_none() && CLOSING.iter().any(|c| lower.starts_with(c)) {
            (closing, in_closing_formula) = (true, true);
            continue;
        }
        if in_closing_formula {
            continue;
        }
        if closing {
            if structure(&line).is_some_and(|(kind, _)| kind == ProvisionKind::Annex) {
                closing = false;
            } else {
                out.unplaced.push((number, raw.trim().to_string()));
                continue;
            }
        }
        if is_preamble {
            in_preamble = true;
            continue;
        }
        let push = |out: &mut ReadText, kind, parent, heading: String, body: String| {
            out.provisions.push(Read {
                kind,
                parent,
                heading,
                body,
                line: number,
            });
            out.provisions.len() - 1
        };
        if let Some((kind, heading)) = structure(&line) {
            in_preamble = false;
            let parent = match kind {
                ProvisionKind::Part | ProvisionKind::Annex => None,
                ProvisionKind::Chapter => part,
                _ => division,
            };
            let at = push(&mut out, kind, parent, heading, String::new());
            match kind {
                ProvisionKind::Article => {
                    article = Some(at);
                    // A heading on the line after "Article 3" belongs to it.
                    open = Some(at);
                }
                ProvisionKind::Annex => {
                    article = Some(at);
                    (part, division) = (None, None);
                    open = Some(at);
                }
                ProvisionKind::Part => {
                    (part, division) = (Some(at), Some(at));
                    article = None;
                    open = Some(at);
                }
                _ => {
                    division = Some(at);
                    article = None;
                    open = Some(at);
                }
            }
            paragraph_at = None;
            continue;
        }
        if in_preamble && article.is_none() {
            match open {
                Some(at) if out.provisions[at].kind == ProvisionKind::Recital => {
                    out.provisions[at].body.push(' ');
                    out.provisions[at].body.push_str(&line);
                }
                _ => {
                    open = Some(push(
                        &mut out,
                        ProvisionKind::Recital,
                        None,
                        String::new(),
                        line,
                    ))
                }
            }
            continue;
        }
        // The heading of an article or division given on a line after its
        // number (the next one, or after a blank line): short, not ending as
        // a sentence does, not numbered, and nothing else read since.
        if let Some(read) = out.provisions.last() {
            let structural = matches!(
                read.kind,
                ProvisionKind::Part
                    | ProvisionKind::Chapter
                    | ProvisionKind::Article
                    | ProvisionKind::Annex
            );
            let numbered = paragraph(&line).is_some() || subparagraph(&line).is_some();
            // After a blank line, a heading stands alone: a first line of
            // words wrapped onto the next is no heading.
            let stands_alone = lines.get(index + 1).is_none_or(|next| {
                let (_, next) = plain(next);
                next.is_empty() || structure(&next).is_some() || paragraph(&next).is_some()
            });
            if structural
                && read.heading.is_empty()
                && read.body.is_empty()
                && looks_like_a_heading(&line)
                && (open.is_some() || (!numbered && stands_alone))
            {
                out.provisions.last_mut().expect("just read").heading = line;
                continue;
            }
        }
        // A line without a letter ("- 2 -", "* * *") is a page number or an
        // ornament of the layout, not words of the agreement.
        let Some(within) = article.filter(|_| line.chars().any(char::is_alphabetic)) else {
            out.unplaced.push((number, raw.trim().to_string()));
            continue;
        };
        if let Some(words) = subparagraph(&line).filter(|_| paragraph_at.is_some()) {
            open = Some(push(
                &mut out,
                ProvisionKind::Subparagraph,
                paragraph_at,
                String::new(),
                words,
            ));
            continue;
        }
        if let Some(words) = paragraph(&line) {
            let at = push(
                &mut out,
                ProvisionKind::Paragraph,
                Some(within),
                String::new(),
                words,
            );
            paragraph_at = Some(at);
            open = Some(at);
            continue;
        }
        match open {
            Some(at) => {
                let body = &mut out.provisions[at].body;
                if !body.is_empty() {
                    body.push(' ');
                }
                body.push_str(&line);
            }
            None if paragraph_at.is_none() => {
                // An article's own words, not numbered.
                let body = &mut out.provisions[within].body;
                if !body.is_empty() {
                    body.push_str("\n\n");
                }
                body.push_str(&line);
                open = Some(within);
            }
            None => out.unplaced.push((number, raw.trim().to_string())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &ReadText) -> Vec<(ProvisionKind, Option<usize>)> {
        text.provisions.iter().map(|p| (p.kind, p.parent)).collect()
    }

    #[test]
    fn a_plain_treaty_text_is_read_into_its_structure() {
        let text = read(
            "# Framework Agreement on AI for Health\n\nPreamble\n\nRecognizing that AI can help,\n\nConcerned that access is unequal,\n\nCHAPTER I\nGeneral provisions\n\nArticle 1 – Scope\n\n1. This Agreement applies to:\n(a) research; and\n(b) deployment.\n\n2 It does not apply to\nmilitary uses.\n\nArticle 2\nObjective\n\nThe objective is cooperation.\n\nDone at Geneva, on 20 May 2026.\n",
        );
        assert_eq!(
            text.title.as_deref(),
            Some("Framework Agreement on AI for Health")
        );
        use ProvisionKind::*;
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
        assert!(text.unplaced.is_empty(), "{:?}", text.unplaced);
    }

    #[test]
    fn french_and_spanish_forms_and_what_cannot_be_placed() {
        let text = read("Un mot perdu.\n\nArticle premier. Objet\n\n(1) Le présent Accord.\n\nArtículo 2: Ámbito\n\n1) El presente Acuerdo.\n   a. primero;\n");
        use ProvisionKind::*;
        assert_eq!(
            kinds(&text),
            [
                (Article, None),
                (Paragraph, Some(0)),
                (Article, None),
                (Paragraph, Some(2)),
                (Subparagraph, Some(3))
            ]
        );
        assert_eq!(text.provisions[0].heading, "Objet");
        assert_eq!(text.provisions[2].heading, "Ámbito");
        assert_eq!(text.unplaced, [(1, "Un mot perdu.".to_string())]);
    }

    #[test]
    fn the_closing_formula_opens_its_own_paragraph_and_an_annex_follows_it() {
        let text = read("Article 1\n\n1. Notice is\ndone in writing through diplomatic channels.\n\nArticle 2\n\n1. Words.\n\nDone at Geneva, on 20 May 2026,\nin a single original.\n\nFor Kenya:\n\nAnnex I\n\nTechnical standards\n");
        use ProvisionKind::*;
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
        assert_eq!(text.unplaced, [(13, "For Kenya:".to_string())]);
    }

    #[test]
    fn a_marked_title_wins_over_plain_lines_and_wrapped_words_are_no_heading() {
        let text = read("DRAFT 3 – 12 March 2026\n\n# Framework Agreement\n\nArticle 1\n\nThe Parties shall cooperate in the development of artificial\nintelligence for health.\n");
        assert_eq!(text.title.as_deref(), Some("Framework Agreement"));
        assert_eq!(text.unplaced, [(1, "DRAFT 3 – 12 March 2026".to_string())]);
        assert_eq!(text.provisions[0].heading, "");
        assert_eq!(
            text.provisions[0].body,
            "The Parties shall cooperate in the development of artificial intelligence for health."
        );
    }

    #[test]
    fn a_title_typed_as_plain_lines_and_a_heading_after_a_blank_line() {
        let text = read("MEMORANDUM OF UNDERSTANDING\nON COOPERATION IN DIGITAL HEALTH\n\nPREAMBLE\n\nThe Participants,\n\nARTICLE 1\n\nPURPOSE\n\n1. Words.\n");
        assert_eq!(
            text.title.as_deref(),
            Some("MEMORANDUM OF UNDERSTANDING ON COOPERATION IN DIGITAL HEALTH")
        );
        assert_eq!(text.provisions[1].heading, "PURPOSE");
        assert!(text.unplaced.is_empty(), "{:?}", text.unplaced);
        // The first words of a text that is a sentence are no title.
        let text = read("The Parties,\n\nArticle 1\n\n1. Words.\n");
        assert_eq!(text.title, None);
    }

    #[test]
    fn chapters_stay_in_their_part_and_page_numbers_are_reported() {
        let text = read("Part I\n\nChapter I\n\nArticle 1\n\n1. Words.\n\n- 2 -\n\nChapter II\n\nArticle 2\n\n1. More words.\n\nPart II\n\nArticle 3\n\n1. Last words.\n\nAdopted at Kisumu on 4 March 2026.\n");
        use ProvisionKind::*;
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
        assert_eq!(text.unplaced, [(9, "- 2 -".to_string())]);
    }
}
