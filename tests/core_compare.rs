//! Comparing two states of the text, provision by provision.

mod common;

use common::{add, new_agreement, open};
use entente_core::model::{Placement, ProvisionKind, ProvisionText};
use entente_core::service::compare::{
    ChangeKind, Comparison, OptionChangeKind, Revision, SpanKind,
};
use entente_core::Error;

fn change_of(comparison: &Comparison, id: i64) -> Option<ChangeKind> {
    comparison
        .changes
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.change)
}

#[test]
fn a_version_and_the_current_text_compared() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let objective = add(&entente, a, ProvisionKind::Article, None, "Objective");
    let sharing = entente
        .add_provision(
            a,
            ProvisionKind::Article,
            Placement {
                parent: None,
                index: None,
            },
            &common::text("Data sharing", "The Parties shall share health data."),
        )
        .unwrap();
    let annex = add(&entente, a, ProvisionKind::Annex, None, "Model arrangement");
    let untouched = add(
        &entente,
        a,
        ProvisionKind::Article,
        None,
        "Final provisions",
    );
    let rev1 = entente.save_version(a, "Rev.1").unwrap();

    let amended = ProvisionText {
        heading: "Data sharing".into(),
        body: "The Parties shall endeavour to share health data.".into(),
    };
    entente.set_provision_text(sharing, "en", &amended).unwrap();
    entente
        .move_provision(
            objective,
            Placement {
                parent: None,
                index: Some(1),
            },
        )
        .unwrap();
    entente.delete_provision(annex).unwrap();
    let added = add(&entente, a, ProvisionKind::Article, None, "Review");

    let comparison = entente
        .compare(a, Revision::Version(rev1.id), Revision::Current)
        .unwrap();
    let change = |id| change_of(&comparison, id);
    assert_eq!(change(sharing), Some(ChangeKind::Amended));
    assert_eq!(change(objective), Some(ChangeKind::Moved));
    assert_eq!(change(annex), Some(ChangeKind::Deleted));
    assert_eq!(change(added), Some(ChangeKind::Added));
    assert_eq!(change(untouched), None, "the last article kept its number");
    assert_eq!(comparison.unchanged, 1);

    let sharing = comparison.changes.iter().find(|c| c.id == sharing).unwrap();
    // Article 2 became Article 1 when the objective moved after it: one id, two numbers.
    assert_eq!(
        sharing
            .before
            .as_ref()
            .unwrap()
            .number
            .as_ref()
            .unwrap()
            .ordinal,
        2
    );
    assert_eq!(
        sharing
            .after
            .as_ref()
            .unwrap()
            .number
            .as_ref()
            .unwrap()
            .ordinal,
        1
    );
    let body = &sharing.texts["en"].body;
    assert!(
        body.iter()
            .any(|s| s.kind == SpanKind::Inserted && s.text == "endeavour to "),
        "{body:?}"
    );
    // A deleted provision shows its words as deleted.
    let annex = comparison
        .changes
        .iter()
        .find(|c| c.change == ChangeKind::Deleted)
        .unwrap();
    assert!(annex.texts["en"]
        .heading
        .iter()
        .all(|s| s.kind == SpanKind::Deleted));

    // The other way round, the deleted annex comes back.
    let back = entente
        .compare(a, Revision::Current, Revision::Version(rev1.id))
        .unwrap();
    assert_eq!(
        back.changes
            .iter()
            .find(|c| c.id == annex.id)
            .unwrap()
            .change,
        ChangeKind::Restored
    );
}

#[test]
fn a_version_of_another_agreement_cannot_be_compared() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("A")).unwrap().id;
    let b = entente.create_agreement(&new_agreement("B")).unwrap().id;
    let other = entente.save_version(b, "Rev.1").unwrap();
    let refused = entente.compare(a, Revision::Version(other.id), Revision::Current);
    assert!(matches!(
        refused,
        Err(Error::NotFound {
            what: "version",
            ..
        })
    ));
}

#[test]
fn a_status_change_and_a_restoration_are_changes_of_their_own() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let objective = add(&entente, a, ProvisionKind::Article, None, "Objective");
    let scope = add(&entente, a, ProvisionKind::Article, None, "Scope");
    entente.delete_provision(scope).unwrap();
    let rev1 = entente.save_version(a, "Rev.1").unwrap();
    entente
        .set_provision_status(objective, entente_core::model::ProvisionStatus::Agreed, "")
        .unwrap();
    entente.restore_provision(scope).unwrap();

    let comparison = entente
        .compare(a, Revision::Version(rev1.id), Revision::Current)
        .unwrap();
    let change = |id| change_of(&comparison, id);
    assert_eq!(change(objective), Some(ChangeKind::StatusChanged));
    assert_eq!(change(scope), Some(ChangeKind::Restored));
}

#[test]
fn options_proposed_amended_and_withdrawn_between_versions() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let transfer = add(&entente, a, ProvisionKind::Article, None, "Transfer");
    let en =
        |words: &str| std::collections::BTreeMap::from([("en".to_string(), words.to_string())]);
    let voluntary = entente
        .add_option(transfer, &en("On voluntary terms."), &[])
        .unwrap();
    let withdrawn = entente
        .add_option(transfer, &en("On concessional terms."), &[])
        .unwrap();
    let rev1 = entente.save_version(a, "Rev.1").unwrap();
    entente
        .set_option_text(voluntary, "en", "On voluntary and mutually agreed terms.")
        .unwrap();
    entente.withdraw_option(withdrawn).unwrap();
    let favourable = entente
        .add_option(transfer, &en("On favourable terms."), &[])
        .unwrap();

    let comparison = entente
        .compare(a, Revision::Version(rev1.id), Revision::Current)
        .unwrap();
    assert_eq!(change_of(&comparison, transfer), Some(ChangeKind::Amended));
    let options: Vec<_> = comparison.changes[0]
        .options
        .iter()
        .map(|o| (o.id, o.change, o.number))
        .collect();
    assert_eq!(
        options,
        [
            (voluntary, OptionChangeKind::Amended, Some(1)),
            (withdrawn, OptionChangeKind::Withdrawn, Some(2)),
            (favourable, OptionChangeKind::Added, Some(2)),
        ]
    );
    let amended = &comparison.changes[0].options[0].texts["en"];
    assert!(amended
        .iter()
        .any(|s| s.kind == SpanKind::Inserted && s.text.contains("mutually agreed")));
}

#[test]
fn a_change_is_cited_as_each_side_numbered_it() {
    let (_dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let chapter = add(&entente, a, ProvisionKind::Chapter, None, "Cooperation");
    let first = add(&entente, a, ProvisionKind::Article, Some(chapter), "Scope");
    let second = add(&entente, a, ProvisionKind::Article, Some(chapter), "Data");
    let paragraph = add(&entente, a, ProvisionKind::Paragraph, Some(second), "");
    let dropped = add(&entente, a, ProvisionKind::Paragraph, Some(first), "");
    let rev1 = entente.save_version(a, "Rev.1").unwrap();

    // Article 2 becomes Article 1; its paragraph is amended; another goes.
    entente.delete_provision(first).unwrap();
    let words = ProvisionText {
        heading: String::new(),
        body: "The Parties shall share data.".into(),
    };
    entente.set_provision_text(paragraph, "en", &words).unwrap();

    let comparison = entente
        .compare(a, Revision::Version(rev1.id), Revision::Current)
        .unwrap();
    let cited = |id, after: bool| {
        let change = comparison.changes.iter().find(|c| c.id == id).unwrap();
        let places = if after {
            &change.cited_after
        } else {
            &change.cited_before
        };
        places
            .iter()
            .map(|p| (p.kind, p.number.as_ref().map(|n| n.ordinal)))
            .collect::<Vec<_>>()
    };
    // The chapter an article is numbered through is not part of its citation.
    assert_eq!(
        cited(paragraph, false),
        [
            (ProvisionKind::Article, Some(2)),
            (ProvisionKind::Paragraph, Some(1))
        ]
    );
    assert_eq!(
        cited(paragraph, true),
        [
            (ProvisionKind::Article, Some(1)),
            (ProvisionKind::Paragraph, Some(1))
        ]
    );
    assert_eq!(
        cited(dropped, false),
        [
            (ProvisionKind::Article, Some(1)),
            (ProvisionKind::Paragraph, Some(1))
        ]
    );
    assert!(
        cited(dropped, true).is_empty(),
        "a deleted provision has no place in the newer text"
    );
}
