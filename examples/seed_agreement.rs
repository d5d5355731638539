//! Creates a large agreement for measurements: `cargo run --release --example
//! seed_agreement -- DATA_DIR [ARTICLES] [PARTIES] [CHANGES] [LANGUAGES]`
//! writes an agreement of ARTICLES articles (default 100) of two paragraphs
//! each — with 100 articles, 300 provisions — in the first LANGUAGES of
//! English, French, Spanish, Russian, Arabic and Chinese (default 2), and PARTIES
//! parties (default none), each changing its position CHANGES times (default
//! 10) on every provision: a real multilateral negotiation is 193 parties.
//! A third of the paragraphs carry three options, on which every position
//! gives a stance and a preference.

use std::collections::BTreeMap;
use std::path::PathBuf;

use entente_core::model::{
    AgreementDetails, AgreementKind, AgreementLanguage, Clearance, NewParty, NewPosition,
    OptionStance, PartyKind, PartyRole, Placement, ProvisionKind, ProvisionText, Stance,
};
use entente_core::Entente;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .ok_or("usage: seed_agreement DATA_DIR [ARTICLES]")?,
    );
    let mut number = |default: u32| -> Result<u32, std::num::ParseIntError> {
        args.next()
            .map(|a| a.parse())
            .transpose()
            .map(|n| n.unwrap_or(default))
    };
    let (articles, parties, changes, languages) =
        (number(100)?, number(0)?, number(10)?, number(2)?);
    let languages = &LANGUAGES[..(languages as usize).clamp(1, LANGUAGES.len())];
    let entente = Entente::open(&dir)?;
    let id = seed(&entente, articles, languages)?;
    negotiate(&entente, id, parties, changes)?;
    println!("{id}");
    Ok(())
}

/// Parties that each change their position `changes` times on every
/// provision, cycling through the stances so that every kind of cell occurs.
fn negotiate(
    entente: &Entente,
    agreement: i64,
    parties: u32,
    changes: u32,
) -> entente_core::Result<()> {
    let party_ids = (1..=parties)
        .map(|n| {
            let party = NewParty {
                kind: PartyKind::State,
                role: PartyRole::Party,
                names: BTreeMap::from([("en".to_string(), format!("State {n}"))]),
                members: vec![],
            };
            entente.add_party(agreement, &party).map(|p| p.id)
        })
        .collect::<entente_core::Result<Vec<_>>>()?;
    let provisions: Vec<(i64, Vec<i64>)> = entente
        .document(agreement)?
        .provisions
        .iter()
        .map(|p| (p.id, p.options.iter().map(|o| o.id).collect()))
        .collect();
    for (p, (provision, options)) in provisions.iter().enumerate() {
        for (q, &party) in party_ids.iter().enumerate() {
            for change in 0..changes as usize {
                let stance_at = |k: usize| Stance::ALL[(p + q + change + k) % Stance::ALL.len()];
                let stance = stance_at(0);
                let position = NewPosition {
                    stance,
                    amendment: match stance {
                        Stance::ProposesAmendment => format!("Amendment {change}"),
                        _ => String::new(),
                    },
                    clearance: Clearance::NotNeeded,
                    cleared_on: None,
                    note: String::new(),
                    preferred_option: options.get((q + change) % options.len().max(1)).copied(),
                    option_stances: options
                        .iter()
                        .enumerate()
                        .map(|(k, &option_id)| OptionStance {
                            option_id,
                            stance: stance_at(k + 1),
                        })
                        .collect(),
                };
                entente.record_position(*provision, party, &position)?;
            }
        }
    }
    Ok(())
}

/// The languages a seeded agreement may have, in this order.
const LANGUAGES: [&str; 6] = ["en", "fr", "es", "ru", "ar", "zh"];

/// An article's heading in `language`.
fn heading(language: &str, n: u32) -> String {
    match language {
        "fr" => format!("Domaine de coopération {n}"),
        "es" => format!("Ámbito de cooperación {n}"),
        "ru" => format!("Область сотрудничества {n}"),
        "ar" => format!("مجال التعاون {n}"),
        "zh" => format!("合作领域{n}"),
        _ => format!("Cooperation area {n}"),
    }
}

/// A paragraph's words in `language`.
fn paragraph_words(language: &str, n: u32, p: u32) -> String {
    match language {
        "fr" => format!("Les Parties coopèrent dans le domaine {n}, paragraphe {p}, à l'utilisation sûre, éthique et équitable de l'intelligence artificielle dans les systèmes de santé."),
        "es" => format!("Las Partes cooperarán en el ámbito {n}, párrafo {p}, en favor del uso seguro, ético y equitativo de la inteligencia artificial en los sistemas de salud."),
        "ru" => format!("Стороны сотрудничают в области {n}, пункт {p}, в целях безопасного, этичного и справедливого использования искусственного интеллекта в системах здравоохранения."),
        "ar" => format!("تتعاون الأطراف في المجال {n}، الفقرة {p}، من أجل الاستخدام الآمن والأخلاقي والمنصف للذكاء الاصطناعي في النظم الصحية."),
        "zh" => format!("缔约方应在领域{n}第{p}款中开展合作，在卫生系统中安全、合乎伦理和公平地使用人工智能。"),
        _ => format!("The Parties shall cooperate in area {n}, paragraph {p}, on the safe, ethical and equitable use of artificial intelligence in health systems."),
    }
}

fn seed(entente: &Entente, articles: u32, languages: &[&str]) -> entente_core::Result<i64> {
    let agreement = entente.create_agreement(&AgreementDetails {
        kind: AgreementKind::FrameworkAgreement,
        titles: BTreeMap::from([(
            "en".into(),
            "Framework Agreement on AI for Health (measurement)".into(),
        )]),
        languages: languages
            .iter()
            .map(|code| AgreementLanguage {
                code: code.to_string(),
                authentic: true,
            })
            .collect(),
        working_language: "en".into(),
        symbol: "AI-HEALTH/BENCH/1".into(),
    })?;
    let texts =
        |words: &dyn Fn(&str) -> String, heading: bool| -> BTreeMap<String, ProvisionText> {
            languages
                .iter()
                .map(|&language| {
                    let words = words(language);
                    let text = match heading {
                        true => ProvisionText {
                            heading: words,
                            body: String::new(),
                        },
                        false => ProvisionText {
                            heading: String::new(),
                            body: words,
                        },
                    };
                    (language.to_string(), text)
                })
                .collect()
        };
    let end = |parent| Placement {
        parent,
        index: None,
    };
    for n in 1..=articles {
        let article = entente.add_provision(
            agreement.id,
            ProvisionKind::Article,
            end(None),
            &texts(&|l| heading(l, n), true),
        )?;
        for p in 1..=2 {
            let paragraph = entente.add_provision(
                agreement.id,
                ProvisionKind::Paragraph,
                end(Some(article)),
                &texts(&|l| paragraph_words(l, n, p), false),
            )?;
            // Competing wordings on a third of the text.
            if (2 * n + p) % 3 == 0 {
                for option in 1..=3 {
                    let wording = languages
                        .iter()
                        .map(|&l| {
                            (
                                l.to_string(),
                                format!("({option}) {}", paragraph_words(l, n, p)),
                            )
                        })
                        .collect();
                    entente.add_option(paragraph, &wording, &[])?;
                }
            }
        }
    }
    Ok(agreement.id)
}
