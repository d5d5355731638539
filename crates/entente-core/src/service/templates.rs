//! The clause library in use: the templates a user browses, a clause
//! rendered for preview, and a clause inserted into an agreement in every
//! one of its languages at once, remembering the template and its values.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rusqlite::Transaction;

use super::agreements::{insert_agreement, load_agreement, touch};
use super::parties::{insert_party, load_parties};
use super::provisions::{insert_provision, live_provision, remove_provision, replace_text};
use super::Entente;
use crate::error::{Error, Result};
use crate::i18n::terms::TermBase;
use crate::i18n::LocaleProblem;
use crate::model::InvalidValue;
use crate::model::Value;
use crate::model::{
    Agreement, AgreementDetails, AgreementId, AgreementKind, NewParty, Placement, ProvisionId,
    ProvisionKind, ProvisionText,
};
use crate::store::provenance;
use crate::store::provisions::live_children;
use crate::templates::kits::{self, Kit};
use crate::templates::render::{self, Clause};
use crate::templates::{syntax, Inserts, Library, Template, Variable, VariableType};

impl Entente {
    /// Where a secretariat keeps its house templates: `templates/` in the data directory.
    pub fn house_templates_dir(&self) -> PathBuf {
        self.store
            .path()
            .parent()
            .map_or_else(|| PathBuf::from("templates"), |dir| dir.join("templates"))
    }

    /// Where a secretariat adds to the term base: `terms/` in the data
    /// directory, a `<language>.tsv` file each.
    pub fn house_terms_dir(&self) -> PathBuf {
        self.house_templates_dir().with_file_name("terms")
    }

    /// The bundled term base with the secretariat's additions, and the
    /// problems of its files.
    pub fn term_base(&self) -> (TermBase, Vec<LocaleProblem>) {
        TermBase::with_folder(&self.house_terms_dir())
    }

    /// The bundled templates and the house ones, held to the term base; a
    /// broken one is left out and its problems listed.
    pub fn template_library(&self) -> Library {
        let (terms, problems) = self.term_base();
        let mut library = Library::load(Some(&self.house_templates_dir()), &terms);
        library.problems.extend(problems);
        library
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
        let (instrument, parties) = match agreement_id {
            Some(id) => (self.agreement(id)?.kind, self.parties(id)?),
            None => (AgreementKind::Treaty, Vec::new()),
        };
        let values = filled(template, values, instrument)?;
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
        self.store.write(|tx| {
            let instrument = load_agreement(tx, agreement_id)?.kind;
            let values = filled(template, values, instrument)?;
            insert_clause(tx, agreement_id, template, &values, placement)
        })
    }
}

/// The clause in every language of the agreement that the template has,
/// once its party values are known to be parties of the agreement.
fn render_in_every_language(
    tx: &Transaction,
    agreement: &Agreement,
    template: &Template,
    values: &BTreeMap<String, Value>,
) -> Result<BTreeMap<String, Clause>> {
    let parties = load_parties(tx, agreement.id)?;
    for value in values.values() {
        if let Value::Parties(ids) = value {
            if let Some(&stranger) = ids.iter().find(|id| !parties.iter().any(|p| p.id == **id)) {
                return Err(Error::NotFound {
                    what: "party",
                    id: stranger,
                });
            }
        }
    }
    let mut clauses = BTreeMap::new();
    for language in agreement.languages.iter().map(|l| l.code.as_str()) {
        if template.texts.contains_key(language) {
            let name = |id: i64| party_name(&parties, id, language);
            clauses.insert(
                language.to_string(),
                render_clause(template, language, values, &name)?,
            );
        }
    }
    Ok(clauses)
}

/// Renders a clause in every language of the agreement the template has
/// and inserts it, remembering the template, its version and the values.
pub(super) fn insert_clause(
    tx: &Transaction,
    agreement_id: AgreementId,
    template: &Template,
    values: &BTreeMap<String, Value>,
    placement: Placement,
) -> Result<Vec<ProvisionId>> {
    let agreement = load_agreement(tx, agreement_id)?;
    let clauses = render_in_every_language(tx, &agreement, template, values)?;
    let texts =
        |pick: &dyn Fn(&Clause) -> Option<ProvisionText>| -> BTreeMap<String, ProvisionText> {
            clauses
                .iter()
                .filter_map(|(language, clause)| Some((language.clone(), pick(clause)?)))
                .collect()
        };
    let body = |text: String| ProvisionText {
        heading: String::new(),
        body: text,
    };
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
                made.push(insert_provision(
                    tx,
                    agreement_id,
                    ProvisionKind::Recital,
                    at,
                    &texts,
                )?);
            }
        }
        Inserts::Article => {
            let heading = texts(&|c| {
                Some(ProvisionText {
                    heading: c.heading.clone(),
                    body: c.body.join("\n\n"),
                })
            });
            let article = insert_provision(
                tx,
                agreement_id,
                ProvisionKind::Article,
                placement,
                &heading,
            )?;
            made.push(article);
            let end = |parent| Placement {
                parent: Some(parent),
                index: None,
            };
            let count = clauses
                .values()
                .map(|c| c.paragraphs.len())
                .max()
                .unwrap_or(0);
            for index in 0..count {
                let words = texts(&|c| c.paragraphs.get(index).map(|(p, _)| body(p.clone())));
                let paragraph = insert_provision(
                    tx,
                    agreement_id,
                    ProvisionKind::Paragraph,
                    end(article),
                    &words,
                )?;
                let subs = clauses
                    .values()
                    .map(|c| c.paragraphs.get(index).map_or(0, |(_, s)| s.len()))
                    .max()
                    .unwrap_or(0);
                for sub in 0..subs {
                    let words = texts(&|c| c.paragraphs.get(index)?.1.get(sub).cloned().map(body));
                    insert_provision(
                        tx,
                        agreement_id,
                        ProvisionKind::Subparagraph,
                        end(paragraph),
                        &words,
                    )?;
                }
            }
        }
    }
    let recorded = serde_json::to_string(values)?;
    for &id in &made {
        provenance::remember(
            tx,
            id,
            &template.manifest.id,
            &template.manifest.version,
            &recorded,
        )?;
    }
    touch(tx, agreement_id)?;
    Ok(made)
}

pub(super) fn find<'a>(library: &'a Library, id: &str) -> Result<&'a Template> {
    library
        .get(id)
        .ok_or_else(|| Error::UnknownTemplate { id: id.to_string() })
}

/// The values given, checked against their variables, over the defaults.
/// The values of a clause: those given, the defaults for the others, and
/// the instrument it goes into, whatever was given for it.
pub(super) fn filled(
    template: &Template,
    given: &BTreeMap<String, Value>,
    instrument: AgreementKind,
) -> Result<BTreeMap<String, Value>> {
    let mut values = template.defaults();
    for (name, value) in given {
        let variable: &Variable = template.manifest.variables.get(name).ok_or_else(|| {
            Error::InvalidValue(InvalidValue {
                field: "template-variable",
                value: name.clone(),
            })
        })?;
        let read = variable.read(value).map_err(|_| {
            Error::InvalidValue(InvalidValue {
                field: "template-variable",
                value: name.clone(),
            })
        })?;
        values.insert(name.clone(), read);
    }
    for (name, variable) in &template.manifest.variables {
        if variable.kind == VariableType::Instrument {
            values.insert(name.clone(), Value::Text(instrument.as_str().to_string()));
        }
        if !variable.optional && Variable::is_empty(values.get(name)) {
            return Err(Error::InvalidValue(InvalidValue {
                field: "template-variable",
                value: name.clone(),
            }));
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
        .map_or_else(String::new, |p| p.name_in(language).to_string())
}

impl Entente {
    /// The kits a whole agreement can start from.
    pub fn kits(&self) -> Vec<Kit> {
        kits::bundled()
    }

    /// A whole agreement from a kit, in one transaction: the agreement with
    /// its parties, then each chapter and each clause in every language of
    /// the agreement. `values` are asked once for every clause that has the
    /// variable; party variables take the parties given.
    pub fn start_from_kit(
        &self,
        kit_id: &str,
        details: &AgreementDetails,
        parties: &[NewParty],
        values: &BTreeMap<String, Value>,
    ) -> Result<AgreementId> {
        let kit = self
            .kits()
            .into_iter()
            .find(|k| k.id == kit_id)
            .ok_or_else(|| Error::UnknownTemplate {
                id: kit_id.to_string(),
            })?;
        let library = self.template_library();
        self.store.write(|tx| {
            let agreement_id = insert_agreement(tx, details)?;
            let party_ids: Vec<i64> = parties
                .iter()
                .map(|party| insert_party(tx, agreement_id, party))
                .collect::<Result<_>>()?;
            let languages: Vec<String> = details.languages.iter().map(|l| l.code.clone()).collect();
            for section in &kit.sections {
                let parent = match &section.chapter {
                    Some(titles) => {
                        let texts = languages
                            .iter()
                            .filter_map(|l| {
                                let heading = titles.get(l)?.clone();
                                Some((
                                    l.clone(),
                                    ProvisionText {
                                        heading,
                                        body: String::new(),
                                    },
                                ))
                            })
                            .collect();
                        let at = Placement {
                            parent: None,
                            index: None,
                        };
                        Some(insert_provision(
                            tx,
                            agreement_id,
                            ProvisionKind::Chapter,
                            at,
                            &texts,
                        )?)
                    }
                    None => None,
                };
                for id in &section.clauses {
                    let template = find(&library, id)?;
                    let mut given: BTreeMap<String, Value> = BTreeMap::new();
                    for (name, variable) in &template.manifest.variables {
                        let value = values
                            .get(name)
                            .or_else(|| kit.values.get(name))
                            .cloned()
                            .or_else(|| match variable.kind {
                                VariableType::Parties if !party_ids.is_empty() => {
                                    Some(Value::Parties(party_ids.clone()))
                                }
                                VariableType::Party => {
                                    party_ids.first().map(|id| Value::Parties(vec![*id]))
                                }
                                _ => None,
                            });
                        if let Some(value) = value {
                            given.insert(name.clone(), value);
                        }
                    }
                    let values = filled(template, &given, details.kind)?;
                    let at = Placement {
                        parent,
                        index: None,
                    };
                    let at = match template.manifest.inserts {
                        Inserts::Recitals => Placement {
                            parent: None,
                            index: None,
                        },
                        Inserts::Article => at,
                    };
                    insert_clause(tx, agreement_id, template, &values, at)?;
                }
            }
            Ok(agreement_id)
        })
    }
}

impl Entente {
    /// Fills a clause made from a template with new values and writes it
    /// again in every language: an article's heading and paragraphs (or the
    /// preamble's recitals from that template) are rewritten in place, those
    /// the new values add are added, those they drop are deleted (and stay
    /// in history). Words edited by hand are replaced, and the clause is
    /// again as its template writes it. `article_id`: the article, or any of
    /// the recitals.
    pub fn set_template_values(
        &self,
        article_id: ProvisionId,
        values: &BTreeMap<String, Value>,
    ) -> Result<()> {
        let library = self.template_library();
        self.store.write(|tx| {
            let provision = live_provision(tx, article_id)?;
            let template_id = provenance::template_of(tx, article_id)?.ok_or(Error::NotFound {
                what: "provision",
                id: article_id,
            })?;
            let template = find(&library, &template_id)?;
            let agreement_id = provision.agreement_id;
            let agreement = load_agreement(tx, agreement_id)?;
            let values = filled(template, values, agreement.kind)?;
            let clauses = render_in_every_language(tx, &agreement, template, &values)?;
            // The provisions that remember the template once this is done.
            let made = match template.manifest.inserts {
                Inserts::Recitals => {
                    // The recitals this clause made: those of the preamble from the same template.
                    let group = provenance::top_level_from(tx, agreement_id, &template_id)?;
                    let count = clauses.values().map(|c| c.body.len()).max().unwrap_or(0);
                    let mut made = Vec::new();
                    for index in 0..count.max(group.len()) {
                        let words = |c: &Clause| c.body.get(index).cloned();
                        made.extend(rewrite(
                            tx,
                            agreement_id,
                            None,
                            ProvisionKind::Recital,
                            group.get(index).copied(),
                            index < count,
                            &clauses,
                            &words,
                        )?);
                    }
                    made
                }
                Inserts::Article => {
                    for (language, clause) in &clauses {
                        let text = ProvisionText {
                            heading: clause.heading.clone(),
                            body: clause.body.join("\n\n"),
                        };
                        replace_text(tx, agreement_id, article_id, language, &text)?;
                    }
                    rewrite_paragraphs(tx, agreement_id, article_id, &clauses)?;
                    vec![article_id]
                }
            };
            let recorded = serde_json::to_string(&values)?;
            for id in made {
                provenance::remember(tx, id, &template_id, &template.manifest.version, &recorded)?;
            }
            touch(tx, agreement_id)
        })
    }
}

/// An article's paragraphs and sub-paragraphs written again from the clauses.
fn rewrite_paragraphs(
    tx: &Transaction,
    agreement_id: AgreementId,
    article_id: ProvisionId,
    clauses: &BTreeMap<String, Clause>,
) -> Result<()> {
    let count = clauses
        .values()
        .map(|c| c.paragraphs.len())
        .max()
        .unwrap_or(0);
    let paragraphs = live_children(tx, article_id)?;
    for index in 0..count.max(paragraphs.len()) {
        let words = |c: &Clause| c.paragraphs.get(index).map(|(p, _)| p.clone());
        let subs = clauses
            .values()
            .map(|c| c.paragraphs.get(index).map_or(0, |(_, s)| s.len()))
            .max()
            .unwrap_or(0);
        let paragraph = rewrite(
            tx,
            agreement_id,
            Some(article_id),
            ProvisionKind::Paragraph,
            paragraphs.get(index).copied(),
            index < count,
            clauses,
            &words,
        )?;
        let Some(paragraph) = paragraph else { continue };
        let existing = live_children(tx, paragraph)?;
        for sub in 0..subs.max(existing.len()) {
            let words = |c: &Clause| c.paragraphs.get(index)?.1.get(sub).cloned();
            rewrite(
                tx,
                agreement_id,
                Some(paragraph),
                ProvisionKind::Subparagraph,
                existing.get(sub).copied(),
                sub < subs,
                clauses,
                &words,
            )?;
        }
    }
    Ok(())
}

/// One paragraph or sub-paragraph of a re-rendered clause: written again
/// where it stands, added where the new values add it, deleted where they
/// drop it. The provision that now holds the words, if any.
#[allow(clippy::too_many_arguments)]
fn rewrite(
    tx: &Transaction,
    agreement_id: AgreementId,
    parent: Option<ProvisionId>,
    kind: ProvisionKind,
    existing: Option<ProvisionId>,
    wanted: bool,
    clauses: &BTreeMap<String, Clause>,
    words: &dyn Fn(&Clause) -> Option<String>,
) -> Result<Option<ProvisionId>> {
    let texts: BTreeMap<String, ProvisionText> = clauses
        .iter()
        .filter_map(|(l, c)| {
            Some((
                l.clone(),
                ProvisionText {
                    heading: String::new(),
                    body: words(c)?,
                },
            ))
        })
        .collect();
    match (existing, wanted) {
        (Some(id), true) => {
            for (language, text) in &texts {
                replace_text(tx, agreement_id, id, language, text)?;
            }
            Ok(Some(id))
        }
        (Some(id), false) => {
            remove_provision(tx, agreement_id, id)?;
            Ok(None)
        }
        (None, true) => {
            let at = Placement {
                parent,
                index: None,
            };
            Ok(Some(insert_provision(tx, agreement_id, kind, at, &texts)?))
        }
        (None, false) => Ok(None),
    }
}
