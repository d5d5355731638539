//! Numbers written out in words, as treaty texts write them: cardinals
//! ("ninety days", «quatre-vingt-dix jours», 九十天) and ordinals ("the
//! twentieth instrument", «двадцатой грамоты», «الصك العشرين», 第二十份),
//! in the six UN languages, from 1 to 999. Where a language's words agree
//! with the noun they count, the caller says the noun's gender and case:
//! French and Spanish one («une année», «veintiún días»), Russian numerals
//! and ordinals in every case, Arabic numerals of opposite gender to their
//! noun from three to ten.
//!
//! A number the language's rules here do not cover gives `None`: the caller
//! writes it in figures.

mod ar;
mod en;
mod es;
mod fr;
mod ru;
mod zh;

use serde::Deserialize;

/// The grammatical gender of the noun a number counts or orders.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, strum::EnumString)]
#[strum(serialize_all = "lowercase")]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    #[default]
    Masculine,
    Feminine,
    Neuter,
}

/// The grammatical case the number stands in (Russian's six; Arabic
/// tells the nominative from the others).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, strum::EnumString)]
#[strum(serialize_all = "lowercase")]
#[serde(rename_all = "lowercase")]
pub enum Case {
    #[default]
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional,
}

/// How the words must agree: the noun's gender, the case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Agreement {
    pub gender: Gender,
    pub case: Case,
}

/// The largest number written out; beyond it, figures.
pub const LARGEST: i64 = 999;

/// `n` as a cardinal in words ("twenty-one"), agreeing as told.
pub fn cardinal(language: &str, n: i64, agreement: Agreement) -> Option<String> {
    let n = u16::try_from(n)
        .ok()
        .filter(|n| (1..=LARGEST as u16).contains(n))?;
    match base(language) {
        "en" => Some(en::cardinal(n)),
        "fr" => Some(fr::cardinal(n, agreement.gender)),
        "es" => Some(es::cardinal(n, agreement.gender)),
        "ru" => Some(ru::cardinal(n, agreement)),
        "ar" => ar::cardinal(n, agreement),
        "zh" => Some(zh::cardinal(n)),
        _ => None,
    }
}

/// `n` as an ordinal in words ("twenty-first"), agreeing as told.
pub fn ordinal(language: &str, n: i64, agreement: Agreement) -> Option<String> {
    let n = u16::try_from(n)
        .ok()
        .filter(|n| (1..=LARGEST as u16).contains(n))?;
    match base(language) {
        "en" => Some(en::ordinal(n)),
        "fr" => Some(fr::ordinal(n, agreement.gender)),
        "es" => Some(es::ordinal(n, agreement.gender)),
        "ru" => Some(ru::ordinal(n, agreement)),
        "ar" => ar::ordinal(n, agreement),
        "zh" => Some(zh::ordinal(n)),
        _ => None,
    }
}

/// `n` as an ordinal in figures, where words are not to be had ("21st",
/// «21e», «21.º», «21-й», 第21).
pub fn ordinal_figures(language: &str, n: i64, agreement: Agreement) -> String {
    let feminine = agreement.gender == Gender::Feminine;
    match base(language) {
        "en" => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
        "fr" if n == 1 => (if feminine { "1re" } else { "1er" }).to_string(),
        "fr" => format!("{n}e"),
        "es" => format!("{n}.{}", if feminine { 'ª' } else { 'º' }),
        "ru" => format!("{n}-{}", ru::ordinal_ending(agreement)),
        "zh" => format!("第{n}"),
        _ => n.to_string(),
    }
}

/// "fr-CA" → "fr".
fn base(language: &str) -> &str {
    language.split(['-', '_']).next().unwrap_or(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(language: &str, n: i64) -> String {
        cardinal(language, n, Agreement::default()).unwrap()
    }

    fn nth(language: &str, n: i64) -> String {
        ordinal(language, n, Agreement::default()).unwrap()
    }

    const FEMININE: Agreement = Agreement {
        gender: Gender::Feminine,
        case: Case::Nominative,
    };

    #[test]
    fn english() {
        assert_eq!(plain("en", 1), "one");
        assert_eq!(plain("en", 21), "twenty-one");
        assert_eq!(plain("en", 90), "ninety");
        assert_eq!(plain("en", 115), "one hundred and fifteen");
        assert_eq!(nth("en", 1), "first");
        assert_eq!(nth("en", 12), "twelfth");
        assert_eq!(nth("en", 20), "twentieth");
        assert_eq!(nth("en", 21), "twenty-first");
        assert_eq!(nth("en", 90), "ninetieth");
        assert_eq!(nth("en", 100), "one hundredth");
        assert_eq!(ordinal_figures("en", 22, Agreement::default()), "22nd");
    }

    #[test]
    fn french() {
        assert_eq!(plain("fr", 21), "vingt et un");
        assert_eq!(cardinal("fr", 21, FEMININE).unwrap(), "vingt et une");
        assert_eq!(plain("fr", 71), "soixante et onze");
        assert_eq!(plain("fr", 80), "quatre-vingts");
        assert_eq!(plain("fr", 81), "quatre-vingt-un");
        assert_eq!(plain("fr", 90), "quatre-vingt-dix");
        assert_eq!(plain("fr", 200), "deux cents");
        assert_eq!(plain("fr", 201), "deux cent un");
        assert_eq!(nth("fr", 1), "premier");
        assert_eq!(ordinal("fr", 1, FEMININE).unwrap(), "première");
        assert_eq!(nth("fr", 3), "troisième");
        assert_eq!(nth("fr", 23), "vingt-troisième");
        assert_eq!(nth("fr", 200), "deux centième");
        assert_eq!(nth("fr", 5), "cinquième");
        assert_eq!(nth("fr", 9), "neuvième");
        assert_eq!(nth("fr", 20), "vingtième");
        assert_eq!(nth("fr", 21), "vingt et unième");
        assert_eq!(nth("fr", 40), "quarantième");
        assert_eq!(nth("fr", 80), "quatre-vingtième");
        assert_eq!(nth("fr", 90), "quatre-vingt-dixième");
    }

    #[test]
    fn spanish() {
        assert_eq!(plain("es", 1), "un");
        assert_eq!(cardinal("es", 1, FEMININE).unwrap(), "una");
        assert_eq!(plain("es", 21), "veintiún");
        assert_eq!(plain("es", 31), "treinta y un");
        assert_eq!(plain("es", 100), "cien");
        assert_eq!(plain("es", 120), "ciento veinte");
        assert_eq!(cardinal("es", 200, FEMININE).unwrap(), "doscientas");
        assert_eq!(nth("es", 1), "primer");
        assert_eq!(nth("es", 3), "tercer");
        assert_eq!(nth("es", 20), "vigésimo");
        assert_eq!(nth("es", 21), "vigésimo primer");
        assert_eq!(ordinal("es", 21, FEMININE).unwrap(), "vigésima primera");
        assert_eq!(nth("es", 90), "nonagésimo");
        assert_eq!(nth("es", 13), "decimotercer");
    }

    #[test]
    fn russian() {
        let as_ = |gender, case| Agreement { gender, case };
        assert_eq!(plain("ru", 1), "один");
        assert_eq!(cardinal("ru", 2, FEMININE).unwrap(), "две");
        assert_eq!(
            cardinal("ru", 22, as_(Gender::Masculine, Case::Genitive)).unwrap(),
            "двадцати двух"
        );
        assert_eq!(
            cardinal("ru", 90, as_(Gender::Masculine, Case::Genitive)).unwrap(),
            "девяноста"
        );
        assert_eq!(
            cardinal("ru", 245, as_(Gender::Masculine, Case::Instrumental)).unwrap(),
            "двумястами сорока пятью"
        );
        assert_eq!(nth("ru", 90), "девяностый");
        assert_eq!(nth("ru", 2), "второй");
        assert_eq!(
            ordinal("ru", 20, as_(Gender::Feminine, Case::Genitive)).unwrap(),
            "двадцатой"
        );
        assert_eq!(
            ordinal("ru", 3, as_(Gender::Masculine, Case::Genitive)).unwrap(),
            "третьего"
        );
        assert_eq!(
            ordinal("ru", 21, as_(Gender::Feminine, Case::Accusative)).unwrap(),
            "двадцать первую"
        );
        assert_eq!(nth("ru", 100), "сотый");
        assert_eq!(nth("ru", 40), "сороковой");
    }

    #[test]
    fn arabic() {
        let as_ = |gender, case| Agreement { gender, case };
        // From three to ten the numeral takes the other gender.
        assert_eq!(plain("ar", 3), "ثلاثة");
        assert_eq!(cardinal("ar", 3, FEMININE).unwrap(), "ثلاث");
        assert_eq!(plain("ar", 11), "أحد عشر");
        assert_eq!(cardinal("ar", 12, FEMININE).unwrap(), "اثنتا عشرة");
        assert_eq!(
            cardinal("ar", 20, as_(Gender::Masculine, Case::Genitive)).unwrap(),
            "عشرين"
        );
        assert_eq!(plain("ar", 23), "ثلاثة وعشرون");
        assert_eq!(plain("ar", 100), "مائة");
        assert_eq!(nth("ar", 1), "الأول");
        assert_eq!(ordinal("ar", 1, FEMININE).unwrap(), "الأولى");
        assert_eq!(
            ordinal("ar", 90, as_(Gender::Masculine, Case::Genitive)).unwrap(),
            "التسعين"
        );
        assert_eq!(nth("ar", 21), "الحادي والعشرون");
        assert_eq!(ordinal("ar", 12, FEMININE).unwrap(), "الثانية عشرة");
    }

    #[test]
    fn chinese() {
        assert_eq!(plain("zh", 2), "两");
        assert_eq!(plain("zh", 20), "二十");
        assert_eq!(plain("zh", 105), "一百零五");
        assert_eq!(plain("zh", 110), "一百一十");
        assert_eq!(nth("zh", 2), "第二");
        assert_eq!(nth("zh", 90), "第九十");
    }

    #[test]
    fn beyond_the_words_figures() {
        assert_eq!(cardinal("en", 1000, Agreement::default()), None);
        assert_eq!(cardinal("en", 0, Agreement::default()), None);
        assert_eq!(ordinal_figures("fr", 1, FEMININE), "1re");
    }
}
