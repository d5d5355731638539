//! The typography each language's treaty texts keep, checked by machine:
//! French no-break spaces before `; : ! ?` and inside `« »`; Chinese
//! full-width punctuation beside Chinese characters; the Arabic comma,
//! semicolon and question mark after Arabic words; Russian «» quotation
//! marks. Each slip says where it is and what would mend it, so that
//! `--fix` can mend what is mechanical.
//!
//! The text checked is a file's words with its markup already blanked out
//! (Fluent placeables, template tags): positions stay those of the file.

/// No-break space, French before `:` and inside guillemets.
const NBSP: char = '\u{a0}';
/// Narrow no-break space, French before `; ! ?`.
const NNBSP: char = '\u{202f}';

/// One slip: its byte range in the text, its kind, and what replaces it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    pub start: usize,
    pub end: usize,
    /// `typography-fr-space`, `typography-zh-punctuation`,
    /// `typography-ar-punctuation` or `typography-ru-quotes`.
    pub code: &'static str,
    pub mend: String,
}

/// The slips of `text`, written in `language`, in order.
pub fn check(language: &str, text: &str) -> Vec<Slip> {
    match language {
        "fr" => french(text),
        "zh" => chinese(text),
        "ar" => arabic(text),
        "ru" => russian(text),
        _ => Vec::new(),
    }
}

/// `text` with its slips mended.
pub fn mend(text: &str, slips: &[Slip]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for slip in slips {
        if slip.start < at {
            continue;
        }
        out.push_str(&text[at..slip.start]);
        out.push_str(&slip.mend);
        at = slip.end;
    }
    out.push_str(&text[at..]);
    out
}

fn french(text: &str) -> Vec<Slip> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut slips = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let space = match c {
            ';' | '!' | '?' => NNBSP,
            ':' | '»' => NBSP,
            '«' => {
                // After «: a no-break space before the quoted words.
                match after {
                    Some((next, ' ')) => {
                        slips.push(slip(next, next + 1, "typography-fr-space", NBSP))
                    }
                    Some((next, n)) if n.is_alphanumeric() => {
                        slips.push(slip(next, next, "typography-fr-space", NBSP))
                    }
                    _ => {}
                }
                continue;
            }
            _ => continue,
        };
        match before {
            // "10:30", "http://", a mark doubled: not French punctuation.
            Some((_, b)) if c == ':' && b.is_ascii_digit() => {}
            Some((_, NBSP | NNBSP | '\u{2009}')) => {}
            // Only the space right before the mark: an indentation stays.
            Some((start, ' ')) if i >= 2 && chars[i - 2].1 != ' ' => {
                slips.push(slip(start, start + 1, "typography-fr-space", space));
            }
            Some((_, ' ')) => {}
            Some((_, b)) if b.is_alphanumeric() || matches!(b, ')' | '’' | '.' | '…') => {
                let next_is_word = after.is_none_or(|(_, a)| !a.is_ascii_punctuation() || c == '»');
                if next_is_word && !(c == ':' && after.is_some_and(|(_, a)| a == '/')) {
                    slips.push(slip(at, at, "typography-fr-space", space));
                }
            }
            _ => {}
        }
    }
    slips
}

fn slip(start: usize, end: usize, code: &'static str, mend: impl ToString) -> Slip {
    Slip {
        start,
        end,
        code,
        mend: mend.to_string(),
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

fn chinese(text: &str) -> Vec<Slip> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut slips = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let full = match c {
            ',' => '，',
            ';' => '；',
            ':' => '：',
            '?' => '？',
            '!' => '！',
            _ => continue,
        };
        let before = i.checked_sub(1).map(|j| chars[j].1);
        if before.is_some_and(is_han) {
            // A space typed after the mark goes with it.
            let end = match chars.get(i + 1) {
                Some(&(next, ' ')) => next + 1,
                _ => at + c.len_utf8(),
            };
            slips.push(Slip {
                start: at,
                end,
                code: "typography-zh-punctuation",
                mend: full.to_string(),
            });
        }
    }
    slips
}

const TANWEEN_FATH: char = '\u{064B}';

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

/// The Arabic comma, semicolon and question mark after Arabic words; and no
/// tanween fath («وفقا», «يوما»), as the term base writes them, so that a
/// word is written one way throughout.
fn arabic(text: &str) -> Vec<Slip> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut slips = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let after_arabic = i.checked_sub(1).is_some_and(|j| is_arabic(chars[j].1));
        match c {
            TANWEEN_FATH => slips.push(slip(at, at + c.len_utf8(), "typography-ar-tanween", "")),
            ',' | ';' | '?' if after_arabic => {
                let own = match c {
                    ',' => '،',
                    ';' => '؛',
                    _ => '؟',
                };
                slips.push(slip(at, at + 1, "typography-ar-punctuation", own));
            }
            _ => {}
        }
    }
    slips
}

/// Quotation marks other than «» around Cyrillic words: "…" and “…”.
fn russian(text: &str) -> Vec<Slip> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut slips = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let opens = c == '“' || (c == '"' && open.is_none());
        let closes = c == '”' || (c == '"' && open.is_some());
        let cyrillic = |j: usize| {
            chars
                .get(j)
                .is_some_and(|(_, d)| matches!(d, '\u{0400}'..='\u{04FF}'))
        };
        if opens && cyrillic(i + 1) {
            open = Some(at);
        } else if closes {
            if let Some(start) = open.take() {
                slips.push(Slip {
                    start,
                    end: start + text[start..].chars().next().map_or(1, char::len_utf8),
                    code: "typography-ru-quotes",
                    mend: "«".into(),
                });
                slips.push(Slip {
                    start: at,
                    end: at + c.len_utf8(),
                    code: "typography-ru-quotes",
                    mend: "»".into(),
                });
            }
        }
    }
    slips
}

/// `text` with what is not words blanked out byte for byte, so that
/// positions stay: Fluent placeables `{ … }` or template tags `{{ … }}`.
pub fn words_only(text: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        let Some(end) = rest[start..].find(close).map(|e| start + e + close.len()) else {
            break;
        };
        out.push_str(&rest[..start]);
        for c in rest[start..end].chars() {
            match c {
                '\n' => out.push('\n'),
                c => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mended(language: &str, text: &str) -> String {
        mend(text, &check(language, text))
    }

    #[test]
    fn french_spaces_before_marks_and_inside_guillemets() {
        assert_eq!(
            mended("fr", "Les Parties : a) coopèrent ; b) «forment» !"),
            "Les Parties\u{a0}: a) coopèrent\u{202f}; b) «\u{a0}forment\u{a0}»\u{202f}!"
        );
        assert!(check("fr", "à 10:30, voir http://x").is_empty());
        assert!(check("fr", "Les Parties\u{a0}: coopèrent\u{202f};").is_empty());
    }

    #[test]
    fn chinese_arabic_and_russian_punctuation() {
        assert_eq!(
            mended("zh", "缔约方应, 合作; 如下:"),
            "缔约方应，合作；如下："
        );
        assert!(check("zh", "Article 3, (a)").is_empty());
        assert_eq!(
            mended("ar", "تتعاون الأطراف, وتتبادل; هل?"),
            "تتعاون الأطراف، وتتبادل؛ هل؟"
        );
        assert_eq!(
            mended("ru", "термин \"данные\" и “модель”"),
            "термин «данные» и «модель»"
        );
    }
}
