//! What keeps the clean text from being final: a provision not agreed, one
//! that still carries options or bracketed words, or one without text in an
//! authentic language. (The structure is shared by every language, so a
//! language can differ in structure only by lacking a provision's text.)

use std::collections::HashMap;

use serde::Serialize;

use entente_i18n::{FluentArgs, Localizer};
use entente_model::{
    AgreementDocument, Numbering, ProvisionId, ProvisionKind, ProvisionNode, ProvisionStatus,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Readiness {
    NotAgreed,
    Options,
    Brackets,
    MissingText,
}

impl Readiness {
    pub fn as_str(self) -> &'static str {
        match self {
            Readiness::NotAgreed => "not-agreed",
            Readiness::Options => "options",
            Readiness::Brackets => "brackets",
            Readiness::MissingText => "missing-text",
        }
    }
}

/// One reason the text is not final, at one provision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadinessProblem {
    pub provision_id: ProvisionId,
    /// The provision and, for a paragraph or sub-paragraph, what it stands
    /// in up to its article: "Article 4, Paragraph 2".
    pub place: Vec<(ProvisionKind, Option<Numbering>)>,
    pub problem: Readiness,
    pub status: ProvisionStatus,
    /// The language concerned (brackets, missing text).
    pub language: Option<String>,
}

impl ReadinessProblem {
    /// "Article 3: not agreed yet (pending)", in the user's words.
    pub fn message(&self, l: &Localizer) -> String {
        let mut args = FluentArgs::new();
        let place: Vec<String> = self
            .place
            .iter()
            .map(|(kind, number)| l.label(*kind, number.as_ref()))
            .collect();
        args.set("label", place.join(", "));
        args.set("problem", self.problem.as_str());
        args.set(
            "status",
            l.format(&format!("status-{}", self.status.as_str()), None),
        );
        let language = self.language.as_deref().unwrap_or_default();
        args.set("language", l.format(&format!("language-{language}"), None));
        l.format("export-problem", Some(&args))
    }
}

/// Every problem, in the order of the text.
pub fn readiness(document: &AgreementDocument) -> Vec<ReadinessProblem> {
    let authentic: Vec<&str> = document
        .agreement
        .languages
        .iter()
        .filter(|l| l.authentic)
        .map(|l| l.code.as_str())
        .collect();
    let nodes: HashMap<ProvisionId, &ProvisionNode> =
        document.provisions.iter().map(|n| (n.id, n)).collect();
    let mut problems = Vec::new();
    for node in &document.provisions {
        let mut place = vec![(node.kind, node.number.clone())];
        let mut within = node;
        while matches!(
            within.kind,
            ProvisionKind::Paragraph | ProvisionKind::Subparagraph
        ) {
            let Some(parent) = within.parent_id.and_then(|id| nodes.get(&id)) else {
                break;
            };
            place.insert(0, (parent.kind, parent.number.clone()));
            within = parent;
        }
        let problem = |problem, language: Option<&str>| ReadinessProblem {
            provision_id: node.id,
            place: place.clone(),
            problem,
            status: node.status,
            language: language.map(str::to_string),
        };
        if node.status != ProvisionStatus::Agreed {
            problems.push(problem(Readiness::NotAgreed, None));
        }
        if node.options.iter().any(|o| !o.withdrawn) {
            problems.push(problem(Readiness::Options, None));
        }
        for language in document.agreement.languages.iter().map(|l| l.code.as_str()) {
            let bracketed = node.texts.get(language).is_some_and(|t| {
                t.heading.contains(entente_model::brackets::OPEN)
                    || t.body.contains(entente_model::brackets::OPEN)
            });
            if bracketed {
                problems.push(problem(Readiness::Brackets, Some(language)));
            }
        }
        for &language in &authentic {
            if node.missing_languages.iter().any(|m| m == language) {
                problems.push(problem(Readiness::MissingText, Some(language)));
            }
        }
    }
    problems
}
