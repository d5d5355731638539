//! Status of provisions and positions of parties: what is recorded, what is
//! kept, and what is refused without changing anything.

mod common;

use common::{add, new_agreement, open};
use entente_core::model::{
    Clearance, HistoryAction, InvalidValue, NewParty, NewPosition, PartyKind, PartyRole,
    ProvisionKind, ProvisionStatus, Stance,
};
use entente_core::{Entente, Error};

struct Table {
    entente: Entente,
    article: i64,
    kenya: i64,
    ghana: i64,
    brazil: i64,
    african_group: i64,
    _dir: tempfile::TempDir,
}

fn table() -> Table {
    let (dir, entente) = open();
    let a = entente.create_agreement(&new_agreement("T")).unwrap().id;
    let article = add(&entente, a, ProvisionKind::Article, None, "Data equity");
    let party =
        |name: &str, kind, members: Vec<i64>| common::party(&entente, a, name, kind, members);
    let kenya = party("Kenya", PartyKind::State, vec![]);
    let ghana = party("Ghana", PartyKind::State, vec![]);
    let brazil = party("Brazil", PartyKind::State, vec![]);
    let african_group = party("African Group", PartyKind::Group, vec![kenya, ghana]);
    Table {
        entente,
        article,
        kenya,
        ghana,
        brazil,
        african_group,
        _dir: dir,
    }
}

fn stance(stance: Stance) -> NewPosition {
    NewPosition {
        stance,
        amendment: String::new(),
        clearance: Clearance::NotNeeded,
        cleared_on: None,
        note: String::new(),
        preferred_option: None,
        option_stances: Vec::new(),
    }
}

#[test]
fn a_status_change_is_kept_in_the_history_with_its_note() {
    let t = table();
    t.entente
        .set_preferences(&entente_core::model::Preferences {
            delegation: "Secretariat".into(),
            ..Default::default()
        })
        .unwrap();
    t.entente
        .set_provision_status(
            t.article,
            ProvisionStatus::AgreedAdReferendum,
            "Brazil to confirm with capital",
        )
        .unwrap();
    t.entente
        .set_provision_status(t.article, ProvisionStatus::Agreed, "")
        .unwrap();
    // The same status again, without a note, is not a change.
    t.entente
        .set_provision_status(t.article, ProvisionStatus::Agreed, "  ")
        .unwrap();

    let document = t
        .entente
        .document(t.entente.list_agreements().unwrap()[0].id)
        .unwrap();
    assert_eq!(document.provisions[0].status, ProvisionStatus::Agreed);
    let changes: Vec<_> = t
        .entente
        .provision_history(t.article)
        .unwrap()
        .into_iter()
        .filter(|h| h.action == HistoryAction::StatusChanged)
        .collect();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0].status_before, Some(ProvisionStatus::Pending));
    assert_eq!(
        changes[0].status_after,
        Some(ProvisionStatus::AgreedAdReferendum)
    );
    assert_eq!(
        changes[0].note.as_deref(),
        Some("Brazil to confirm with capital")
    );
    assert_eq!(changes[0].author, "Secretariat");
    assert_eq!(changes[1].note, None);
}

#[test]
fn a_deleted_provision_takes_no_new_status_or_position() {
    let t = table();
    t.entente.delete_provision(t.article).unwrap();
    let refused = t
        .entente
        .set_provision_status(t.article, ProvisionStatus::Agreed, "");
    assert!(matches!(refused, Err(Error::ProvisionDeleted { .. })));
    let refused = t
        .entente
        .record_position(t.article, t.kenya, &stance(Stance::Supports));
    assert!(matches!(refused, Err(Error::ProvisionDeleted { .. })));
}

#[test]
fn positions_are_kept_and_the_latest_counts() {
    let t = table();
    t.entente
        .record_position(t.article, t.brazil, &stance(Stance::NoInstructions))
        .unwrap();
    let mut amendment = stance(Stance::ProposesAmendment);
    amendment.amendment = "  Replace “shall” by “should”.  ".into();
    amendment.note = "Instructions received on 12 March".into();
    let latest = t
        .entente
        .record_position(t.article, t.brazil, &amendment)
        .unwrap();
    assert_eq!(latest.amendment, "Replace “shall” by “should”.");

    let history = t.entente.position_history(t.article, t.brazil).unwrap();
    let stances: Vec<_> = history.iter().map(|p| p.stance).collect();
    assert_eq!(stances, [Stance::NoInstructions, Stance::ProposesAmendment]);

    let positions = t.entente.positions(t.article).unwrap();
    let brazil = positions.iter().find(|p| p.party_id == t.brazil).unwrap();
    assert_eq!(brazil.effective().unwrap().id, latest.id);
}

#[test]
fn a_groups_position_speaks_for_members_that_have_none_of_their_own() {
    let t = table();
    t.entente
        .record_position(t.article, t.african_group, &stance(Stance::Supports))
        .unwrap();
    t.entente
        .record_position(t.article, t.ghana, &stance(Stance::Reservation))
        .unwrap();

    let positions = t.entente.positions(t.article).unwrap();
    let of = |party| positions.iter().find(|p| p.party_id == party).unwrap();
    assert_eq!(of(t.kenya).effective().unwrap().stance, Stance::Supports);
    assert!(of(t.kenya).own.is_none());
    assert_eq!(of(t.ghana).effective().unwrap().stance, Stance::Reservation);
    assert_eq!(
        of(t.ghana).through_group.as_ref().unwrap().stance,
        Stance::Supports
    );
    assert!(of(t.brazil).effective().is_none());
    assert!(of(t.african_group).through_group.is_none());
}

#[test]
fn clearances_need_a_past_day() {
    let t = table();
    let mut cleared = stance(Stance::Supports);
    cleared.clearance = Clearance::Cleared;
    assert!(matches!(
        t.entente.record_position(t.article, t.kenya, &cleared),
        Err(Error::EmptyField {
            field: "cleared-on"
        })
    ));
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Days::new(1))
        .format("%Y-%m-%d")
        .to_string();
    for day in [tomorrow.as_str(), "12/03/2026", "2026-02-30"] {
        cleared.cleared_on = Some(day.to_string());
        assert!(
            matches!(
                t.entente.record_position(t.article, t.kenya, &cleared),
                Err(Error::InvalidValue(InvalidValue {
                    field: "cleared-on",
                    ..
                }))
            ),
            "{day}"
        );
    }
    cleared.cleared_on = Some("2026-03-12".into());
    let recorded = t
        .entente
        .record_position(t.article, t.kenya, &cleared)
        .unwrap();
    assert_eq!(recorded.cleared_on.as_deref(), Some("2026-03-12"));
    // Only the successful attempt was recorded.
    assert_eq!(
        t.entente
            .position_history(t.article, t.kenya)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn positions_that_cannot_be_recorded_change_nothing() {
    let t = table();
    let no_wording = stance(Stance::ProposesAmendment);
    assert!(matches!(
        t.entente.record_position(t.article, t.kenya, &no_wording),
        Err(Error::EmptyField { field: "amendment" })
    ));
    // A party of another agreement, or none at all.
    let other = t
        .entente
        .create_agreement(&new_agreement("Other"))
        .unwrap()
        .id;
    let stranger = t
        .entente
        .add_party(
            other,
            &NewParty {
                kind: PartyKind::State,
                role: PartyRole::Party,
                names: [("en".to_string(), "Chile".to_string())].into(),
                members: vec![],
            },
        )
        .unwrap()
        .id;
    for party in [stranger, 9999] {
        let refused = t
            .entente
            .record_position(t.article, party, &stance(Stance::Supports));
        assert!(
            matches!(refused, Err(Error::NotFound { what: "party", .. })),
            "{party}"
        );
    }
    assert!(t
        .entente
        .positions(t.article)
        .unwrap()
        .iter()
        .all(|p| p.effective().is_none()));
}

#[test]
fn the_roll_up_counts_only_what_has_support_as_near_consensus() {
    let t = table();
    let a = t.entente.list_agreements().unwrap()[0].id;
    let report = t.entente.report(a).unwrap();
    assert!(
        report.roll_up.closest_to_consensus.is_empty(),
        "no position yet, nothing is close"
    );
    t.entente
        .record_position(t.article, t.african_group, &stance(Stance::Supports))
        .unwrap();
    let report = t.entente.report(a).unwrap();
    let near = &report.roll_up.closest_to_consensus;
    assert_eq!(near.len(), 1);
    assert_eq!(near[0].holding_out, [t.brazil]);
}

#[test]
fn a_party_in_two_groups_follows_the_most_recent_in_the_matrix_and_the_panel_alike() {
    let t = table();
    let a = t.entente.list_agreements().unwrap()[0].id;
    let g77 = t
        .entente
        .add_party(
            a,
            &NewParty {
                kind: PartyKind::Group,
                role: PartyRole::Party,
                names: [("en".to_string(), "Group of 77".to_string())].into(),
                members: vec![t.kenya, t.brazil],
            },
        )
        .unwrap()
        .id;
    t.entente
        .record_position(t.article, g77, &stance(Stance::Opposes))
        .unwrap();
    t.entente
        .record_position(t.article, t.african_group, &stance(Stance::Supports))
        .unwrap();

    let panel = t.entente.positions(t.article).unwrap();
    let kenya = panel.iter().find(|p| p.party_id == t.kenya).unwrap();
    assert_eq!(kenya.effective().unwrap().stance, Stance::Supports);
    let report = t.entente.report(a).unwrap();
    let column = report.parties.iter().position(|&p| p == t.kenya).unwrap();
    let cell = report.rows[0].cells[column].as_ref().unwrap();
    assert_eq!((cell.stance, cell.through_group), (Stance::Supports, true));
}

#[test]
fn a_party_whose_positions_are_on_record_cannot_be_removed() {
    let t = table();
    t.entente
        .record_position(t.article, t.brazil, &stance(Stance::Flexible))
        .unwrap();
    assert!(
        matches!(t.entente.remove_party(t.brazil), Err(Error::PartyHasPositions { name }) if name == "Brazil")
    );
    assert_eq!(
        t.entente
            .position_history(t.article, t.brazil)
            .unwrap()
            .len(),
        1
    );
    // One without positions can go.
    t.entente.remove_party(t.ghana).unwrap();
}

#[test]
fn statements_are_kept_in_the_order_they_were_made_and_checked() {
    use entente_core::model::{NewStatement, StatementKind};
    let t = table();
    let statement = |party, made_on: &str, text: &str| NewStatement {
        party_id: party,
        made_on: made_on.to_string(),
        kind: StatementKind::Summary,
        text: text.to_string(),
        source: "Third session, second meeting".to_string(),
    };
    t.entente
        .add_statement(
            t.article,
            &statement(
                t.kenya,
                "2026-03-12",
                "Supports, on behalf of the African Group",
            ),
        )
        .unwrap();
    let verbatim = NewStatement {
        kind: StatementKind::Verbatim,
        ..statement(
            t.brazil,
            "2026-03-10",
            "“We cannot accept mandatory sharing.”",
        )
    };
    t.entente.add_statement(t.article, &verbatim).unwrap();
    let statements = t.entente.statements(t.article).unwrap();
    let order: Vec<_> = statements
        .iter()
        .map(|s| (s.party_id, s.made_on.as_str()))
        .collect();
    assert_eq!(order, [(t.brazil, "2026-03-10"), (t.kenya, "2026-03-12")]);
    assert_eq!(statements[0].kind, StatementKind::Verbatim);

    let tomorrow = (chrono::Local::now().date_naive() + chrono::Days::new(1))
        .format("%Y-%m-%d")
        .to_string();
    for (party, day, text, expected) in [
        (t.kenya, tomorrow.as_str(), "x", "made-on"),
        (t.kenya, "12 March", "x", "made-on"),
        (t.kenya, "2026-03-12", "  ", "statement"),
    ] {
        let refused = t
            .entente
            .add_statement(t.article, &statement(party, day, text));
        let field = match refused {
            Err(Error::InvalidValue(InvalidValue { field, .. }) | Error::EmptyField { field }) => {
                field
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(field, expected);
    }
    let refused = t
        .entente
        .add_statement(t.article, &statement(9999, "2026-03-12", "x"));
    assert!(matches!(
        refused,
        Err(Error::NotFound { what: "party", .. })
    ));
    assert_eq!(t.entente.statements(t.article).unwrap().len(), 2);
    // A party that spoke is part of the record.
    assert!(matches!(
        t.entente.remove_party(t.brazil),
        Err(Error::PartyHasPositions { .. })
    ));
}
