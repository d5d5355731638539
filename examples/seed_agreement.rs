//! Creates a large agreement for measurements: `cargo run --release --example
//! seed_agreement -- DATA_DIR [ARTICLES]` writes an agreement of ARTICLES
//! articles (default 100) of two paragraphs each, in English and French.
//! With 100 articles that is 300 provisions.

use std::collections::BTreeMap;
use std::path::PathBuf;

use entente::model::{
    AgreementDetails, AgreementKind, AgreementLanguage, Placement, ProvisionKind, ProvisionText,
};
use entente::Entente;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .ok_or("usage: seed_agreement DATA_DIR [ARTICLES]")?,
    );
    let articles: u32 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(100);
    let id = seed(&Entente::open(&dir)?, articles)?;
    println!("{id}");
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
            entente.add_provision(
                agreement.id,
                ProvisionKind::Paragraph,
                end(Some(article)),
                &texts(
                    format!("The Parties shall cooperate in area {n}, paragraph {p}, on the safe, ethical and equitable use of artificial intelligence in health systems."),
                    format!("Les Parties coopèrent dans le domaine {n}, paragraphe {p}, à l'utilisation sûre, éthique et équitable de l'intelligence artificielle dans les systèmes de santé."),
                    false,
                ),
            )?;
        }
    }
    Ok(agreement.id)
}
