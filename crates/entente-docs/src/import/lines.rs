//! One line of a text as the reader sees it: its Markdown dressing taken
//! off, and what it begins with: a label ("Article 3 bis — Scope"), or the
//! number of a paragraph, a sub-paragraph or a point ("1.", "(a)", "a ",
//! "(ii)", "一、", "（一）", "(أ)").

use entente_model::numbering::{parse_letter, parse_roman, LATIN};
use entente_model::ProvisionKind;

use super::lexicon::Lexicon;

/// A line without its Markdown: heading marks, quote and list marks,
/// emphasis, backslash escapes.
#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based.
    pub number: usize,
    /// The line as written, without its end.
    pub raw: String,
    /// Leading spaces (a tab counts four).
    pub indent: usize,
    /// How many `#` began it.
    pub level: usize,
    pub text: String,
}

impl Line {
    pub fn new(number: usize, raw: &str) -> Line {
        let indent = raw
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        let trimmed = raw.trim();
        let level = trimmed.chars().take_while(|c| *c == '#').count();
        let mut text = trimmed[level..].trim();
        // A heading may close with #s too.
        if level > 0 {
            text = text.trim_end_matches('#').trim_end();
        }
        while let Some(rest) = text.strip_prefix('>') {
            text = rest.trim_start();
        }
        for bullet in ["- ", "* ", "+ ", "• ", "· "] {
            if let Some(rest) = text.strip_prefix(bullet) {
                text = rest.trim_start();
                break;
            }
        }
        Line {
            number,
            raw: raw.trim_end().to_string(),
            indent,
            level,
            text: single_spaced(&unescape(&without_emphasis(text))),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// A line of the layout, with no letter in it: a page number, a rule.
    pub fn is_ornament(&self) -> bool {
        !self.text.is_empty() && !self.text.chars().any(char::is_alphabetic)
    }

    /// A line of underscores or dashes alone: where a page's footnotes begin.
    pub fn is_rule(&self) -> bool {
        let t = self.raw.trim();
        t.chars().count() >= 3
            && (t.chars().all(|c| c == '_')
                || t.chars().all(|c| c == '-' || c == '—')
                || t.chars().all(|c| c == '*' || c == ' '))
    }
}

/// Runs of spaces and tabs as one space: they are layout (a text copied
/// out of a PDF). No-break spaces are typography, and stay.
fn single_spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let space = c == ' ' || c == '\t';
        if !(space && out.ends_with(' ')) {
            out.push(if space { ' ' } else { c });
        }
    }
    out
}

/// Markdown's emphasis marks taken off where they pair, as CommonMark reads
/// them: `**a**`, `*a*`, `__a__`, `_a_`. A mark that opens nothing or closes
/// nothing is a character of the text (`window.__name`, `5 * 3`), and an
/// underscore inside a word stays.
fn without_emphasis(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let runs = delimiter_runs(&chars);
    let mut dropped = vec![false; chars.len()];
    // Marks of each run not yet paired: an opener gives them up from its
    // end, a closer from its start (`***` may close `*` and then `**`).
    let mut unpaired: Vec<usize> = runs.iter().map(|run| run.len).collect();
    let mut openers: Vec<usize> = Vec::new();
    for (r, run) in runs.iter().enumerate() {
        while run.closes && unpaired[r] > 0 {
            let Some(at) = openers.iter().rposition(|&o| runs[o].mark == run.mark) else {
                break;
            };
            let o = openers[at];
            let marks = unpaired[o].min(unpaired[r]);
            let opener_end = runs[o].at + unpaired[o];
            let closer_start = run.at + run.len - unpaired[r];
            dropped[opener_end - marks..opener_end].fill(true);
            dropped[closer_start..closer_start + marks].fill(true);
            unpaired[o] -= marks;
            unpaired[r] -= marks;
            openers.truncate(if unpaired[o] == 0 { at } else { at + 1 });
        }
        if run.opens && unpaired[r] > 0 {
            openers.push(r);
        }
    }
    chars
        .iter()
        .zip(dropped)
        .filter(|(_, dropped)| !dropped)
        .map(|(c, _)| c)
        .collect()
}

/// A run of `*` or `_`, and whether it may open or close emphasis.
struct DelimiterRun {
    at: usize,
    len: usize,
    mark: char,
    opens: bool,
    closes: bool,
}

/// The runs of emphasis marks in a line, by CommonMark's flanking rules
/// (backslash-escaped marks are no runs).
fn delimiter_runs(chars: &[char]) -> Vec<DelimiterRun> {
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let punctuation =
        |c: Option<char>| c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace());
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mark = chars[i];
        if mark == '\\' {
            i += 2;
            continue;
        }
        if mark != '*' && mark != '_' {
            i += 1;
            continue;
        }
        let len = chars[i..].iter().take_while(|&&c| c == mark).count();
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + len).copied();
        let left_flanking =
            !space(after) && (!punctuation(after) || space(before) || punctuation(before));
        let right_flanking =
            !space(before) && (!punctuation(before) || space(after) || punctuation(after));
        let (opens, closes) = if mark == '*' {
            (left_flanking, right_flanking)
        } else {
            (
                left_flanking && (!right_flanking || punctuation(before)),
                right_flanking && (!left_flanking || punctuation(after)),
            )
        };
        runs.push(DelimiterRun {
            at: i,
            len,
            mark,
            opens,
            closes,
        });
        i += len;
    }
    runs
}

/// Markdown's backslash escapes read as the characters they protect.
pub fn unescape(text: &str) -> String {
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

/// Digits as ASCII: Arabic-Indic (١٢٣), Eastern Arabic-Indic (۱۲۳) and
/// full-width (１２３) read as 123.
pub fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            _ => c,
        })
        .collect()
}

/// The end of `original` that stands where `tail`, an end of `normal`
/// (`original` with `ascii_digits`, character for character), stands: the
/// words are given back as the text wrote them.
fn as_written<'a>(original: &'a str, normal: &str, tail: &str) -> &'a str {
    let before = normal[..normal.len() - tail.len()].chars().count();
    let at = original
        .char_indices()
        .nth(before)
        .map_or(original.len(), |(i, _)| i);
    &original[at..]
}

/// A number at the start of `text`: digits, a Roman numeral or Chinese
/// numerals; with how many bytes it took.
pub fn leading_number(text: &str) -> Option<(u32, usize)> {
    let digits: usize = text
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit())
        .map(|(_, c)| c.len_utf8())
        .sum();
    if digits > 0 {
        return text[..digits].parse().ok().map(|n| (n, digits));
    }
    let chinese: usize = text
        .chars()
        .take_while(|c| chinese_digit(*c).is_some())
        .map(char::len_utf8)
        .sum();
    if chinese > 0 {
        return chinese_number(&text[..chinese]).map(|n| (n, chinese));
    }
    let word: usize = text
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .map(char::len_utf8)
        .sum();
    parse_roman(&text[..word]).map(|n| (n, word))
}

fn chinese_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|n| n as u32)
        .or(match c {
            '零' => Some(0),
            '两' => Some(2),
            '十' => Some(10),
            '百' => Some(100),
            '千' => Some(1000),
            _ => None,
        })
}

/// 十二 → 12, 二十 → 20, 一百零五 → 105, 二〇二六 → 2026.
fn chinese_number(text: &str) -> Option<u32> {
    let (mut total, mut digit) = (0u32, None::<u32>);
    let positional = !text.chars().any(|c| matches!(c, '十' | '百' | '千'));
    if positional {
        return text
            .chars()
            .try_fold(0u32, |n, c| Some(n * 10 + chinese_digit(c)?));
    }
    for c in text.chars() {
        match chinese_digit(c)? {
            unit @ (10 | 100 | 1000) => {
                total += digit.take().unwrap_or(1) * unit;
            }
            d => digit = Some(d),
        }
    }
    Some(total + digit.unwrap_or(0))
}

/// After a number: "bis", "ter" … and how many bytes they took, with the
/// space before them.
fn latin_after(text: &str) -> (u32, usize) {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    if lead == 0 && !trimmed.is_empty() && !trimmed.starts_with(['-', '–']) {
        return (0, 0);
    }
    let trimmed = trimmed.trim_start_matches(['-', '–']);
    let lead = text.len() - trimmed.len();
    let word: String = trimmed
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    match LATIN.iter().position(|l| word.eq_ignore_ascii_case(l)) {
        Some(nth) => (nth as u32 + 1, lead + word.len()),
        None => (0, 0),
    }
}

/// A label heading the line: its kind, number (none for a kind's bare
/// name, as a single "Annex"), the Latin adverb of an inserted one, and
/// the words after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub kind: ProvisionKind,
    pub number: Option<u32>,
    pub inserted: u32,
    pub rest: String,
}

/// Separators between a label and its heading.
const SEPARATORS: &[char] = &['.', ':', '：', '–', '—', '-', ')', '　', '|'];

pub fn label(text: &str, lexicon: &Lexicon) -> Option<Label> {
    let normal = ascii_digits(text);
    let lower = normal.to_lowercase();
    // A spelled-out label first: "article premier" also begins "article ".
    for spelled in &lexicon.spelled {
        if let Some(rest) = strip_prefix_at_boundary(&lower, &spelled.label) {
            let taken = normal.len() - rest.len();
            return finish(
                spelled.kind,
                Some(spelled.number),
                as_written(text, &normal, &normal[taken..]),
            );
        }
    }
    for pattern in &lexicon.patterns {
        let Some(after_word) = lower.strip_prefix(pattern.before.as_str()) else {
            continue;
        };
        if pattern.before.is_empty() {
            continue;
        }
        let Some((number, used)) = leading_number(after_word) else {
            continue;
        };
        let offset = normal.len() - after_word.len() + used;
        let (inserted, latin) = latin_after(&normal[offset..]);
        let offset = offset + latin;
        let Some(rest) = lower[offset..].strip_prefix(pattern.after.as_str()) else {
            continue;
        };
        let offset = normal.len() - rest.len();
        let heading = as_written(text, &normal, &normal[offset..]);
        if let Some(mut found) = finish(pattern.kind, Some(number), heading) {
            found.inserted = inserted;
            return Some(found);
        }
    }
    for (name, kind) in &lexicon.bare {
        if *kind == ProvisionKind::Annex || *kind == ProvisionKind::Section {
            if let Some(rest) = strip_prefix_at_boundary(&lower, name) {
                let rest = &normal[normal.len() - rest.len()..];
                if rest.trim().is_empty() || rest.trim_start().starts_with(SEPARATORS) {
                    return finish(*kind, None, as_written(text, &normal, rest));
                }
            }
        }
    }
    None
}

fn strip_prefix_at_boundary<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(prefix)?;
    let boundary = rest.chars().next().is_none_or(|c| {
        !c.is_alphanumeric() || !prefix.chars().last().is_some_and(char::is_alphanumeric)
    });
    boundary.then_some(rest)
}

/// The words after a label, if they read as a heading and not as a sentence
/// that begins with the label ("Article 5 shall apply …").
fn finish(kind: ProvisionKind, number: Option<u32>, rest: &str) -> Option<Label> {
    let separated = rest.starts_with(SEPARATORS) || rest.starts_with(char::is_whitespace);
    if !rest.is_empty() && !separated && !rest.starts_with(|c: char| !c.is_alphanumeric()) {
        // "Article 12" is followed by a space or a mark, not by more letters;
        // CJK headings may follow the label at once.
        if !rest.starts_with(is_cjk) {
            return None;
        }
    }
    let heading = rest
        .trim_start_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c))
        .trim();
    let sentence = heading.starts_with(char::is_lowercase)
        || (heading.ends_with(['.', ';', ',']) && heading.split_whitespace().count() > 12);
    (!sentence).then(|| Label {
        kind,
        number,
        inserted: 0,
        rest: heading.to_string(),
    })
}

pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// How a paragraph, sub-paragraph or point is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// 1. 1) (1) 1 一、
    Digits,
    /// (a) a) a. a, and أ ب ج
    Letters,
    /// (i) i)
    Roman,
    /// （一） (一): a sub-paragraph in Chinese.
    ChineseInBrackets,
}

/// One way to read the number a line begins with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub style: Style,
    pub value: u32,
    pub inserted: u32,
    /// Written without a mark after it ("1 The Parties", "a Each Party"):
    /// taken only where it is the number expected next.
    pub bare: bool,
    pub rest: String,
}

/// Every reading of the number a line begins with (a letter and a Roman
/// numeral can be the same: "(i)"), best first.
pub fn markers(text: &str, lexicon: &Lexicon) -> Vec<Marker> {
    let normal = ascii_digits(text);
    let mut found = Vec::new();
    let (inner, after, enclosed) = if let Some(inner) = normal
        .strip_prefix('(')
        .or_else(|| normal.strip_prefix('（'))
    {
        match inner.find([')', '）']) {
            Some(end) => {
                let close = inner[end..].chars().next().map_or(1, char::len_utf8);
                (&inner[..end], &inner[end + close..], true)
            }
            None => return found,
        }
    } else {
        let end = normal
            .find(|c: char| c.is_whitespace() || matches!(c, '.' | ')' | '、' | '-' | '–'))
            .unwrap_or(normal.len());
        (&normal[..end], &normal[end..], false)
    };
    if inner.is_empty() || inner.chars().count() > 12 {
        return found;
    }
    // "1 bis." : the adverb before the mark.
    let (latin, after) = match latin_after(after) {
        (0, _) => (0, after),
        (nth, used) if !enclosed => (nth, &after[used..]),
        _ => (0, after),
    };
    // What separates the number from the words.
    let (mark, rest) = if enclosed {
        ("", after)
    } else if let Some(rest) = after.strip_prefix(['.', ')', '、']) {
        (".", rest)
    } else if let Some(rest) = after.trim_start().strip_prefix(['-', '–']) {
        ("-", rest)
    } else {
        ("", after)
    };
    let bare = !enclosed && mark.is_empty();
    // Words must follow, after a space (none needed after 、 or in CJK).
    // Chinese writes its words right after the number, quotation marks too.
    let full_width = normal.starts_with('（');
    let spaced = rest.starts_with(char::is_whitespace)
        || (mark == "." && after.starts_with('、'))
        || rest.starts_with(is_cjk)
        || (full_width && !rest.is_empty())
        || (enclosed && rest.starts_with(['“', '「', '『', '《']));
    if !spaced || rest.trim().is_empty() {
        return found;
    }
    let rest = as_written(text, &normal, rest).trim().to_string();
    let (number_text, inserted) = match inner.split_once(' ') {
        Some((number, latin)) => match LATIN.iter().position(|l| latin.eq_ignore_ascii_case(l)) {
            Some(nth) => (number, nth as u32 + 1),
            None => return found,
        },
        None => (inner, latin),
    };
    let push = |found: &mut Vec<Marker>, style, value| {
        found.push(Marker {
            style,
            value,
            inserted,
            bare,
            rest: rest.clone(),
        })
    };
    if number_text.chars().all(|c| c.is_ascii_digit()) && number_text.len() <= 4 {
        if let Ok(value) = number_text.parse() {
            push(&mut found, Style::Digits, value);
        }
        return found;
    }
    if number_text.chars().all(|c| chinese_digit(c).is_some()) {
        if let Some(value) = chinese_number(number_text) {
            let style = if enclosed {
                Style::ChineseInBrackets
            } else {
                Style::Digits
            };
            // 一、 numbers a paragraph; a bare Chinese numeral is a word.
            if enclosed || after.starts_with('、') {
                push(&mut found, style, value);
            }
        }
        return found;
    }
    let roman = parse_roman(number_text).filter(|_| {
        number_text
            .chars()
            .all(|c| matches!(c, 'i' | 'v' | 'x' | 'l'))
    });
    let letter = parse_letter(number_text);
    // A single i, v or x is more often a letter; ii, iv or xi a numeral.
    if let (Some(value), true) = (roman, number_text.len() > 1) {
        push(&mut found, Style::Roman, value);
    }
    if let Some(value) = letter {
        push(&mut found, Style::Letters, value);
    }
    if let (Some(value), false) = (roman, number_text.len() > 1) {
        push(&mut found, Style::Roman, value);
    }
    if let Some((_, value)) = lexicon.letters.iter().find(|(l, _)| l == number_text) {
        push(&mut found, Style::Letters, *value);
    }
    found
}

/// Superscript digits read as a note's label: ¹² → "12".
pub fn superscript_label(text: &str) -> Option<(String, usize)> {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let mut label = String::new();
    let mut used = 0;
    for c in text.chars() {
        match DIGITS.iter().position(|d| *d == c) {
            Some(d) => {
                label.push(char::from(b'0' + d as u8));
                used += c.len_utf8();
            }
            None => break,
        }
    }
    (!label.is_empty()).then_some((label, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_every_script() {
        assert_eq!(leading_number("12 bis"), Some((12, 2)));
        assert_eq!(leading_number("XIV."), Some((14, 3)));
        assert_eq!(leading_number("二十三条"), Some((23, 9)));
        assert_eq!(leading_number("十条"), Some((10, 3)));
        assert_eq!(leading_number("一百零五"), Some((105, 12)));
        assert_eq!(ascii_digits("المادة ١٢ و۳ و４"), "المادة 12 و3 و4");
    }

    #[test]
    fn markdown_is_taken_off_the_words() {
        let line = Line::new(3, "  ## **Article 1 *bis*** \\- Scope");
        assert_eq!((line.indent, line.level), (2, 2));
        assert_eq!(line.text, "Article 1 bis - Scope");
        assert_eq!(
            Line::new(1, "> - item_with_underscore").text,
            "item_with_underscore"
        );
        assert_eq!(
            Line::new(1, "*Recalling* its resolution").text,
            "Recalling its resolution"
        );
        assert_eq!(
            Line::new(1, "__Noting__ with _concern_").text,
            "Noting with concern"
        );
    }

    #[test]
    fn marks_that_pair_with_nothing_are_words() {
        for kept in [
            "window.__name = 1",
            "5 * 3 = 15",
            "a snake_case_name, and file_name_2",
            "the 2 * 4 * 6 rule",
            "** not bold",
        ] {
            assert_eq!(Line::new(1, kept).text, kept);
        }
        assert_eq!(
            Line::new(1, "keep __this__ but not window.__that").text,
            "keep this but not window.__that"
        );
    }

    #[test]
    fn markers_of_paragraphs_sub_paragraphs_and_points() {
        let lexicon = Lexicon::get();
        let first = |text: &str| {
            markers(text, lexicon)
                .first()
                .map(|m| (m.style, m.value, m.bare))
        };
        assert_eq!(first("1. The Parties"), Some((Style::Digits, 1, false)));
        assert_eq!(first("(2) Each Party"), Some((Style::Digits, 2, false)));
        assert_eq!(first("3) Each Party"), Some((Style::Digits, 3, false)));
        assert_eq!(first("4 Each Party"), Some((Style::Digits, 4, true)));
        assert_eq!(first("(b) training"), Some((Style::Letters, 2, false)));
        assert_eq!(first("c Each Party"), Some((Style::Letters, 3, true)));
        assert_eq!(first("d. data"), Some((Style::Letters, 4, false)));
        let i = markers("(i) one", lexicon);
        assert_eq!(i.len(), 2, "a letter or a Roman numeral: {i:?}");
        assert_eq!(first("(ii) two"), Some((Style::Roman, 2, false)));
        assert_eq!(first("二、 合作"), Some((Style::Digits, 2, false)));
        assert_eq!(
            first("（三）培训"),
            Some((Style::ChineseInBrackets, 3, false))
        );
        assert_eq!(first("(ب) التدريب"), Some((Style::Letters, 2, false)));
        assert_eq!(first("١- تتعاون"), Some((Style::Digits, 1, false)));
        assert_eq!(markers("1 bis. Words", lexicon)[0].inserted, 1);
        assert_eq!(first("2026 was"), Some((Style::Digits, 2026, true)));
        assert!(markers("Article 1", lexicon).is_empty());
        assert!(markers("a State Party", lexicon).iter().all(|m| m.bare));
    }

    #[test]
    fn labels_in_the_six_languages() {
        let lexicon = Lexicon::get();
        let read =
            |text: &str| label(text, lexicon).map(|l| (l.kind, l.number, l.inserted, l.rest));
        use ProvisionKind::*;
        assert_eq!(
            read("Article 3 – Scope"),
            Some((Article, Some(3), 0, "Scope".into()))
        );
        assert_eq!(
            read("ARTICLE 12 bis"),
            Some((Article, Some(12), 1, String::new()))
        );
        assert_eq!(
            read("Article premier. Objet"),
            Some((Article, Some(1), 0, "Objet".into()))
        );
        assert_eq!(
            read("Artículo primero"),
            Some((Article, Some(1), 0, String::new()))
        );
        assert_eq!(
            read("Статья 4. Сфера"),
            Some((Article, Some(4), 0, "Сфера".into()))
        );
        assert_eq!(
            read("第三条　范围"),
            Some((Article, Some(3), 0, "范围".into()))
        );
        assert_eq!(read("第12条"), Some((Article, Some(12), 0, String::new())));
        assert_eq!(
            read("第二章 一般规定"),
            Some((Chapter, Some(2), 0, "一般规定".into()))
        );
        assert_eq!(
            read("المادة ١٢"),
            Some((Article, Some(12), 0, String::new()))
        );
        assert_eq!(
            read("المادة الأولى"),
            Some((Article, Some(1), 0, String::new()))
        );
        assert_eq!(
            read("الفصل الأول"),
            Some((Chapter, Some(1), 0, String::new()))
        );
        assert_eq!(
            read("Chapter IV — Cooperation"),
            Some((Chapter, Some(4), 0, "Cooperation".into()))
        );
        assert_eq!(
            read("Section 2"),
            Some((Section, Some(2), 0, String::new()))
        );
        assert_eq!(
            read("Clause 4: Funding"),
            Some((Article, Some(4), 0, "Funding".into()))
        );
        assert_eq!(read("Annex"), Some((Annex, None, 0, String::new())));
        assert_eq!(read("Article 5 shall apply mutatis mutandis."), None);
        assert_eq!(read("Articles of association"), None);
    }
}
