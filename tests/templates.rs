//! The clause library in use: house templates beside the bundled ones (a
//! broken one left out with its problems), clauses inserted in every
//! language at once, values checked, the template remembered.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use entente_core::model::{InvalidValue, Placement, ProvisionKind, Value};
use entente_core::Error;

const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/template-cases");

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for file in std::fs::read_dir(from).unwrap() {
        let file = file.unwrap().path();
        std::fs::copy(&file, to.join(file.file_name().unwrap())).unwrap();
    }
}

/// A data directory whose house templates are the corpus's clean template
/// (as "incident-notification") and a broken one.
fn with_house_templates() -> (tempfile::TempDir, entente_core::Entente) {
    let (dir, entente) = common::open();
    let house = entente.house_templates_dir();
    copy(
        &Path::new(CASES).join("clean/incident-notification"),
        &house.join("incident-notification"),
    );
    copy(
        &Path::new(CASES).join("unclosed-tag/incident-notification"),
        &house.join("broken"),
    );
    (dir, entente)
}

fn at_end() -> Placement {
    Placement {
        parent: None,
        index: None,
    }
}

#[test]
fn house_templates_load_beside_the_bundled_ones_and_a_broken_one_is_reported() {
    let (_dir, entente) = with_house_templates();
    let library = entente.template_library();
    assert!(library.get("incident-notification").is_some());
    assert!(
        library
            .problems
            .iter()
            .any(|p| Path::new(&p.path).ends_with("broken/en.md")
                && p.code == "template-unclosed-tag")
    );
    assert!(library
        .problems
        .iter()
        .any(|p| Path::new(&p.path).ends_with("broken/template.json") && p.code == "template-id"));
}

#[test]
fn a_clause_goes_in_in_every_language_with_its_values() {
    let (_dir, entente) = with_house_templates();
    let a = entente
        .create_agreement(&common::new_agreement("T"))
        .unwrap()
        .id;
    let values = BTreeMap::from([
        ("days".to_string(), Value::Integer(1)),
        ("bilateral".to_string(), Value::Boolean(true)),
        (
            "host".to_string(),
            Value::Text("the World Health Organization".into()),
        ),
    ]);
    let made = entente
        .insert_template(a, "incident-notification", &values, at_end())
        .unwrap();
    assert_eq!(made.len(), 1);
    let document = entente.document(a).unwrap();
    let kinds: Vec<_> = document.provisions.iter().map(|n| n.kind).collect();
    use ProvisionKind::*;
    assert_eq!(
        kinds,
        [
            Article,
            Paragraph,
            Paragraph,
            Paragraph,
            Subparagraph,
            Subparagraph
        ]
    );
    let article = &document.provisions[0];
    assert_eq!(
        article.texts["en"].heading,
        "Notification of serious incidents"
    );
    assert_eq!(
        article.texts["fr"].heading,
        "Notification des incidents graves"
    );
    assert_eq!(
        article.template.as_ref().unwrap().id,
        "incident-notification"
    );
    let first = &document.provisions[1];
    assert!(
        first.texts["en"].body.starts_with(
            "Each Party shall notify the other Party of any serious incident within 1 day of"
        ),
        "{}",
        first.texts["en"].body
    );
    assert!(
        first.texts["fr"]
            .body
            .contains("l’autre Partie de tout incident grave dans un délai de 1 jour"),
        "{}",
        first.texts["fr"].body
    );
    assert!(document.provisions[2].texts["en"]
        .body
        .ends_with("transmitted to the World Health Organization."));
    assert_eq!(
        document.provisions[5].texts["fr"].body,
        "les mesures prises en réponse."
    );

    // Defaults: no host, so no second paragraph; thirty days.
    entente
        .insert_template(a, "incident-notification", &BTreeMap::new(), at_end())
        .unwrap();
    let document = entente.document(a).unwrap();
    let second: Vec<_> = document.provisions.iter().skip(6).map(|n| n.kind).collect();
    assert_eq!(
        second,
        [Article, Paragraph, Paragraph, Subparagraph, Subparagraph]
    );
    assert!(document.provisions[7].texts["en"]
        .body
        .contains("the other Parties of any serious incident within 30 days"));
}

#[test]
fn values_that_do_not_fit_are_refused_and_nothing_is_inserted() {
    let (_dir, entente) = with_house_templates();
    let a = entente
        .create_agreement(&common::new_agreement("T"))
        .unwrap()
        .id;
    for (name, value) in [
        ("days", Value::Integer(0)),
        ("days", Value::Text("thirty".into())),
        ("colour", Value::Text("blue".into())),
    ] {
        let values = BTreeMap::from([(name.to_string(), value)]);
        let refused = entente.insert_template(a, "incident-notification", &values, at_end());
        assert!(
            matches!(
                refused,
                Err(Error::InvalidValue(InvalidValue {
                    field: "template-variable",
                    ..
                }))
            ),
            "{name}: {refused:?}"
        );
    }
    assert!(matches!(
        entente.insert_template(a, "no-such-clause", &BTreeMap::new(), at_end()),
        Err(Error::UnknownTemplate { .. })
    ));
    assert!(
        entente.document(a).unwrap().provisions.is_empty(),
        "nothing half-inserted"
    );
}

/// Values at the edges of every variable of a template: each bound, each
/// boolean and option, optional ones empty and filled, one and three parties.
fn edge_values(template: &entente_core::templates::Template) -> Vec<BTreeMap<String, Value>> {
    use entente_core::templates::VariableType::*;
    let mut sets = vec![BTreeMap::new()];
    for (name, variable) in &template.manifest.variables {
        let choices: Vec<Value> = match variable.kind {
            Boolean => vec![Value::Boolean(true), Value::Boolean(false)],
            Integer => [
                variable.min,
                variable.max,
                Some(1),
                Some(2),
                Some(5),
                Some(21),
            ]
            .into_iter()
            .flatten()
            .filter(|n| {
                variable.min.is_none_or(|m| *n >= m) && variable.max.is_none_or(|m| *n <= m)
            })
            .map(Value::Integer)
            .collect(),
            Choice => variable.options.iter().cloned().map(Value::Text).collect(),
            Date => vec![Value::Text("2027-01-31".into())],
            Text => vec![Value::Text("the Coordinating Body".into())],
            Party => vec![Value::Parties(vec![1])],
            Parties => vec![Value::Parties(vec![1]), Value::Parties(vec![1, 2, 3])],
            Instrument => entente_core::model::AgreementKind::ALL
                .iter()
                .map(|kind| Value::Text(kind.as_str().into()))
                .collect(),
        };
        for choice in choices {
            let mut set = BTreeMap::new();
            set.insert(name.clone(), choice);
            sets.push(set);
        }
    }
    sets
}

#[test]
fn the_bundled_library_is_clean_and_every_clause_renders_in_every_language() {
    let folders = entente_core::templates::bundled();
    let library = entente_core::templates::Library::from_folders(folders.clone());
    let l = entente_core::i18n::Localizer::bundled("en", false);
    let problems: Vec<String> = library.problems.iter().map(|p| p.line(&l)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(library.templates.len(), folders.len());
    assert!(
        library.templates.len() >= 30,
        "a library of at least thirty clauses"
    );
    for template in &library.templates {
        let languages: Vec<&str> = template.texts.keys().map(String::as_str).collect();
        assert_eq!(
            languages,
            ["ar", "en", "es", "fr", "ru", "zh"],
            "{}",
            template.manifest.id
        );
    }
    let names = |id: i64| format!("State {id}");
    for template in &library.templates {
        for values in edge_values(template) {
            let mut all = template.defaults();
            all.extend(values.clone());
            for (language, text) in &template.texts {
                let nodes = entente_core::templates::syntax::parse(text).unwrap();
                let cx = entente_core::templates::render::Context {
                    language,
                    manifest: &template.manifest,
                    values: &all,
                    party_name: &names,
                };
                let markdown = entente_core::templates::render::expand(&nodes, &cx);
                assert!(
                    !markdown.contains("{{"),
                    "{} {language} {values:?}",
                    template.manifest.id
                );
                let clause = entente_core::templates::render::read(&markdown);
                let filled = match template.manifest.inserts {
                    entente_core::templates::Inserts::Article => {
                        !clause.heading.is_empty()
                            && (!clause.paragraphs.is_empty() || !clause.body.is_empty())
                    }
                    entente_core::templates::Inserts::Recitals => !clause.body.is_empty(),
                };
                assert!(
                    filled,
                    "{} in {language} with {values:?} renders empty",
                    template.manifest.id
                );
            }
        }
    }
}

/// The draft clean text of an agreement in one language, as exported.
fn exported_draft(entente: &entente_core::Entente, id: i64, language: &str) -> String {
    use entente_core::export::{ExportRequest, Format, Rendering};
    let out = tempfile::tempdir().unwrap();
    let request = ExportRequest {
        languages: vec![language.to_string()],
        renderings: vec![Rendering::Clean],
        formats: vec![Format::Md],
        draft: true,
        place: "Geneva".into(),
        date: Some("2027-03-01".into()),
    };
    let manifest = entente.export(id, &request, out.path()).unwrap();
    let file = &manifest.files[0].path;
    std::fs::read_to_string(out.path().join(file)).unwrap()
}

fn six_languages(title: &str) -> entente_core::model::AgreementDetails {
    entente_core::model::AgreementDetails {
        kind: entente_core::model::AgreementKind::FrameworkAgreement,
        titles: BTreeMap::from([("en".to_string(), title.to_string())]),
        languages: ["ar", "zh", "en", "fr", "ru", "es"]
            .map(|code| entente_core::model::AgreementLanguage {
                code: code.into(),
                authentic: true,
            })
            .into(),
        working_language: "en".into(),
        symbol: String::new(),
    }
}

fn state(name: &str) -> entente_core::model::NewParty {
    entente_core::model::NewParty {
        kind: entente_core::model::PartyKind::State,
        role: entente_core::model::PartyRole::Party,
        names: BTreeMap::from([("en".to_string(), name.to_string())]),
        members: vec![],
    }
}

#[test]
fn every_kit_lays_out_a_whole_agreement_in_the_six_languages() {
    let (_dir, entente) = common::open();
    let kits = entente.kits();
    let ids: Vec<&str> = kits.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "bilateral-mou",
            "joint-declaration",
            "multilateral-framework"
        ]
    );
    for kit in &kits {
        let parties = [state("Kenya"), state("Chile"), state("Norway")];
        let parties = if kit.id == "bilateral-mou" {
            &parties[..2]
        } else {
            &parties[..]
        };
        let values = BTreeMap::from([("instruments".to_string(), Value::Integer(30))]);
        let details = entente_core::model::AgreementDetails {
            kind: kit.kind,
            ..six_languages(&kit.title["en"])
        };
        let id = entente
            .start_from_kit(&kit.id, &details, parties, &values)
            .unwrap();
        let document = entente.document(id).unwrap();
        assert_eq!(document.parties.len(), parties.len());
        let count = |kind| {
            document
                .provisions
                .iter()
                .filter(|n| n.kind == kind)
                .count()
        };
        let clauses: usize = kit.sections.iter().map(|s| s.clauses.len()).sum();
        assert_eq!(
            count(ProvisionKind::Article),
            clauses - 1,
            "{}: every clause but the preamble",
            kit.id
        );
        assert!(count(ProvisionKind::Recital) >= 4, "{}", kit.id);
        assert_eq!(
            count(ProvisionKind::Chapter),
            kit.sections.iter().filter(|s| s.chapter.is_some()).count()
        );
        for node in &document.provisions {
            assert!(node.missing_languages.is_empty(), "{}: {node:?}", kit.id);
        }
        // The preamble speaks as its instrument: in Arabic the verbs agree
        // with the two Participants, with "we", or with the Parties.
        let first_recital = document
            .provisions
            .iter()
            .find(|n| n.kind == ProvisionKind::Recital)
            .map(|n| n.texts["ar"].body.clone())
            .unwrap();
        let speaking = match kit.id.as_str() {
            "bilateral-mou" => "إذ يعترفان",
            "joint-declaration" => "إذ نعترف",
            _ => "إذ تعترف",
        };
        assert!(
            first_recital.starts_with(speaking),
            "{}: {first_recital}",
            kit.id
        );
        // And the lines around the recitals agree with them.
        let arabic = exported_draft(&entente, id, "ar");
        let (opening, closing) = match kit.id.as_str() {
            "bilateral-mou" => ("إن المشاركين،", "قد توصلا إلى التفاهم التالي:"),
            "joint-declaration" => ("نحن الموقعين أدناه،", "نعلن ما يلي:"),
            _ => ("إن الأطراف في هذا الاتفاق،", "قد اتفقت على ما يلي:"),
        };
        assert!(
            arabic.contains(opening) && arabic.contains(closing),
            "{}: {arabic}",
            kit.id
        );
        if kit.id != "multilateral-framework" {
            // A memorandum speaks of Participants who "will", a declaration in
            // the first person: neither binds, nor has a Depositary.
            let treaty_words: [(&str, &[&str]); 2] = [
                (
                    "en",
                    &[
                        "shall",
                        "Party",
                        "Parties",
                        "this Agreement",
                        "Depositary",
                        "ratif",
                    ],
                ),
                ("fr", &["Partie", "présent Accord", "Dépositaire", "ratif"]),
            ];
            for node in &document.provisions {
                for (language, words) in treaty_words {
                    let text = &node.texts[language];
                    for word in words {
                        assert!(
                            !text.body.contains(word) && !text.heading.contains(word),
                            "{}: “{word}” in {language}: {text:?}",
                            kit.id
                        );
                    }
                }
            }
        }
        if kit.id == "multilateral-framework" {
            let text: String = document
                .provisions
                .iter()
                .map(|n| n.texts["en"].body.clone())
                .collect();
            assert!(
                text.contains("the thirtieth instrument"),
                "the value asked once reaches its clause"
            );
        }
    }
}

#[test]
fn a_kit_that_cannot_start_leaves_nothing_behind() {
    let (_dir, entente) = common::open();
    let mut nameless = six_languages("T");
    nameless.titles.clear();
    assert!(entente
        .start_from_kit("joint-declaration", &nameless, &[], &BTreeMap::new())
        .is_err());
    let values = BTreeMap::from([("instruments".to_string(), Value::Integer(1000))]);
    assert!(matches!(
        entente.start_from_kit(
            "multilateral-framework",
            &six_languages("T"),
            &[state("Kenya")],
            &values
        ),
        Err(Error::InvalidValue(InvalidValue {
            field: "template-variable",
            ..
        }))
    ));
    assert!(matches!(
        entente.start_from_kit("no-such-kit", &six_languages("T"), &[], &BTreeMap::new()),
        Err(Error::UnknownTemplate { .. })
    ));
    assert!(
        entente.list_agreements().unwrap().is_empty(),
        "nothing half-made"
    );
}

#[test]
fn new_values_write_the_clause_again_in_every_language_and_a_hand_edit_is_marked() {
    let (_dir, entente) = with_house_templates();
    let a = entente
        .create_agreement(&common::new_agreement("T"))
        .unwrap()
        .id;
    let article = entente
        .insert_template(a, "incident-notification", &BTreeMap::new(), at_end())
        .unwrap()[0];
    let node = |index: usize| entente.document(a).unwrap().provisions[index].clone();
    assert!(!node(0).template.unwrap().modified);

    // A drafter rewords the first paragraph by hand.
    let edited = entente_core::model::ProvisionText {
        heading: String::new(),
        body: "Each Party shall notify promptly.".into(),
    };
    entente
        .set_provision_text(node(1).id, "en", &edited)
        .unwrap();
    assert!(
        node(0).template.unwrap().modified,
        "marked as modified from its template"
    );

    // New values: a host, seven days. Every language is written again.
    let values = BTreeMap::from([
        ("days".to_string(), Value::Integer(7)),
        ("host".to_string(), Value::Text("the Secretariat".into())),
    ]);
    entente.set_template_values(article, &values).unwrap();
    let document = entente.document(a).unwrap();
    use ProvisionKind::*;
    let kinds: Vec<_> = document.provisions.iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        [
            Article,
            Paragraph,
            Paragraph,
            Paragraph,
            Subparagraph,
            Subparagraph
        ]
    );
    assert!(document.provisions[1].texts["en"]
        .body
        .contains("within 7 days"));
    assert!(document.provisions[1].texts["fr"]
        .body
        .contains("dans un délai de 7 jours"));
    assert!(document.provisions[2].texts["fr"]
        .body
        .contains("adressée à the Secretariat"));
    let origin = document.provisions[0].template.clone().unwrap();
    assert!(!origin.modified);
    assert_eq!(origin.values["days"], Value::Integer(7));

    // A value that does not fit changes nothing.
    let refused = entente.set_template_values(
        article,
        &BTreeMap::from([("days".to_string(), Value::Integer(0))]),
    );
    assert!(matches!(refused, Err(Error::InvalidValue(_))));
    assert_eq!(entente.document(a).unwrap().provisions, document.provisions);
}

#[test]
fn the_translation_status_names_the_templates_missing_or_stale_in_each_language() {
    let (_dir, entente) = common::open();
    let house = entente.house_templates_dir();
    // Only English and French, the French translated from an earlier English.
    copy(
        &Path::new(CASES).join("stale/incident-notification"),
        &house.join("incident-notification"),
    );
    let status = entente.translation_status();
    let of = |language: &str| {
        status
            .iter()
            .find(|s| s.language == language)
            .unwrap()
            .clone()
    };
    assert_eq!(of("fr").templates_stale, ["incident-notification"]);
    assert!(of("fr").templates_missing.is_empty());
    assert_eq!(of("es").templates_missing, ["incident-notification"]);
    assert!(of("en").templates_missing.is_empty() && of("en").templates_stale.is_empty());
}

#[test]
fn new_values_write_the_recitals_of_a_preamble_again() {
    let (_dir, entente) = common::open();
    let a = entente
        .create_agreement(&common::new_agreement("T"))
        .unwrap()
        .id;
    let made = entente
        .insert_template(a, "preamble-recitals", &BTreeMap::new(), at_end())
        .unwrap();
    let recitals = |entente: &entente_core::Entente| -> Vec<(String, String)> {
        entente
            .document(a)
            .unwrap()
            .provisions
            .iter()
            .filter(|n| n.kind == ProvisionKind::Recital)
            .map(|n| (n.texts["en"].body.clone(), n.texts["fr"].body.clone()))
            .collect()
    };
    let before = recitals(&entente);
    assert_eq!(before.len(), made.len());
    let values = BTreeMap::from([("bilateral".to_string(), Value::Boolean(true))]);
    entente.set_template_values(made[2], &values).unwrap();
    let after = recitals(&entente);
    assert_eq!(
        after.len(),
        before.len(),
        "the same recitals, written again"
    );
    assert_ne!(
        after.last(),
        before.last(),
        "the last recital reads as between two countries"
    );
    let document = entente.document(a).unwrap();
    assert!(document
        .provisions
        .iter()
        .all(|n| n.template.as_ref().unwrap().values["bilateral"] == Value::Boolean(true)));
}

/// The numbers a reviser checks a language's grammar on: one, two (Arabic's
/// dual), three (the few), eleven and twenty-one (the many, and one in a
/// compound), twenty, a hundred.
const BOUNDARY_NUMBERS: [i64; 7] = [1, 2, 3, 11, 20, 21, 100];

/// Every numeric variable of every bundled template, rendered with each
/// boundary number in each language: the paragraphs that hold the number,
/// one golden file per language (tests/golden/numbers/, reviewed once and
/// kept; UPDATE_GOLDEN=1 writes them again, then read the diff).
#[test]
fn every_number_of_the_library_reads_as_each_language_writes_it() {
    let library =
        entente_core::templates::Library::from_folders(entente_core::templates::bundled());
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/numbers");
    let names = |id: i64| format!("State {id}");
    for language in ["ar", "en", "es", "fr", "ru", "zh"] {
        let mut written = String::new();
        for template in &library.templates {
            let nodes = entente_core::templates::syntax::parse(&template.texts[language]).unwrap();
            let render = |name: &str, n: i64| {
                let mut values = template.defaults();
                values.insert(name.to_string(), Value::Integer(n));
                let cx = entente_core::templates::render::Context {
                    language,
                    manifest: &template.manifest,
                    values: &values,
                    party_name: &names,
                };
                let clause = entente_core::templates::render::read(
                    &entente_core::templates::render::expand(&nodes, &cx),
                );
                let mut paragraphs = clause.body;
                for (paragraph, subs) in clause.paragraphs {
                    paragraphs.push(paragraph);
                    paragraphs.extend(subs);
                }
                paragraphs
            };
            let integers = template
                .manifest
                .variables
                .iter()
                .filter(|(_, v)| v.kind == entente_core::templates::VariableType::Integer);
            for (name, _) in integers {
                // The paragraphs that change with the number are the ones that hold it.
                let (one, other) = (render(name, 1), render(name, 100));
                let holding: Vec<usize> = (0..one.len()).filter(|&i| one[i] != other[i]).collect();
                written.push_str(&format!("## {} · {name}\n\n", template.manifest.id));
                for n in BOUNDARY_NUMBERS {
                    let paragraphs = render(name, n);
                    for &at in &holding {
                        written.push_str(&format!("{n}: {}\n", paragraphs[at]));
                    }
                }
                written.push('\n');
            }
        }
        let path = golden.join(format!("{language}.md"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::create_dir_all(&golden).unwrap();
            std::fs::write(&path, &written).unwrap();
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("no golden file {}", path.display()));
        assert!(
            written == expected,
            "{language}: the numbers of the library differ from {}",
            path.display()
        );
    }
}

#[test]
fn a_clause_takes_the_speaker_of_the_agreement_it_goes_into() {
    let (_dir, entente) = common::open();
    let bilateral = BTreeMap::from([("bilateral".to_string(), Value::Boolean(true))]);
    let last_recital = |kind| {
        let details = entente_core::model::AgreementDetails {
            kind,
            ..six_languages("T")
        };
        let a = entente.create_agreement(&details).unwrap().id;
        // A value given for the instrument is not the user's to choose.
        let mut values = bilateral.clone();
        values.insert("instrument".into(), Value::Text("treaty".into()));
        let made = entente
            .insert_template(a, "preamble-recitals", &values, at_end())
            .unwrap();
        let document = entente.document(a).unwrap();
        let last = document
            .provisions
            .iter()
            .find(|n| n.id == *made.last().unwrap())
            .unwrap();
        (last.texts["en"].body.clone(), last.texts["fr"].body.clone())
    };
    let (english, french) = last_recital(entente_core::model::AgreementKind::JointDeclaration);
    assert!(english.contains("between our two countries"), "{english}");
    assert!(french.contains("entre nos deux pays"), "{french}");
    let (english, _) = last_recital(entente_core::model::AgreementKind::Treaty);
    assert!(english.contains("between their two countries"), "{english}");
}
