//! Options: competing wordings of a provision, with their proposers.

mod common;

use std::collections::BTreeMap;

use common::{add, new_agreement, open};
use entente_core::model::{
    BracketError, Clearance, HistoryAction, InvalidValue, NewParty, NewPosition, OptionStance,
    PartyKind, PartyRole, ProvisionKind, Stance,
};
use entente_core::Error;

fn wording(en: &str, fr: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("en".to_string(), en.to_string()),
        ("fr".to_string(), fr.to_string()),
    ])
}

fn prefers(option: Option<i64>) -> NewPosition {
    NewPosition {
        stance: Stance::Supports,
        amendment: String::new(),
        clearance: Clearance::NotNeeded,
        cleared_on: None,
        note: String::new(),
        preferred_option: option,
        option_stances: Vec::new(),
    }
}

#[test]
fn options_are_numbered_attributed_preferred_and_withdrawn_without_vanishing() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let article = add(&entente, a, ProvisionKind::Article, None, "Outbreak data");
    let other = add(&entente, a, ProvisionKind::Article, None, "Workforce");
    let party = |name: &str| {
        let new = NewParty {
            kind: PartyKind::State,
            role: PartyRole::Party,
            names: [("en".to_string(), name.to_string())].into(),
            members: vec![],
        };
        entente.add_party(a, &new).unwrap().id
    };
    let (kenya, japan) = (party("Kenya"), party("Japan"));

    let first = entente
        .add_option(
            article,
            &wording(
                "The Parties shall share outbreak data.",
                "Les Parties partagent les données.",
            ),
            &[kenya],
        )
        .unwrap();
    let second = entente
        .add_option(
            article,
            &wording("The Parties may share outbreak data.", ""),
            &[japan],
        )
        .unwrap();
    let third = entente
        .add_option(article, &wording("Each Party shall decide.", ""), &[])
        .unwrap();

    let node = |entente: &entente_core::Entente| entente.document(a).unwrap().provisions[0].clone();
    let options = node(&entente).options;
    let numbers: Vec<_> = options.iter().map(|o| o.number).collect();
    assert_eq!(numbers, [Some(1), Some(2), Some(3)]);
    assert_eq!(options[0].proposers, [kenya]);
    assert!(options[2].proposers.is_empty(), "unattributed");
    assert!(
        !options[1].texts.contains_key("fr"),
        "an empty wording is no wording"
    );

    entente
        .set_option_text(second, "fr", "Les Parties peuvent partager les données.")
        .unwrap();
    let recorded = entente
        .record_position(article, japan, &prefers(Some(second)))
        .unwrap();
    assert_eq!(recorded.preferred_option, Some(second));

    entente.withdraw_option(first).unwrap();
    let options = node(&entente).options;
    let numbers: Vec<_> = options
        .iter()
        .map(|o| (o.id, o.number, o.withdrawn))
        .collect();
    assert_eq!(
        numbers,
        [
            (first, None, true),
            (second, Some(1), false),
            (third, Some(2), false)
        ]
    );

    // A withdrawn option can be neither changed nor preferred; another
    // provision's option cannot be preferred here.
    assert!(matches!(
        entente.set_option_text(first, "en", "x"),
        Err(Error::OptionWithdrawn { .. })
    ));
    for option in [
        first,
        entente
            .add_option(other, &wording("Other.", ""), &[])
            .unwrap(),
    ] {
        let refused = entente.record_position(article, kenya, &prefers(Some(option)));
        assert!(
            matches!(
                refused,
                Err(Error::InvalidValue(InvalidValue {
                    field: "preferred-option",
                    ..
                }))
            ),
            "{option}"
        );
    }
    // A party that proposed an option is part of the record.
    assert!(matches!(
        entente.remove_party(kenya),
        Err(Error::PartyHasPositions { .. })
    ));

    let actions: Vec<_> = entente
        .provision_history(article)
        .unwrap()
        .into_iter()
        .filter(|h| h.option_id.is_some())
        .map(|h| h.action)
        .collect();
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == HistoryAction::OptionAdded)
            .count(),
        3
    );
    assert_eq!(actions.last(), Some(&HistoryAction::OptionWithdrawn));
}

#[test]
fn options_that_cannot_be_added_change_nothing() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let article = add(&entente, a, ProvisionKind::Article, None, "Scope");
    assert!(matches!(
        entente.add_option(article, &wording(" ", ""), &[]),
        Err(Error::EmptyField { field: "option" })
    ));
    let spanish = BTreeMap::from([("es".to_string(), "Las Partes".to_string())]);
    assert!(matches!(
        entente.add_option(article, &spanish, &[]),
        Err(Error::LanguageNotInAgreement { .. })
    ));
    assert!(matches!(
        entente.add_option(article, &wording("Text.", ""), &[4242]),
        Err(Error::NotFound { what: "party", .. })
    ));
    entente.delete_provision(article).unwrap();
    assert!(matches!(
        entente.add_option(article, &wording("Text.", ""), &[]),
        Err(Error::ProvisionDeleted { .. })
    ));
    entente.restore_provision(article).unwrap();
    assert!(entente.document(a).unwrap().provisions[0]
        .options
        .is_empty());
}

#[test]
fn unbalanced_or_nested_brackets_are_refused_with_their_place() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let article = add(&entente, a, ProvisionKind::Article, None, "Data");
    let text = |body: &str| entente_core::model::ProvisionText {
        heading: "Data".into(),
        body: body.into(),
    };

    entente
        .set_provision_text(
            article,
            "en",
            &text("The Parties shall ⟦endeavour to⟧ share data."),
        )
        .unwrap();
    let refused = entente.set_provision_text(
        article,
        "en",
        &text("The Parties\nshall ⟦endeavour ⟦to⟧ share⟧ data."),
    );
    assert!(
        matches!(
            &refused,
            Err(Error::Brackets(BracketError {
                problem: "nested",
                line: 2,
                column: 18,
                part: "body",
                ..
            }))
        ),
        "{refused:?}"
    );
    let refused = entente.add_option(article, &wording("shall share⟧ data", ""), &[]);
    assert!(matches!(
        refused,
        Err(Error::Brackets(BracketError {
            problem: "unopened",
            ..
        }))
    ));
    let refused = entente.add_provision(
        a,
        ProvisionKind::Article,
        entente_core::model::Placement {
            parent: None,
            index: None,
        },
        &BTreeMap::from([("fr".to_string(), text("Les Parties ⟦partagent"))]),
    );
    assert!(matches!(
        refused,
        Err(Error::Brackets(BracketError {
            problem: "unclosed",
            ..
        }))
    ));

    // Nothing of the refused changes was kept.
    let document = entente.document(a).unwrap();
    assert_eq!(document.provisions.len(), 1);
    assert_eq!(
        document.provisions[0].texts["en"].body,
        "The Parties shall ⟦endeavour to⟧ share data."
    );
    assert!(document.provisions[0].options.is_empty());
}

#[test]
fn a_bracket_names_its_proposers_who_must_be_parties_of_the_agreement() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let elsewhere = entente.create_agreement(&new_agreement("U")).unwrap().id;
    let kenya = common::party(&entente, a, "Kenya", PartyKind::State, vec![]);
    let chile = common::party(&entente, a, "Chile", PartyKind::State, vec![]);
    let stranger = common::party(&entente, elsewhere, "Peru", PartyKind::State, vec![]);
    let article = add(&entente, a, ProvisionKind::Article, None, "Data");
    let body = |body: String| entente_core::model::ProvisionText {
        heading: "Data".into(),
        body,
    };

    let attributed =
        format!("The Parties shall ⟦endeavour to⟧{{{kenya},{chile}}} share ⟦health⟧ data.");
    entente
        .set_provision_text(article, "en", &body(attributed.clone()))
        .unwrap();
    let option = entente
        .add_option(
            article,
            &wording(&format!("⟦All⟧{{{chile}}} data."), ""),
            &[chile],
        )
        .unwrap();

    let node = &entente.document(a).unwrap().provisions[0];
    let spans: Vec<_> = node
        .brackets
        .iter()
        .map(|b| (b.text.as_str(), b.proposers.clone()))
        .collect();
    assert_eq!(
        spans,
        [("endeavour to", vec![kenya, chile]), ("health", vec![])]
    );
    assert_eq!(node.options[0].brackets[0].proposers, [chile]);

    // A party of another agreement, or a malformed list, is refused where it stands.
    let refused = entente.set_provision_text(
        article,
        "en",
        &body(format!("Share\n⟦all⟧{{{stranger}}} data.")),
    );
    assert!(
        matches!(
            &refused,
            Err(Error::Brackets(BracketError {
                problem: "unknown-proposer",
                line: 2,
                column: 1,
                ..
            }))
        ),
        "{refused:?}"
    );
    assert!(matches!(
        entente.set_option_text(option, "en", "⟦All⟧{Chile} data."),
        Err(Error::Brackets(BracketError {
            problem: "proposers",
            column: 6,
            ..
        }))
    ));
    // A proposer of bracketed words stays at the table.
    assert!(matches!(
        entente.remove_party(kenya),
        Err(Error::PartyHasPositions { .. })
    ));
    let document = entente.document(a).unwrap();
    assert_eq!(document.parties.len(), 2);
    assert_eq!(document.provisions[0].texts["en"].body, attributed);
    assert_eq!(
        document.provisions[0].options[0].texts["en"],
        format!("⟦All⟧{{{chile}}} data.")
    );
}

#[test]
fn a_position_gives_a_stance_on_each_option_and_keeps_the_earlier_ones() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let article = add(&entente, a, ProvisionKind::Article, None, "Transfer");
    let other = add(&entente, a, ProvisionKind::Article, None, "Workforce");
    let kenya = common::party(&entente, a, "Kenya", PartyKind::State, vec![]);
    let voluntary = entente
        .add_option(article, &wording("On voluntary terms.", ""), &[])
        .unwrap();
    let favourable = entente
        .add_option(article, &wording("On favourable terms.", ""), &[kenya])
        .unwrap();
    let elsewhere = entente
        .add_option(other, &wording("Training.", ""), &[])
        .unwrap();
    let on = |pairs: &[(i64, Stance)]| NewPosition {
        option_stances: pairs
            .iter()
            .map(|&(option_id, stance)| OptionStance { option_id, stance })
            .collect(),
        ..prefers(Some(favourable))
    };

    entente
        .record_position(article, kenya, &on(&[(voluntary, Stance::Opposes)]))
        .unwrap();
    let latest = entente
        .record_position(
            article,
            kenya,
            &on(&[
                (favourable, Stance::Supports),
                (voluntary, Stance::Reservation),
            ]),
        )
        .unwrap();
    assert_eq!(
        latest.option_stances,
        [
            OptionStance {
                option_id: voluntary,
                stance: Stance::Reservation
            },
            OptionStance {
                option_id: favourable,
                stance: Stance::Supports
            },
        ]
    );
    let history = entente.position_history(article, kenya).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(
        history[0].option_stances,
        [OptionStance {
            option_id: voluntary,
            stance: Stance::Opposes
        }]
    );

    // An option of another provision, or the same option twice, is refused, and nothing is kept.
    for refused in [
        on(&[(elsewhere, Stance::Supports)]),
        on(&[(voluntary, Stance::Supports), (voluntary, Stance::Opposes)]),
    ] {
        assert!(matches!(
            entente.record_position(article, kenya, &refused),
            Err(Error::InvalidValue(InvalidValue {
                field: "option",
                ..
            }))
        ));
    }
    assert_eq!(entente.position_history(article, kenya).unwrap().len(), 2);
}
