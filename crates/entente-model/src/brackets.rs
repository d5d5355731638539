//! Brackets: words of a wording not yet agreed. They are written with the
//! white square brackets ⟦ and ⟧ (U+27E6, U+27E7), which Markdown gives no
//! meaning to, so a bracketed span can never be mistaken for a link or
//! emphasis, and plain [square brackets] stay ordinary text. Brackets do not
//! nest: a span is either agreed or not.
//!
//! Who proposed a span is written right after it as the parties' ids in
//! braces: `⟦endeavour to⟧{3,7}`. Ids rather than names, because the same
//! span stands in every language of the text and a party's name differs in
//! each; CommonMark gives braces no meaning either. A span without braces is
//! unattributed.

use crate::{BracketError, PartyId, ProvisionText};
use serde::{Deserialize, Serialize};

pub const OPEN: char = '⟦';
pub const CLOSE: char = '⟧';
pub const PROPOSERS_OPEN: char = '{';
pub const PROPOSERS_CLOSE: char = '}';

/// A bracketed span and the parties that proposed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bracket {
    pub text: String,
    pub proposers: Vec<PartyId>,
    /// Where its ⟦ stands (1-based line and column, in characters).
    #[serde(skip)]
    pub line: usize,
    #[serde(skip)]
    pub column: usize,
}

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
    /// A `{` after ⟧ that is not a list of ids such as `{3,7}`.
    Proposers,
    /// A proposer id that is no party of the agreement.
    UnknownProposer,
}

impl BracketProblemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BracketProblemKind::Nested => "nested",
            BracketProblemKind::Unopened => "unopened",
            BracketProblemKind::Unclosed => "unclosed",
            BracketProblemKind::Proposers => "proposers",
            BracketProblemKind::UnknownProposer => "unknown-proposer",
        }
    }
}

/// The bracketed spans of `text` in order, or the first problem with them.
pub fn parse(text: &str) -> Result<Vec<Bracket>, BracketProblem> {
    let problem = |kind, line, column| BracketProblem { kind, line, column };
    let (mut line, mut column) = (1, 0);
    let mut open: Option<Bracket> = None;
    let mut brackets = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        column += 1;
        match (ch, open.as_mut()) {
            ('\n', _) => {
                line += 1;
                column = 0;
            }
            (OPEN, Some(_)) => return Err(problem(BracketProblemKind::Nested, line, column)),
            (OPEN, None) => {
                open = Some(Bracket {
                    text: String::new(),
                    proposers: Vec::new(),
                    line,
                    column,
                })
            }
            (CLOSE, None) => return Err(problem(BracketProblemKind::Unopened, line, column)),
            (CLOSE, Some(_)) => {
                let mut bracket = open.take().expect("matched as open");
                if chars.peek() == Some(&PROPOSERS_OPEN) {
                    let start = column + 1;
                    let mut list = String::new();
                    chars.next();
                    column += 1;
                    loop {
                        match chars.next() {
                            Some(PROPOSERS_CLOSE) => break,
                            Some(c) if c.is_ascii_digit() || c == ',' || c == ' ' => list.push(c),
                            _ => return Err(problem(BracketProblemKind::Proposers, line, start)),
                        }
                        column += 1;
                    }
                    column += 1;
                    bracket.proposers = list
                        .split(',')
                        .map(|id| id.trim().parse::<PartyId>())
                        .collect::<Result<_, _>>()
                        .map_err(|_| problem(BracketProblemKind::Proposers, line, start))?;
                }
                brackets.push(bracket);
            }
            (c, Some(bracket)) => bracket.text.push(c),
            (_, None) => {}
        }
    }
    match open {
        Some(bracket) => Err(problem(
            BracketProblemKind::Unclosed,
            bracket.line,
            bracket.column,
        )),
        None => Ok(brackets),
    }
}

/// `text` with the proposer ids after each ⟧ given by `rename` (ids are a
/// database's own, so a text carried to another database names its parties
/// anew). Text that is not a well-formed `⟧{…}` list is kept as it is.
pub fn rename_proposers(text: &str, rename: impl Fn(PartyId) -> PartyId) -> String {
    let mut renamed = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(CLOSE) {
        let after = at + CLOSE.len_utf8();
        renamed.push_str(&rest[..after]);
        rest = &rest[after..];
        let list = rest
            .strip_prefix(PROPOSERS_OPEN)
            .and_then(|inner| Some(&inner[..inner.find(PROPOSERS_CLOSE)?]));
        let ids = list.and_then(|list| {
            list.split(',')
                .map(|id| id.trim().parse::<PartyId>().ok())
                .collect::<Option<Vec<_>>>()
        });
        if let (Some(list), Some(ids)) = (list, ids) {
            let ids: Vec<String> = ids.into_iter().map(|id| rename(id).to_string()).collect();
            renamed.push(PROPOSERS_OPEN);
            renamed.push_str(&ids.join(","));
            renamed.push(PROPOSERS_CLOSE);
            rest = &rest[list.len() + 2..];
        }
    }
    renamed.push_str(rest);
    renamed
}

/// The bracketed spans of a provision's text (heading, then body); spans
/// whose brackets are broken are left out, as the text was refused on saving.
pub fn of_text(text: &ProvisionText) -> Vec<Bracket> {
    [&text.heading, &text.body]
        .into_iter()
        .flat_map(|words| parse(words).unwrap_or_default())
        .collect()
}

/// Refuses a provision's text in `language` whose brackets do not balance,
/// or that names as a proposer anyone not in `parties`, saying where.
pub fn require_valid(
    language: &str,
    text: &ProvisionText,
    parties: &[PartyId],
) -> Result<(), BracketError> {
    for (part, words) in [("heading", &text.heading), ("body", &text.body)] {
        let error = |problem: BracketProblem| BracketError {
            language: language.to_string(),
            part,
            problem: problem.kind.as_str(),
            line: problem.line,
            column: problem.column,
        };
        for bracket in parse(words).map_err(error)? {
            if bracket.proposers.iter().any(|id| !parties.contains(id)) {
                return Err(error(BracketProblem {
                    kind: BracketProblemKind::UnknownProposer,
                    line: bracket.line,
                    column: bracket.column,
                }));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(String, Vec<PartyId>)> {
        parse(text)
            .unwrap()
            .into_iter()
            .map(|b| (b.text, b.proposers))
            .collect()
    }

    #[test]
    fn spans_are_read_with_their_proposers() {
        assert_eq!(
            spans("The Parties shall ⟦endeavour to⟧{3, 7} share ⟦health⟧ data."),
            [
                ("endeavour to".to_string(), vec![3, 7]),
                ("health".to_string(), vec![])
            ]
        );
        assert_eq!(spans("Plain [square brackets] and {braces}."), []);
    }

    #[test]
    fn problems_are_placed_by_line_and_column() {
        let problem = |text| parse(text).unwrap_err();
        let at = |kind, line, column| BracketProblem { kind, line, column };
        assert_eq!(problem("a ⟦b ⟦c⟧ d⟧"), at(BracketProblemKind::Nested, 1, 6));
        assert_eq!(problem("a\nb⟧"), at(BracketProblemKind::Unopened, 2, 2));
        assert_eq!(
            problem("one\ntwo ⟦three"),
            at(BracketProblemKind::Unclosed, 2, 5)
        );
        assert_eq!(
            problem("⟦a⟧{3,x} b"),
            at(BracketProblemKind::Proposers, 1, 4)
        );
        assert_eq!(problem("⟦a⟧{3"), at(BracketProblemKind::Proposers, 1, 4));
        assert_eq!(problem("⟦a⟧{}"), at(BracketProblemKind::Proposers, 1, 4));
    }

    #[test]
    fn columns_after_proposers_stay_true() {
        assert_eq!(
            parse("⟦a⟧{12} ⟧").unwrap_err(),
            BracketProblem {
                kind: BracketProblemKind::Unopened,
                line: 1,
                column: 9
            }
        );
    }

    #[test]
    fn proposers_are_renamed_and_nothing_else() {
        let renamed = rename_proposers("⟦a⟧{3, 7} ⟦b⟧ ⟦c⟧{x} {3} ⟦d⟧{12}", |id| {
            id * 10
        });
        assert_eq!(renamed, "⟦a⟧{30,70} ⟦b⟧ ⟦c⟧{x} {3} ⟦d⟧{120}");
        assert_eq!(rename_proposers("⟦a⟧{3", |id| id + 1), "⟦a⟧{3");
    }

    #[test]
    fn proposers_must_be_parties_of_the_agreement() {
        let text = ProvisionText {
            heading: String::new(),
            body: "Share ⟦health⟧{4} data.".into(),
        };
        assert!(require_valid("en", &text, &[4]).is_ok());
        assert!(matches!(
            require_valid("en", &text, &[5]),
            Err(BracketError {
                problem: "unknown-proposer",
                column: 7,
                ..
            })
        ));
    }
}
