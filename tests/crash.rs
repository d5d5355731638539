//! A user action interrupted by a crash (SIGKILL: a dead battery, a killed
//! process) or a power cut leaves all of it or none of it.
//!
//! The harness runs the user's actions made of many steps in a child
//! process (this test binary again, running `crash_child`), which prints
//! `done N` as each action returns, and kills it at a random instant. The
//! database it leaves must be exactly as a reference run left it after the
//! actions reported done, or after one more (committed, not yet reported);
//! any other state is a half-made action. An export may stop between two of
//! its files, each of them whole. `ENTENTE_CRASH_CYCLES` and
//! `ENTENTE_CRASH_SEED` set the run (scripts/crash-campaign.sh runs a long one).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use entente_core::export::{ExportRequest, Format, Rendering};
use entente_core::model::{
    AgreementDetails, AgreementId, AgreementKind, AgreementLanguage, Clearance, NewParty,
    NewPosition, PartyId, PartyKind, PartyRole, Placement, Stance, Value,
};
use entente_core::service::{BackupReason, ImportRequest};
use entente_core::Entente;
use rusqlite::Connection;
use tempfile::TempDir;

// ---------------------------------------------------------------------------
// The actions, as a user makes them.

/// Where an action finds what it works on: the files that came from
/// elsewhere, the folder it exports into, and the agreements of the base.
struct Desk {
    files: PathBuf,
    out: PathBuf,
    main: AgreementId,
    imported: AgreementId,
    leaving: PartyId,
}

type Action = fn(&Entente, &Desk);

/// Every action a user makes that writes more than one row, in the order
/// the child runs them.
const ACTIONS: [(&str, Action); 12] = [
    ("start an agreement from a kit", start_from_kit),
    ("back up the database", back_up),
    ("insert a clause in every language", insert_clause),
    ("import a text as a new agreement", import_new),
    ("attach a language", attach_language),
    ("read a revision", read_revision),
    ("import a bundle", import_bundle),
    ("merge a position packet", merge_packet),
    ("save a version", save_version),
    ("remove a party and its memberships", remove_party),
    ("restore the backup", restore_backup),
    ("export every rendering in every language", export),
];

fn start_from_kit(entente: &Entente, _: &Desk) {
    let details = six_languages(
        "Memorandum from the kit",
        AgreementKind::MemorandumOfUnderstanding,
    );
    let parties = [state("Ghana"), state("Peru")];
    entente
        .start_from_kit("bilateral-mou", &details, &parties, &BTreeMap::new())
        .unwrap();
}

fn back_up(entente: &Entente, _: &Desk) {
    entente.back_up().unwrap();
}

fn restore_backup(entente: &Entente, _: &Desk) {
    let backups = entente.backups().unwrap();
    let manual = backups.iter().find(|b| b.reason == BackupReason::Manual);
    entente.restore_backup(&manual.unwrap().name).unwrap();
}

fn insert_clause(entente: &Entente, desk: &Desk) {
    let values = BTreeMap::from([("share_hours".to_string(), Value::Integer(72))]);
    let at_end = Placement {
        parent: None,
        index: None,
    };
    entente
        .insert_template(desk.main, "outbreak-surveillance", &values, at_end)
        .unwrap();
}

fn import_new(entente: &Entente, desk: &Desk) {
    entente
        .import(&import_request(desk, "shared-data.en.md", "en"))
        .unwrap();
}

fn attach_language(entente: &Entente, desk: &Desk) {
    let request = ImportRequest {
        into: Some(desk.imported),
        ..import_request(desk, "shared-data.fr.md", "fr")
    };
    entente.import(&request).unwrap();
}

fn read_revision(entente: &Entente, desk: &Desk) {
    let request = ImportRequest {
        into: Some(desk.imported),
        revision: Some("Second reading".into()),
        ..import_request(desk, "shared-data.revised.en.md", "en")
    };
    entente.import(&request).unwrap();
}

fn import_bundle(entente: &Entente, desk: &Desk) {
    entente
        .import_bundle(&desk.files.join("carried.entente"))
        .unwrap();
}

fn merge_packet(entente: &Entente, desk: &Desk) {
    entente
        .import_packet(&desk.files.join("chile.positions"), &[])
        .unwrap();
}

fn save_version(entente: &Entente, desk: &Desk) {
    entente
        .save_version(desk.main, "Before the plenary")
        .unwrap();
}

fn remove_party(entente: &Entente, desk: &Desk) {
    entente.remove_party(desk.leaving).unwrap();
}

fn export(entente: &Entente, desk: &Desk) {
    let request = ExportRequest {
        languages: Vec::new(),
        renderings: vec![
            Rendering::Clean,
            Rendering::Bracketed,
            Rendering::Compilation,
            Rendering::Report,
        ],
        formats: Format::ALL.to_vec(),
        draft: true,
        place: "Geneva".into(),
        date: Some("2026-12-05".into()),
    };
    entente.export(desk.main, &request, &desk.out).unwrap();
}

fn import_request(desk: &Desk, file: &str, language: &str) -> ImportRequest {
    ImportRequest {
        path: desk.files.join(file),
        language: language.into(),
        ..ImportRequest::default()
    }
}

fn six_languages(title: &str, kind: AgreementKind) -> AgreementDetails {
    AgreementDetails {
        kind,
        titles: BTreeMap::from([("en".to_string(), title.to_string())]),
        languages: ["ar", "zh", "en", "fr", "ru", "es"]
            .map(|code| AgreementLanguage {
                code: code.into(),
                authentic: true,
            })
            .into(),
        working_language: "en".into(),
        symbol: String::new(),
    }
}

fn state(name: &str) -> NewParty {
    NewParty {
        kind: PartyKind::State,
        role: PartyRole::Party,
        names: BTreeMap::from([("en".to_string(), name.to_string())]),
        members: vec![],
    }
}

fn position(note: &str) -> NewPosition {
    NewPosition {
        stance: Stance::Supports,
        amendment: String::new(),
        clearance: Clearance::default(),
        cleared_on: None,
        note: note.into(),
        preferred_option: None,
        option_stances: Vec::new(),
    }
}

// ---------------------------------------------------------------------------
// What the actions start from.

const SHARED_DATA_EN: &str = "\
# Agreement on shared training data for clinical AI

The Parties,

Recognizing that clinical AI depends on data of good quality,

Have agreed as follows:

## Article 1 — Purpose

1. This Agreement sets out how the Parties share training data for clinical AI.

2. Each Party designates a contact point for this purpose.

## Article 2 — Safeguards

The Parties protect the personal data of patients.
";

const SHARED_DATA_FR: &str = "\
# Accord sur les données d’entraînement partagées pour l’IA clinique

Les Parties,

Reconnaissant que l’IA clinique dépend de données de bonne qualité,

Sont convenues de ce qui suit :

## Article premier — Objet

1. Le présent Accord définit la manière dont les Parties partagent les données d’entraînement pour l’IA clinique.

2. Chaque Partie désigne un point de contact à cette fin.

## Article 2 — Garanties

Les Parties protègent les données personnelles des patients.
";

const SHARED_DATA_REVISED_EN: &str = "\
# Agreement on shared training data for clinical AI

The Parties,

Recognizing that clinical AI depends on data of good and documented quality,

Have agreed as follows:

## Article 1 — Purpose

1. This Agreement sets out how the Parties share training data for clinical AI.

2. Each Party designates a national contact point for this purpose.

## Article 2 — Safeguards

The Parties protect the personal data of patients and of health workers.

## Article 3 — Review

The Parties review this Agreement every three years.
";

/// A data directory holding the negotiation the actions work on, and the
/// files that came from elsewhere: a bundle, a delegation's packet, texts.
struct Fixture {
    base: TempDir,
    files: TempDir,
}

impl Fixture {
    fn prepare() -> Fixture {
        let files = tempfile::tempdir().unwrap();
        for (name, text) in [
            ("shared-data.en.md", SHARED_DATA_EN),
            ("shared-data.fr.md", SHARED_DATA_FR),
            ("shared-data.revised.en.md", SHARED_DATA_REVISED_EN),
        ] {
            std::fs::write(files.path().join(name), text).unwrap();
        }

        // An agreement drafted on another machine, carried in a bundle.
        let elsewhere = tempfile::tempdir().unwrap();
        let other = Entente::open(elsewhere.path()).unwrap();
        let declaration = other
            .start_from_kit(
                "joint-declaration",
                &six_languages("Declaration carried in", AgreementKind::JointDeclaration),
                &[state("Ghana"), state("Peru"), state("Nepal")],
                &BTreeMap::new(),
            )
            .unwrap();
        other
            .export_bundle(declaration, &files.path().join("carried.entente"))
            .unwrap();

        let base = tempfile::tempdir().unwrap();
        let entente = Entente::open(base.path()).unwrap();
        let main = entente
            .start_from_kit(
                "multilateral-framework",
                &six_languages(
                    "Framework under negotiation",
                    AgreementKind::FrameworkAgreement,
                ),
                &["Kenya", "Chile", "Norway", "Fiji"].map(state),
                &BTreeMap::new(),
            )
            .unwrap();
        let fiji = party_named(&entente, main, "Fiji");
        entente
            .add_party(
                main,
                &NewParty {
                    kind: PartyKind::Group,
                    members: vec![fiji],
                    ..state("Pacific States")
                },
            )
            .unwrap();
        entente
            .import_source(
                &SHARED_DATA_EN.into(),
                &ImportRequest {
                    path: "shared-data.en.md".into(),
                    language: "en".into(),
                    title: Some("Shared training data".into()),
                    ..ImportRequest::default()
                },
            )
            .unwrap();

        // Chile's delegation records positions on its copy and sends them.
        let carried_main = files.path().join("main.entente");
        entente.export_bundle(main, &carried_main).unwrap();
        let delegation_dir = tempfile::tempdir().unwrap();
        let delegation = Entente::open(delegation_dir.path()).unwrap();
        let copy = delegation.import_bundle(&carried_main).unwrap();
        let chile = party_named(&delegation, copy, "Chile");
        for node in delegation.document(copy).unwrap().provisions.iter().take(5) {
            delegation
                .record_position(node.id, chile, &position("From Santiago"))
                .unwrap();
        }
        delegation
            .export_packet(copy, chile, &files.path().join("chile.positions"))
            .unwrap();
        Fixture { base, files }
    }

    /// A fresh copy of the base in a data directory of its own.
    fn copy(&self) -> TempDir {
        let dir = tempfile::tempdir().unwrap();
        for entry in std::fs::read_dir(self.base.path()).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
            }
        }
        dir
    }
}

fn party_named(entente: &Entente, agreement: AgreementId, name: &str) -> PartyId {
    let parties = entente.parties(agreement).unwrap();
    parties.iter().find(|p| p.names["en"] == name).unwrap().id
}

fn agreement_titled(entente: &Entente, title: &str) -> AgreementId {
    let agreements = entente.list_agreements().unwrap();
    agreements.iter().find(|a| a.title == title).unwrap().id
}

/// The desk of a data directory made from the fixture's base.
fn desk(entente: &Entente, dir: &Path, files: &Path) -> Desk {
    let main = agreement_titled(entente, "Framework under negotiation");
    Desk {
        files: files.to_path_buf(),
        out: dir.join("exported"),
        main,
        imported: agreement_titled(entente, "Shared training data"),
        leaving: party_named(entente, main, "Fiji"),
    }
}

// ---------------------------------------------------------------------------
// What a data directory holds.

/// A data directory's content: each table's rows (count and a hash of
/// their values, leaving out what differs between two runs of the same
/// actions: random uids, times, frozen snapshots), the exported files, and
/// how many backups of each kind are listed.
#[derive(Debug, PartialEq)]
struct State {
    tables: BTreeMap<String, (usize, u64)>,
    exported: BTreeMap<String, u64>,
    backups: BTreeMap<BackupReason, usize>,
}

const DIFFERS_BETWEEN_RUNS: [&str; 7] = [
    "uid",
    "created_at",
    "updated_at",
    "at",
    "recorded_at",
    "written_at",
    "snapshot",
];

impl State {
    /// Opens the database as the app would after the crash (which recovers
    /// its journal), checks that SQLite finds it sound, and reads it.
    fn of(dir: &Path) -> State {
        drop(Entente::open(dir).expect("the database opens after the crash"));
        let conn = Connection::open(dir.join("entente.sqlite3")).unwrap();
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .unwrap();
        assert_eq!(integrity, "ok", "{}", dir.display());
        let broken_references = conn
            .prepare("PRAGMA foreign_key_check")
            .unwrap()
            .query_map([], |_| Ok(()))
            .unwrap()
            .count();
        assert_eq!(broken_references, 0, "{}", dir.display());

        let tables = common::names(&conn, "SELECT name FROM sqlite_master WHERE type = 'table'")
            .into_iter()
            .map(|table| {
                let rows = table_rows(&conn, &table);
                (table, rows)
            })
            .collect();
        let mut backups = BTreeMap::new();
        for backup in entente_core::store::backups::list(&dir.join("backups")).unwrap() {
            *backups.entry(backup.reason).or_default() += 1;
        }
        State {
            tables,
            exported: exported_files(&dir.join("exported")),
            backups,
        }
    }

    /// What differs from `other`: tables and files, by name.
    fn differences(&self, other: &State) -> Vec<String> {
        let tables = self.tables.keys().chain(other.tables.keys());
        let tables = tables.filter(|t| self.tables.get(*t) != other.tables.get(*t));
        let files = self.exported.keys().chain(other.exported.keys());
        let files = files.filter(|f| self.exported.get(*f) != other.exported.get(*f));
        let mut differing: BTreeSet<String> = tables.chain(files).cloned().collect();
        if self.backups != other.backups {
            differing.insert("backups".into());
        }
        differing.into_iter().collect()
    }

    /// The state an action in progress may have left: every table as it
    /// was before or after, and of an export, some of its files, each whole.
    /// A restore interrupted after it copied the database as it was leaves
    /// that copy listed, the database untouched: a spare copy, not a
    /// half-made action.
    fn is_within(&self, before: &State, after: &State) -> bool {
        let spare_copies = before
            .backups
            .iter()
            .all(|(reason, count)| self.backups.get(reason) >= Some(count));
        (self.tables == before.tables && self.exported == before.exported && spare_copies)
            || (self.tables == after.tables
                && self.backups == after.backups
                && self
                    .exported
                    .iter()
                    .all(|(name, hash)| after.exported.get(name) == Some(hash)))
    }
}

fn table_rows(conn: &Connection, table: &str) -> (usize, u64) {
    let columns: Vec<String> = common::names(
        conn,
        &format!("SELECT name FROM pragma_table_info('{table}')"),
    )
    .into_iter()
    .filter(|c| !DIFFERS_BETWEEN_RUNS.contains(&c.as_str()))
    .collect();
    let list = columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let mut rows: Vec<String> = conn
        .prepare(&format!("SELECT {list} FROM \"{table}\""))
        .unwrap()
        .query_map([], |row| {
            let values: Vec<rusqlite::types::Value> = (0..columns.len())
                .map(|i| row.get(i))
                .collect::<Result<_, _>>()?;
            Ok(format!("{values:?}"))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows.sort();
    (rows.len(), hash(&rows))
}

/// The files under their final names (the manifest without the time of
/// the text it names); an export's staging folder is hidden and left out.
fn exported_files(out: &Path) -> BTreeMap<String, u64> {
    let Ok(entries) = std::fs::read_dir(out) else {
        return BTreeMap::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let mut bytes = std::fs::read(&p).unwrap();
            if name == "manifest.json" {
                let mut manifest: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                manifest["text_as_of"].take();
                bytes = manifest.to_string().into_bytes();
            }
            (name, hash(&bytes))
        })
        .filter(|(name, _)| !name.starts_with('.'))
        .collect()
}

fn hash(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

// ---------------------------------------------------------------------------
// The child process, and killing it.

#[test]
#[ignore = "the crash harness's child process, started by the tests of this file"]
fn crash_child() {
    let dir = PathBuf::from(std::env::var_os("ENTENTE_CRASH_DIR").expect("ENTENTE_CRASH_DIR"));
    let files =
        PathBuf::from(std::env::var_os("ENTENTE_CRASH_FILES").expect("ENTENTE_CRASH_FILES"));
    let entente = Entente::open(&dir).unwrap();
    let desk = desk(&entente, &dir, &files);
    match std::env::var("ENTENTE_CRASH_MODE").as_deref() {
        Ok("actions") => {
            for (index, (_, action)) in ACTIONS.iter().enumerate() {
                println!("start {index}");
                action(&entente, &desk);
                println!("done {index}");
            }
        }
        Ok("saves") => {
            let provisions = entente.document(desk.main).unwrap().provisions;
            let kenya = party_named(&entente, desk.main, "Kenya");
            for index in 0.. {
                // Saves of every size: a position, and now and then a
                // clause in six languages, so that the journal grows and
                // is checkpointed into the database while copies are taken.
                let provision = provisions[index % provisions.len()].id;
                entente
                    .record_position(provision, kenya, &position(&format!("save {index}")))
                    .unwrap();
                if index % 4 == 3 {
                    insert_clause(&entente, &desk);
                }
                println!("done {index}");
            }
        }
        mode => panic!("ENTENTE_CRASH_MODE: {mode:?}"),
    }
}

/// The child on a data directory, its lines timed as they come.
struct Running {
    child: Child,
    timeline: Arc<Mutex<Timeline>>,
    reader: std::thread::JoinHandle<()>,
}

/// When, from the child's start, it began each action and reported it done.
#[derive(Default)]
struct Timeline {
    started: Vec<Duration>,
    done: Vec<Duration>,
}

impl Running {
    fn start(mode: &str, dir: &Path, files: &Path) -> Running {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["crash_child", "--exact", "--ignored", "--nocapture"])
            .env("ENTENTE_CRASH_MODE", mode)
            .env("ENTENTE_CRASH_DIR", dir)
            .env("ENTENTE_CRASH_FILES", files)
            .env_remove("ENTENTE_DATA_DIR")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let began = Instant::now();
        let timeline = Arc::new(Mutex::new(Timeline::default()));
        let written = Arc::clone(&timeline);
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let line = line.unwrap();
                let mut timeline = written.lock().unwrap();
                if line.starts_with("start ") {
                    timeline.started.push(began.elapsed());
                } else if line.starts_with("done ") {
                    timeline.done.push(began.elapsed());
                }
            }
        });
        Running {
            child,
            timeline,
            reader,
        }
    }

    fn reported(&self) -> usize {
        self.timeline.lock().unwrap().done.len()
    }

    /// Waits until the child has begun action `index` (false if it ended first).
    fn wait_for_start(&mut self, index: usize) -> bool {
        while self.timeline.lock().unwrap().started.len() <= index {
            if self.child.try_wait().unwrap().is_some() {
                return false;
            }
            std::thread::sleep(Duration::from_micros(100));
        }
        true
    }

    /// Kills the child (SIGKILL) and returns how many actions it reported done.
    fn kill(mut self) -> usize {
        self.child.kill().unwrap();
        self.finish().done.len()
    }

    /// Waits for the child to end, which it must do well unless killed.
    fn finish(mut self) -> Timeline {
        let status = self.child.wait().unwrap();
        self.reader.join().unwrap();
        let timeline = std::mem::take(&mut *self.timeline.lock().unwrap());
        assert!(
            status.success() || status.code().is_none(),
            "the child failed after {} actions: {status}",
            timeline.done.len()
        );
        timeline
    }

    /// Freezes the child where it is (SIGSTOP), runs `look`, and lets it go on.
    fn frozen<T>(&self, look: impl FnOnce(usize) -> T) -> T {
        let pid = self.child.id().to_string();
        signal("-STOP", &pid);
        // The signal is delivered asynchronously: wait until the kernel
        // reports the process stopped.
        let stat = format!("/proc/{pid}/stat");
        while !std::fs::read_to_string(&stat)
            .unwrap()
            .rsplit(')')
            .next()
            .unwrap()
            .trim_start()
            .starts_with('T')
        {
            std::thread::yield_now();
        }
        let seen = look(self.reported());
        signal("-CONT", &pid);
        seen
    }
}

fn signal(which: &str, pid: &str) {
    assert!(Command::new("kill")
        .args([which, pid])
        .status()
        .unwrap()
        .success());
}

/// A small random number generator (xorshift), seeded by the run so that a
/// failing run can be replayed with `ENTENTE_CRASH_SEED`.
struct Dice(u64);

impl Dice {
    fn from_env() -> Dice {
        let seed = std::env::var("ENTENTE_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
            });
        eprintln!("ENTENTE_CRASH_SEED={seed}");
        Dice(seed | 1)
    }

    /// A fraction in [0, 1).
    fn fraction(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn cycles(short_run: usize) -> usize {
    std::env::var("ENTENTE_CRASH_CYCLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(short_run)
}

// ---------------------------------------------------------------------------
// The tests.

#[test]
fn every_action_killed_at_any_moment_is_there_whole_or_not_at_all() {
    let fixture = Fixture::prepare();

    // The states a run goes through, action after action.
    let dir = fixture.copy();
    let entente = Entente::open(dir.path()).unwrap();
    let desk = desk(&entente, dir.path(), fixture.files.path());
    let mut states = vec![State::of(dir.path())];
    for (_, action) in ACTIONS {
        action(&entente, &desk);
        states.push(State::of(dir.path()));
    }
    drop(entente);

    // The child, left to finish, ends where the reference did; when it
    // reported each action done tells where to aim the kills.
    let dir = fixture.copy();
    let timeline = Running::start("actions", dir.path(), fixture.files.path()).finish();
    assert_eq!(timeline.done.len(), ACTIONS.len());
    let finished = State::of(dir.path());
    let differences = finished.differences(states.last().unwrap());
    assert!(differences.is_empty(), "{differences:?}");

    let mut dice = Dice::from_env();
    let mut interrupted = BTreeMap::<&str, usize>::new();
    let cycles = cycles(12);
    for cycle in 0..cycles {
        let dir = fixture.copy();
        // An action drawn at random, then an instant within it, so that
        // short actions are interrupted as often as long ones.
        let aimed = (dice.fraction() * ACTIONS.len() as f64) as usize;
        let lasts = timeline.done[aimed] - timeline.started[aimed];
        let after = lasts.mul_f64(dice.fraction());
        let mut running = Running::start("actions", dir.path(), fixture.files.path());
        if running.wait_for_start(aimed) {
            std::thread::sleep(after);
        }
        let done = running.kill();
        let state = State::of(dir.path());
        let next = states.get(done + 1).unwrap_or(&states[done]);
        let action = ACTIONS.get(done).map_or("nothing (all done)", |a| a.0);
        assert!(
            state.is_within(&states[done], next),
            "cycle {cycle}, killed {after:?} into \"{}\" while it would {action}: \
             the data directory is in none of the states the actions pass through",
            ACTIONS[aimed].0
        );
        *interrupted.entry(action).or_default() += 1;
    }
    eprintln!("{cycles} kills, 0 half-made; interrupted: {interrupted:?}");
}

#[test]
fn a_copy_taken_at_any_instant_of_saving_opens_whole_with_every_reported_save() {
    let fixture = Fixture::prepare();
    let dir = fixture.copy();
    let mut running = Running::start("saves", dir.path(), fixture.files.path());
    let mut dice = Dice::from_env();
    let copies = tempfile::tempdir().unwrap();
    let mut taken = Vec::new();
    while running.reported() == 0 {
        let ended = running.child.try_wait().unwrap();
        assert!(ended.is_none(), "the child ended before saving: {ended:?}");
        std::thread::sleep(Duration::from_millis(1));
    }
    for copy in 0..cycles(12) {
        std::thread::sleep(Duration::from_millis(20 + (dice.fraction() * 200.0) as u64));
        let target = copies.path().join(copy.to_string());
        // What is on the disk at this instant, as a power cut would leave
        // it: the database and its journal (the shared-memory index is
        // rebuilt by whoever opens the files next).
        let reported = running.frozen(|reported| {
            std::fs::create_dir(&target).unwrap();
            for name in ["entente.sqlite3", "entente.sqlite3-wal"] {
                if dir.path().join(name).exists() {
                    std::fs::copy(dir.path().join(name), target.join(name)).unwrap();
                }
            }
            reported
        });
        taken.push((target, reported));
    }
    running.kill();

    let mut counted = BTreeSet::new();
    for (copy, reported) in &taken {
        State::of(copy);
        let conn = Connection::open(copy.join("entente.sqlite3")).unwrap();
        let saves: usize = conn
            .query_row(
                "SELECT count(*) FROM position WHERE note LIKE 'save %'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert!(
            saves >= *reported,
            "{}: {saves} saves, {reported} reported done before the copy",
            copy.display()
        );
        counted.insert(saves);
    }
    eprintln!(
        "{} copies opened whole, holding from {:?} to {:?} saves, none lost",
        taken.len(),
        counted.first().unwrap(),
        counted.last().unwrap()
    );
}

#[test]
fn a_sample_killed_at_any_moment_is_there_whole_or_not_at_all() {
    let whole = tempfile::tempdir().unwrap();
    let started = Instant::now();
    assert!(sample(whole.path()).status().unwrap().success());
    let duration = started.elapsed();
    let reference = shape(&Entente::open(whole.path()).unwrap(), 1);

    let dir = tempfile::tempdir().unwrap();
    // Kills spread over the whole run, the last ones where it writes to the
    // user's database.
    for fraction in [0.2, 0.5, 0.8, 0.9, 0.95, 0.99] {
        let mut child = sample(dir.path()).spawn().unwrap();
        std::thread::sleep(duration.mul_f64(fraction));
        child.kill().unwrap();
        child.wait().unwrap();
    }
    let entente = Entente::open(dir.path()).unwrap();
    for agreement in entente.list_agreements().unwrap() {
        assert_eq!(
            shape(&entente, agreement.id),
            reference,
            "agreement {} is half-made",
            agreement.id
        );
    }
}

/// `entente sample` on `dir`, as a child process of its own.
fn sample(dir: &Path) -> Command {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("entente"));
    command
        .env_remove("ENTENTE_DATA_DIR")
        .arg("--data-dir")
        .arg(dir)
        .arg("sample")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// What a whole sample holds: its provisions in every language, and its
/// versions.
fn shape(entente: &Entente, id: i64) -> (usize, usize, usize) {
    let document = entente.document(id).unwrap();
    let texts = document.provisions.iter().map(|n| n.texts.len()).sum();
    let versions = entente.versions(id).unwrap().len();
    (document.provisions.len(), texts, versions)
}
