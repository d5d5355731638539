//! `entente bundle` and `entente packet` on real files and databases: the
//! secretariat's machine and a delegation's, passing files between them.

mod common;

use std::path::Path;

use serde_json::Value;

fn run(dir: &Path, args: &[&str]) -> String {
    common::stdout(common::entente_cli(dir).args(args))
}

/// Runs a command that must fail as a problem with its input (exit 1),
/// and returns what it said.
fn refused(dir: &Path, args: &[&str]) -> String {
    let output = common::entente_cli(dir).args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn a_bundle_and_a_packet_go_out_and_come_back() {
    let root = tempfile::tempdir().unwrap();
    let (secretariat, delegation) = (root.path().join("secretariat"), root.path().join("kenya"));
    let file = |name: &str| root.path().join(name).display().to_string();
    let id = run(&secretariat, &["sample"]).trim().to_string();

    let written = run(
        &secretariat,
        &["bundle", "export", &id, "--out", &file("rev2.entente")],
    );
    assert!(
        written.starts_with(&format!("Wrote {}", file("rev2.entente"))),
        "{written}"
    );
    // On a laptop where Entente has never run, the bundle makes the database.
    let copy = run(&delegation, &["bundle", "import", &file("rev2.entente")])
        .trim()
        .to_string();
    run(
        &delegation,
        &["bundle", "export", &copy, "--out", &file("again.entente")],
    );
    assert!(
        std::fs::read(file("rev2.entente")).unwrap()
            == std::fs::read(file("again.entente")).unwrap(),
        "the copy's bundle is the original's"
    );

    // India's delegation records a position; so does the secretariat, on
    // another provision, before the packet arrives.
    let show: Value = serde_json::from_str(&run(&delegation, &["show", &copy, "--json"])).unwrap();
    let india =
        serde_json::from_str::<Value>(&run(&delegation, &["report", &copy, "--format", "json"]))
            .unwrap()["parties"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "India")
            .map(|p| p["id"].as_i64().unwrap())
            .unwrap();
    assert!(show["counts"]["articles"].as_u64().unwrap() > 10);
    let written = run(
        &delegation,
        &[
            "packet",
            "export",
            &copy,
            "--party",
            &india.to_string(),
            "--out",
            &file("india.positions"),
        ],
    );
    assert!(written.contains("positions on 5 provisions"), "{written}");

    let merged = run(
        &secretariat,
        &["packet", "import", &file("india.positions")],
    );
    assert_eq!(
        merged.trim(),
        "India: 0 applied, 5 unchanged, 0 to resolve."
    );
    let json: Value = serde_json::from_str(&run(
        &secretariat,
        &["packet", "import", &file("india.positions"), "--json"],
    ))
    .unwrap();
    assert_eq!(json["unchanged"].as_array().unwrap().len(), 5);
}

#[test]
fn bad_files_are_refused_with_where_and_why() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let id = run(&dir, &["sample"]).trim().to_string();
    let bundle = root.path().join("sample.entente");
    run(
        &dir,
        &[
            "bundle",
            "export",
            &id,
            "--out",
            &bundle.display().to_string(),
        ],
    );

    let said = refused(&dir, &["bundle", "import", &bundle.display().to_string()]);
    assert!(said.contains("already on this machine"), "{said}");

    let cut = root.path().join("cut.entente");
    std::fs::write(
        &cut,
        "{\n  \"format\": \"entente-bundle\",\n  \"version\": 1,\n  \"tables\": {",
    )
    .unwrap();
    let said = refused(&dir, &["bundle", "import", &cut.display().to_string()]);
    assert!(
        said.contains(&format!("{}:4:13: the file ends too early", cut.display())),
        "{said}"
    );

    let said = refused(&dir, &["packet", "import", &bundle.display().to_string()]);
    assert!(
        said.contains("is not a position packet made by Entente"),
        "{said}"
    );

    let newer = root.path().join("newer.positions");
    std::fs::write(&newer, r#"{"format": "entente-positions", "version": 7}"#).unwrap();
    let said = refused(&dir, &["packet", "import", &newer.display().to_string()]);
    assert!(
        said.contains("newer version of Entente (format 7"),
        "{said}"
    );

    let said = refused(
        &dir,
        &[
            "packet",
            "export",
            &id,
            "--party",
            "999",
            "--out",
            "x.positions",
        ],
    );
    assert!(said.contains("999"), "{said}");
}
