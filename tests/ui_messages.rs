//! The interface names its words by Fluent message id; every id it names must
//! exist in the English locale, or the screen would show the bare id.

use std::collections::BTreeSet;
use std::path::Path;

use entente_core::i18n::{bundled_files, Localizer};
use entente_core::language::KNOWN_LANGUAGES;
use entente_core::model::{
    AgreementKind, Clearance, HistoryAction, PartyKind, PartyRole, PrivateNoteKind, ProvisionKind,
    ProvisionStatus, Stance, StatementKind,
};
use fluent_bundle::FluentResource;
use regex::Regex;

fn english_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for file in bundled_files("en") {
        let resource = FluentResource::try_new(file.source.to_string()).unwrap();
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                ids.insert(message.id.name.to_string());
            }
        }
    }
    ids
}

fn ui_sources() -> Vec<(String, String)> {
    let mut sources = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("ui")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.ends_with("vendor") {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("js" | "html")
            ) {
                sources.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    sources
}

#[test]
fn every_message_the_interface_names_exists() {
    let ids = english_ids();
    // The ways ui/ names a message: l10n props (also in conditionals), t()/tAttr(),
    // field() labels, dialog titles and buttons, and data-l10n-id in HTML.
    let naming = Regex::new(
        r#"(?:l10n|titleId|submitId|hintId):\s*(?:[^"`,}]*\?\s*)?"([a-z0-9-]+)"(?:\s*:\s*"([a-z0-9-]+)")?|\b(?:t|tAttr|field)\("([a-z0-9-]+)"|data-l10n-id="([a-z0-9-]+)"|,\s*"([a-z0-9-]+-hint)"\)"#,
    )
    .unwrap();
    let mut named = 0;
    let mut missing = Vec::new();
    for (path, source) in ui_sources() {
        for captures in naming.captures_iter(&source) {
            for id in captures.iter().skip(1).flatten() {
                named += 1;
                if !ids.contains(id.as_str()) {
                    missing.push(format!("{path}: {}", id.as_str()));
                }
            }
        }
    }
    assert!(
        named > 100,
        "the pattern found only {named} message ids in ui/"
    );
    assert!(
        missing.is_empty(),
        "messages named in ui/ but missing from locales/en:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_kind_the_interface_shows_has_its_words() {
    let ids = english_ids();
    let mut wanted: Vec<String> = Vec::new();
    wanted.extend(
        AgreementKind::ALL
            .iter()
            .map(|k| format!("agreement-kind-{}", k.as_str())),
    );
    for kind in ProvisionKind::ALL {
        for family in ["provision-kind", "provision-label", "add"] {
            wanted.push(format!("{family}-{}", kind.as_str()));
        }
    }
    wanted.extend(
        PartyKind::ALL
            .iter()
            .map(|k| format!("party-kind-{}", k.as_str())),
    );
    wanted.extend(
        PartyRole::ALL
            .iter()
            .map(|r| format!("party-role-{}", r.as_str())),
    );
    wanted.extend(
        HistoryAction::ALL
            .iter()
            .map(|a| format!("history-{}", a.as_str())),
    );
    wanted.extend(
        ProvisionStatus::ALL
            .iter()
            .map(|s| format!("status-{}", s.as_str())),
    );
    for stance in Stance::ALL.iter().map(|s| s.as_str()).chain(["none"]) {
        wanted.push(format!("stance-{stance}"));
        wanted.push(format!("matrix-symbol-{stance}"));
    }
    wanted.extend(
        Clearance::ALL
            .iter()
            .map(|c| format!("clearance-{}", c.as_str())),
    );
    wanted.extend(
        PrivateNoteKind::ALL
            .iter()
            .map(|k| format!("private-kind-{}", k.as_str())),
    );
    wanted.extend(
        StatementKind::ALL
            .iter()
            .map(|k| format!("statement-kind-{}", k.as_str())),
    );
    wanted.extend(
        KNOWN_LANGUAGES
            .iter()
            .map(|code| format!("language-{code}")),
    );
    let missing: Vec<_> = wanted.iter().filter(|id| !ids.contains(*id)).collect();
    assert!(missing.is_empty(), "missing from locales/en: {missing:?}");

    // And they format without leaving a placeable behind (labels take a number).
    let l = Localizer::bundled("en", false);
    let mut number = fluent_bundle::FluentArgs::new();
    number.set("n", 1);
    number.set("roman", "I");
    number.set("small_roman", "i");
    number.set("letter", "a");
    for id in &wanted {
        assert!(!l.format(id, Some(&number)).contains('{'), "{id}");
    }
}

#[test]
fn the_interface_writes_no_words_of_its_own() {
    // Words set straight into the page, bypassing Fluent: a quoted literal as
    // an element's text, title, label or placeholder, or text between tags.
    let literal = Regex::new(
        r#"(?:\btext|\btitle|\bplaceholder|\blabel|\balt|"aria-label")\s*:\s*(?:"([^"]*)"|'([^']*)')"#,
    )
    .unwrap();
    let between_tags = Regex::new(r">([^<>{}]*\p{L}[^<>{}]*)<").unwrap();
    let mut found = Vec::new();
    for (path, source) in ui_sources() {
        for captures in literal.captures_iter(&source) {
            let words = captures.get(1).or(captures.get(2)).unwrap().as_str();
            if words.chars().any(char::is_alphabetic) {
                found.push(format!("{path}: {words:?}"));
            }
        }
        if path.ends_with(".html") {
            for captures in between_tags.captures_iter(&source) {
                found.push(format!("{path}: {:?}", &captures[1]));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words not from locales/:\n{}",
        found.join("\n")
    );
}
