//! Arabic: from three to ten a numeral takes the gender opposite to its
//! noun's («ثلاثة أيام», «ثلاث سنوات»), the teens and compounds agree
//! part by part, and the tens and two change in the genitive and
//! accusative («بعد عشرين يوما»). Ordinals are definite, as treaties use
//! them («في اليوم التسعين»، «الصك العشرين»), up to the hundredth.

use super::{Agreement, Case, Gender};

/// Units 3 to 10 as they stand before a masculine noun (with the ة).
const UNITS_BEFORE_MASCULINE: [&str; 11] = [
    "",
    "",
    "",
    "ثلاثة",
    "أربعة",
    "خمسة",
    "ستة",
    "سبعة",
    "ثمانية",
    "تسعة",
    "عشرة",
];
/// … and before a feminine noun.
const UNITS_BEFORE_FEMININE: [&str; 11] = [
    "",
    "",
    "",
    "ثلاث",
    "أربع",
    "خمس",
    "ست",
    "سبع",
    "ثماني",
    "تسع",
    "عشر",
];
const TENS: [&str; 10] = [
    "",
    "",
    "عشرون",
    "ثلاثون",
    "أربعون",
    "خمسون",
    "ستون",
    "سبعون",
    "ثمانون",
    "تسعون",
];
const HUNDREDS: [&str; 10] = [
    "",
    "مائة",
    "مائتان",
    "ثلاثمائة",
    "أربعمائة",
    "خمسمائة",
    "ستمائة",
    "سبعمائة",
    "ثمانمائة",
    "تسعمائة",
];

/// The nominative, or the form of the genitive and accusative.
fn oblique(case: Case) -> bool {
    case != Case::Nominative
}

/// «عشرون» → «عشرين», «اثنان» → «اثنين», «مائتان» → «مائتين».
fn in_case(word: &str, case: Case) -> String {
    match (
        oblique(case),
        word.strip_suffix("ون"),
        word.strip_suffix("ان"),
    ) {
        (true, Some(stem), _) => format!("{stem}ين"),
        (true, _, Some(stem)) => format!("{stem}ين"),
        _ => word.to_string(),
    }
}

/// A unit, 1 to 9, as it stands in a compound or alone.
fn unit(n: u16, agreement: Agreement, in_compound: bool) -> String {
    let feminine = agreement.gender == Gender::Feminine;
    match n {
        1 if in_compound && feminine => "إحدى".to_string(),
        1 if feminine => "واحدة".to_string(),
        1 => "واحد".to_string(),
        2 if feminine => in_case("اثنتان", agreement.case),
        2 => in_case("اثنان", agreement.case),
        _ if feminine => UNITS_BEFORE_FEMININE[n as usize].to_string(),
        _ => UNITS_BEFORE_MASCULINE[n as usize].to_string(),
    }
}

fn below_hundred(n: u16, agreement: Agreement) -> String {
    let feminine = agreement.gender == Gender::Feminine;
    match n {
        1..=9 => unit(n, agreement, false),
        10 => unit_ten(feminine),
        11 if feminine => "إحدى عشرة".to_string(),
        11 => "أحد عشر".to_string(),
        12 if feminine => format!(
            "{} عشرة",
            if oblique(agreement.case) {
                "اثنتي"
            } else {
                "اثنتا"
            }
        ),
        12 => format!(
            "{} عشر",
            if oblique(agreement.case) {
                "اثني"
            } else {
                "اثنا"
            }
        ),
        13..=19 if feminine => format!("{} عشرة", UNITS_BEFORE_FEMININE[(n - 10) as usize]),
        13..=19 => format!("{} عشر", UNITS_BEFORE_MASCULINE[(n - 10) as usize]),
        _ => {
            let tens = in_case(TENS[(n / 10) as usize], agreement.case);
            match n % 10 {
                0 => tens,
                ones => format!("{} و{tens}", unit(ones, agreement, true)),
            }
        }
    }
}

fn unit_ten(feminine: bool) -> String {
    (if feminine { "عشر" } else { "عشرة" }).to_string()
}

pub fn cardinal(n: u16, agreement: Agreement) -> Option<String> {
    let (hundreds, rest) = (n / 100, n % 100);
    let head = match hundreds {
        0 => String::new(),
        2 if rest == 0 => in_case(HUNDREDS[2], agreement.case),
        _ => HUNDREDS[hundreds as usize].to_string(),
    };
    Some(match (head.is_empty(), rest) {
        (true, _) => below_hundred(rest, agreement),
        (false, 0) => head,
        (false, _) => format!("{head} و{}", below_hundred(rest, agreement)),
    })
}

const ORDINALS: [&str; 11] = [
    "",
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
];
const ORDINALS_FEMININE: [&str; 11] = [
    "",
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
    "العاشرة",
];

/// The ordinal unit in a compound: «الحادي»، «الحادية» for one.
fn ordinal_unit(n: u16, feminine: bool) -> &'static str {
    match (n, feminine) {
        (1, false) => "الحادي",
        (1, true) => "الحادية",
        (_, false) => ORDINALS[n as usize],
        (_, true) => ORDINALS_FEMININE[n as usize],
    }
}

pub fn ordinal(n: u16, agreement: Agreement) -> Option<String> {
    let feminine = agreement.gender == Gender::Feminine;
    Some(match n {
        1..=10 if feminine => ORDINALS_FEMININE[n as usize].to_string(),
        1..=10 => ORDINALS[n as usize].to_string(),
        11..=19 => format!(
            "{} {}",
            ordinal_unit(n - 10, feminine),
            if feminine { "عشرة" } else { "عشر" }
        ),
        20..=99 => {
            let tens = format!("ال{}", in_case(TENS[(n / 10) as usize], agreement.case));
            match n % 10 {
                0 => tens,
                ones => format!("{} و{tens}", ordinal_unit(ones, feminine)),
            }
        }
        100 => "المائة".to_string(),
        _ => return None,
    })
}
