//! Shared set-up for the integration tests: a fresh data directory per test
//! and a small agreement to work on.
#![allow(dead_code)]

use std::collections::BTreeMap;

use entente::model::{
    AgreementDetails, AgreementKind, AgreementLanguage, Placement, ProvisionId, ProvisionKind,
    ProvisionText,
};
use entente::Entente;
use tempfile::TempDir;

pub fn open() -> (TempDir, Entente) {
    let dir = tempfile::tempdir().unwrap();
    let entente = Entente::open(dir.path()).unwrap();
    (dir, entente)
}

pub fn new_agreement(title: &str) -> AgreementDetails {
    AgreementDetails {
        kind: AgreementKind::FrameworkAgreement,
        titles: BTreeMap::from([("en".into(), title.into())]),
        languages: vec![
            AgreementLanguage {
                code: "en".into(),
                authentic: true,
            },
            AgreementLanguage {
                code: "fr".into(),
                authentic: true,
            },
        ],
        working_language: "en".into(),
        symbol: "AI-HEALTH/2026/1".into(),
    }
}

pub fn text(heading: &str, body: &str) -> BTreeMap<String, ProvisionText> {
    BTreeMap::from([(
        "en".to_string(),
        ProvisionText {
            heading: heading.into(),
            body: body.into(),
        },
    )])
}

pub fn add(
    entente: &Entente,
    agreement: i64,
    kind: ProvisionKind,
    parent: Option<ProvisionId>,
    heading: &str,
) -> ProvisionId {
    entente
        .add_provision(
            agreement,
            kind,
            Placement {
                parent,
                index: None,
            },
            &text(heading, ""),
        )
        .unwrap()
}
