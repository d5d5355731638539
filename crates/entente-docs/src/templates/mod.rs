//! The clause library: templates in every language, their engine, and the
//! checks a secretariat runs on them (docs/templates.md). The bundled
//! templates are embedded in the binary; a secretariat's own, in
//! `templates/` in the data directory, appear beside them.

pub mod check;
pub mod kits;
pub mod render;
pub mod syntax;

use std::collections::BTreeMap;
use std::path::Path;

use entente_i18n::terms::TermBase;
use entente_model::{AgreementKind, Value};
use serde::{Deserialize, Serialize};

/// How a clause goes into an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Inserts {
    /// A heading and numbered paragraphs (with sub-paragraphs).
    Article,
    /// Each paragraph a preamble recital.
    Recitals,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VariableType {
    Text,
    Integer,
    Boolean,
    Date,
    Choice,
    Party,
    Parties,
    /// The kind of instrument the clause goes into (treaty, memorandum of
    /// understanding, joint declaration …): never asked, always the
    /// agreement's own, for the languages whose words change with who speaks.
    Instrument,
}

/// The case of an `{{#alt}}` on an instrument that takes every kind not
/// written out.
pub const OTHER_INSTRUMENTS: &str = "other";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variable {
    #[serde(rename = "type")]
    pub kind: VariableType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_len: Option<usize>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    #[serde(default)]
    pub optional: bool,
    /// What the form calls the variable, per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub label: BTreeMap<String, String>,
    /// What the form calls each option of a choice, per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub option_labels: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    pub file: String,
    /// The SHA-256 of the source-language file this translation was made from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translated_from: Option<String>,
}

/// `template.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub id: String,
    pub version: String,
    pub category: String,
    pub inserts: Inserts,
    pub title: BTreeMap<String, String>,
    #[serde(default)]
    pub keywords: BTreeMap<String, Vec<String>>,
    pub source_language: String,
    #[serde(default)]
    pub variables: BTreeMap<String, Variable>,
    pub languages: BTreeMap<String, LanguageFile>,
}

pub const CATEGORIES: [&str; 8] = [
    "preamble",
    "general",
    "data",
    "standards",
    "capacity",
    "governance",
    "institutional",
    "final",
];

impl Variable {
    /// The value as this variable's type reads it, or why it cannot be.
    pub fn read(&self, value: &Value) -> Result<Value, &'static str> {
        match (self.kind, value) {
            (VariableType::Boolean, Value::Boolean(_)) => Ok(value.clone()),
            (VariableType::Integer, Value::Integer(n)) => {
                if self.min.is_some_and(|min| *n < min) || self.max.is_some_and(|max| *n > max) {
                    Err("out-of-bounds")
                } else {
                    Ok(value.clone())
                }
            }
            (VariableType::Text, Value::Text(t))
                if self.max_len.is_some_and(|m| t.chars().count() > m) =>
            {
                Err("too-long")
            }
            (VariableType::Text, Value::Text(_)) => Ok(value.clone()),
            (VariableType::Text, Value::Texts(texts))
                if texts
                    .values()
                    .any(|t| self.max_len.is_some_and(|m| t.chars().count() > m)) =>
            {
                Err("too-long")
            }
            (VariableType::Text, Value::Texts(_)) => Ok(value.clone()),
            (VariableType::Date, Value::Text(t)) => {
                chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
                    .map(|_| value.clone())
                    .map_err(|_| "not-a-date")
            }
            (VariableType::Choice, Value::Text(t)) if self.options.contains(t) => Ok(value.clone()),
            (VariableType::Choice, Value::Text(_)) => Err("not-an-option"),
            (VariableType::Instrument, Value::Text(t)) if AgreementKind::parse(t).is_ok() => {
                Ok(value.clone())
            }
            (VariableType::Party, Value::Integer(id)) => Ok(Value::Parties(vec![*id])),
            (VariableType::Party, Value::Parties(ids)) if ids.len() == 1 => Ok(value.clone()),
            (VariableType::Parties, Value::Parties(_)) => Ok(value.clone()),
            _ => Err("wrong-type"),
        }
    }

    /// Whether a value leaves the variable empty (for `{{#optional}}`).
    pub fn is_empty(value: Option<&Value>) -> bool {
        match value {
            None => true,
            Some(Value::Text(t)) => t.trim().is_empty(),
            Some(Value::Texts(texts)) => texts.values().all(|t| t.trim().is_empty()),
            Some(Value::Parties(ids)) => ids.is_empty(),
            Some(_) => false,
        }
    }
}

/// One clause: its manifest and its text in each language.
#[derive(Debug, Clone)]
pub struct Template {
    pub manifest: Manifest,
    /// Language → the Markdown template.
    pub texts: BTreeMap<String, String>,
    /// Where it comes from: `bundled/<id>` or the house template's folder.
    pub origin: String,
}

impl Template {
    /// Whether the text in `language` was translated from an earlier
    /// version of the source than the one there now.
    pub fn is_stale(&self, language: &str) -> bool {
        use sha2::{Digest, Sha256};
        let Some(source) = self.texts.get(&self.manifest.source_language) else {
            return false;
        };
        let hash = format!("{:x}", Sha256::digest(source.as_bytes()));
        match self.manifest.languages.get(language) {
            Some(entry) if language != self.manifest.source_language => {
                entry.translated_from.as_deref() != Some(hash.as_str())
            }
            _ => false,
        }
    }

    /// The defaults of every variable that has one.
    pub fn defaults(&self) -> BTreeMap<String, Value> {
        self.manifest
            .variables
            .iter()
            .filter_map(|(name, variable)| {
                let value = serde_json::from_value(variable.default.clone()?).ok()?;
                Some((name.clone(), value))
            })
            .collect()
    }
}

/// The files of one template folder, each with its text.
pub type Files = BTreeMap<String, String>;

/// Reads the templates under `dir`, one folder each: (folder path, files).
pub fn read_folder(dir: &Path) -> std::io::Result<Vec<(String, Files)>> {
    let mut folders = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if !path.is_dir() {
            continue;
        }
        let mut files = Files::new();
        for file in std::fs::read_dir(&path)? {
            let file = file?.path();
            let Some(name) = file.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if file.is_file() && (name == "template.json" || name.ends_with(".md")) {
                files.insert(name.to_string(), std::fs::read_to_string(&file)?);
            }
        }
        folders.push((path.display().to_string(), files));
    }
    folders.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(folders)
}

/// Mends the typography of every template's language files under `dir`
/// (`fr.md` is French, and so on); how many slips were mended.
pub fn fix_template_typography(dir: &Path) -> std::io::Result<usize> {
    let mut mended = 0;
    for (folder, files) in read_folder(dir)? {
        for (name, source) in files {
            let Some(language) = name.strip_suffix(".md") else {
                continue;
            };
            let slips = check::typography_slips(language, &source);
            if !slips.is_empty() {
                mended += slips.len();
                let path = Path::new(&folder).join(&name);
                std::fs::write(path, entente_i18n::typography::mend(&source, &slips))?;
            }
        }
    }
    Ok(mended)
}

/// The bundled templates, embedded at build time: (id, files).
pub fn bundled() -> Vec<(String, Files)> {
    include!(concat!(env!("OUT_DIR"), "/bundled_templates.rs"))
        .iter()
        .map(|(id, files): &(&str, &[(&str, &str)])| {
            let files = files
                .iter()
                .map(|(n, t)| (n.to_string(), t.to_string()))
                .collect();
            (format!("templates/{id}"), files)
        })
        .collect()
}

/// The templates that load, bundled and the secretariat's own, and the
/// problems of those that do not (or that load with warnings).
#[derive(Debug, Default)]
pub struct Library {
    pub templates: Vec<Template>,
    pub problems: Vec<entente_i18n::LocaleProblem>,
}

impl Library {
    /// Checks and loads folders of templates against the bundled term
    /// base; a broken one is left out with its problems.
    pub fn from_folders(folders: Vec<(String, Files)>) -> Library {
        Library::checked(folders, &TermBase::bundled())
    }

    /// Checks and loads folders of templates, their words held to `terms`.
    pub fn checked(folders: Vec<(String, Files)>, terms: &TermBase) -> Library {
        let mut library = Library::default();
        for (folder, files) in folders {
            let (template, problems) = check::check(&folder, &files, terms);
            library.problems.extend(problems);
            library.templates.extend(template);
        }
        library
    }

    /// The bundled templates, then the house templates in `house` (a folder
    /// that does not exist holds none), checked against `terms`.
    pub fn load(house: Option<&Path>, terms: &TermBase) -> Library {
        let mut folders = bundled();
        if let Some(dir) = house.filter(|d| d.is_dir()) {
            match read_folder(dir) {
                Ok(house) => folders.extend(house),
                Err(error) => {
                    let mut library = Library::checked(folders, terms);
                    library
                        .problems
                        .push(entente_i18n::LocaleProblem::unreadable(dir, &error));
                    return library;
                }
            }
        }
        Library::checked(folders, terms)
    }

    pub fn get(&self, id: &str) -> Option<&Template> {
        // A house template of the same id stands in for the bundled one.
        self.templates.iter().rev().find(|t| t.manifest.id == id)
    }
}
