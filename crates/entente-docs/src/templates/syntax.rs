//! The template language (docs/templates.md): text with `{{…}}` tags, parsed
//! into a tree whose every tag keeps its line and column. A block tag alone
//! on its line takes the whole line with it.

use std::collections::BTreeMap;

use entente_i18n::spell::{Agreement, Case, Gender};

/// A place in a template file: 1-based line and column, in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct At {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Text(String),
    /// `{{name}}`; a place after "in" is `{{name case="prepositional"}}`.
    Value {
        name: String,
        case: Option<Case>,
        at: At,
    },
    If {
        name: String,
        then: Vec<Node>,
        otherwise: Vec<Node>,
        at: At,
    },
    Optional {
        name: String,
        body: Vec<Node>,
        at: At,
    },
    Alt {
        name: String,
        cases: Vec<(String, Vec<Node>, At)>,
        at: At,
    },
    /// The words for a number by its plural category; `#` in a form is
    /// the number itself, in words when `words` says how they agree.
    Plural {
        name: String,
        forms: BTreeMap<String, String>,
        words: Option<Agreement>,
        at: At,
    },
    /// A number in words: `{{words name}}`, `{{ordinal name}}`.
    Number {
        name: String,
        ordinal: bool,
        agreement: Agreement,
        at: At,
    },
}

/// What is wrong with a template's tags, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub at: At,
    /// Names the Fluent message `template-<code>` that explains it.
    pub code: &'static str,
    pub detail: String,
}

/// One tag as written.
#[derive(Debug, Clone, PartialEq)]
enum Tag {
    Value(String, Option<Case>),
    Open(String, String),
    Else,
    Case(String),
    Close(String),
    Plural(String, BTreeMap<String, String>, Option<Agreement>),
    Number(String, bool, Agreement),
}

impl Tag {
    fn is_block(&self) -> bool {
        !matches!(self, Tag::Value(..) | Tag::Plural(..) | Tag::Number(..))
    }
}

enum Piece {
    Text(String),
    Tag(Tag, At),
}

pub fn parse(source: &str) -> Result<Vec<Node>, SyntaxError> {
    let pieces = standalone_lines(tokenize(source)?);
    let mut pieces = pieces.into_iter().peekable();
    nodes(&mut pieces)
}

fn position(source: &str, offset: usize) -> At {
    let (line, column) = entente_i18n::position(source, offset);
    At { line, column }
}

fn tokenize(source: &str) -> Result<Vec<Piece>, SyntaxError> {
    let mut pieces = Vec::new();
    let mut rest = 0;
    while let Some(found) = source[rest..].find("{{") {
        let start = rest + found;
        let at = position(source, start);
        if start > rest {
            pieces.push(text(source, rest, start)?);
        }
        let Some(length) = source[start + 2..].find("}}") else {
            return Err(SyntaxError {
                at,
                code: "unclosed-tag",
                detail: String::new(),
            });
        };
        let inside = &source[start + 2..start + 2 + length];
        if inside.contains("{{") || inside.contains('\n') {
            return Err(SyntaxError {
                at,
                code: "unclosed-tag",
                detail: String::new(),
            });
        }
        pieces.push(Piece::Tag(tag(inside.trim(), at)?, at));
        rest = start + 2 + length + 2;
    }
    if rest < source.len() {
        pieces.push(text(source, rest, source.len())?);
    }
    Ok(pieces)
}

/// Text between tags; a `}}` in it closes nothing.
fn text(source: &str, start: usize, end: usize) -> Result<Piece, SyntaxError> {
    match source[start..end].find("}}") {
        Some(stray) => Err(SyntaxError {
            at: position(source, start + stray),
            code: "stray-close",
            detail: String::new(),
        }),
        None => Ok(Piece::Text(source[start..end].to_string())),
    }
}

fn is_name(word: &str) -> bool {
    !word.is_empty()
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn tag(inside: &str, at: At) -> Result<Tag, SyntaxError> {
    let unknown = || SyntaxError {
        at,
        code: "unknown-tag",
        detail: inside.to_string(),
    };
    let mut words = inside.splitn(2, char::is_whitespace);
    let head = words.next().unwrap_or_default();
    let rest = words.next().unwrap_or_default().trim();
    let name = |word: &str| {
        if is_name(word) {
            Ok(word.to_string())
        } else {
            Err(unknown())
        }
    };
    match head {
        "else" if rest.is_empty() => Ok(Tag::Else),
        "#if" | "#optional" | "#alt" => Ok(Tag::Open(head[1..].to_string(), name(rest)?)),
        "#case" => {
            let id = rest
                .strip_prefix('"')
                .and_then(|r| r.strip_suffix('"'))
                .ok_or_else(unknown)?;
            Ok(Tag::Case(id.to_string()))
        }
        "/if" | "/optional" | "/alt" | "/case" if rest.is_empty() => {
            Ok(Tag::Close(head[1..].to_string()))
        }
        "plural" => {
            let (variable, forms) = rest.split_once(char::is_whitespace).ok_or_else(unknown)?;
            let mut forms = attributes(forms).ok_or_else(unknown)?;
            let agreement = agreement(&mut forms).ok_or_else(unknown)?;
            let words = match forms.remove("number").as_deref() {
                None | Some("figures") => None,
                Some("words") => Some(agreement),
                Some(_) => return Err(unknown()),
            };
            // A CLDR category, or `=N` for exactly N («раз в год», 每年).
            let categories = entente_i18n::plural::CATEGORIES;
            let known = |key: &str| {
                categories.contains(&key)
                    || key
                        .strip_prefix('=')
                        .is_some_and(|n| n.parse::<i64>().is_ok())
            };
            if !forms.keys().all(|key| known(key)) {
                return Err(unknown());
            }
            Ok(Tag::Plural(name(variable)?, forms, words))
        }
        "words" | "ordinal" => {
            let (variable, given) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            let mut given = attributes(given).ok_or_else(unknown)?;
            let agreement = agreement(&mut given).ok_or_else(unknown)?;
            if !given.is_empty() {
                return Err(unknown());
            }
            Ok(Tag::Number(name(variable)?, head == "ordinal", agreement))
        }
        word if rest.is_empty() && is_name(word) => Ok(Tag::Value(word.to_string(), None)),
        word if is_name(word) => {
            let mut given = attributes(rest).ok_or_else(unknown)?;
            let case = given.remove("case").ok_or_else(unknown)?;
            match (given.is_empty(), case.parse::<Case>()) {
                (true, Ok(case)) => Ok(Tag::Value(word.to_string(), Some(case))),
                _ => Err(unknown()),
            }
        }
        _ => Err(unknown()),
    }
}

/// `one="day" other="days"` (or `gender="feminine"`) as a map of names
/// to values.
fn attributes(mut text: &str) -> Option<BTreeMap<String, String>> {
    let mut found = BTreeMap::new();
    loop {
        text = text.trim_start();
        if text.is_empty() {
            return Some(found);
        }
        let (key, rest) = text.split_once("=\"")?;
        let (value, rest) = rest.split_once('"')?;
        found.insert(key.trim().to_string(), value.to_string());
        text = rest;
    }
}

/// The `gender` and `case` attributes taken out of `found`; `None` when
/// either names no gender or case.
fn agreement(found: &mut BTreeMap<String, String>) -> Option<Agreement> {
    let gender = match found.remove("gender") {
        Some(gender) => gender.parse::<Gender>().ok()?,
        None => Gender::default(),
    };
    let case = match found.remove("case") {
        Some(case) => case.parse::<Case>().ok()?,
        None => Case::default(),
    };
    Some(Agreement { gender, case })
}

/// Applies the standalone-line rule: a block tag with nothing but spaces
/// around it on its line removes those spaces and the line's end. Which tags
/// stand alone is decided on the text as written, before any is removed.
fn standalone_lines(mut pieces: Vec<Piece>) -> Vec<Piece> {
    let last = pieces.len().saturating_sub(1);
    let alone: Vec<usize> = (0..pieces.len())
        .filter(|&index| {
            let Piece::Tag(tag, _) = &pieces[index] else {
                return false;
            };
            let before = match index.checked_sub(1).map(|i| &pieces[i]) {
                None => true,
                Some(Piece::Text(text)) => {
                    let line = text.rsplit('\n').next().unwrap_or_default();
                    line.trim().is_empty() && (text.contains('\n') || index == 1)
                }
                Some(Piece::Tag(..)) => false,
            };
            let after = match pieces.get(index + 1) {
                None => true,
                Some(Piece::Text(text)) => {
                    let line = text.split('\n').next().unwrap_or_default();
                    line.trim().is_empty() && (text.contains('\n') || index + 1 == last)
                }
                Some(Piece::Tag(..)) => false,
            };
            tag.is_block() && before && after
        })
        .collect();
    for index in alone {
        if let Some(Piece::Text(text)) = index.checked_sub(1).and_then(|i| pieces.get_mut(i)) {
            let keep = text.rfind('\n').map_or(0, |n| n + 1);
            text.truncate(keep);
        }
        if let Some(Piece::Text(text)) = pieces.get_mut(index + 1) {
            let cut = text.find('\n').map_or(text.len(), |n| n + 1);
            text.replace_range(..cut, "");
        }
    }
    pieces
}

type Pieces = std::iter::Peekable<std::vec::IntoIter<Piece>>;

fn nodes(pieces: &mut Pieces) -> Result<Vec<Node>, SyntaxError> {
    let mut out = Vec::new();
    while let Some(piece) = pieces.peek() {
        if let Piece::Tag(Tag::Else | Tag::Close(_) | Tag::Case(_), _) = piece {
            break;
        }
        match pieces.next().expect("peeked") {
            Piece::Text(text) => out.push(Node::Text(text)),
            Piece::Tag(Tag::Value(name, case), at) => out.push(Node::Value { name, case, at }),
            Piece::Tag(Tag::Plural(name, forms, words), at) => out.push(Node::Plural {
                name,
                forms,
                words,
                at,
            }),
            Piece::Tag(Tag::Number(name, ordinal, agreement), at) => out.push(Node::Number {
                name,
                ordinal,
                agreement,
                at,
            }),
            Piece::Tag(Tag::Open(kind, name), at) => out.push(block(pieces, &kind, name, at)?),
            Piece::Tag(..) => unreachable!("stopped above"),
        }
    }
    Ok(out)
}

fn close(pieces: &mut Pieces, kind: &str, at: At) -> Result<(), SyntaxError> {
    match pieces.next() {
        Some(Piece::Tag(Tag::Close(closed), _)) if closed == kind => Ok(()),
        Some(Piece::Tag(_, other)) => Err(SyntaxError {
            at: other,
            code: "mismatched-close",
            detail: kind.to_string(),
        }),
        _ => Err(SyntaxError {
            at,
            code: "unclosed-block",
            detail: kind.to_string(),
        }),
    }
}

fn block(pieces: &mut Pieces, kind: &str, name: String, at: At) -> Result<Node, SyntaxError> {
    match kind {
        "if" => {
            let then = nodes(pieces)?;
            let otherwise = match pieces.peek() {
                Some(Piece::Tag(Tag::Else, _)) => {
                    pieces.next();
                    nodes(pieces)?
                }
                _ => Vec::new(),
            };
            close(pieces, kind, at)?;
            Ok(Node::If {
                name,
                then,
                otherwise,
                at,
            })
        }
        "optional" => {
            let body = nodes(pieces)?;
            if let Some(Piece::Tag(Tag::Else, else_at)) = pieces.peek() {
                return Err(SyntaxError {
                    at: *else_at,
                    code: "misplaced-else",
                    detail: String::new(),
                });
            }
            close(pieces, kind, at)?;
            Ok(Node::Optional { name, body, at })
        }
        _ => {
            let mut cases = Vec::new();
            loop {
                match pieces.next() {
                    Some(Piece::Text(text)) if text.trim().is_empty() => {}
                    Some(Piece::Tag(Tag::Case(id), case_at)) => {
                        let body = nodes(pieces)?;
                        close(pieces, "case", case_at)?;
                        cases.push((id, body, case_at));
                    }
                    Some(Piece::Tag(Tag::Close(closed), _)) if closed == "alt" => break,
                    Some(Piece::Tag(_, other)) => {
                        return Err(SyntaxError {
                            at: other,
                            code: "outside-case",
                            detail: String::new(),
                        })
                    }
                    Some(Piece::Text(_)) => {
                        return Err(SyntaxError {
                            at,
                            code: "outside-case",
                            detail: String::new(),
                        })
                    }
                    None => {
                        return Err(SyntaxError {
                            at,
                            code: "unclosed-block",
                            detail: "alt".into(),
                        })
                    }
                }
            }
            Ok(Node::Alt { name, cases, at })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> At {
        At { line, column }
    }

    #[test]
    fn a_block_tag_alone_on_its_line_takes_the_line() {
        let nodes = parse(
            "1. First.\n{{#optional host}}\n1. Hosted by {{host}}.\n{{/optional}}\n1. Last.\n",
        )
        .unwrap();
        assert_eq!(nodes[0], Node::Text("1. First.\n".into()));
        let Node::Optional { body, .. } = &nodes[1] else {
            panic!("{nodes:?}")
        };
        assert_eq!(body[0], Node::Text("1. Hosted by ".into()));
        assert_eq!(nodes[2], Node::Text("1. Last.\n".into()));
    }

    #[test]
    fn inline_blocks_keep_their_spaces() {
        let nodes = parse("Each Party shall notify {{#if bilateral}}the other Party{{else}}the other Parties{{/if}}.").unwrap();
        let Node::If {
            then, otherwise, ..
        } = &nodes[1]
        else {
            panic!()
        };
        assert_eq!(then, &[Node::Text("the other Party".into())]);
        assert_eq!(otherwise, &[Node::Text("the other Parties".into())]);
    }

    #[test]
    fn a_plural_form_for_exactly_one_number() {
        let nodes = parse("{{plural years =1=\"year\" one=\"# year\" other=\"# years\"}}").unwrap();
        let Node::Plural { forms, .. } = &nodes[0] else {
            panic!()
        };
        assert_eq!(forms["=1"], "year");
        assert!(parse("{{plural years =one=\"year\" other=\"# years\"}}").is_err());
    }

    #[test]
    fn plural_and_alternatives() {
        let nodes = parse("{{plural days one=\"day\" other=\"days\"}} {{#alt law}}{{#case \"icj\"}}the Court{{/case}}{{#case \"arbitration\"}}a tribunal{{/case}}{{/alt}}").unwrap();
        let Node::Plural { forms, .. } = &nodes[0] else {
            panic!()
        };
        assert_eq!(forms["other"], "days");
        let Node::Alt { cases, .. } = &nodes[2] else {
            panic!("{nodes:?}")
        };
        assert_eq!(
            cases.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
            ["icj", "arbitration"]
        );
    }

    #[test]
    fn broken_tags_are_placed() {
        let error = |s| parse(s).unwrap_err();
        assert_eq!(error("a\nb {{name").at, at(2, 3));
        assert_eq!(error("a\nb {{name").code, "unclosed-tag");
        assert_eq!(error("{{#if x}}a").code, "unclosed-block");
        assert_eq!(error("{{#if x}}a{{/optional}}").code, "mismatched-close");
        assert_eq!(error("{{#loop x}}").code, "unknown-tag");
        assert_eq!(error("a }} b").code, "stray-close");
        assert_eq!(error("{{#alt x}}text{{/alt}}").code, "outside-case");
    }
}
