//! Display numbers computed from the order of the text. Nothing stores a
//! number: moving an article renumbers every article after it.

use crate::Numbering;

impl Numbering {
    pub fn new(ordinal: u32) -> Numbering {
        Numbering {
            ordinal,
            roman: roman(ordinal),
            letter: letter(ordinal),
        }
    }
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
