//! Rendering a template in one language: the tags expanded with the values,
//! then the Markdown read (pulldown-cmark) into what goes into an agreement:
//! a heading and numbered paragraphs with their sub-paragraphs, or recitals.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::syntax::Node;
use super::{Manifest, Variable, VariableType, OTHER_INSTRUMENTS};
use crate::cities;
use entente_i18n::spell::{self, Agreement, Case};
use entente_i18n::Cldr;
use entente_model::Value;

/// What a template needs to write its values in one language.
pub struct Context<'a> {
    pub language: &'a str,
    pub manifest: &'a Manifest,
    pub values: &'a BTreeMap<String, Value>,
    /// A party's name in this language.
    pub party_name: &'a dyn Fn(i64) -> String,
}

pub fn expand(nodes: &[Node], cx: &Context) -> String {
    let words = Cldr::new(cx.language);
    let mut out = String::new();
    write(nodes, cx, &words, &mut out);
    out
}

fn write(nodes: &[Node], cx: &Context, words: &Cldr, out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Value { name, case, .. } => out.push_str(&display(cx, words, name, *case)),
            Node::If {
                name,
                then,
                otherwise,
                ..
            } => {
                let on = matches!(cx.values.get(name), Some(Value::Boolean(true)));
                write(if on { then } else { otherwise }, cx, words, out);
            }
            Node::Optional { name, body, .. } => {
                if !Variable::is_empty(cx.values.get(name)) {
                    write(body, cx, words, out);
                }
            }
            Node::Alt { name, cases, .. } => {
                if let Some(Value::Text(chosen)) = cx.values.get(name) {
                    let case = |wanted: &str| cases.iter().find(|(id, _, _)| id == wanted);
                    if let Some((_, body, _)) = case(chosen).or_else(|| case(OTHER_INSTRUMENTS)) {
                        write(body, cx, words, out);
                    }
                }
            }
            Node::Plural {
                name, forms, words, ..
            } => {
                let n = integer(cx, name);
                let category = entente_i18n::plural::category(cx.language, n);
                let form = forms
                    .get(&format!("={n}"))
                    .or_else(|| forms.get(category))
                    .or_else(|| forms.get("other"));
                if let Some(form) = form {
                    let number = match words {
                        Some(agreement) => spelled(cx.language, n, false, *agreement),
                        None => n.to_string(),
                    };
                    out.push_str(&form.replace('#', &number));
                }
            }
            Node::Number {
                name,
                ordinal,
                agreement,
                ..
            } => out.push_str(&spelled(
                cx.language,
                integer(cx, name),
                *ordinal,
                *agreement,
            )),
        }
    }
}

fn integer(cx: &Context, name: &str) -> i64 {
    match cx.values.get(name) {
        Some(Value::Integer(n)) => *n,
        _ => 0,
    }
}

/// A number in words, or in figures where the words stop.
fn spelled(language: &str, n: i64, ordinal: bool, agreement: Agreement) -> String {
    if ordinal {
        spell::ordinal(language, n, agreement)
            .unwrap_or_else(|| spell::ordinal_figures(language, n, agreement))
    } else {
        spell::cardinal(language, n, agreement).unwrap_or_else(|| n.to_string())
    }
}

/// A value as the language writes it. Text is the user's, in this
/// language where it was given per language; one of the usual places of
/// conferences is named as this language names it (after "in" when the
/// tag's case is the prepositional).
fn display(cx: &Context, words: &Cldr, name: &str, case: Option<Case>) -> String {
    let kind = cx.manifest.variables.get(name).map(|v| v.kind);
    let text = |typed: &str| {
        let after_in = case == Some(Case::Prepositional);
        cities::city(typed, cx.language, after_in).unwrap_or_else(|| typed.to_string())
    };
    match (kind, cx.values.get(name)) {
        (_, None) => String::new(),
        (Some(VariableType::Date), Some(Value::Text(day))) => {
            words.long_date(day).unwrap_or_else(|| day.clone())
        }
        (_, Some(Value::Parties(ids))) => {
            let names: Vec<String> = ids.iter().map(|id| (cx.party_name)(*id)).collect();
            words.list(&names)
        }
        (_, Some(Value::Integer(n))) => n.to_string(),
        (_, Some(Value::Boolean(b))) => b.to_string(),
        (_, Some(Value::Text(typed))) => text(typed),
        // Another language's words stand in for a language not given.
        (_, Some(Value::Texts(texts))) => texts
            .get(cx.language)
            .filter(|t| !t.trim().is_empty())
            .or_else(|| texts.values().find(|t| !t.trim().is_empty()))
            .map(|typed| text(typed))
            .unwrap_or_default(),
    }
}

/// A rendered clause, ready to become provisions.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Clause {
    pub heading: String,
    /// Plain paragraphs: the article's own words, or the recitals.
    pub body: Vec<String>,
    /// Numbered paragraphs, each with its sub-paragraphs.
    pub paragraphs: Vec<(String, Vec<String>)>,
}

/// Reads rendered Markdown: a level-2 heading, plain paragraphs, and an
/// ordered list whose items are paragraphs (their own numbers ignored:
/// Entente numbers them) with nested lists as sub-paragraphs.
pub fn read(markdown: &str) -> Clause {
    let mut clause = Clause::default();
    let mut depth = 0;
    let mut text = String::new();
    let mut in_heading = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => in_heading = true,
            Event::End(TagEnd::Heading(_)) => {
                clause.heading = std::mem::take(&mut text).trim().to_string();
                in_heading = false;
            }
            Event::Start(Tag::List(_)) => {
                flush(&mut clause, depth, &mut text);
                depth += 1;
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut clause, depth, &mut text);
                depth -= 1;
            }
            Event::Start(Tag::Item) => flush(&mut clause, depth, &mut text),
            Event::End(TagEnd::Item) | Event::End(TagEnd::Paragraph) if !in_heading => {
                flush(&mut clause, depth, &mut text)
            }
            Event::Text(words) | Event::Code(words) => text.push_str(&words),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    clause
}

/// Files the words gathered so far where they stand.
fn flush(clause: &mut Clause, depth: usize, text: &mut String) {
    let words = std::mem::take(text).trim().to_string();
    if words.is_empty() {
        return;
    }
    match depth {
        0 => clause.body.push(words),
        1 => clause.paragraphs.push((words, Vec::new())),
        _ => match clause.paragraphs.last_mut() {
            Some((_, subs)) => subs.push(words),
            None => clause.paragraphs.push((words, Vec::new())),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_a_heading_paragraphs_and_sub_paragraphs() {
        let clause = read("## Scope\n\n1. This Agreement applies to:\n   - research; and\n   - deployment.\n1. It does not apply to\n   military uses.\n");
        assert_eq!(clause.heading, "Scope");
        assert_eq!(
            clause.paragraphs,
            [
                (
                    "This Agreement applies to:".to_string(),
                    vec!["research; and".to_string(), "deployment.".to_string()]
                ),
                ("It does not apply to military uses.".to_string(), vec![]),
            ]
        );
        let recitals = read("Recognizing that A,\n\nConcerned that B,\n");
        assert_eq!(recitals.body, ["Recognizing that A,", "Concerned that B,"]);
    }
}
