#![no_main]
//! A secretariat's clause template: its manifest and its language files
//! checked as `check-templates` checks them; a template that passes is
//! rendered in each of its languages with its defaults.

mod common;

use std::sync::OnceLock;

use entente_core::i18n::terms::TermBase;
use entente_core::i18n::Localizer;
use entente_core::model::{AgreementKind, Value};
use entente_core::templates::{check, render, syntax, Files, VariableType};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static TERMS: OnceLock<TermBase> = OnceLock::new();
    static WORDS: OnceLock<Localizer> = OnceLock::new();
    let terms = TERMS.get_or_init(TermBase::bundled);
    let words = WORDS.get_or_init(|| Localizer::bundled("en", false));
    let files: Files = common::files(data)
        .into_iter()
        .map(|(path, text)| {
            (
                path.rsplit('/').next().unwrap_or_default().to_string(),
                text,
            )
        })
        .collect();
    let (template, problems) = check::check("templates/fuzzed", &files, terms);
    for problem in &problems {
        assert!(!problem.message(words).trim().is_empty(), "{problem:?}");
    }
    let Some(template) = template else { return };
    // The defaults, and the instrument the clause goes into, as the app fills them.
    let mut values = template.defaults();
    for (name, variable) in &template.manifest.variables {
        if variable.kind == VariableType::Instrument {
            values.insert(
                name.clone(),
                Value::Text(AgreementKind::Treaty.as_str().into()),
            );
        }
    }
    for (language, text) in &template.texts {
        let nodes = syntax::parse(text).expect("a template that passed its check parses");
        let cx = render::Context {
            language,
            manifest: &template.manifest,
            values: &values,
            party_name: &|id| format!("Party {id}"),
        };
        render::read(&render::expand(&nodes, &cx));
    }
});
