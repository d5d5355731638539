//! `entente report` on a negotiation recorded through the core.

mod common;

use entente_core::model::{
    Clearance, NewPosition, PartyKind, ProvisionKind, ProvisionStatus, Stance,
};
use entente_core::Entente;
use serde_json::Value;

fn position(stance: Stance, clearance: Clearance) -> NewPosition {
    NewPosition {
        stance,
        amendment: String::new(),
        clearance,
        cleared_on: None,
        note: String::new(),
        preferred_option: None,
        option_stances: Vec::new(),
    }
}

/// Three articles, three parties and a group: article 1 agreed, article 2
/// opposed by Brazil, article 3 supported by all but Ghana's reservation.
fn negotiation(dir: &std::path::Path) -> i64 {
    let entente = Entente::open(dir).unwrap();
    let a = entente
        .create_agreement(&common::new_agreement(
            "Framework Agreement on AI for Health",
        ))
        .unwrap()
        .id;
    let articles: Vec<i64> = ["Objective", "Data equity", "Workforce"]
        .iter()
        .map(|h| common::add(&entente, a, ProvisionKind::Article, None, h))
        .collect();
    let party =
        |name: &str, kind, members: Vec<i64>| common::party(&entente, a, name, kind, members);
    let kenya = party("Kenya", PartyKind::State, vec![]);
    let ghana = party("Ghana", PartyKind::State, vec![]);
    let brazil = party("Brazil | Federative Republic", PartyKind::State, vec![]);
    let group = party("African Group", PartyKind::Group, vec![kenya, ghana]);
    entente
        .set_provision_status(articles[0], ProvisionStatus::Agreed, "")
        .unwrap();
    for &article in &articles {
        entente
            .record_position(
                article,
                group,
                &position(Stance::Supports, Clearance::NotNeeded),
            )
            .unwrap();
    }
    entente
        .record_position(
            articles[1],
            brazil,
            &position(Stance::Opposes, Clearance::NotNeeded),
        )
        .unwrap();
    entente
        .record_position(
            articles[2],
            brazil,
            &position(Stance::Supports, Clearance::PendingCapital),
        )
        .unwrap();
    entente
        .record_position(
            articles[2],
            ghana,
            &position(Stance::Reservation, Clearance::NotNeeded),
        )
        .unwrap();
    a
}

fn run(dir: &std::path::Path, args: &[&str]) -> String {
    common::stdout(common::entente_cli(dir).args(args))
}

#[test]
fn the_report_as_json_holds_the_matrix_and_the_roll_up() {
    let dir = tempfile::tempdir().unwrap();
    let id = negotiation(dir.path()).to_string();
    let report: Value =
        serde_json::from_str(&run(dir.path(), &["report", &id, "--format", "json"])).unwrap();

    let names: Vec<&str> = report["parties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Kenya", "Ghana", "Brazil | Federative Republic"],
        "groups are not columns"
    );
    let rows = report["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["status"], "agreed");
    // Kenya speaks through its group; Ghana's own reservation overrides it.
    assert_eq!(rows[2]["cells"][0]["stance"], "supports");
    assert_eq!(rows[2]["cells"][0]["through_group"], true);
    assert_eq!(rows[2]["cells"][1]["stance"], "reservation");

    let roll_up = &report["roll_up"];
    assert_eq!(roll_up["provisions"], 3);
    assert!((roll_up["share_agreed"].as_f64().unwrap() - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(roll_up["blocked"].as_array().unwrap().len(), 1);
    assert_eq!(roll_up["blocked"][0]["provision_id"], rows[1]["id"]);
    assert_eq!(roll_up["most_reservations"][0][1], 1);
    assert_eq!(roll_up["pending_clearances"].as_array().unwrap().len(), 1);
    // Article 3 has one party still to convince, article 2 one (Brazil opposes).
    assert_eq!(
        roll_up["closest_to_consensus"][0]["holding_out"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn the_report_as_markdown_reads_as_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let id = negotiation(dir.path()).to_string();
    let md = run(dir.path(), &["report", &id]);
    assert!(
        md.starts_with("# Negotiation report: Framework Agreement on AI for Health\n"),
        "{md}"
    );
    assert!(md.contains("- 3 provisions: 33% agreed (1 agreed, 0 agreed ad referendum, 0 informally agreed, 2 pending)"), "{md}");
    assert!(
        md.contains("- Article 2 is blocked: opposed by Brazil \\| Federative Republic"),
        "{md}"
    );
    assert!(md.contains("- Ghana holds one reservation"), "{md}");
    assert!(
        md.contains("- Article 3: Brazil \\| Federative Republic awaits its capital's clearance"),
        "{md}"
    );
    assert!(
        md.contains("| Provision | Status | Kenya | Ghana | Brazil \\| Federative Republic |"),
        "{md}"
    );
    assert!(
        md.contains("| Article 3 | Pending | Supports (group) | Reservation | Supports |"),
        "{md}"
    );
    assert!(!md.contains('{'), "an unformatted message: {md}");
    // The same data gives the same bytes.
    assert_eq!(md, run(dir.path(), &["report", &id]));
}

#[test]
fn the_sample_negotiation_is_created_from_the_command_line() {
    let root = tempfile::tempdir().unwrap();
    // On a machine where the app has never run: the sample makes the database.
    let dir = root.path().join("fresh");
    let id = run(&dir, &["sample"]);
    let id = id.trim();
    assert!(id.parse::<i64>().is_ok(), "{id}");
    let report: Value =
        serde_json::from_str(&run(&dir, &["report", id, "--format", "json"])).unwrap();
    assert_eq!(report["parties"].as_array().unwrap().len(), 12);
    assert!(!report["roll_up"]["blocked"].as_array().unwrap().is_empty());
    let show: Value = serde_json::from_str(&run(&dir, &["show", id, "--json"])).unwrap();
    assert_eq!(show["counts"]["languages"], 2);
    assert!(show["counts"]["articles"].as_u64().unwrap() >= 10);
}
