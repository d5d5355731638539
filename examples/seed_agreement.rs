//! Creates a large agreement for measurements: `cargo run --release --example
//! seed_agreement -- DATA_DIR [ARTICLES] [PARTIES] [CHANGES]` writes an
//! agreement of ARTICLES articles (default 100) of two paragraphs each, in
//! English and French — with 100 articles, 300 provisions — and PARTIES
//! parties (default none), each changing its position CHANGES times (default
//! 10) on every provision: a real multilateral negotiation is 193 parties.
//! A third of the paragraphs carry three options, on which every position
//! gives a stance and a preference.

use std::collections::BTreeMap;
use std::path::PathBuf;

use entente::model::{
    AgreementDetails, AgreementKind, AgreementLanguage, Clearance, NewParty, NewPosition,
    OptionStance, PartyKind, PartyRole, Placement, ProvisionKind, ProvisionText, Stance,
};
use entente::Entente;

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
    let (articles, parties, changes) = (number(100)?, number(0)?, number(10)?);
    let entente = Entente::open(&dir)?;
    let id = seed(&entente, articles)?;
    negotiate(&entente, id, parties, changes)?;
    println!("{id}");
    Ok(())
}

/// Parties that each change their position `changes` times on every
/// provision, cycling through the stances so that every kind of cell occurs.
fn negotiate(entente: &Entente, agreement: i64, parties: u32, changes: u32) -> entente::Result<()> {
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
        .collect::<entente::Result<Vec<_>>>()?;
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

fn seed(entente: &Entente, articles: u32) -> entente::Result<i64> {
    let agreement = entente.create_agreement(&AgreementDetails {
        kind: AgreementKind::FrameworkAgreement,
        titles: BTreeMap::from([
            (
                "en".into(),
                "Framework Agreement on AI for Health (measurement)".into(),
            ),
            (
                "fr".into(),
                "Accord-cadre sur l'IA au service de la santé (mesure)".into(),
            ),
        ]),
        languages: ["en", "fr"]
            .map(|code| AgreementLanguage {
                code: code.into(),
                authentic: true,
            })
            .into(),
        working_language: "en".into(),
        symbol: "AI-HEALTH/BENCH/1".into(),
    })?;
    let texts = |en: String, fr: String, heading: bool| {
        let text = |words: String| match heading {
            true => ProvisionText {
                heading: words,
                body: String::new(),
            },
            false => ProvisionText {
                heading: String::new(),
                body: words,
            },
        };
        BTreeMap::from([("en".to_string(), text(en)), ("fr".to_string(), text(fr))])
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
            &texts(
                format!("Cooperation area {n}"),
                format!("Domaine de coopération {n}"),
                true,
            ),
        )?;
        for p in 1..=2 {
            let paragraph = entente.add_provision(
                agreement.id,
                ProvisionKind::Paragraph,
                end(Some(article)),
                &texts(
                    format!("The Parties shall cooperate in area {n}, paragraph {p}, on the safe, ethical and equitable use of artificial intelligence in health systems."),
                    format!("Les Parties coopèrent dans le domaine {n}, paragraphe {p}, à l'utilisation sûre, éthique et équitable de l'intelligence artificielle dans les systèmes de santé."),
                    false,
                ),
            )?;
            // Competing wordings on a third of the text.
            if (2 * n + p) % 3 == 0 {
                for option in 1..=3 {
                    let wording = BTreeMap::from([
                        (
                            "en".to_string(),
                            format!("Wording {option}: the Parties shall cooperate in area {n}."),
                        ),
                        (
                            "fr".to_string(),
                            format!(
                                "Libellé {option} : les Parties coopèrent dans le domaine {n}."
                            ),
                        ),
                    ]);
                    entente.add_option(paragraph, &wording, &[])?;
                }
            }
        }
    }
    Ok(agreement.id)
}
