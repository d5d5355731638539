//! Display numbers computed from the order of the text. Nothing stores a
//! number: moving an article renumbers every article after it.

use crate::Numbering;

impl Numbering {
    pub fn new(ordinal: u32) -> Numbering {
        Numbering {
            ordinal,
            roman: roman(ordinal),
            letter: letter(ordinal),
            inserted: 0,
            latin: String::new(),
        }
    }

    /// The `nth` provision inserted after the one numbered `ordinal`
    /// (1: "3 bis", 2: "3 ter").
    pub fn inserted(ordinal: u32, nth: u32) -> Numbering {
        let latin = match nth {
            0 => "",
            n => LATIN.get(n as usize - 1).copied().unwrap_or("bis"),
        };
        Numbering {
            inserted: nth,
            latin: latin.to_string(),
            ..Numbering::new(ordinal)
        }
    }
}

/// The Latin adverbs that number inserted provisions, as treaties write them.
pub const LATIN: [&str; 9] = [
    "bis",
    "ter",
    "quater",
    "quinquies",
    "sexies",
    "septies",
    "octies",
    "novies",
    "decies",
];

/// The number an upper- or lower-case Roman numeral stands for.
pub fn parse_roman(text: &str) -> Option<u32> {
    let value = |c: char| match c.to_ascii_uppercase() {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let values: Vec<u32> = text.chars().map(value).collect::<Option<_>>()?;
    if values.is_empty() {
        return None;
    }
    let mut total = 0;
    for (i, v) in values.iter().enumerate() {
        match values.get(i + 1) {
            Some(next) if next > v => total -= *v as i64,
            _ => total += *v as i64,
        }
    }
    let total = u32::try_from(total).ok().filter(|n| *n > 0)?;
    // Only the canonical spelling: "IIII" or "IC" is no numeral.
    (roman(total).eq_ignore_ascii_case(text)).then_some(total)
}

/// The number a sub-paragraph letter stands for: a → 1, z → 26, aa → 27.
pub fn parse_letter(text: &str) -> Option<u32> {
    let first = text.chars().next()?;
    if !first.is_ascii_lowercase() || !text.chars().all(|c| c == first) {
        return None;
    }
    let repeat = text.chars().count() as u32;
    Some((repeat - 1) * 26 + (first as u32 - 'a' as u32) + 1)
}

/// Upper-case Roman numerals, as chapters, parts and annexes are numbered.
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// Lower-case letters as sub-paragraphs are lettered: a … z, then aa, bb, … as
/// long treaty lists continue.
pub fn letter(n: u32) -> String {
    if n == 0 {
        return String::new();
    }
    let index = (n - 1) % 26;
    let repeat = (n - 1) / 26 + 1;
    let ch = char::from(b'a' + index as u8);
    std::iter::repeat_n(ch, repeat as usize).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_and_letters_read_back() {
        for n in 1..=400 {
            assert_eq!(parse_roman(&roman(n)), Some(n));
            assert_eq!(parse_roman(&roman(n).to_lowercase()), Some(n));
            assert_eq!(parse_letter(&letter(n)), Some(n));
        }
        assert_eq!(parse_roman("IIII"), None);
        assert_eq!(parse_roman("iv"), Some(4));
        assert_eq!(parse_letter("ab"), None);
        assert_eq!(Numbering::inserted(3, 2).latin, "ter");
    }

    #[test]
    fn roman_numerals() {
        let cases = [
            (1, "I"),
            (4, "IV"),
            (9, "IX"),
            (14, "XIV"),
            (40, "XL"),
            (1994, "MCMXCIV"),
        ];
        for (n, expected) in cases {
            assert_eq!(roman(n), expected, "{n}");
        }
    }

    #[test]
    fn letters_continue_past_z() {
        assert_eq!(letter(1), "a");
        assert_eq!(letter(26), "z");
        assert_eq!(letter(27), "aa");
        assert_eq!(letter(28), "bb");
    }
}
