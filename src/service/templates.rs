//! The clause library in use: the templates a user browses, a clause
//! rendered for preview, and a clause inserted into an agreement in every
//! one of its languages at once, remembering the template and its values.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rusqlite::params;

use super::agreements::touch;
use super::parties::party_ids;
use super::provisions::insert_provision;
use super::Entente;
use crate::error::{Error, Result};
use crate::model::{AgreementId, Placement, ProvisionId, ProvisionKind, ProvisionText};
use crate::templates::render::{self, Clause};
use crate::templates::{syntax, Inserts, Library, Template, Value, Variable};

impl Entente {
    /// Where a secretariat keeps its house templates: `templates/` in the data directory.
    pub fn house_templates_dir(&self) -> PathBuf {
        self.store
            .path()
            .parent()
            .map_or_else(|| PathBuf::from("templates"), |dir| dir.join("templates"))
    }

    /// The bundled templates and the house ones; a broken one is left out
    /// and its problems listed.
    pub fn template_library(&self) -> Library {
        Library::load(Some(&self.house_templates_dir()))
    }

    /// A clause as it would read in `language` with `values` (the defaults
    /// for those not given); party names from the agreement, when one is given.
    pub fn preview_template(
        &self,
        agreement_id: Option<AgreementId>,
        template_id: &str,
        language: &str,
        values: &BTreeMap<String, Value>,
    ) -> Result<Clause> {
        let library = self.template_library();
        let template = find(&library, template_id)?;
        let values = filled(template, values)?;
        let parties = match agreement_id {
            Some(id) => self.parties(id)?,
            None => Vec::new(),
        };
        let name = |id: i64| party_name(&parties, id, language);
        render_clause(template, language, &values, &name)
    }

    /// Inserts a clause into an agreement, in every language of the
    /// agreement the template has, at `placement` (an article, or recitals
    /// at the top of the text). One transaction: all of it, or nothing.
    pub fn insert_template(
        &self,
        agreement_id: AgreementId,
        template_id: &str,
        values: &BTreeMap<String, Value>,
        placement: Placement,
    ) -> Result<Vec<ProvisionId>> {
        let library = self.template_library();
        let template = find(&library, template_id)?;
        let values = filled(template, values)?;
        let agreement = self.agreement(agreement_id)?;
        let parties = self.parties(agreement_id)?;
        let mut clauses = BTreeMap::new();
        for language in agreement.languages.iter().map(|l| l.code.as_str()) {
            if template.texts.contains_key(language) {
                let name = |id: i64| party_name(&parties, id, language);
                clauses.insert(
                    language.to_string(),
                    render_clause(template, language, &values, &name)?,
                );
            }
        }
        let recorded = serde_json::to_string(&values)?;
        self.store.write(|tx| {
            let known = party_ids(tx, agreement_id)?;
            for value in values.values() {
                if let Value::Parties(ids) = value {
                    if let Some(&stranger) = ids.iter().find(|id| !known.contains(id)) {
                        return Err(Error::NotFound { what: "party", id: stranger });
                    }
                }
            }
            let texts = |pick: &dyn Fn(&Clause) -> Option<ProvisionText>| -> BTreeMap<String, ProvisionText> {
                clauses
                    .iter()
                    .filter_map(|(language, clause)| Some((language.clone(), pick(clause)?)))
                    .collect()
            };
            let body = |text: String| ProvisionText { heading: String::new(), body: text };
            let mut made = Vec::new();
            match template.manifest.inserts {
                Inserts::Recitals => {
                    let count = clauses.values().map(|c| c.body.len()).max().unwrap_or(0);
                    for index in 0..count {
                        let at = Placement {
                            parent: None,
                            index: placement.index.map(|i| i + index),
                        };
                        let texts = texts(&|c| c.body.get(index).cloned().map(body));
                        made.push(insert_provision(tx, agreement_id, ProvisionKind::Recital, at, &texts)?);
                    }
                }
                Inserts::Article => {
                    let heading = texts(&|c| {
                        Some(ProvisionText {
                            heading: c.heading.clone(),
                            body: c.body.join("\n\n"),
                        })
                    });
                    let article = insert_provision(tx, agreement_id, ProvisionKind::Article, placement, &heading)?;
                    made.push(article);
                    let count = clauses.values().map(|c| c.paragraphs.len()).max().unwrap_or(0);
                    for index in 0..count {
                        let end = |parent| Placement { parent: Some(parent), index: None };
                        let words = texts(&|c| c.paragraphs.get(index).map(|(p, _)| body(p.clone())));
                        let paragraph = insert_provision(tx, agreement_id, ProvisionKind::Paragraph, end(article), &words)?;
                        let subs = clauses.values().map(|c| c.paragraphs.get(index).map_or(0, |(_, s)| s.len())).max().unwrap_or(0);
                        for sub in 0..subs {
                            let words = texts(&|c| c.paragraphs.get(index)?.1.get(sub).cloned().map(body));
                            insert_provision(tx, agreement_id, ProvisionKind::Subparagraph, end(paragraph), &words)?;
                        }
                    }
                }
            }
            for &id in &made {
                tx.execute(
                    "INSERT INTO provision_template (provision_id, template_id, template_version, template_values)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![id, template.manifest.id, template.manifest.version, recorded],
                )?;
            }
            touch(tx, agreement_id)?;
            Ok(made)
        })
    }
}

fn find<'a>(library: &'a Library, id: &str) -> Result<&'a Template> {
    library
        .get(id)
        .ok_or_else(|| Error::UnknownTemplate { id: id.to_string() })
}

/// The values given, checked against their variables, over the defaults.
fn filled(template: &Template, given: &BTreeMap<String, Value>) -> Result<BTreeMap<String, Value>> {
    let mut values = template.defaults();
    for (name, value) in given {
        let variable: &Variable =
            template
                .manifest
                .variables
                .get(name)
                .ok_or_else(|| Error::InvalidValue {
                    field: "template-variable",
                    value: name.clone(),
                })?;
        let read = variable.read(value).map_err(|_| Error::InvalidValue {
            field: "template-variable",
            value: name.clone(),
        })?;
        values.insert(name.clone(), read);
    }
    for (name, variable) in &template.manifest.variables {
        if !variable.optional && Variable::is_empty(values.get(name)) {
            return Err(Error::InvalidValue {
                field: "template-variable",
                value: name.clone(),
            });
        }
    }
    Ok(values)
}

fn render_clause(
    template: &Template,
    language: &str,
    values: &BTreeMap<String, Value>,
    party_name: &dyn Fn(i64) -> String,
) -> Result<Clause> {
    let text = template
        .texts
        .get(language)
        .ok_or_else(|| Error::LanguageNotInAgreement {
            code: language.to_string(),
        })?;
    // The library checked every template when it loaded it.
    let nodes = syntax::parse(text).map_err(|_| Error::UnknownTemplate {
        id: template.manifest.id.clone(),
    })?;
    let cx = render::Context {
        language,
        manifest: &template.manifest,
        values,
        party_name,
    };
    Ok(render::read(&render::expand(&nodes, &cx)))
}

fn party_name(parties: &[crate::model::Party], id: i64, language: &str) -> String {
    parties
        .iter()
        .find(|p| p.id == id)
        .and_then(|p| p.names.get(language).or_else(|| p.names.values().next()))
        .cloned()
        .unwrap_or_default()
}
