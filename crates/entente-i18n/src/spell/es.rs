//! Spanish, as the words stand before the noun they count or order:
//! «veintiún días», «una semana», «doscientas notificaciones»; «primer»,
//! «tercer», «vigésimo primer día», «vigésima primera reunión».

use super::Gender;

const UNITS: [&str; 30] = [
    "",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
];
const TENS: [&str; 10] = [
    "",
    "",
    "",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
];
const HUNDREDS: [&str; 10] = [
    "",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
];

fn below_hundred(n: u16) -> String {
    match n {
        0..=29 => UNITS[n as usize].to_string(),
        _ if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        _ => format!("{} y {}", TENS[(n / 10) as usize], UNITS[(n % 10) as usize]),
    }
}

pub fn cardinal(n: u16, gender: Gender) -> String {
    let (hundreds, rest) = (n / 100, n % 100);
    let feminine = gender == Gender::Feminine;
    let head = match hundreds {
        0 => String::new(),
        1 if rest == 0 => "cien".to_string(),
        _ if feminine => HUNDREDS[hundreds as usize].replace("ientos", "ientas"),
        _ => HUNDREDS[hundreds as usize].to_string(),
    };
    let tail = below_hundred(rest);
    // "uno" before its noun: «un año», «veintiún días», «una semana».
    let tail = match tail.strip_suffix("uno") {
        Some(stem) if feminine => format!("{stem}una"),
        Some("veinti") => "veintiún".to_string(),
        Some(stem) => format!("{stem}un"),
        None => tail,
    };
    [head, tail]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

const ORDINAL_UNITS: [&str; 10] = [
    "", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno",
];
const ORDINAL_TENS: [&str; 10] = [
    "",
    "décimo",
    "vigésimo",
    "trigésimo",
    "cuadragésimo",
    "quincuagésimo",
    "sexagésimo",
    "septuagésimo",
    "octogésimo",
    "nonagésimo",
];
const ORDINAL_HUNDREDS: [&str; 10] = [
    "",
    "centésimo",
    "ducentésimo",
    "tricentésimo",
    "cuadringentésimo",
    "quingentésimo",
    "sexcentésimo",
    "septingentésimo",
    "octingentésimo",
    "noningentésimo",
];

pub fn ordinal(n: u16, gender: Gender) -> String {
    let (hundreds, tens, ones) = (n / 100, n / 10 % 10, n % 10);
    let mut words: Vec<String> = Vec::new();
    if hundreds > 0 {
        words.push(ORDINAL_HUNDREDS[hundreds as usize].to_string());
    }
    match (tens, ones) {
        (1, 1) => words.push("undécimo".to_string()),
        (1, 2) => words.push("duodécimo".to_string()),
        // «decimotercero»: one word from thirteen to nineteen.
        (1, 3..) => words.push(format!("decimo{}", ORDINAL_UNITS[ones as usize])),
        _ => {
            if tens > 0 {
                words.push(ORDINAL_TENS[tens as usize].to_string());
            }
            if ones > 0 {
                words.push(ORDINAL_UNITS[ones as usize].to_string());
            }
        }
    }
    let words: Vec<String> = match gender {
        Gender::Feminine => words
            .into_iter()
            .map(|w| format!("{}a", &w[..w.len() - 1]))
            .collect(),
        // «primero» and «tercero» lose their -o before the noun.
        _ => {
            let last = words.len() - 1;
            words
                .into_iter()
                .enumerate()
                .map(|(at, w)| match w.strip_suffix("ero") {
                    Some(stem) if at == last => format!("{stem}er"),
                    _ => w,
                })
                .collect()
        }
    };
    words.join(" ")
}
