//! Pseudo-locales, made from the English files: a developer switches the
//! interface to one to see at a glance what does not come from Fluent (it
//! stays plain English) and what is cut short (every phrase grows by about
//! a third, and is fenced by brackets whose end must show).

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use fluent_syntax::parser;
use fluent_syntax::serializer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// en-XA: [Ëñţéñţé ~~]: accented, elongated, fenced.
    Accented,
    /// ar-XB: the same words forced right to left, for a mirrored layout.
    RightToLeft,
}

impl Kind {
    pub fn of(language: &str) -> Option<Kind> {
        match language {
            "en-XA" => Some(Kind::Accented),
            "ar-XB" => Some(Kind::RightToLeft),
            _ => None,
        }
    }
}

/// The Fluent source with every word of text transformed; ids, variables,
/// selectors and references stay as they are.
pub fn transform(source: &str, kind: Kind) -> String {
    let mut resource = parser::parse(source.to_string()).unwrap_or_else(|(resource, _)| resource);
    for entry in &mut resource.body {
        match entry {
            Entry::Message(message) => {
                if let Some(value) = &mut message.value {
                    pattern(value, kind);
                }
                for attribute in &mut message.attributes {
                    pattern(&mut attribute.value, kind);
                }
            }
            Entry::Term(term) => {
                pattern(&mut term.value, kind);
                for attribute in &mut term.attributes {
                    pattern(&mut attribute.value, kind);
                }
            }
            _ => {}
        }
    }
    serializer::serialize(&resource)
}

fn pattern(pattern: &mut Pattern<String>, kind: Kind) {
    let last = pattern.elements.len().saturating_sub(1);
    for (index, element) in pattern.elements.iter_mut().enumerate() {
        match element {
            PatternElement::TextElement { value } => {
                *value = text(value, kind, index == 0, index == last);
            }
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    self::pattern(&mut variant.value, kind);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

fn text(words: &str, kind: Kind, first: bool, last: bool) -> String {
    match kind {
        Kind::Accented => {
            let mut out = String::with_capacity(words.len() * 2);
            if first {
                out.push('[');
            }
            let mut letters = 0;
            for ch in words.chars() {
                out.push(accented(ch));
                if ch.is_ascii_alphabetic() {
                    letters += 1;
                    // Lengthen by a third, as German or Russian often do.
                    if letters % 3 == 0 && "aeiouAEIOU".contains(ch) {
                        out.push(accented(ch));
                    }
                }
            }
            if last {
                out.push_str(&" ~".repeat(1 + letters / 10));
                out.push(']');
            }
            out
        }
        // Right-to-left override … pop: the words show mirrored, as a
        // right-to-left language would lay them out.
        Kind::RightToLeft => words
            .split('\n')
            .map(|line| {
                if line.trim().is_empty() {
                    line.to_string()
                } else {
                    format!("\u{202E}{line}\u{202C}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn accented(ch: char) -> char {
    const PLAIN: &str = "aceinousyACEINOUSY";
    const ACCENTED: &str = "åçéîñöûšýÅÇÉÎÑÖÛŠÝ";
    PLAIN
        .chars()
        .position(|c| c == ch)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(ch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_change_and_everything_else_stays() {
        let source = "greeting = Save { $count ->\n    [one] one provision\n   *[other] { $count } provisions\n}\n    .title = Save it\n";
        let accented = transform(source, Kind::Accented);
        assert!(accented.contains("[Šåvé"), "{accented}");
        assert!(accented.contains("{ $count ->"), "{accented}");
        assert!(accented.contains("[one]") && accented.contains("*[other]"));
        assert!(accented.contains(".title = [Šåvé ît ~]"), "{accented}");
        assert!(!accented.contains("provision\n"), "{accented}");

        let mirrored = transform("name = Entente\n", Kind::RightToLeft);
        assert_eq!(mirrored, "name = \u{202E}Entente\u{202C}\n");
    }
}
