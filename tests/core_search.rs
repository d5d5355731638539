//! Search across the six languages: the index follows every way of writing,
//! forgives case, accents and Arabic marks, reads Chinese by characters,
//! leaves deleted provisions out, and keeps private notes on this machine.

mod common;

use std::collections::BTreeMap;

use entente_core::model::{
    AgreementDetails, AgreementKind, AgreementLanguage, NewStatement, PartyKind, Placement,
    PrivateNoteKind, ProvisionKind, ProvisionText, SearchResults, SearchSource, StatementKind,
};
use entente_core::{Entente, Error};

/// An agreement in the six languages with one paragraph in each.
fn six_language_agreement(entente: &Entente) -> (i64, i64) {
    let codes = ["en", "fr", "es", "ru", "zh", "ar"];
    let details = AgreementDetails {
        kind: AgreementKind::Treaty,
        titles: BTreeMap::from([("en".into(), "Health data".into())]),
        languages: codes
            .iter()
            .map(|code| AgreementLanguage {
                code: code.to_string(),
                authentic: true,
            })
            .collect(),
        working_language: "en".into(),
        symbol: String::new(),
    };
    let agreement = entente.create_agreement(&details).unwrap().id;
    let article = common::add(entente, agreement, ProvisionKind::Article, None, "Data");
    let words = [
        (
            "en",
            "The Parties shall promote the interoperability of health records.",
        ),
        (
            "fr",
            "Le règlement sanitaire s’applique à l’échange des données.",
        ),
        ("es", "La economía de los datos de salud será equitativa."),
        (
            "ru",
            "Стороны поощряют обмен ёмкими данными о здравоохранении.",
        ),
        ("zh", "缔约方应促进卫生数据共享。"),
        ("ar", "تَتَعاوَنُ الأطرافُ في إدارةِ البياناتِ الصحية."),
    ];
    let texts: BTreeMap<String, ProvisionText> = words
        .iter()
        .map(|(code, body)| {
            let text = ProvisionText {
                heading: String::new(),
                body: body.to_string(),
            };
            (code.to_string(), text)
        })
        .collect();
    let paragraph = entente
        .add_provision(
            agreement,
            ProvisionKind::Paragraph,
            Placement {
                parent: Some(article),
                index: None,
            },
            &texts,
        )
        .unwrap();
    (agreement, paragraph)
}

/// The languages of the provision texts found, in the order listed.
fn languages(results: &SearchResults) -> Vec<String> {
    results
        .hits
        .iter()
        .map(|hit| hit.language.clone().unwrap_or_default())
        .collect()
}

/// The marked words of the first hit.
fn marked(results: &SearchResults) -> Vec<String> {
    results.hits[0]
        .snippet
        .iter()
        .filter(|part| part.hit)
        .map(|part| part.text.clone())
        .collect()
}

#[test]
fn accents_and_case_are_forgiven_and_the_original_words_are_marked() {
    let (_dir, entente) = common::open();
    let (agreement, paragraph) = six_language_agreement(&entente);
    let found = entente.search(agreement, "REGLEMENT", None).unwrap();
    assert_eq!(languages(&found), ["fr"]);
    assert_eq!(marked(&found), ["règlement"]);
    assert_eq!(found.hits[0].provision_id, paragraph);
    assert_eq!(found.hits[0].source, SearchSource::Text);

    let found = entente.search(agreement, "economia", None).unwrap();
    assert_eq!(marked(&found), ["economía"]);
    // Russian ё is found as е, as Russian readers type it.
    let found = entente.search(agreement, "емкими", None).unwrap();
    assert_eq!(marked(&found), ["ёмкими"]);
}

#[test]
fn arabic_is_found_without_its_marks_and_with_any_alef() {
    let (_dir, entente) = common::open();
    let (agreement, _) = six_language_agreement(&entente);
    // Typed without tashkeel, with a bare alef for the hamza.
    let found = entente.search(agreement, "تتعاون الاطراف", None).unwrap();
    assert_eq!(languages(&found), ["ar"]);
    assert_eq!(marked(&found), ["تَتَعاوَنُ الأطرافُ"]);
    let found = entente.search(agreement, "ادارة", None).unwrap();
    assert_eq!(marked(&found), ["إدارةِ"]);
}

#[test]
fn chinese_is_found_by_its_characters() {
    let (_dir, entente) = common::open();
    let (agreement, _) = six_language_agreement(&entente);
    let found = entente.search(agreement, "数据", None).unwrap();
    assert_eq!(languages(&found), ["zh"]);
    assert_eq!(marked(&found), ["数据"]);
    // Characters that do not stand together in the text are not a match.
    assert_eq!(entente.search(agreement, "数享", None).unwrap().total, 0);
}

#[test]
fn the_last_word_may_be_the_start_of_one_and_the_order_counts() {
    let (_dir, entente) = common::open();
    let (agreement, _) = six_language_agreement(&entente);
    let found = entente.search(agreement, "health rec", None).unwrap();
    assert_eq!(marked(&found), ["health records"]);
    assert_eq!(
        entente
            .search(agreement, "records health", None)
            .unwrap()
            .total,
        0
    );
    assert_eq!(entente.search(agreement, "  ", None).unwrap().total, 0);
    // Words that FTS5 would read as its own syntax are only words here.
    assert_eq!(
        entente
            .search(agreement, "\"data\" OR", None)
            .unwrap()
            .total,
        0
    );
}

#[test]
fn one_language_or_all() {
    let (_dir, entente) = common::open();
    let (agreement, _) = six_language_agreement(&entente);
    let everywhere = entente.search(agreement, "data", None).unwrap();
    assert_eq!(languages(&everywhere), ["en"], "the article's heading");
    let french = entente.search(agreement, "donnees", Some("fr")).unwrap();
    assert_eq!(languages(&french), ["fr"]);
    assert_eq!(
        entente
            .search(agreement, "donnees", Some("en"))
            .unwrap()
            .total,
        0
    );
    assert!(matches!(
        entente.search(agreement, "data", Some("de")),
        Err(Error::LanguageNotInAgreement { .. })
    ));
}

#[test]
fn the_index_follows_edits_deletions_and_restorations() {
    let (_dir, entente) = common::open();
    let (agreement, paragraph) = six_language_agreement(&entente);
    let text = ProvisionText {
        heading: String::new(),
        body: "The Parties shall promote telemedicine.".into(),
    };
    entente.set_provision_text(paragraph, "en", &text).unwrap();
    assert_eq!(
        entente
            .search(agreement, "interoperability", None)
            .unwrap()
            .total,
        0
    );
    assert_eq!(
        entente
            .search(agreement, "telemedicine", None)
            .unwrap()
            .total,
        1
    );

    entente.delete_provision(paragraph).unwrap();
    assert_eq!(
        entente
            .search(agreement, "telemedicine", None)
            .unwrap()
            .total,
        0
    );
    entente.restore_provision(paragraph).unwrap();
    assert_eq!(
        entente
            .search(agreement, "telemedicine", None)
            .unwrap()
            .total,
        1
    );
}

#[test]
fn options_statements_and_private_notes_are_searched_too() {
    let (_dir, entente) = common::open();
    let (agreement, paragraph) = six_language_agreement(&entente);
    let kenya = common::party(&entente, agreement, "Kenya", PartyKind::State, vec![]);
    let option = entente
        .add_option(
            paragraph,
            &BTreeMap::from([(
                "en".into(),
                "The Parties may pool genomic sequences.".into(),
            )]),
            &[kenya],
        )
        .unwrap();
    let statement = NewStatement {
        party_id: kenya,
        made_on: "2026-03-02".into(),
        kind: StatementKind::Summary,
        text: "Kenya asked that genomic sequences stay in the region.".into(),
        source: String::new(),
    };
    entente.add_statement(paragraph, &statement).unwrap();
    entente
        .add_private_note(
            paragraph,
            PrivateNoteKind::RedLine,
            "No transfer of genomic sequences abroad.",
        )
        .unwrap();

    let found = entente
        .search(agreement, "genomic sequences", None)
        .unwrap();
    let sources: Vec<_> = found.hits.iter().map(|hit| hit.source).collect();
    assert_eq!(
        sources,
        [
            SearchSource::Option,
            SearchSource::Statement,
            SearchSource::Note
        ]
    );
    assert_eq!(found.hits[0].option_number, Some(1));
    assert_eq!(found.hits[1].party_id, Some(kenya));

    entente.withdraw_option(option).unwrap();
    let found = entente
        .search(agreement, "genomic sequences", None)
        .unwrap();
    assert_eq!(found.total, 2, "a withdrawn option is off the table");
}

#[test]
fn private_notes_never_reach_another_machine_s_results() {
    let (_dir, entente) = common::open();
    let (agreement, paragraph) = six_language_agreement(&entente);
    entente
        .add_private_note(
            paragraph,
            PrivateNoteKind::Fallback,
            "Accept telemedicine wording.",
        )
        .unwrap();
    assert_eq!(
        entente
            .search(agreement, "telemedicine", None)
            .unwrap()
            .total,
        1
    );

    let bundle = tempfile::tempdir().unwrap();
    let file = bundle.path().join("agreement.entente");
    entente.export_bundle(agreement, &file).unwrap();
    let (_other_dir, other) = common::open();
    let received = other.import_bundle(&file).unwrap();
    assert_eq!(
        other.search(received, "telemedicine", None).unwrap().total,
        0
    );
    // What the bundle carries is indexed on arrival.
    assert_eq!(
        other
            .search(received, "interoperability", None)
            .unwrap()
            .total,
        1
    );
}

#[test]
fn hits_cite_the_provision_as_treaties_do_in_the_order_of_the_text() {
    let (_dir, entente) = common::open();
    let agreement = entente
        .create_agreement(&common::new_agreement("Cited"))
        .unwrap()
        .id;
    let chapter = common::add(&entente, agreement, ProvisionKind::Chapter, None, "General");
    let first = common::add(
        &entente,
        agreement,
        ProvisionKind::Article,
        Some(chapter),
        "Vaccines",
    );
    let second = common::add(
        &entente,
        agreement,
        ProvisionKind::Article,
        Some(chapter),
        "Vaccines again",
    );
    let paragraph = common::add(
        &entente,
        agreement,
        ProvisionKind::Paragraph,
        Some(second),
        "",
    );
    let text = ProvisionText {
        heading: String::new(),
        body: "Vaccines shall be shared.".into(),
    };
    entente.set_provision_text(paragraph, "en", &text).unwrap();
    let found = entente.search(agreement, "vaccines", None).unwrap();
    let cited: Vec<_> = found.hits.iter().map(|hit| hit.citation.clone()).collect();
    assert_eq!(cited, [vec![first], vec![second], vec![second, paragraph]]);
}
