//! Agreements, parties and the text: what a delegation builds, and what the
//! core refuses.

mod common;

use std::collections::BTreeMap;

use common::{add, new_agreement, open, text};
use entente_core::model::{
    AgreementLanguage, HistoryAction, NewParty, PartyKind, PartyRole, Placement, ProvisionKind,
    ProvisionText, UnknownLanguage,
};
use entente_core::{Entente, Error};

fn labels(entente: &Entente, agreement: i64) -> Vec<String> {
    entente
        .document(agreement)
        .unwrap()
        .provisions
        .iter()
        .map(|n| {
            let number = n.number.as_ref().map_or(0, |n| n.ordinal);
            format!(
                "{} {} {}",
                n.kind.as_str(),
                number,
                n.texts.get("en").map_or("", |t| t.heading.as_str())
            )
        })
        .collect()
}

fn party(names: &[(&str, &str)], kind: PartyKind, role: PartyRole) -> NewParty {
    NewParty {
        kind,
        role,
        names: names
            .iter()
            .map(|(l, n)| (l.to_string(), n.to_string()))
            .collect(),
        members: vec![],
    }
}

#[test]
fn creating_an_agreement_keeps_its_facts() {
    let (_dir, entente) = open();
    let mut new = new_agreement("Framework Agreement on AI for Health");
    new.titles.insert(
        "fr".into(),
        "Accord-cadre sur l'IA au service de la santé".into(),
    );
    let agreement = entente.create_agreement(&new).unwrap();
    assert_eq!(agreement.title(), "Framework Agreement on AI for Health");
    assert_eq!(
        agreement.titles["fr"],
        "Accord-cadre sur l'IA au service de la santé"
    );
    assert_eq!(agreement.symbol, "AI-HEALTH/2026/1");
    assert_eq!(agreement.languages.len(), 2);
    let list = entente.list_agreements().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].languages, vec!["en", "fr"]);
}

#[test]
fn bad_agreements_are_refused_and_nothing_is_written() {
    let (_dir, entente) = open();
    let mut empty_title = new_agreement("   ");
    empty_title.titles.insert("fr".into(), "Titre".into());
    assert!(matches!(
        entente.create_agreement(&empty_title),
        Err(Error::EmptyField { field: "title" })
    ));

    let mut unknown_language = new_agreement("T");
    unknown_language.languages.push(AgreementLanguage {
        code: "xx".into(),
        authentic: false,
    });
    assert!(matches!(
        entente.create_agreement(&unknown_language),
        Err(Error::UnknownLanguage(UnknownLanguage { code })) if code == "xx"
    ));

    let mut working_not_listed = new_agreement("T");
    working_not_listed.working_language = "es".into();
    assert!(matches!(
        entente.create_agreement(&working_not_listed),
        Err(Error::LanguageNotInAgreement { .. })
    ));

    let mut twice = new_agreement("T");
    twice.languages.push(AgreementLanguage {
        code: "EN".into(),
        authentic: false,
    });
    assert!(matches!(
        entente.create_agreement(&twice),
        Err(Error::InvalidValue(_))
    ));

    assert!(entente.list_agreements().unwrap().is_empty());
}

#[test]
fn parties_observers_and_groups() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let kenya = entente
        .add_party(
            a,
            &party(
                &[("en", "Kenya"), ("fr", "Kenya")],
                PartyKind::State,
                PartyRole::Party,
            ),
        )
        .unwrap();
    let ghana = entente
        .add_party(
            a,
            &party(&[("en", "Ghana")], PartyKind::State, PartyRole::Party),
        )
        .unwrap();
    let who = entente
        .add_party(
            a,
            &party(
                &[("en", "World Health Organization")],
                PartyKind::Organisation,
                PartyRole::Observer,
            ),
        )
        .unwrap();
    let mut group = party(
        &[("en", "African Group"), ("fr", "Groupe africain")],
        PartyKind::Group,
        PartyRole::Party,
    );
    group.members = vec![kenya.id, ghana.id];
    let group = entente.add_party(a, &group).unwrap();
    assert_eq!(group.members, vec![kenya.id, ghana.id]);

    let counts = entente.counts(a).unwrap();
    assert_eq!((counts.parties, counts.observers, counts.groups), (2, 1, 1));

    // The same party twice, whatever the case, is refused.
    let again = entente.add_party(
        a,
        &party(&[("en", "KENYA")], PartyKind::State, PartyRole::Party),
    );
    assert!(matches!(again, Err(Error::DuplicateParty { name }) if name == "KENYA"));
    // A group inside a group, a nameless party, a name in a foreign language: refused.
    let mut nested = party(&[("en", "Everyone")], PartyKind::Group, PartyRole::Party);
    nested.members = vec![group.id];
    assert!(matches!(
        entente.add_party(a, &nested),
        Err(Error::GroupInGroup)
    ));
    let nameless = party(&[("en", " ")], PartyKind::State, PartyRole::Party);
    assert!(matches!(
        entente.add_party(a, &nameless),
        Err(Error::EmptyField { .. })
    ));
    let spanish = party(&[("es", "Chile")], PartyKind::State, PartyRole::Party);
    assert!(matches!(
        entente.add_party(a, &spanish),
        Err(Error::LanguageNotInAgreement { .. })
    ));
    assert_eq!(entente.parties(a).unwrap().len(), 4);

    // Removing a party takes it out of its groups too.
    entente.remove_party(kenya.id).unwrap();
    let parties = entente.parties(a).unwrap();
    assert_eq!(parties.len(), 3);
    assert_eq!(
        parties.iter().find(|p| p.id == group.id).unwrap().members,
        vec![ghana.id]
    );
    let group = entente.set_group_members(group.id, &[]).unwrap();
    assert!(group.members.is_empty());

    // A party added after removals is listed last.
    entente.remove_party(who.id).unwrap();
    let chile = entente
        .add_party(
            a,
            &party(&[("en", "Chile")], PartyKind::State, PartyRole::Party),
        )
        .unwrap();
    assert_eq!(entente.parties(a).unwrap().last().unwrap().id, chile.id);
}

#[test]
fn the_text_is_numbered_from_its_order() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let chapter1 = add(
        &entente,
        a,
        ProvisionKind::Chapter,
        None,
        "General provisions",
    );
    let scope = add(&entente, a, ProvisionKind::Article, Some(chapter1), "Scope");
    add(
        &entente,
        a,
        ProvisionKind::Article,
        Some(chapter1),
        "Definitions",
    );
    let chapter2 = add(&entente, a, ProvisionKind::Chapter, None, "Cooperation");
    add(
        &entente,
        a,
        ProvisionKind::Article,
        Some(chapter2),
        "Data equity",
    );
    // Recitals go to the preamble, before the chapters; annexes to the end.
    add(&entente, a, ProvisionKind::Annex, None, "Model agreement");
    add(&entente, a, ProvisionKind::Recital, None, "Recognizing");
    add(&entente, a, ProvisionKind::Recital, None, "Noting");
    let p1 = add(&entente, a, ProvisionKind::Paragraph, Some(scope), "");
    add(&entente, a, ProvisionKind::Paragraph, Some(scope), "");
    add(&entente, a, ProvisionKind::Subparagraph, Some(p1), "");
    add(&entente, a, ProvisionKind::Subparagraph, Some(p1), "");

    assert_eq!(
        labels(&entente, a),
        [
            "recital 1 Recognizing",
            "recital 2 Noting",
            "chapter 1 General provisions",
            "article 1 Scope",
            "paragraph 1 ",
            "subparagraph 1 ",
            "subparagraph 2 ",
            "paragraph 2 ",
            "article 2 Definitions",
            "chapter 2 Cooperation",
            "article 3 Data equity",
            "annex 1 Model agreement",
        ]
    );
    let document = entente.document(a).unwrap();
    let sub_b = &document.provisions[6];
    assert_eq!(
        (sub_b.number.as_ref().unwrap().letter.as_str(), sub_b.depth),
        ("b", 3)
    );
    assert_eq!(document.provisions[9].number.as_ref().unwrap().roman, "II");
    let counts = document.counts();
    assert_eq!(
        (
            counts.recitals,
            counts.chapters,
            counts.articles,
            counts.paragraphs,
            counts.subparagraphs,
            counts.annexes
        ),
        (2, 2, 3, 2, 2, 1)
    );
}

#[test]
fn moving_an_article_renumbers_the_rest_and_keeps_ids() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let first = add(&entente, a, ProvisionKind::Article, None, "Objective");
    let second = add(&entente, a, ProvisionKind::Article, None, "Scope");
    let third = add(&entente, a, ProvisionKind::Article, None, "Definitions");

    entente
        .move_provision(
            third,
            Placement {
                parent: None,
                index: Some(0),
            },
        )
        .unwrap();
    assert_eq!(
        labels(&entente, a),
        [
            "article 1 Definitions",
            "article 2 Objective",
            "article 3 Scope"
        ]
    );
    let ids: Vec<_> = entente
        .document(a)
        .unwrap()
        .provisions
        .iter()
        .map(|n| n.id)
        .collect();
    assert_eq!(ids, [third, first, second]);

    // Into a chapter that follows.
    let chapter = add(
        &entente,
        a,
        ProvisionKind::Chapter,
        None,
        "Final provisions",
    );
    entente
        .move_provision(
            first,
            Placement {
                parent: Some(chapter),
                index: None,
            },
        )
        .unwrap();
    assert_eq!(
        labels(&entente, a),
        [
            "article 1 Definitions",
            "article 2 Scope",
            "chapter 1 Final provisions",
            "article 3 Objective"
        ]
    );
    let history = entente.provision_history(first).unwrap();
    assert_eq!(history.last().unwrap().action, HistoryAction::Moved);
}

#[test]
fn impossible_moves_are_refused_and_change_nothing() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let part = add(&entente, a, ProvisionKind::Part, None, "Part");
    let chapter = add(&entente, a, ProvisionKind::Chapter, Some(part), "Chapter");
    let article = add(
        &entente,
        a,
        ProvisionKind::Article,
        Some(chapter),
        "Article",
    );
    let other_article = add(&entente, a, ProvisionKind::Article, None, "Other");
    let before = labels(&entente, a);

    let under_itself = entente.move_provision(
        part,
        Placement {
            parent: Some(part),
            index: None,
        },
    );
    assert!(matches!(under_itself, Err(Error::MoveUnderItself)));
    let under_child = entente.move_provision(
        part,
        Placement {
            parent: Some(article),
            index: None,
        },
    );
    assert!(matches!(under_child, Err(Error::MoveUnderItself)));
    let chapter_in_article = entente.move_provision(
        chapter,
        Placement {
            parent: Some(other_article),
            index: None,
        },
    );
    assert!(matches!(
        chapter_in_article,
        Err(Error::InvalidPlacement {
            child: "chapter",
            placement: "article"
        })
    ));
    let subparagraph_at_top = entente.add_provision(
        a,
        ProvisionKind::Subparagraph,
        Placement {
            parent: None,
            index: None,
        },
        &BTreeMap::new(),
    );
    assert!(matches!(
        subparagraph_at_top,
        Err(Error::InvalidPlacement {
            placement: "top-level",
            ..
        })
    ));
    let missing = entente.move_provision(
        9999,
        Placement {
            parent: None,
            index: None,
        },
    );
    assert!(matches!(
        missing,
        Err(Error::NotFound {
            what: "provision",
            id: 9999
        })
    ));

    assert_eq!(labels(&entente, a), before);
}

#[test]
fn texts_per_language_and_their_history() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    entente
        .set_preferences(&entente_core::model::Preferences {
            delegation: "Kenya".into(),
            ..Default::default()
        })
        .unwrap();
    let article = entente
        .add_provision(
            a,
            ProvisionKind::Article,
            Placement {
                parent: None,
                index: None,
            },
            &text("Scope", "This Agreement applies to AI in health."),
        )
        .unwrap();
    let node = &entente.document(a).unwrap().provisions[0];
    assert_eq!(node.missing_languages, ["fr"]);

    let french = ProvisionText {
        heading: "Champ d'application".into(),
        body: "Le présent Accord s'applique à l'IA en santé.".into(),
    };
    entente.set_provision_text(article, "fr", &french).unwrap();
    let amended = ProvisionText {
        heading: "Scope".into(),
        body: "This Agreement applies to AI systems used in health.".into(),
    };
    entente.set_provision_text(article, "en", &amended).unwrap();
    // Saving the same words again is not a change.
    entente.set_provision_text(article, "en", &amended).unwrap();

    let node = &entente.document(a).unwrap().provisions[0];
    assert!(node.missing_languages.is_empty());
    assert_eq!(node.texts["fr"], french);

    let history = entente.provision_history(article).unwrap();
    let actions: Vec<_> = history
        .iter()
        .map(|h| (h.action, h.language.as_deref()))
        .collect();
    assert_eq!(
        actions,
        [
            (HistoryAction::Created, None),
            (HistoryAction::TextChanged, Some("en")),
            (HistoryAction::TextChanged, Some("fr")),
            (HistoryAction::TextChanged, Some("en")),
        ]
    );
    let last = history.last().unwrap();
    assert_eq!(last.author, "Kenya");
    assert_eq!(
        last.before.as_ref().unwrap().body,
        "This Agreement applies to AI in health."
    );
    assert_eq!(last.after.as_ref().unwrap(), &amended);

    let outside = entente.set_provision_text(article, "es", &amended);
    assert!(matches!(outside, Err(Error::LanguageNotInAgreement { .. })));
    let unknown = entente.set_provision_text(article, "klingon", &amended);
    assert!(matches!(unknown, Err(Error::UnknownLanguage(_))));
}

#[test]
fn deleted_provisions_stay_in_history_and_can_be_restored() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    add(&entente, a, ProvisionKind::Article, None, "Objective");
    let scope = add(&entente, a, ProvisionKind::Article, None, "Scope");
    let paragraph = add(&entente, a, ProvisionKind::Paragraph, Some(scope), "");
    add(&entente, a, ProvisionKind::Article, None, "Definitions");

    entente.delete_provision(scope).unwrap();
    let document = entente.document(a).unwrap();
    assert_eq!(
        labels(&entente, a),
        ["article 1 Objective", "article 2 Definitions"]
    );
    assert_eq!(document.deleted.len(), 1);
    assert_eq!(document.deleted[0].id, scope);

    // Another window still shows the deleted article and tries to edit it.
    let stale = entente.set_provision_text(paragraph, "en", &ProvisionText::default());
    assert!(matches!(stale, Err(Error::ProvisionDeleted { id }) if id == scope));
    assert!(matches!(
        entente.delete_provision(scope),
        Err(Error::ProvisionDeleted { .. })
    ));

    entente.restore_provision(scope).unwrap();
    assert_eq!(
        labels(&entente, a),
        [
            "article 1 Objective",
            "article 2 Scope",
            "paragraph 1 ",
            "article 3 Definitions"
        ]
    );
    let actions: Vec<_> = entente
        .provision_history(scope)
        .unwrap()
        .iter()
        .map(|h| h.action)
        .collect();
    assert_eq!(
        actions[actions.len() - 2..],
        [HistoryAction::Deleted, HistoryAction::Restored]
    );

    // Ids are never reused, even after deletions.
    let next = add(&entente, a, ProvisionKind::Article, None, "New");
    assert!(next > paragraph);
}

#[test]
fn named_versions_freeze_the_text() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let article = add(&entente, a, ProvisionKind::Article, None, "Scope");
    let rev1 = entente.save_version(a, " Rev.1 ").unwrap();
    assert_eq!(rev1.name, "Rev.1");

    entente
        .set_provision_text(
            article,
            "en",
            &ProvisionText {
                heading: "Scope and purpose".into(),
                body: String::new(),
            },
        )
        .unwrap();
    add(&entente, a, ProvisionKind::Article, None, "Definitions");
    entente.save_version(a, "Rev.2").unwrap();

    let versions = entente.versions(a).unwrap();
    assert_eq!(
        versions.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
        ["Rev.1", "Rev.2"]
    );
    let old = entente.version(rev1.id).unwrap();
    assert_eq!(old.document.provisions.len(), 1);
    assert_eq!(old.document.provisions[0].texts["en"].heading, "Scope");
    assert!(matches!(
        entente.save_version(a, ""),
        Err(Error::EmptyField { .. })
    ));
    assert!(matches!(
        entente.version(999),
        Err(Error::NotFound {
            what: "version",
            ..
        })
    ));
}

#[test]
fn provisions_added_near_the_selection_land_where_a_drafter_expects() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let near = |kind, near| {
        entente
            .add_provision_near(a, kind, near, &text(&format!("{kind:?} near {near:?}"), ""))
            .unwrap()
    };
    let chapter = near(ProvisionKind::Chapter, None);
    let art1 = near(ProvisionKind::Article, Some(chapter)); // inside the chapter
    let para = near(ProvisionKind::Paragraph, Some(art1)); // inside the article
    let sub = near(ProvisionKind::Subparagraph, Some(para)); // inside the paragraph
    near(ProvisionKind::Article, Some(sub)); // after the enclosing article
    near(ProvisionKind::Paragraph, Some(para)); // after the selected paragraph
    near(ProvisionKind::Chapter, Some(sub)); // after the enclosing chapter
    near(ProvisionKind::Recital, Some(sub)); // in the preamble

    let kinds: Vec<_> = entente
        .document(a)
        .unwrap()
        .provisions
        .iter()
        .map(|n| (n.kind, n.depth))
        .collect();
    use ProvisionKind::*;
    assert_eq!(
        kinds,
        [
            (Recital, 0),
            (Chapter, 0),
            (Article, 1),
            (Paragraph, 2),
            (Subparagraph, 3),
            (Paragraph, 2),
            (Article, 1),
            (Chapter, 0)
        ]
    );
}

#[test]
fn a_failed_action_leaves_nothing_half_written() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    // The group row is inserted before its members are checked: the whole action must roll back.
    let mut group = party(
        &[("en", "Friends of the Chair")],
        PartyKind::Group,
        PartyRole::Party,
    );
    group.members = vec![4242];
    assert!(matches!(
        entente.add_party(a, &group),
        Err(Error::NotFound {
            what: "party",
            id: 4242
        })
    ));
    assert!(entente.parties(a).unwrap().is_empty());
    // The name is free again: nothing of the failed attempt remains.
    group.members = vec![];
    entente.add_party(a, &group).unwrap();
}

#[test]
fn an_agreements_details_can_be_changed_but_no_language_in_use_is_lost() {
    let (_dir, entente) = open();
    let mut details = new_agreement("Draft framework agreement");
    let a = entente.create_agreement(&details).unwrap().id;
    let article = add(&entente, a, ProvisionKind::Article, None, "Scope");
    let french = ProvisionText {
        heading: "Champ d'application".into(),
        body: String::new(),
    };
    entente.set_provision_text(article, "fr", &french).unwrap();

    details
        .titles
        .insert("en".into(), "Framework Agreement on AI for Health".into());
    details.titles.insert(
        "es".into(),
        "Acuerdo marco sobre la IA para la salud".into(),
    );
    details.languages.push(AgreementLanguage {
        code: "es".into(),
        authentic: true,
    });
    details.symbol = "AI-HEALTH/2026/1/Rev.1".into();
    let updated = entente.update_agreement(a, &details).unwrap();
    assert_eq!(updated.title(), "Framework Agreement on AI for Health");
    assert_eq!(updated.symbol, "AI-HEALTH/2026/1/Rev.1");
    let codes: Vec<_> = updated.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["en", "fr", "es"]);
    // The new language shows as missing in every provision.
    let node = &entente.document(a).unwrap().provisions[0];
    assert_eq!(node.missing_languages, ["es"]);

    // French holds text: it cannot be taken away, and nothing changes.
    let mut without_french = details.clone();
    without_french.languages.retain(|l| l.code != "fr");
    without_french.symbol = "changed".into();
    let refused = entente.update_agreement(a, &without_french);
    assert!(matches!(refused, Err(Error::LanguageInUse { code }) if code == "fr"));
    assert_eq!(entente.agreement(a).unwrap(), updated);

    // Spanish holds nothing but the title: it can go, with its title.
    details.languages.retain(|l| l.code != "es");
    details.titles.remove("es");
    let updated = entente.update_agreement(a, &details).unwrap();
    assert_eq!(updated.languages.len(), 2);
    assert!(!updated.titles.contains_key("es"));
}

#[test]
fn a_provision_is_numbered_in_turn_inserted_after_another_or_left_without_a_number() {
    let (_dir, entente) = common::open();
    let a = entente
        .create_agreement(&common::new_agreement("Numbering"))
        .unwrap()
        .id;
    let first = common::add(&entente, a, ProvisionKind::Article, None, "One");
    let second = common::add(&entente, a, ProvisionKind::Article, None, "Two");
    let third = common::add(&entente, a, ProvisionKind::Article, None, "Three");
    let paragraph = common::add(&entente, a, ProvisionKind::Paragraph, Some(first), "");
    entente
        .set_numbering(second, entente_core::model::NumberingMode::Inserted)
        .unwrap();
    entente
        .set_numbering(paragraph, entente_core::model::NumberingMode::Unnumbered)
        .unwrap();
    let document = entente.document(a).unwrap();
    let number = |id| {
        document
            .provisions
            .iter()
            .find(|n| n.id == id)
            .unwrap()
            .number
            .clone()
            .map(|n| (n.ordinal, n.latin))
    };
    assert_eq!(number(second), Some((1, "bis".to_string())));
    assert_eq!(number(third), Some((2, String::new())));
    assert_eq!(number(paragraph), None);
    // An article is always numbered.
    let before = serde_json::to_value(entente.document(a).unwrap()).unwrap();
    assert!(matches!(
        entente.set_numbering(first, entente_core::model::NumberingMode::Unnumbered),
        Err(Error::InvalidValue(_))
    ));
    assert_eq!(
        serde_json::to_value(entente.document(a).unwrap()).unwrap(),
        before
    );
}
