//! Walking Fluent's syntax tree: where entries start, what a pattern holds.

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentError, FluentValue};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};

/// The functions both Fluent runtimes (the app's and the CLI's) provide.
use super::locale::Entryish;
use super::LocaleProblem;

/// Each entry's id, first line and last line, found by reading the lines
/// (a message starts at column 1 with `id =`; `-id =` for a term).
pub(super) fn entry_starts(source: &str) -> Vec<(String, usize, usize)> {
    let mut starts: Vec<(String, usize, usize)> = Vec::new();
    let lines: Vec<&str> = source.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        let Some((id, _)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim_end();
        let name = id.strip_prefix('-').unwrap_or(id);
        let starts_entry = !line.starts_with([' ', '\t', '#', '.', '*', '[', '}'])
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if starts_entry {
            if let Some(last) = starts.last_mut() {
                last.2 = index;
            }
            starts.push((id.to_string(), index + 1, lines.len()));
        }
    }
    // An entry ends where the next begins, less the blank and comment lines between.
    for (_, first, last) in &mut starts {
        while *last > *first && {
            let line = lines[*last - 1];
            line.trim().is_empty() || line.starts_with('#')
        } {
            *last -= 1;
        }
    }
    starts
}

/// Where `needle` first stands in an entry's text, as a position in the file.
pub(super) fn locate(text: &str, first_line: usize, needle: &str) -> (usize, usize) {
    text.lines()
        .enumerate()
        .find_map(|(index, line)| {
            line.find(needle)
                .map(|byte| (first_line + index, line[..byte].chars().count() + 1))
        })
        .unwrap_or((first_line, 1))
}

/// Calls `visit` on every inline expression of a pattern, inside selects too.
pub(super) fn walk<'p, S: AsRef<str>>(
    pattern: &'p Pattern<S>,
    visit: &mut impl FnMut(&'p InlineExpression<S>),
) {
    pub(super) fn expression<'p, S: AsRef<str>>(
        e: &'p Expression<S>,
        visit: &mut impl FnMut(&'p InlineExpression<S>),
    ) {
        match e {
            Expression::Inline(e) => inline(e, visit),
            Expression::Select { selector, variants } => {
                inline(selector, visit);
                for variant in variants {
                    walk(&variant.value, visit);
                }
            }
        }
    }
    pub(super) fn inline<'p, S: AsRef<str>>(
        e: &'p InlineExpression<S>,
        visit: &mut impl FnMut(&'p InlineExpression<S>),
    ) {
        visit(e);
        match e {
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in arguments
                    .positional
                    .iter()
                    .chain(arguments.named.iter().map(|n| &n.value))
                {
                    inline(argument, visit);
                }
            }
            InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for argument in arguments
                    .positional
                    .iter()
                    .chain(arguments.named.iter().map(|n| &n.value))
                {
                    inline(argument, visit);
                }
            }
            InlineExpression::Placeable { expression: inner } => expression(inner, visit),
            _ => {}
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression: e } = element {
            expression(e, visit);
        }
    }
}

/// Calls `visit` with the selector and variants of every select in a pattern.
pub(super) fn each_select<'p, S: AsRef<str>>(
    pattern: &'p Pattern<S>,
    visit: &mut impl FnMut(&'p InlineExpression<S>, &'p [fluent_syntax::ast::Variant<S>]),
) {
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = element
        {
            visit(selector, variants);
            for variant in variants {
                each_select(&variant.value, visit);
            }
        }
    }
}

/// Calls `visit` with the selector and identifier keys of every select.
pub(super) fn selects<'p, S: AsRef<str>>(
    pattern: &'p Pattern<S>,
    visit: &mut impl FnMut(&'p InlineExpression<S>, &[&str]),
) {
    each_select(pattern, &mut |selector, variants| {
        let keys: Vec<&str> = variants.iter().filter_map(identifier_key).collect();
        visit(selector, &keys);
    });
}

pub(super) fn identifier_key<S: AsRef<str>>(
    variant: &fluent_syntax::ast::Variant<S>,
) -> Option<&str> {
    match &variant.key {
        VariantKey::Identifier { name } => Some(name.as_ref()),
        VariantKey::NumberLiteral { .. } => None,
    }
}

/// A select on a count: its named keys are all CLDR plural categories, and
/// name more than the default.
pub(super) fn is_plural(keys: &[&str]) -> bool {
    !keys.is_empty()
        && keys.iter().all(|k| crate::plural::CATEGORIES.contains(k))
        && keys.iter().any(|k| *k != "other")
}

/// A value with no words: blank text, or only empty string literals.
pub(super) fn is_empty(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        PatternElement::Placeable { .. } => false,
    })
}

/// Arguments for every variable a message names: a count for those it
/// selects a plural form on (`$n ->`), words for the others.
pub(super) fn sample_arguments<'a>(variables: &'a BTreeSet<String>, text: &str) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for variable in variables {
        if text.contains(&format!("${variable} ->")) {
            args.set(variable.as_str(), FluentValue::from(3));
        } else {
            args.set(variable.as_str(), FluentValue::from("sample"));
        }
    }
    args
}

pub(super) fn format_problem(
    error: &FluentError,
    entry: &Entryish,
    id: &str,
) -> Option<LocaleProblem> {
    use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
    let FluentError::ResolverError(error) = error else {
        return None;
    };
    let problem = |code, needle: &str| {
        LocaleProblem::new(&entry.file, locate(&entry.text, entry.line, needle), code).arg("id", id)
    };
    Some(match error {
        // Reported where the checks above find them.
        ResolverError::Reference(
            ReferenceKind::Function { .. } | ReferenceKind::Variable { .. },
        ) => return None,
        ResolverError::Reference(ReferenceKind::Message { id: target, .. }) => {
            problem("unknown-reference", target).arg("target", target.clone())
        }
        ResolverError::Reference(ReferenceKind::Term { id: target, .. }) => {
            problem("unknown-reference", target).arg("target", format!("-{target}"))
        }
        ResolverError::NoValue(target) => {
            problem("unknown-reference", target).arg("target", target.clone())
        }
        ResolverError::Cyclic => problem("cyclic", ""),
        ResolverError::MissingDefault | ResolverError::TooManyPlaceables => {
            problem("too-complex", "")
        }
    })
}

/// The words of a pattern (its text elements, inside selects too), as
/// slices of the source they were parsed from.
pub(super) fn texts<'s>(pattern: &Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push(value),
            PatternElement::Placeable { expression } => expression_texts(expression, out),
        }
    }
}

fn expression_texts<'s>(expression: &Expression<&'s str>, out: &mut Vec<&'s str>) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                texts(&variant.value, out);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_texts(expression, out)
        }
        Expression::Inline(_) => {}
    }
}
