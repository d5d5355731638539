//! `entente check-templates`: every problem of a template folder, placed by
//! file, line and column and worded by a Fluent message
//! (`check-template-<code>`). A template with an error is not loaded; the
//! others still are.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::render;
use super::syntax::{self, At, Node};
use super::{Files, Manifest, Template, VariableType, CATEGORIES};
use entente_i18n::{LocaleProblem, Severity};
use entente_model::Value;

/// A template folder checked: the template when it has no error, and every
/// problem found.
pub fn check(folder: &str, files: &Files) -> (Option<Template>, Vec<LocaleProblem>) {
    let mut problems = Vec::new();
    let dir = Path::new(folder);
    let manifest_path = dir.join("template.json");
    let problem = |file: &str, at: (usize, usize), code: &'static str| {
        LocaleProblem::new(&dir.join(file), at, code)
    };
    let Some(manifest_text) = files.get("template.json") else {
        problems.push(problem("template.json", (1, 1), "template-no-manifest"));
        return (None, problems);
    };
    let manifest: Manifest = match serde_json::from_str(manifest_text) {
        Ok(manifest) => manifest,
        Err(error) => {
            problems.push(
                LocaleProblem::new(
                    &manifest_path,
                    (error.line().max(1), error.column().max(1)),
                    "template-manifest",
                )
                // serde_json ends its words with the place, given here already.
                .arg(
                    "detail",
                    error
                        .to_string()
                        .split(" at line ")
                        .next()
                        .unwrap_or_default(),
                ),
            );
            return (None, problems);
        }
    };
    // Where a name stands in the manifest, for problems about it.
    let in_manifest = |needle: &str| {
        manifest_text
            .lines()
            .enumerate()
            .find_map(|(i, line)| {
                line.find(needle)
                    .map(|c| (i + 1, line[..c].chars().count() + 1))
            })
            .unwrap_or((1, 1))
    };
    let folder_name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    if manifest.id != folder_name {
        problems.push(
            problem("template.json", in_manifest("\"id\""), "template-id")
                .arg("folder", folder_name),
        );
    }
    let semver = manifest.version.split('.').count() == 3
        && manifest
            .version
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    if !semver {
        problems.push(problem(
            "template.json",
            in_manifest("\"version\""),
            "template-version",
        ));
    }
    if !CATEGORIES.contains(&manifest.category.as_str()) {
        problems.push(
            problem(
                "template.json",
                in_manifest("\"category\""),
                "template-category",
            )
            .arg("categories", CATEGORIES.join(", ")),
        );
    }
    if !manifest.languages.contains_key(&manifest.source_language) {
        problems.push(problem(
            "template.json",
            in_manifest("\"source_language\""),
            "template-no-source",
        ));
    }

    // Each variable's own declaration: a choice has options, a default fits.
    for (name, variable) in &manifest.variables {
        let at = in_manifest(&format!("\"{name}\""));
        if variable.kind == VariableType::Choice && variable.options.is_empty() {
            problems.push(
                problem("template.json", at, "template-no-options").arg("variable", name.clone()),
            );
        }
        if let (Some(min), Some(max)) = (variable.min, variable.max) {
            if min > max {
                problems.push(
                    problem("template.json", at, "template-bounds").arg("variable", name.clone()),
                );
            }
        }
        if let Some(default) = &variable.default {
            let fits = serde_json::from_value::<Value>(default.clone())
                .map_err(|_| "wrong-type")
                .and_then(|value| variable.read(&value));
            if let Err(reason) = fits {
                problems.push(
                    problem("template.json", at, "template-default")
                        .arg("variable", name.clone())
                        .arg("reason", reason),
                );
            }
        }
    }

    let mut texts = BTreeMap::new();
    let mut signatures = BTreeMap::new();
    let mut used = BTreeSet::new();
    for (language, entry) in &manifest.languages {
        // The form names each variable, and each option of a choice, in this language.
        for (name, variable) in &manifest.variables {
            let labelled = variable.label.contains_key(language)
                && variable.options.iter().all(|o| {
                    variable
                        .option_labels
                        .get(language)
                        .is_some_and(|labels| labels.contains_key(o))
                });
            if !labelled {
                problems.push(
                    problem(
                        "template.json",
                        in_manifest(&format!("\"{name}\"")),
                        "template-no-label",
                    )
                    .arg("variable", name.clone())
                    .arg("language", language.clone())
                    .warning(),
                );
            }
        }
        if !manifest.title.contains_key(language) {
            problems.push(
                problem(
                    "template.json",
                    in_manifest("\"title\""),
                    "template-no-title",
                )
                .arg("language", language.clone()),
            );
        }
        let Some(source) = files.get(&entry.file) else {
            problems.push(
                problem(&entry.file, (1, 1), "template-missing-file")
                    .arg("language", language.clone()),
            );
            continue;
        };
        let nodes = match syntax::parse(source) {
            Ok(nodes) => nodes,
            Err(error) => {
                problems.push(
                    problem(
                        &entry.file,
                        (error.at.line, error.at.column),
                        syntax_code(error.code),
                    )
                    .arg("detail", error.detail),
                );
                continue;
            }
        };
        let mut signature = BTreeSet::new();
        check_tags(
            &manifest,
            language,
            &nodes,
            &mut signature,
            &mut |at, code, args: Vec<(&'static str, String)>| {
                let mut found = problem(&entry.file, (at.line, at.column), code);
                for (name, value) in args {
                    found = found.arg(name, value);
                }
                problems.push(found);
            },
        );
        used.extend(signature.iter().map(|(_, name, _)| name.clone()));
        signatures.insert(language.clone(), signature);
        texts.insert(
            language.clone(),
            (entry.file.clone(), source.clone(), nodes),
        );
    }
    for name in manifest.variables.keys().filter(|n| !used.contains(*n)) {
        problems.push(
            problem(
                "template.json",
                in_manifest(&format!("\"{name}\"")),
                "template-unused",
            )
            .arg("variable", name.clone()),
        );
    }

    // Every language like the source: the same tags, the same structure, and
    // translated from the source as it is now.
    let source_language = manifest.source_language.clone();
    if let Some((source_file, source_text, source_nodes)) = texts.get(&source_language) {
        let source_hash = format!("{:x}", Sha256::digest(source_text.as_bytes()));
        let values = sample_values(&manifest);
        let party_name = |id: i64| format!("Party {id}");
        let shape = |language: &str, nodes: &[Node]| {
            let cx = render::Context {
                language,
                manifest: &manifest,
                values: &values,
                party_name: &party_name,
            };
            let clause = render::read(&render::expand(nodes, &cx));
            (
                !clause.heading.is_empty(),
                clause.body.len(),
                clause
                    .paragraphs
                    .iter()
                    .map(|(_, subs)| subs.len())
                    .collect::<Vec<_>>(),
            )
        };
        let source_shape = shape(&source_language, source_nodes);
        for (language, (file, _, nodes)) in &texts {
            if *language == source_language {
                continue;
            }
            if signatures.get(language) != signatures.get(&source_language) {
                let theirs = &signatures[&source_language];
                let ours = &signatures[language];
                let differ: Vec<String> = theirs
                    .symmetric_difference(ours)
                    .map(|(kind, name, cases)| {
                        format!(
                            "{kind} {name}{}",
                            if cases.is_empty() {
                                String::new()
                            } else {
                                format!(" ({cases})")
                            }
                        )
                    })
                    .collect();
                problems.push(
                    problem(file, (1, 1), "template-tags-differ")
                        .arg("source", source_file.clone())
                        .arg("differences", differ.join("; ")),
                );
            }
            if shape(language, nodes) != source_shape {
                problems.push(
                    problem(file, (1, 1), "template-structure").arg("source", source_file.clone()),
                );
            }
            match manifest.languages[language].translated_from.as_deref() {
                Some(hash) if hash == source_hash => {}
                Some(_) => problems.push(
                    problem(
                        "template.json",
                        in_manifest(&format!("\"{language}\": {{")),
                        "template-stale",
                    )
                    .arg("language", language.clone())
                    .arg("source", source_file.clone())
                    .warning(),
                ),
                None => problems.push(
                    problem(
                        "template.json",
                        in_manifest(&format!("\"{language}\": {{")),
                        "template-no-hash",
                    )
                    .arg("language", language.clone()),
                ),
            }
        }
    }

    let errors = problems.iter().any(|p| p.severity == Severity::Error);
    let template = (!errors).then(|| Template {
        texts: texts
            .into_iter()
            .map(|(language, (_, text, _))| (language, text))
            .collect(),
        manifest,
        origin: folder.to_string(),
    });
    (template, problems)
}

fn syntax_code(code: &str) -> &'static str {
    match code {
        "unclosed-tag" => "template-unclosed-tag",
        "stray-close" => "template-stray-close",
        "unclosed-block" => "template-unclosed-block",
        "mismatched-close" => "template-mismatched-close",
        "misplaced-else" => "template-misplaced-else",
        "outside-case" => "template-outside-case",
        _ => "template-unknown-tag",
    }
}

/// Values for rendering every language the same way: the defaults, a party
/// for party variables, and a word for optional text without one.
fn sample_values(manifest: &Manifest) -> BTreeMap<String, Value> {
    manifest
        .variables
        .iter()
        .filter_map(|(name, variable)| {
            let value = match (&variable.default, variable.kind) {
                (Some(default), _) => serde_json::from_value(default.clone()).ok()?,
                (None, VariableType::Party | VariableType::Parties) => Value::Parties(vec![1, 2]),
                (None, VariableType::Text) => Value::Text("sample".into()),
                _ => return None,
            };
            Some((name.clone(), value))
        })
        .collect()
}

type Report<'a> = dyn FnMut(At, &'static str, Vec<(&'static str, String)>) + 'a;

/// Checks each tag against the variable it names, and records the tags of a
/// language as (kind, variable, cases) to compare with the source.
fn check_tags(
    manifest: &Manifest,
    language: &str,
    nodes: &[Node],
    signature: &mut BTreeSet<(&'static str, String, String)>,
    report: &mut Report,
) {
    for node in nodes {
        let (kind, name, at) = match node {
            Node::Text(_) => continue,
            Node::Value { name, at } => ("value", name, *at),
            Node::If { name, at, .. } => ("if", name, *at),
            Node::Optional { name, at, .. } => ("optional", name, *at),
            Node::Alt { name, at, .. } => ("alt", name, *at),
            Node::Plural { name, at, .. } => ("plural", name, *at),
        };
        let Some(variable) = manifest.variables.get(name) else {
            report(at, "template-undeclared", vec![("variable", name.clone())]);
            continue;
        };
        let mut cases = String::new();
        match node {
            Node::If {
                then, otherwise, ..
            } => {
                if variable.kind != VariableType::Boolean {
                    report(
                        at,
                        "template-if-not-boolean",
                        vec![("variable", name.clone())],
                    );
                }
                check_tags(manifest, language, then, signature, report);
                check_tags(manifest, language, otherwise, signature, report);
            }
            Node::Optional { body, .. } => {
                if !variable.optional {
                    report(
                        at,
                        "template-optional-not-optional",
                        vec![("variable", name.clone())],
                    );
                }
                check_tags(manifest, language, body, signature, report);
            }
            Node::Alt { cases: written, .. } => {
                let ids: BTreeSet<&str> = written.iter().map(|(id, _, _)| id.as_str()).collect();
                let options: BTreeSet<&str> = variable.options.iter().map(String::as_str).collect();
                if variable.kind != VariableType::Choice
                    || ids != options
                    || ids.len() != written.len()
                {
                    report(
                        at,
                        "template-cases",
                        vec![
                            ("variable", name.clone()),
                            ("options", variable.options.join(", ")),
                        ],
                    );
                }
                for (_, body, _) in written {
                    check_tags(manifest, language, body, signature, report);
                }
                cases = ids.into_iter().collect::<Vec<_>>().join(", ");
            }
            Node::Plural { forms, .. } => {
                if variable.kind != VariableType::Integer {
                    report(
                        at,
                        "template-plural-not-integer",
                        vec![("variable", name.clone())],
                    );
                }
                let mut needed = entente_i18n::plural::categories(language);
                // `other` is the fallback of every plural tag, whatever the language.
                if !needed.contains(&"other") {
                    needed.push("other");
                }
                let missing: Vec<&str> = needed
                    .into_iter()
                    .filter(|c| !forms.contains_key(*c))
                    .collect();
                if !missing.is_empty() {
                    report(
                        at,
                        "template-plural-forms",
                        vec![("variable", name.clone()), ("missing", missing.join(", "))],
                    );
                }
            }
            _ => {}
        }
        signature.insert((kind, name.clone(), cases));
    }
}
