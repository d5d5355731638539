//! Position packets: a delegation's positions carried to the secretariat
//! and merged there, conflicts shown rather than overwritten.

mod common;

use std::path::{Path, PathBuf};

use entente_core::model::{InvalidValue, NewPosition, PrivateNoteKind, Stance};
use entente_core::{Entente, Error};
use tempfile::TempDir;

/// The secretariat's machine with the sample, and a delegation's machine
/// with a copy of it carried there in a bundle.
struct Table {
    secretariat: Entente,
    delegation: Entente,
    agreement: i64,
    copy: i64,
    dir: TempDir,
    _dirs: (TempDir, TempDir),
}

impl Table {
    fn set() -> Table {
        let (secretariat_dir, secretariat) = common::open();
        let (delegation_dir, delegation) = common::open();
        let dir = tempfile::tempdir().unwrap();
        let agreement = secretariat.create_sample().unwrap();
        let bundle = dir.path().join("sample.entente");
        secretariat.export_bundle(agreement, &bundle).unwrap();
        let copy = delegation.import_bundle(&bundle).unwrap();
        Table {
            secretariat,
            delegation,
            agreement,
            copy,
            dir,
            _dirs: (secretariat_dir, delegation_dir),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

fn party(entente: &Entente, agreement: i64, name: &str) -> i64 {
    let parties = entente.parties(agreement).unwrap();
    parties.iter().find(|p| p.names["en"] == name).unwrap().id
}

/// The provision whose English heading is `heading`.
fn provision(entente: &Entente, agreement: i64, heading: &str) -> i64 {
    let document = entente.document(agreement).unwrap();
    let found = document
        .provisions
        .iter()
        .find(|p| p.texts["en"].heading == heading);
    found.unwrap().id
}

fn says(stance: Stance, note: &str) -> NewPosition {
    NewPosition {
        stance,
        amendment: String::new(),
        clearance: Default::default(),
        cleared_on: None,
        note: note.into(),
        preferred_option: None,
        option_stances: vec![],
    }
}

fn positions_of(entente: &Entente, agreement: i64, party: i64) -> Vec<(i64, String, String)> {
    let document = entente.document(agreement).unwrap();
    let mut all = Vec::new();
    for node in &document.provisions {
        for position in entente.position_history(node.id, party).unwrap() {
            all.push((position.id, format!("{:?}", position.stance), position.note));
        }
    }
    all
}

fn packet(table: &Table, name: &str) -> PathBuf {
    let india = party(&table.delegation, table.copy, "India");
    let path = table.path(name);
    table
        .delegation
        .export_packet(table.copy, india, &path)
        .unwrap();
    path
}

#[test]
fn a_delegations_new_positions_reach_the_secretariat_once() {
    let table = Table::set();
    let (d, a, c) = (&table.delegation, table.agreement, table.copy);
    let india_here = party(d, c, "India");
    for (heading, stance) in [
        ("Scope", Stance::Supports),
        ("Withdrawal", Stance::Flexible),
    ] {
        d.record_position(
            provision(d, c, heading),
            india_here,
            &says(stance, "From New Delhi"),
        )
        .unwrap();
    }
    let path = packet(&table, "india.positions");

    let s = &table.secretariat;
    let india = party(s, a, "India");
    let report = s.import_packet(&path, &[]).unwrap();
    assert_eq!((report.agreement_id, report.party_id), (a, india));
    let mut applied = report.applied.clone();
    applied.sort();
    let mut expected = vec![provision(s, a, "Scope"), provision(s, a, "Withdrawal")];
    expected.sort();
    assert_eq!(applied, expected);
    assert!(report.conflicts.is_empty());
    assert!(
        !report.unchanged.is_empty(),
        "the sample's earlier positions of India"
    );
    let scope = s.position_history(provision(s, a, "Scope"), india).unwrap();
    assert_eq!(scope.last().unwrap().note, "From New Delhi");

    let before = positions_of(s, a, india);
    let again = s.import_packet(&path, &[]).unwrap();
    assert!(again.applied.is_empty() && again.conflicts.is_empty());
    assert_eq!(
        positions_of(s, a, india),
        before,
        "the same packet twice changes nothing"
    );
}

#[test]
fn a_record_changed_since_the_packet_is_a_conflict_until_the_user_decides() {
    let table = Table::set();
    let (d, s, a, c) = (
        &table.delegation,
        &table.secretariat,
        table.agreement,
        table.copy,
    );
    let scope_there = provision(d, c, "Scope");
    d.record_position(
        scope_there,
        party(d, c, "India"),
        &says(Stance::Opposes, "Capital says no"),
    )
    .unwrap();
    let path = packet(&table, "india.positions");

    // Meanwhile the secretariat heard India in the room.
    let (scope, india) = (provision(s, a, "Scope"), party(s, a, "India"));
    s.record_position(scope, india, &says(Stance::Supports, "Said in plenary"))
        .unwrap();
    let before = positions_of(s, a, india);

    let report = s.import_packet(&path, &[]).unwrap();
    assert!(report.applied.is_empty());
    let conflict = &report.conflicts[0];
    assert_eq!(conflict.provision_id, scope);
    assert_eq!(
        (conflict.ours.stance, conflict.ours.note.as_str()),
        (Stance::Supports, "Said in plenary")
    );
    assert_eq!(
        (conflict.theirs.stance, conflict.theirs.note.as_str()),
        (Stance::Opposes, "Capital says no")
    );
    assert_eq!(
        positions_of(s, a, india),
        before,
        "nothing silently overwritten"
    );

    let resolved = s.import_packet(&path, &[scope]).unwrap();
    assert_eq!(resolved.applied, [scope]);
    let current = s.position_history(scope, india).unwrap().pop().unwrap();
    assert_eq!(current.note, "Capital says no");
}

#[test]
fn a_packet_holds_only_its_partys_shared_positions() {
    let table = Table::set();
    let (d, c) = (&table.delegation, table.copy);
    let scope = provision(d, c, "Scope");
    d.add_private_note(
        scope,
        PrivateNoteKind::Fallback,
        "FALLBACK-91c2: accept forty",
    )
    .unwrap();
    let text = common::exchange_file_json(&packet(&table, "india.positions"));
    assert!(!text.contains("FALLBACK-91c2"));
    // Germany's note on the sovereignty recital is in the sample; India's packet does not carry it.
    assert!(!text.contains("Sovereignty is addressed in the operative part"));
    assert!(
        text.contains("Insists on the reference to sovereignty"),
        "India's own note"
    );
}

/// Imports `path` as a packet, checking that nothing changed.
fn refused(table: &Table, path: &Path) -> Error {
    let s = &table.secretariat;
    let india = party(s, table.agreement, "India");
    let before = positions_of(s, table.agreement, india);
    let error = s.import_packet(path, &[]).unwrap_err();
    assert_eq!(positions_of(s, table.agreement, india), before);
    error
}

fn edited(table: &Table, edit: impl Fn(&mut serde_json::Value)) -> PathBuf {
    let path = packet(table, "original.positions");
    let mut json: serde_json::Value =
        serde_json::from_str(&common::exchange_file_json(&path)).unwrap();
    edit(&mut json);
    let edited = table.path("edited.positions");
    std::fs::write(&edited, json.to_string()).unwrap();
    edited
}

#[test]
fn packets_that_do_not_fit_are_refused_with_nothing_changed() {
    let table = Table::set();
    let elsewhere = edited(&table, |p| p["agreement"]["uid"] = "0000".into());
    assert!(matches!(
        refused(&table, &elsewhere),
        Error::PacketAgreementNotHere { title } if title.starts_with("Framework Agreement")
    ));
    let stranger = edited(&table, |p| {
        p["party"]["uid"] = "0000".into();
        p["party"]["names"]["en"] = "Atlantis".into();
    });
    assert!(matches!(
        refused(&table, &stranger),
        Error::PacketPartyNotInAgreement { name } if name == "Atlantis"
    ));
    let unknown_text = edited(&table, |p| p["cells"][1]["provision"] = "0000".into());
    assert!(matches!(
        refused(&table, &unknown_text),
        Error::PacketTextNotHere { count: 1 }
    ));
    let bundle = table.path("sample.entente");
    assert!(matches!(
        refused(&table, &bundle),
        Error::NotAnExchangeFile {
            expected: "packet",
            ..
        }
    ));
    let truncated = table.path("truncated.positions");
    let text = common::exchange_file_json(&packet(&table, "whole.positions"));
    std::fs::write(&truncated, &text[..text.len() - 40]).unwrap();
    assert!(matches!(
        refused(&table, &truncated),
        Error::ExchangeUnreadable {
            problem: "truncated",
            ..
        }
    ));
}

#[test]
fn positions_in_a_packet_are_held_to_the_same_rules_as_positions_recorded_here() {
    let table = Table::set();
    let amendment_without_words = edited(&table, |p| {
        let entry = &mut p["cells"][0]["history"][0];
        entry["uid"] = "new-position".into();
        entry["stance"] = "proposes-amendment".into();
        entry["amendment"] = "".into();
    });
    assert!(matches!(
        refused(&table, &amendment_without_words),
        Error::EmptyField { field: "amendment" }
    ));
    let cleared_on_no_day = edited(&table, |p| {
        let entry = &mut p["cells"][0]["history"][0];
        entry["uid"] = "new-position".into();
        entry["clearance"] = "cleared".into();
        entry["cleared_on"] = "not a date".into();
    });
    assert!(matches!(
        refused(&table, &cleared_on_no_day),
        Error::InvalidValue(InvalidValue {
            field: "cleared-on",
            ..
        })
    ));
    let twice = edited(&table, |p| {
        let first = p["cells"][0]["history"][0].clone();
        p["cells"][1]["history"].as_array_mut().unwrap().push(first);
    });
    assert!(matches!(
        refused(&table, &twice),
        Error::InvalidValue(InvalidValue {
            field: "position",
            ..
        })
    ));
    let one_cell_twice = edited(&table, |p| {
        let first = p["cells"][0].clone();
        p["cells"].as_array_mut().unwrap().push(first);
    });
    assert!(matches!(
        refused(&table, &one_cell_twice),
        Error::InvalidValue(InvalidValue {
            field: "provision",
            ..
        })
    ));
    // The uid of a position the secretariat holds on another provision.
    let borrowed = edited(&table, |p| {
        let elsewhere = p["cells"][1]["history"][0]["uid"].clone();
        p["cells"].as_array_mut().unwrap().remove(1);
        p["cells"][0]["history"][0]["uid"] = elsewhere;
    });
    assert!(matches!(
        refused(&table, &borrowed),
        Error::InvalidValue(InvalidValue {
            field: "position",
            ..
        })
    ));
    // An option of another provision (technology transfer's) is no option
    // of India's first cell, the sovereignty recital.
    let bundle = common::exchange_file_json(&table.path("sample.entente"));
    let bundle: serde_json::Value = serde_json::from_str(&bundle).unwrap();
    let option_uid = bundle["tables"]["provision_option"][0]["uid"].clone();
    let misplaced = edited(&table, |p| {
        let entry = &mut p["cells"][0]["history"][0];
        entry["uid"] = "new-position".into();
        entry["preferred_option"] = option_uid.clone();
    });
    assert!(matches!(
        refused(&table, &misplaced),
        Error::PacketTextNotHere { count: 1 }
    ));
}
