//! A provision's own footnotes, as its text holds them: a call `[^1]` among
//! its words, and the note itself as a paragraph after them, `[^1]: …`. An
//! export numbers them through the whole document; a call without its note
//! is left as the words it is.

/// One footnote of a provision: its label and its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Note<'a> {
    pub label: &'a str,
    pub text: &'a str,
}

/// A piece of a paragraph: words, or the call of a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Words(&'a str),
    Call(Note<'a>),
}

/// The paragraphs of a provision's body (separated by a blank line) apart
/// from its notes.
pub fn split(body: &str) -> (Vec<&str>, Vec<Note<'_>>) {
    let mut words = Vec::new();
    let mut notes = Vec::new();
    for paragraph in body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        match definition(paragraph) {
            Some(note) => notes.push(note),
            None => words.push(paragraph),
        }
    }
    (words, notes)
}

/// `[^label]: text` as a note.
fn definition(paragraph: &str) -> Option<Note<'_>> {
    let rest = paragraph.strip_prefix("[^")?;
    let end = rest.find("]:")?;
    let label = &rest[..end];
    is_label(label).then(|| Note {
        label,
        text: rest[end + 2..].trim(),
    })
}

fn is_label(label: &str) -> bool {
    !label.is_empty() && label.len() <= 16 && label.chars().all(|c| c.is_alphanumeric() || c == '-')
}

/// A paragraph cut at the calls of `notes`, in order.
pub fn calls<'a>(paragraph: &'a str, notes: &[Note<'a>]) -> Vec<Piece<'a>> {
    let mut pieces = Vec::new();
    // Where the words not yet given out begin, and where to look next.
    let (mut words_from, mut from) = (0, 0);
    while let Some(found) = paragraph[from..].find("[^") {
        let start = from + found;
        let after = &paragraph[start + 2..];
        let note = after.find(']').and_then(|end| {
            let label = &after[..end];
            let note = notes.iter().find(|n| n.label == label)?;
            Some((*note, start + 2 + end + 1))
        });
        match note {
            Some((note, end)) => {
                if start > words_from {
                    pieces.push(Piece::Words(&paragraph[words_from..start]));
                }
                pieces.push(Piece::Call(note));
                (words_from, from) = (end, end);
            }
            // Not a call: the words go on past it.
            None => from = start + 2,
        }
    }
    if words_from < paragraph.len() {
        pieces.push(Piece::Words(&paragraph[words_from..]));
    }
    pieces
}

/// The paragraphs and notes written back as a body.
pub fn join(words: &[String], notes: &[(String, String)]) -> String {
    let notes = notes
        .iter()
        .map(|(label, text)| format!("[^{label}]: {text}"));
    words
        .iter()
        .cloned()
        .chain(notes)
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_are_found_where_their_notes_are_given() {
        let body = "Recalling its resolution 70/1[^1] and [^x] the Agenda[^2].\n\nMore.\n\n[^1]: Of 25 September 2015.\n\n[^2]: See annex.";
        let (words, notes) = split(body);
        assert_eq!(
            words,
            [
                "Recalling its resolution 70/1[^1] and [^x] the Agenda[^2].",
                "More."
            ]
        );
        assert_eq!(notes.len(), 2);
        let pieces = calls(words[0], &notes);
        assert_eq!(
            pieces,
            [
                Piece::Words("Recalling its resolution 70/1"),
                Piece::Call(notes[0]),
                Piece::Words(" and [^x] the Agenda"),
                Piece::Call(notes[1]),
                Piece::Words("."),
            ]
        );
        assert_eq!(
            join(&["A[^1].".into()], &[("1".into(), "Note.".into())]),
            "A[^1].\n\n[^1]: Note."
        );
    }
}
