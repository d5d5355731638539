//! Text folded for search, the way readers of the six languages expect a
//! search to forgive: letter case, accents and other diacritics
//! ("reglement" finds « règlement », "economia" finds «economía»), Arabic
//! short vowels and the other marks written above and below letters
//! (tashkeel), the forms of alef (أ إ آ ٱ → ا) and alef maksura (ى → ي),
//! the elongation stroke (tatweel), and the compatibility forms a PDF
//! leaves behind (ligatures, full-width letters, Arabic presentation forms).
//! Chinese and Japanese are searched by characters: each stands as a word
//! of its own.
//!
//! `й` and `Й` keep their breve: in Russian they are letters of their own,
//! not и with an accent.

use icu_normalizer::DecomposingNormalizerBorrowed;

/// One character of the folded text and the span (bytes) of the original
/// text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Folded {
    pub ch: char,
    pub from: usize,
    pub to: usize,
}

/// `text` folded, each character with where it came from.
pub fn fold_mapped(text: &str) -> Vec<Folded> {
    let nfkd = DecomposingNormalizerBorrowed::new_nfkd();
    let mut folded = Vec::with_capacity(text.len());
    for (from, original) in text.char_indices() {
        let to = from + original.len_utf8();
        if matches!(original, 'й' | 'Й') {
            folded.push(Folded { ch: 'й', from, to });
            continue;
        }
        let before = folded.len();
        for decomposed in nfkd.normalize_iter(std::iter::once(original)) {
            if is_mark(decomposed) {
                continue;
            }
            let unified = match decomposed {
                'ى' => 'ي',
                other => other,
            };
            for lower in unified.to_lowercase() {
                folded.push(Folded {
                    ch: lower,
                    from,
                    to,
                });
            }
        }
        // A mark written as a character of its own (an Arabic vowel after
        // its letter) belongs to the letter before it.
        if folded.len() == before {
            if let Some(last) = folded.last_mut().filter(|last| last.to == from) {
                last.to = to;
            }
        }
    }
    folded
}

/// `text` folded for the search index: each character of Chinese or
/// Japanese set apart by spaces, so that the index counts it as a word.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for Folded { ch, .. } in fold_mapped(text) {
        if is_ideograph(ch) {
            out.push(' ');
            out.push(ch);
            out.push(' ');
        } else {
            out.push(ch);
        }
    }
    out
}

/// The words of a folded text, each with its span in the original: runs of
/// letters and digits, and each ideograph alone.
pub fn words(folded: &[Folded]) -> Vec<(String, usize, usize)> {
    let mut words: Vec<(String, usize, usize)> = Vec::new();
    let mut open = false;
    for f in folded {
        if is_ideograph(f.ch) {
            words.push((f.ch.to_string(), f.from, f.to));
            open = false;
        } else if f.ch.is_alphanumeric() {
            match words.last_mut() {
                Some(word) if open => {
                    word.0.push(f.ch);
                    word.2 = f.to;
                }
                _ => words.push((f.ch.to_string(), f.from, f.to)),
            }
            open = true;
        } else {
            open = false;
        }
    }
    words
}

/// Marks that sit on a letter rather than stand as one: Latin, Greek and
/// Cyrillic accents once decomposed, and the Arabic vowel signs, shadda,
/// sukun, hamza and madda above or below, Quranic marks, and the tatweel.
fn is_mark(ch: char) -> bool {
    matches!(ch,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0610}'..='\u{061A}'
        | '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Han ideographs, and the Japanese syllabaries written without spaces.
fn is_ideograph(ch: char) -> bool {
    matches!(ch,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_fall_away() {
        assert_eq!(fold("Règlement"), "reglement");
        assert_eq!(fold("ECONOMÍA"), "economia");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("Σοφία"), "σοφια");
    }

    #[test]
    fn the_russian_short_i_stays_a_letter() {
        assert_eq!(fold("Здравоохранений"), "здравоохранений");
    }

    #[test]
    fn arabic_without_tashkeel_and_with_one_alef() {
        // "al-tanmiya" with its vowels, and the forms of alef.
        assert_eq!(fold("التَّنْمِيَة"), fold("التنمية"));
        assert_eq!(fold("أمن"), "امن");
        assert_eq!(fold("إدارة"), "ادارة");
        assert_eq!(fold("آلية"), "الية");
        assert_eq!(fold("مستشفى"), "مستشفي");
        assert_eq!(fold("الصـــحة"), "الصحة");
    }

    #[test]
    fn compatibility_forms_from_pdfs() {
        assert_eq!(fold("ﬁnancing"), "financing");
        assert_eq!(fold("ＡＩ"), "ai");
        // Arabic presentation forms: the letters of "salam" as a PDF may hold them.
        assert_eq!(fold("\u{FEB3}\u{FEFC}\u{FEE1}"), "سلام");
    }

    #[test]
    fn ideographs_stand_alone() {
        assert_eq!(fold("数据共享"), " 数  据  共  享 ");
        let folded = fold_mapped("AI数据");
        let found: Vec<_> = words(&folded).into_iter().map(|w| w.0).collect();
        assert_eq!(found, ["ai", "数", "据"]);
    }

    #[test]
    fn a_word_takes_in_the_marks_written_after_it() {
        let text = "الأطرافُ";
        let found = words(&fold_mapped(text));
        assert_eq!(&text[found[0].1..found[0].2], text);
    }

    #[test]
    fn words_keep_their_place_in_the_original() {
        let text = "La «coopération» régionale";
        let found = words(&fold_mapped(text));
        let (word, from, to) = &found[1];
        assert_eq!(word, "cooperation");
        assert_eq!(&text[*from..*to], "coopération");
    }
}
