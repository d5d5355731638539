//! Russian: every word of a cardinal declined in the case it stands in
//! («после сдачи на хранение двадцати двух грамот»), one and two agreeing
//! with their noun's gender; an ordinal's last word declined by gender and
//! case («двадцатой грамоты», «на девяностый день»). Things counted here
//! are inanimate: the accusative is the nominative, but for «одну».
//! Written with е for ё («трех», «четвертый»), as UN Russian texts are.

use super::{Agreement, Case, Gender};

/// A word in the six cases: nominative, genitive, dative, accusative,
/// instrumental, prepositional.
type Declined = [&'static str; 6];

fn index(case: Case) -> usize {
    match case {
        Case::Nominative => 0,
        Case::Genitive => 1,
        Case::Dative => 2,
        Case::Accusative => 3,
        Case::Instrumental => 4,
        Case::Prepositional => 5,
    }
}

const ONE_MASCULINE: Declined = ["один", "одного", "одному", "один", "одним", "одном"];
const ONE_FEMININE: Declined = ["одна", "одной", "одной", "одну", "одной", "одной"];
const ONE_NEUTER: Declined = ["одно", "одного", "одному", "одно", "одним", "одном"];
const TWO: Declined = ["два", "двух", "двум", "два", "двумя", "двух"];
const TWO_FEMININE: Declined = ["две", "двух", "двум", "две", "двумя", "двух"];
const THREE: Declined = ["три", "трех", "трем", "три", "тремя", "трех"];
const FOUR: Declined = [
    "четыре",
    "четырех",
    "четырем",
    "четыре",
    "четырьмя",
    "четырех",
];

/// Five to twenty and thirty: пять, пяти, пяти, пять, пятью, пяти.
const SOFT: [(&str, &str, &str); 17] = [
    ("пять", "пяти", "пятью"),
    ("шесть", "шести", "шестью"),
    ("семь", "семи", "семью"),
    ("восемь", "восьми", "восемью"),
    ("девять", "девяти", "девятью"),
    ("десять", "десяти", "десятью"),
    ("одиннадцать", "одиннадцати", "одиннадцатью"),
    ("двенадцать", "двенадцати", "двенадцатью"),
    ("тринадцать", "тринадцати", "тринадцатью"),
    ("четырнадцать", "четырнадцати", "четырнадцатью"),
    ("пятнадцать", "пятнадцати", "пятнадцатью"),
    ("шестнадцать", "шестнадцати", "шестнадцатью"),
    ("семнадцать", "семнадцати", "семнадцатью"),
    ("восемнадцать", "восемнадцати", "восемнадцатью"),
    ("девятнадцать", "девятнадцати", "девятнадцатью"),
    ("двадцать", "двадцати", "двадцатью"),
    ("тридцать", "тридцати", "тридцатью"),
];

const FORTY: Declined = ["сорок", "сорока", "сорока", "сорок", "сорока", "сорока"];
const FIFTY: Declined = [
    "пятьдесят",
    "пятидесяти",
    "пятидесяти",
    "пятьдесят",
    "пятьюдесятью",
    "пятидесяти",
];
const SIXTY: Declined = [
    "шестьдесят",
    "шестидесяти",
    "шестидесяти",
    "шестьдесят",
    "шестьюдесятью",
    "шестидесяти",
];
const SEVENTY: Declined = [
    "семьдесят",
    "семидесяти",
    "семидесяти",
    "семьдесят",
    "семьюдесятью",
    "семидесяти",
];
const EIGHTY: Declined = [
    "восемьдесят",
    "восьмидесяти",
    "восьмидесяти",
    "восемьдесят",
    "восемьюдесятью",
    "восьмидесяти",
];
const NINETY: Declined = [
    "девяносто",
    "девяноста",
    "девяноста",
    "девяносто",
    "девяноста",
    "девяноста",
];

const HUNDREDS: [Declined; 9] = [
    ["сто", "ста", "ста", "сто", "ста", "ста"],
    [
        "двести",
        "двухсот",
        "двумстам",
        "двести",
        "двумястами",
        "двухстах",
    ],
    [
        "триста",
        "трехсот",
        "тремстам",
        "триста",
        "тремястами",
        "трехстах",
    ],
    [
        "четыреста",
        "четырехсот",
        "четыремстам",
        "четыреста",
        "четырьмястами",
        "четырехстах",
    ],
    [
        "пятьсот",
        "пятисот",
        "пятистам",
        "пятьсот",
        "пятьюстами",
        "пятистах",
    ],
    [
        "шестьсот",
        "шестисот",
        "шестистам",
        "шестьсот",
        "шестьюстами",
        "шестистах",
    ],
    [
        "семьсот",
        "семисот",
        "семистам",
        "семьсот",
        "семьюстами",
        "семистах",
    ],
    [
        "восемьсот",
        "восьмисот",
        "восьмистам",
        "восемьсот",
        "восемьюстами",
        "восьмистах",
    ],
    [
        "девятьсот",
        "девятисот",
        "девятистам",
        "девятьсот",
        "девятьюстами",
        "девятистах",
    ],
];

/// One word of a number, 1 to 20, 30 … 90, in `case`.
fn word(n: u16, agreement: Agreement) -> &'static str {
    let at = index(agreement.case);
    let soft = |i: usize| {
        let (nominative, oblique, instrumental) = SOFT[i];
        match agreement.case {
            Case::Nominative | Case::Accusative => nominative,
            Case::Instrumental => instrumental,
            _ => oblique,
        }
    };
    match n {
        1 => match agreement.gender {
            Gender::Masculine => ONE_MASCULINE[at],
            Gender::Feminine => ONE_FEMININE[at],
            Gender::Neuter => ONE_NEUTER[at],
        },
        2 if agreement.gender == Gender::Feminine => TWO_FEMININE[at],
        2 => TWO[at],
        3 => THREE[at],
        4 => FOUR[at],
        5..=20 => soft((n - 5) as usize),
        30 => soft(16),
        40 => FORTY[at],
        50 => FIFTY[at],
        60 => SIXTY[at],
        70 => SEVENTY[at],
        80 => EIGHTY[at],
        _ => NINETY[at],
    }
}

/// The words of `n`, hundreds, tens and units, each a number of its own.
fn parts(n: u16) -> Vec<u16> {
    let (hundreds, rest) = (n / 100 * 100, n % 100);
    let mut parts = Vec::new();
    if hundreds > 0 {
        parts.push(hundreds);
    }
    match rest {
        0 => {}
        1..=20 => parts.push(rest),
        _ if rest % 10 == 0 => parts.push(rest),
        _ => parts.extend([rest / 10 * 10, rest % 10]),
    }
    parts
}

pub fn cardinal(n: u16, agreement: Agreement) -> String {
    parts(n)
        .into_iter()
        .map(|part| match part {
            100.. => HUNDREDS[(part / 100 - 1) as usize][index(agreement.case)],
            _ => word(part, agreement),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The stem of an ordinal, and whether its masculine ends in a stressed
/// «-ой» (второй, сороковой) rather than «-ый».
fn ordinal_stem(n: u16) -> (&'static str, bool) {
    const UNITS: [&str; 20] = [
        "",
        "перв",
        "втор",
        "трет",
        "четверт",
        "пят",
        "шест",
        "седьм",
        "восьм",
        "девят",
        "десят",
        "одиннадцат",
        "двенадцат",
        "тринадцат",
        "четырнадцат",
        "пятнадцат",
        "шестнадцат",
        "семнадцат",
        "восемнадцат",
        "девятнадцат",
    ];
    const TENS: [&str; 10] = [
        "",
        "",
        "двадцат",
        "тридцат",
        "сороков",
        "пятидесят",
        "шестидесят",
        "семидесят",
        "восьмидесят",
        "девяност",
    ];
    const HUNDREDS: [&str; 10] = [
        "",
        "сот",
        "двухсот",
        "трехсот",
        "четырехсот",
        "пятисот",
        "шестисот",
        "семисот",
        "восьмисот",
        "девятисот",
    ];
    let stem = match n {
        1..=19 => UNITS[n as usize],
        20..=99 => TENS[(n / 10) as usize],
        _ => HUNDREDS[(n / 100) as usize],
    };
    (
        stem,
        matches!(stem, "втор" | "шест" | "седьм" | "восьм" | "сороков"),
    )
}

/// An ordinal adjective's ending for its gender and case (hard stems).
pub(super) fn ordinal_ending(agreement: Agreement) -> &'static str {
    match (agreement.gender, agreement.case) {
        (Gender::Feminine, Case::Nominative) => "ая",
        (Gender::Feminine, Case::Accusative) => "ую",
        (Gender::Feminine, _) => "ой",
        (Gender::Neuter, Case::Nominative | Case::Accusative) => "ое",
        (_, Case::Nominative | Case::Accusative) => "ый",
        (_, Case::Genitive) => "ого",
        (_, Case::Dative) => "ому",
        (_, Case::Instrumental) => "ым",
        (_, Case::Prepositional) => "ом",
    }
}

/// «третий» declines as a soft stem: the hard ending, softened.
fn third(agreement: Agreement) -> String {
    let soft = match ordinal_ending(agreement) {
        "ый" => "ий",
        "ая" => "ья",
        "ую" => "ью",
        "ое" => "ье",
        "ой" => "ьей",
        "ого" => "ьего",
        "ому" => "ьему",
        "ым" => "ьим",
        _ => "ьем",
    };
    format!("трет{soft}")
}

/// Only the last word is an ordinal: «двадцать первый», «сто двадцатый».
pub fn ordinal(n: u16, agreement: Agreement) -> String {
    let mut parts = parts(n);
    let last = parts.pop().unwrap_or(n);
    let head = parts
        .into_iter()
        .map(|part| cardinal(part, Agreement::default()))
        .collect::<Vec<_>>();
    let last = if last == 3 {
        third(agreement)
    } else {
        let (stem, stressed) = ordinal_stem(last);
        let ending = match ordinal_ending(agreement) {
            "ый" if stressed => "ой",
            ending => ending,
        };
        format!("{stem}{ending}")
    };
    head.into_iter().chain([last]).collect::<Vec<_>>().join(" ")
}
