//! Agreement bundles: the whole agreement carried to another machine and
//! back, byte for byte, and every kind of bad file refused with nothing
//! changed.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use entente_core::model::{
    NewPosition, NewStatement, NumberingMode, Placement, PrivateNoteKind, ProvisionKind,
    ProvisionStatus, Stance, StatementKind,
};
use entente_core::{Entente, Error};
use proptest::prelude::*;

fn bundle_of(entente: &Entente, agreement: i64, dir: &Path, name: &str) -> (PathBuf, Vec<u8>) {
    let path = dir.join(name);
    entente.export_bundle(agreement, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    (path, bytes)
}

fn agreement_count(entente: &Entente) -> usize {
    entente.list_agreements().unwrap().len()
}

#[test]
fn the_sample_travels_to_another_machine_and_back_unchanged() {
    let (here_dir, here) = common::open();
    let sample = here.create_sample().unwrap();
    let (path, first) = bundle_of(&here, sample, here_dir.path(), "sample.entente");

    let (there_dir, there) = common::open();
    let copy = there.import_bundle(&path).unwrap();
    let (_, second) = bundle_of(&there, copy, there_dir.path(), "again.entente");
    assert!(
        first == second,
        "the bundle of the copy differs from the original"
    );

    // Both databases were empty, so even the row ids agree: the copy is the
    // same agreement in every detail the app shows.
    let json = |e: &Entente, id| serde_json::to_value(e.document(id).unwrap()).unwrap();
    assert_eq!(json(&here, sample), json(&there, copy));
    let names = |e: &Entente, id| -> Vec<String> {
        e.versions(id)
            .unwrap()
            .into_iter()
            .map(|v| v.name)
            .collect()
    };
    assert_eq!(names(&here, sample), names(&there, copy));
    assert_eq!(
        serde_json::to_value(here.report(sample).unwrap().roll_up).unwrap(),
        serde_json::to_value(there.report(copy).unwrap().roll_up).unwrap()
    );
}

#[test]
fn private_notes_never_reach_a_bundle() {
    let (dir, entente) = common::open();
    let sample = entente.create_sample().unwrap();
    let provision = entente.document(sample).unwrap().provisions[3].id;
    entente
        .add_private_note(
            provision,
            PrivateNoteKind::RedLine,
            "RED-LINE-7f3a: never below twenty",
        )
        .unwrap();
    let (_, bytes) = bundle_of(&entente, sample, dir.path(), "sample.entente");
    let text = common::exchange_json(&bytes);
    assert!(!text.contains("RED-LINE-7f3a"));
    assert!(!text.contains("private_note"));
}

#[test]
fn a_bundle_of_an_agreement_already_here_is_refused() {
    let (dir, entente) = common::open();
    let sample = entente.create_sample().unwrap();
    let (path, _) = bundle_of(&entente, sample, dir.path(), "sample.entente");
    let error = entente.import_bundle(&path).unwrap_err();
    assert!(
        matches!(&error, Error::AgreementAlreadyHere { id, .. } if *id == sample),
        "{error:?}"
    );
    assert_eq!(agreement_count(&entente), 1);
}

/// Imports `bytes` as a bundle into a database that already holds one
/// agreement, and returns the error, having checked that nothing changed.
fn refused(bytes: &[u8]) -> Error {
    let (dir, entente) = common::open();
    entente
        .create_agreement(&common::new_agreement("Already here"))
        .unwrap();
    let before = serde_json::to_value(entente.document(1).unwrap()).unwrap();
    let path = dir.path().join("incoming.entente");
    std::fs::write(&path, bytes).unwrap();
    let error = entente.import_bundle(&path).unwrap_err();
    assert_eq!(agreement_count(&entente), 1, "{error:?}");
    assert_eq!(
        serde_json::to_value(entente.document(1).unwrap()).unwrap(),
        before
    );
    error
}

fn sample_bundle() -> String {
    let (dir, entente) = common::open();
    let sample = entente.create_sample().unwrap();
    common::exchange_json(&bundle_of(&entente, sample, dir.path(), "s.entente").1)
}

#[test]
fn a_bundle_cut_short_or_damaged_is_refused_where_it_breaks() {
    let bundle = sample_bundle();
    let half = &bundle.as_bytes()[..bundle.len() / 2];
    let cut = &bundle[..half.iter().rposition(|&b| b == b'\n').unwrap()];
    let lines = cut.lines().count();
    match refused(cut.as_bytes()) {
        Error::ExchangeUnreadable { line, problem, .. } => {
            assert_eq!((line, problem), (lines, "truncated"))
        }
        other => panic!("{other:?}"),
    }
    let damaged = bundle.replacen("\"tables\": {", "\"tables\": {{", 1);
    match refused(damaged.as_bytes()) {
        Error::ExchangeUnreadable {
            line,
            column,
            problem,
            ..
        } => {
            assert_eq!((line, column, problem), (4, 14, "garbled"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn files_of_another_kind_or_a_newer_format_are_refused() {
    let markdown = "# Agreement\n\n## Article 1\n\n1. Text.\n";
    assert!(matches!(
        refused(markdown.as_bytes()),
        Error::ExchangeUnreadable { line: 1, .. }
    ));
    let packet = r#"{"format": "entente-positions", "version": 1}"#;
    assert!(matches!(
        refused(packet.as_bytes()),
        Error::NotAnExchangeFile {
            expected: "bundle",
            ..
        }
    ));
    let newer = sample_bundle().replacen("\"version\": 3", "\"version\": 4", 1);
    assert!(matches!(
        refused(newer.as_bytes()),
        Error::ExchangeTooNew {
            found: 4,
            supported: 3,
            ..
        }
    ));
    // Keys sorted by a tool: the version comes after the rows, which are
    // written, then rolled back.
    let bundle: serde_json::Value = serde_json::from_str(&sample_bundle()).unwrap();
    let sorted = format!(
        r#"{{"format": "entente-bundle", "tables": {}, "version": 4}}"#,
        bundle["tables"]
    );
    assert!(matches!(
        refused(sorted.as_bytes()),
        Error::ExchangeTooNew { found: 4, .. }
    ));
    let misshapen = r#"{"format": "entente-bundle", "version": 1, "tables": [1]}"#;
    assert!(matches!(
        refused(misshapen.as_bytes()),
        Error::ExchangeInvalid { line: 1, .. }
    ));
}

#[test]
fn a_bundle_whose_rows_do_not_hold_together_is_refused_whole() {
    let mut bundle: serde_json::Value = serde_json::from_str(&sample_bundle()).unwrap();
    // A name for party 999, which the bundle does not hold; it comes after
    // the agreement and its parties are written, so they must be undone.
    bundle["tables"]["party_name"][0]["party_id"] = 999.into();
    match refused(bundle.to_string().as_bytes()) {
        Error::BundleBroken {
            table, row, detail, ..
        } => {
            assert_eq!((table.as_str(), row), ("party_name", 1));
            assert!(detail.contains("999"), "{detail}");
        }
        other => panic!("{other:?}"),
    }
    let mut bundle: serde_json::Value = serde_json::from_str(&sample_bundle()).unwrap();
    bundle["tables"]["provision"][2]["kind"] = "stanza".into();
    assert!(matches!(
        refused(bundle.to_string().as_bytes()),
        Error::BundleBroken { .. }
    ));
}

#[test]
fn a_file_too_large_to_be_a_bundle_is_not_read() {
    let (dir, entente) = common::open();
    let path = dir.path().join("huge.entente");
    // Sparse: the size is real, the disk is not filled.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(entente_core::exchange::MAX_FILE_BYTES + 1)
        .unwrap();
    assert!(matches!(
        entente.import_bundle(&path).unwrap_err(),
        Error::FileTooLarge { .. }
    ));
    assert_eq!(agreement_count(&entente), 0);
}

/// One thing a delegation may do to an agreement, with its choices given as
/// small numbers that pick among what exists at that moment.
#[derive(Debug, Clone)]
enum Step {
    Party(bool),
    Article,
    Paragraph(u8, Option<u8>),
    Clause(u8),
    Move(u8, u8),
    Delete(u8),
    Status(u8, bool),
    Position(u8, u8, u8),
    Option(u8, u8),
    Statement(u8, u8),
    Version,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        any::<bool>().prop_map(Step::Party),
        Just(Step::Article),
        (any::<u8>(), any::<Option<u8>>()).prop_map(|(a, b)| Step::Paragraph(a, b)),
        any::<u8>().prop_map(Step::Clause),
        (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Step::Move(a, b)),
        any::<u8>().prop_map(Step::Delete),
        (any::<u8>(), any::<bool>()).prop_map(|(a, b)| Step::Status(a, b)),
        (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(a, b, c)| Step::Position(a, b, c)),
        (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Step::Option(a, b)),
        (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Step::Statement(a, b)),
        Just(Step::Version),
    ]
}

fn pick<T: Copy>(items: &[T], n: u8) -> Option<T> {
    (!items.is_empty()).then(|| items[usize::from(n) % items.len()])
}

/// Plays the steps on a new agreement; a step the core refuses (a move
/// under itself, a position on a deleted provision …) is simply not taken.
fn negotiate(entente: &Entente, steps: &[Step]) -> i64 {
    let agreement = entente
        .create_agreement(&common::new_agreement("Generated agreement"))
        .unwrap()
        .id;
    let mut parties = Vec::new();
    for (n, step) in steps.iter().enumerate() {
        let document = entente.document(agreement).unwrap();
        let of_kind = |kind| -> Vec<i64> {
            document
                .provisions
                .iter()
                .filter(|p| p.kind == kind)
                .map(|p| p.id)
                .collect()
        };
        let live: Vec<i64> = document.provisions.iter().map(|p| p.id).collect();
        let at_end = |parent| Placement {
            parent,
            index: None,
        };
        let _ = match *step {
            Step::Party(group) => {
                let kind = if group && !parties.is_empty() {
                    entente_core::model::PartyKind::Group
                } else {
                    entente_core::model::PartyKind::State
                };
                let members = if group { parties.clone() } else { vec![] };
                let id = common::party(entente, agreement, &format!("Party {n}"), kind, members);
                if kind == entente_core::model::PartyKind::State {
                    parties.push(id);
                }
                Ok(())
            }
            Step::Article => entente
                .add_provision(
                    agreement,
                    ProvisionKind::Article,
                    at_end(None),
                    &common::text(&format!("Article heading {n}"), ""),
                )
                .map(drop),
            Step::Paragraph(article, bracket) => {
                match pick(&of_kind(ProvisionKind::Article), article) {
                    Some(article) => {
                        let words = match bracket.and_then(|p| pick(&parties, p)) {
                            Some(party) => format!("Words ⟦under discussion⟧{{{party}}} {n}."),
                            None => format!("Agreed words {n}."),
                        };
                        entente
                            .add_provision(
                                agreement,
                                ProvisionKind::Paragraph,
                                at_end(Some(article)),
                                &common::text("", &words),
                            )
                            .map(drop)
                    }
                    None => Ok(()),
                }
            }
            Step::Clause(which) => {
                let clause =
                    ["signature", "entry-into-force", "depositary"][usize::from(which) % 3];
                entente
                    .insert_template(agreement, clause, &BTreeMap::new(), at_end(None))
                    .map(drop)
            }
            Step::Move(what, under) => match (
                pick(&live, what),
                pick(&of_kind(ProvisionKind::Article), under),
            ) {
                (Some(what), Some(under)) => entente.move_provision(what, at_end(Some(under))),
                _ => Ok(()),
            },
            Step::Delete(what) => pick(&live, what).map_or(Ok(()), |p| entente.delete_provision(p)),
            Step::Status(what, agreed) => pick(&live, what).map_or(Ok(()), |p| {
                let status = if agreed {
                    ProvisionStatus::Agreed
                } else {
                    ProvisionStatus::InformallyAgreed
                };
                entente.set_provision_status(p, status, "")
            }),
            Step::Position(what, party, stance) => match (pick(&live, what), pick(&parties, party))
            {
                (Some(p), Some(party)) => {
                    let stance = [Stance::Supports, Stance::Opposes, Stance::Flexible]
                        [usize::from(stance) % 3];
                    let position = NewPosition {
                        stance,
                        amendment: String::new(),
                        clearance: Default::default(),
                        cleared_on: None,
                        note: format!("Note {n}"),
                        preferred_option: None,
                        option_stances: vec![],
                    };
                    entente.record_position(p, party, &position).map(drop)
                }
                _ => Ok(()),
            },
            Step::Option(what, party) => match (
                pick(&of_kind(ProvisionKind::Paragraph), what),
                pick(&parties, party),
            ) {
                (Some(p), Some(party)) => {
                    let texts = BTreeMap::from([(
                        "en".to_string(),
                        format!("Option words ⟦{n}⟧{{{party}}}"),
                    )]);
                    entente.add_option(p, &texts, &[party]).map(drop)
                }
                _ => Ok(()),
            },
            Step::Statement(what, party) => match (pick(&live, what), pick(&parties, party)) {
                (Some(p), Some(party)) => {
                    let statement = NewStatement {
                        party_id: party,
                        made_on: "2026-03-12".into(),
                        kind: StatementKind::Summary,
                        text: format!("Statement {n}"),
                        source: String::new(),
                    };
                    entente.add_statement(p, &statement).map(drop)
                }
                _ => Ok(()),
            },
            Step::Version => entente
                .save_version(agreement, &format!("Rev.{n}"))
                .map(drop),
        };
    }
    agreement
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Export, import on a machine that already holds other work (so every
    /// row id differs), export again: the same bytes.
    #[test]
    fn any_agreement_survives_the_round_trip(steps in proptest::collection::vec(step(), 0..40)) {
        let (here_dir, here) = common::open();
        // Other work first, so that row ids and bundle numbers differ.
        negotiate(&here, &[Step::Party(false), Step::Article]);
        let agreement = negotiate(&here, &steps);
        let (path, first) = bundle_of(&here, agreement, here_dir.path(), "a.entente");
        assert_references_in_range(&serde_json::from_str(&common::exchange_json(&first)).unwrap());

        let (there_dir, there) = common::open();
        for _ in 0..2 {
            negotiate(&there, &[Step::Party(false), Step::Article, Step::Paragraph(0, Some(0))]);
        }
        let copy = there.import_bundle(&path).unwrap();
        prop_assert_ne!(copy, agreement);
        let (_, second) = bundle_of(&there, copy, there_dir.path(), "b.entente");
        prop_assert!(first == second, "the round trip changed the bundle");
    }
}

#[test]
fn a_bundle_whose_provisions_do_not_form_a_text_is_refused() {
    let bundle: serde_json::Value = serde_json::from_str(&sample_bundle()).unwrap();
    let provisions = bundle["tables"]["provision"].as_array().unwrap();
    let paragraph = provisions
        .iter()
        .position(|p| p["kind"] == "subparagraph")
        .unwrap();
    // A sub-paragraph that is its own parent, then one at the top of the text.
    let mut circle = bundle.clone();
    circle["tables"]["provision"][paragraph]["parent_id"] = (paragraph as i64 + 1).into();
    let mut top = bundle.clone();
    top["tables"]["provision"][paragraph]["parent_id"] = serde_json::Value::Null;
    for broken in [circle, top] {
        match refused(broken.to_string().as_bytes()) {
            Error::BundleBroken { table, row, .. } => {
                assert_eq!((table.as_str(), row), ("provision", paragraph + 1))
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn frozen_versions_name_parties_by_the_bundles_own_numbers() {
    // Made after another agreement, so that the sample's row ids are not
    // the bundle's numbers.
    let (dir, entente) = common::open();
    let other = entente
        .create_agreement(&common::new_agreement("Other"))
        .unwrap()
        .id;
    common::party(
        &entente,
        other,
        "Norway",
        entente_core::model::PartyKind::State,
        vec![],
    );
    let sample = entente.create_sample().unwrap();
    let (_, bytes) = bundle_of(&entente, sample, dir.path(), "sample.entente");
    assert_references_in_range(&serde_json::from_str(&common::exchange_json(&bytes)).unwrap());
}

/// Every party named inside the bundle's frozen versions is one of its own
/// numbers (or 0, a party since removed), never a database's row id.
fn assert_references_in_range(bundle: &serde_json::Value) {
    let parties = bundle["tables"]["party"].as_array().unwrap().len() as i64;
    let in_range = |id: &serde_json::Value| (0..=parties).contains(&id.as_i64().unwrap());
    for version in bundle["tables"]["version"].as_array().unwrap() {
        let document = &version["snapshot"];
        for node in document["provisions"].as_array().unwrap() {
            let brackets = node["brackets"].as_array().into_iter().flatten();
            let options = node["options"].as_array().into_iter().flatten();
            let option_brackets = options
                .clone()
                .flat_map(|o| o["brackets"].as_array().into_iter().flatten());
            for bracket in brackets.chain(option_brackets) {
                let proposers = bracket["proposers"].as_array().unwrap();
                assert!(proposers.iter().all(in_range), "{bracket}");
            }
            for option in options {
                let proposers = option["proposers"].as_array().unwrap();
                assert!(proposers.iter().all(in_range), "{option}");
            }
        }
    }
}

#[test]
fn a_bundle_with_its_tables_twice_is_refused() {
    let bundle = sample_bundle();
    let tables = &bundle[bundle.find("\"tables\"").unwrap()..bundle.rfind('}').unwrap()];
    let twice = format!(
        "{},\n  {}\n}}\n",
        bundle[..bundle.rfind('}').unwrap()].trim_end(),
        tables.trim_end()
    );
    match refused(twice.as_bytes()) {
        Error::BundleBroken { table, .. } => assert_eq!(table, "tables"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_bundle_of_the_first_format_still_opens() {
    let mut bundle: serde_json::Value = serde_json::from_str(&sample_bundle()).unwrap();
    bundle["version"] = 1.into();
    let tables = bundle["tables"].as_object_mut().unwrap();
    tables.remove("agreement_framing");
    for provision in tables["provision"].as_array_mut().unwrap() {
        provision.as_object_mut().unwrap().remove("numbering");
    }
    let (dir, entente) = common::open();
    let path = dir.path().join("first-format.entente");
    std::fs::write(&path, bundle.to_string()).unwrap();
    let id = entente.import_bundle(&path).unwrap();
    let document = entente.document(id).unwrap();
    assert!(document
        .provisions
        .iter()
        .all(|p| p.numbering == NumberingMode::Counted));
    assert!(document.provisions.len() > 20);
}

#[test]
fn a_file_handed_to_the_app_is_read_as_what_its_name_says() {
    use entente_core::exchange::ImportKind;
    let (_dir, entente) = common::open();
    let sample = entente.create_sample().unwrap();
    let party = entente.parties(sample).unwrap()[0].id;
    let bundle = entente.default_exchange_file(sample, None).unwrap();
    let packet = entente.default_exchange_file(sample, Some(party)).unwrap();
    assert_eq!(ImportKind::of_path(&bundle), ImportKind::Bundle);
    assert_eq!(ImportKind::of_path(&packet), ImportKind::Packet);
    for (name, kind) in [
        ("D:\\Sessions\\AI-HEALTH.ENTENTE", ImportKind::Bundle),
        ("/media/key/Kenya.Positions", ImportKind::Packet),
        ("draft.docx", ImportKind::Text),
        ("draft.md", ImportKind::Text),
        ("notes.entente.txt", ImportKind::Text),
        ("README", ImportKind::Text),
    ] {
        assert_eq!(ImportKind::of_path(Path::new(name)), kind, "{name}");
    }
}

#[test]
fn a_bundle_is_compressed_and_the_same_on_every_machine() {
    let (dir, entente) = common::open();
    let sample = entente.create_sample().unwrap();
    let (_, first) = bundle_of(&entente, sample, dir.path(), "first.entente");
    let (_, second) = bundle_of(&entente, sample, dir.path(), "second.entente");
    assert_eq!(&first[..2], [0x1f, 0x8b], "gzip");
    assert_eq!(first, second, "no name or time in the gzip header");
    let json = common::exchange_json(&first);
    assert!(json.starts_with("{\n  \"format\": \"entente-bundle\",\n  \"version\": 3,"));
    // Laid out down to the rows, each row on a line of its own.
    let language = r#"    "agreement_language": [
      {"authentic":1,"code":"en","position":0},
"#;
    assert!(json.contains(language), "the outline, then a row a line");
    assert!(
        first.len() * 4 < json.len(),
        "{} of {}",
        first.len(),
        json.len()
    );
}

/// Kept as the previous format wrote it (uncompressed JSON, version 2),
/// from the sample negotiation.
const FORMAT_2: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/exchange-fixtures/sample-format-2.entente"
);

#[test]
fn a_bundle_of_the_previous_format_imports_and_goes_out_again_the_same() {
    let (dir, entente) = common::open();
    let id = entente.import_bundle(Path::new(FORMAT_2)).unwrap();
    let (_, again) = bundle_of(&entente, id, dir.path(), "again.entente");
    let old: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(FORMAT_2).unwrap()).unwrap();
    let mut new: serde_json::Value = serde_json::from_str(&common::exchange_json(&again)).unwrap();
    assert_eq!(new["version"], 3);
    new["version"] = 2.into();
    assert!(new == old, "the same rows, only the version raised");
}

#[test]
fn a_compressed_bundle_cut_short_or_damaged_is_refused() {
    let (dir, entente) = common::open();
    let sample = entente.create_sample().unwrap();
    let (_, bytes) = bundle_of(&entente, sample, dir.path(), "s.entente");
    let cut = &bytes[..bytes.len() / 2];
    match refused(cut) {
        Error::ExchangeUnreadable { problem, line, .. } => {
            assert_eq!(problem, "truncated");
            assert!(line > 1, "where the reading stopped: line {line}");
        }
        other => panic!("{other:?}"),
    }
    let mut damaged = bytes.clone();
    for byte in &mut damaged[bytes.len() / 3..bytes.len() / 3 + 64] {
        *byte ^= 0x5a;
    }
    match refused(&damaged) {
        Error::ExchangeUnreadable { problem, .. } => assert_eq!(problem, "garbled"),
        other => panic!("{other:?}"),
    }
}
