//! Brackets: words of a wording not yet agreed. They are written with the
//! white square brackets ⟦ and ⟧ (U+27E6, U+27E7), which Markdown gives no
//! meaning to, so a bracketed span can never be mistaken for a link or
//! emphasis, and plain [square brackets] stay ordinary text. Brackets do not
//! nest: a span is either agreed or not.

use crate::model::ProvisionText;

pub const OPEN: char = '⟦';
pub const CLOSE: char = '⟧';

/// What is wrong with the brackets of a text, and where (1-based line and
/// column, counted in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BracketProblem {
    pub kind: BracketProblemKind,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BracketProblemKind {
    /// ⟦ inside a bracketed span.
    Nested,
    /// ⟧ with no ⟦ before it.
    Unopened,
    /// ⟦ never closed.
    Unclosed,
}

impl BracketProblemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BracketProblemKind::Nested => "nested",
            BracketProblemKind::Unopened => "unopened",
            BracketProblemKind::Unclosed => "unclosed",
        }
    }
}

/// How many bracketed spans `text` holds, or the first problem with them.
pub fn check(text: &str) -> Result<usize, BracketProblem> {
    let (mut line, mut column) = (1, 0);
    let mut open_at: Option<(usize, usize)> = None;
    let mut spans = 0;
    for ch in text.chars() {
        column += 1;
        match ch {
            '\n' => {
                line += 1;
                column = 0;
            }
            OPEN if open_at.is_some() => {
                return Err(BracketProblem {
                    kind: BracketProblemKind::Nested,
                    line,
                    column,
                })
            }
            OPEN => open_at = Some((line, column)),
            CLOSE if open_at.is_none() => {
                return Err(BracketProblem {
                    kind: BracketProblemKind::Unopened,
                    line,
                    column,
                })
            }
            CLOSE => {
                open_at = None;
                spans += 1;
            }
            _ => {}
        }
    }
    match open_at {
        Some((line, column)) => Err(BracketProblem {
            kind: BracketProblemKind::Unclosed,
            line,
            column,
        }),
        None => Ok(spans),
    }
}

/// Refuses a provision's text in `language` whose brackets do not balance,
/// saying where.
pub fn require_balanced(language: &str, text: &ProvisionText) -> crate::Result<()> {
    for (part, words) in [("heading", &text.heading), ("body", &text.body)] {
        check(words).map_err(|problem| crate::Error::Brackets {
            language: language.to_string(),
            part,
            problem: problem.kind.as_str(),
            line: problem.line,
            column: problem.column,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balanced_brackets_are_counted() {
        assert_eq!(
            check("The Parties shall ⟦endeavour to⟧ share ⟦health⟧ data."),
            Ok(2)
        );
        assert_eq!(check("Plain [square brackets] and no others."), Ok(0));
    }

    #[test]
    fn problems_are_placed_by_line_and_column() {
        let problem = |text| check(text).unwrap_err();
        assert_eq!(
            problem("a ⟦b ⟦c⟧ d⟧"),
            BracketProblem {
                kind: BracketProblemKind::Nested,
                line: 1,
                column: 6
            }
        );
        assert_eq!(
            problem("a\nb⟧"),
            BracketProblem {
                kind: BracketProblemKind::Unopened,
                line: 2,
                column: 2
            }
        );
        assert_eq!(
            problem("one\ntwo ⟦three"),
            BracketProblem {
                kind: BracketProblemKind::Unclosed,
                line: 2,
                column: 5
            }
        );
    }
}
