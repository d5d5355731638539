//! French, in the traditional spelling of treaty texts: « vingt et un »,
//! « soixante et onze », « quatre-vingts », « deux cent un »; ordinals
//! « premier/première », « vingt et unième », « quatre-vingt-dixième ».

use super::Gender;

const UNITS: [&str; 17] = [
    "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize",
];
const TENS: [&str; 7] = [
    "",
    "dix",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
];

fn below_hundred(n: u16) -> String {
    match n {
        0..=16 => UNITS[n as usize].to_string(),
        17..=19 => format!("dix-{}", UNITS[(n - 10) as usize]),
        20..=69 => {
            let (tens, ones) = (TENS[(n / 10) as usize], n % 10);
            match ones {
                0 => tens.to_string(),
                1 => format!("{tens} et un"),
                _ => format!("{tens}-{}", UNITS[ones as usize]),
            }
        }
        71 => "soixante et onze".to_string(),
        70..=79 => format!("soixante-{}", below_hundred(n - 60)),
        80 => "quatre-vingts".to_string(),
        _ => format!("quatre-vingt-{}", below_hundred(n - 80)),
    }
}

fn masculine(n: u16) -> String {
    let (hundreds, rest) = (n / 100, n % 100);
    let head = match hundreds {
        0 => String::new(),
        1 => "cent".to_string(),
        // « deux cents », but « deux cent un ».
        _ if rest == 0 => format!("{} cents", UNITS[hundreds as usize]),
        _ => format!("{} cent", UNITS[hundreds as usize]),
    };
    match (head.is_empty(), rest) {
        (true, _) => below_hundred(rest),
        (false, 0) => head,
        (false, _) => format!("{head} {}", below_hundred(rest)),
    }
}

pub fn cardinal(n: u16, gender: Gender) -> String {
    let words = masculine(n);
    // « un » agrees with a feminine noun: « vingt et une années ».
    match (gender, words.strip_suffix("un")) {
        (Gender::Feminine, Some(head)) if head.is_empty() || head.ends_with([' ', '-']) => {
            format!("{head}une")
        }
        _ => words,
    }
}

pub fn ordinal(n: u16, gender: Gender) -> String {
    if n == 1 {
        return match gender {
            Gender::Feminine => "première",
            _ => "premier",
        }
        .to_string();
    }
    let words = masculine(n);
    let stem = if let Some(head) = words.strip_suffix("cinq") {
        format!("{head}cinqu")
    } else if let Some(head) = words.strip_suffix("neuf") {
        format!("{head}neuv")
    } else if let Some(head) = words.strip_suffix('e') {
        // quatre → quatr-, onze → onz-.
        head.to_string()
    } else if let Some(head) = words.strip_suffix("ts") {
        // quatre-vingts → quatre-vingt-, deux cents → deux cent-.
        format!("{head}t")
    } else {
        words
    };
    format!("{stem}ième")
}
