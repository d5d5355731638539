//! Kits: whole agreements laid out from the library (kits/*.json): the
//! preamble, chapters and articles, and the final clauses, with the values
//! their clauses share preset or asked once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use entente_model::AgreementKind;
use entente_model::Value;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kit {
    pub id: String,
    pub kind: AgreementKind,
    /// What the kit makes, per language: offered as the agreement's title.
    pub title: BTreeMap<String, String>,
    /// Values the kit sets for every clause that has the variable.
    #[serde(default)]
    pub values: BTreeMap<String, Value>,
    /// The variables worth asking once when the agreement starts (the place
    /// and dates of signature, the depositary …); the others keep their defaults.
    #[serde(default)]
    pub asks: Vec<String>,
    pub sections: Vec<Section>,
}

/// A chapter (or, without a heading, the top of the text) and its clauses.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chapter: Option<BTreeMap<String, String>>,
    pub clauses: Vec<String>,
}

/// The kits embedded at build time.
pub fn bundled() -> Vec<Kit> {
    let sources: &[&str] = include!(concat!(env!("OUT_DIR"), "/bundled_kits.rs"));
    sources
        .iter()
        .map(|source| {
            serde_json::from_str(source).expect("the bundled kits are checked by the test suite")
        })
        .collect()
}
