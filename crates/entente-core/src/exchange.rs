//! The files in which work travels between machines without a server
//! (docs/exchange.md): an agreement bundle, and a delegation's position
//! packet. Both are JSON with a `format` naming the kind of file and a
//! `version` of the format; this module reads and writes that envelope.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::error::Category;

use crate::error::{Error, Result};
use crate::import::docx::{self, DocxProblem};

/// The largest exchange file read. A bundle of a whole multilateral
/// negotiation (193 parties, 300 provisions, ten positions per cell) is
/// about 200 MB; a file far beyond that is not one Entente made, nor an
/// agreement text.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024 * 1024;

/// The largest agreement text read. The longest negotiation imaginable
/// (a thousand articles of three paragraphs each) is a few megabytes.
pub const MAX_TEXT_BYTES: u64 = 64 * 1024 * 1024;

/// The extensions exchange files are written with, and known by on opening.
pub const BUNDLE_EXTENSION: &str = "entente";
pub const PACKET_EXTENSION: &str = "positions";
/// Every extension the import dialog's file filter shows: the exchange files
/// and the texts the reader takes.
pub const IMPORTED_EXTENSIONS: [&str; 6] = [
    BUNDLE_EXTENSION,
    PACKET_EXTENSION,
    "docx",
    "md",
    "markdown",
    "txt",
];

/// What an exchange file holds, as its `format` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Bundle,
    Packet,
}

impl FileKind {
    pub fn format(self) -> &'static str {
        match self {
            FileKind::Bundle => "entente-bundle",
            FileKind::Packet => "entente-positions",
        }
    }

    /// The version of its format this build writes, and the newest it reads.
    /// Bundles are at 2: the words around the provisions and unnumbered
    /// provisions came in; a bundle of version 1 still reads.
    pub fn version(self) -> u32 {
        match self {
            FileKind::Bundle => 2,
            FileKind::Packet => 1,
        }
    }

    /// The word the error messages select on.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Bundle => "bundle",
            FileKind::Packet => "packet",
        }
    }
}

/// What a file handed to the app is read as — double-clicked, dropped on the
/// window, or named on its command line: by its name's extension, the one
/// thing the system's "open with" went by too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportKind {
    /// An agreement bundle (`.entente`).
    Bundle,
    /// A delegation's position packet (`.positions`).
    Packet,
    /// An agreement text: Word, Markdown or plain text, and anything else,
    /// which the text reader then accepts or explains.
    Text,
}

impl ImportKind {
    pub fn of_path(path: &Path) -> ImportKind {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if extension.eq_ignore_ascii_case(BUNDLE_EXTENSION) {
            ImportKind::Bundle
        } else if extension.eq_ignore_ascii_case(PACKET_EXTENSION) {
            ImportKind::Packet
        } else {
            ImportKind::Text
        }
    }
}

/// The two fields every exchange file begins with.
#[derive(Debug, Serialize, Deserialize)]
pub struct Envelope {
    pub format: String,
    pub version: u32,
}

impl Envelope {
    pub fn new(kind: FileKind) -> Envelope {
        Envelope {
            format: kind.format().to_string(),
            version: kind.version(),
        }
    }
}

/// Refuses a file larger than any Entente reads, before reading it.
fn check_size(path: &Path) -> Result<()> {
    let bytes = std::fs::metadata(path)?.len();
    if bytes > MAX_FILE_BYTES {
        return Err(Error::FileTooLarge {
            path: path.display().to_string(),
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
}

/// A text to import, as its file gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub text: String,
    /// Where the file was a Word document: what reading it left out or took in.
    pub word: Option<WordFacts>,
}

impl From<&str> for Source {
    /// A text in Markdown or plain text, already read.
    fn from(text: &str) -> Source {
        Source {
            text: text.to_string(),
            word: None,
        }
    }
}

/// What reading a Word document counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WordFacts {
    /// Comments, left out of the text.
    pub comments: usize,
    /// Tracked changes, taken as accepted.
    pub changes: usize,
}

/// Reads a text to import: a Word document (.docx), or an agreement in
/// Markdown or plain text. `accept_changes`: a Word document's tracked
/// changes are taken as accepted rather than refused.
pub fn read_source(path: &Path, accept_changes: bool) -> Result<Source> {
    let shown = || path.display().to_string();
    let named_word = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    let mut head = [0u8; 4];
    let began = std::io::Read::read(&mut open(path)?, &mut head)?;
    if !named_word && !docx::looks_like_word(&head[..began]) {
        return read_text(path).map(|text| Source { text, word: None });
    }
    // A Word document holds pictures besides its words: only an exchange
    // file's limit applies to the package, the words' own limit to its parts.
    check_size(path)?;
    let read =
        docx::read(&std::fs::read(path)?, accept_changes).map_err(|problem| match problem {
            DocxProblem::NotWord | DocxProblem::NoDocument => {
                Error::NotAWordDocument { path: shown() }
            }
            DocxProblem::Encrypted => Error::WordOldOrProtected { path: shown() },
            DocxProblem::TooLarge => Error::WordTooLarge {
                path: shown(),
                limit: docx::MAX_EXPANDED,
            },
            DocxProblem::TrackedChanges(count) => Error::WordTrackedChanges {
                path: shown(),
                count,
            },
            DocxProblem::Damaged(problem) => Error::WordDamaged {
                path: shown(),
                problem,
            },
        })?;
    Ok(Source {
        text: read.text,
        word: Some(WordFacts {
            comments: read.comments,
            changes: read.changes,
        }),
    })
}

/// Reads a text to import (an agreement in Markdown or plain text):
/// refused when it is too large, not UTF-8, or holds bytes no text has (a
/// binary file).
fn read_text(path: &Path) -> Result<String> {
    let shown = || path.display().to_string();
    let bytes = std::fs::metadata(path)?.len();
    if bytes > MAX_TEXT_BYTES {
        return Err(Error::TextTooLarge {
            path: shown(),
            bytes,
            limit: MAX_TEXT_BYTES,
        });
    }
    let text = String::from_utf8(std::fs::read(path)?).map_err(|e| Error::NotText {
        path: shown(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    let binary = text
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'));
    match binary {
        Some((offset, _)) => Err(Error::NotText {
            path: shown(),
            offset,
        }),
        None => Ok(text),
    }
}

/// The envelope of any JSON file, whatever else it holds.
#[derive(Deserialize)]
struct Probe {
    format: Option<String>,
    version: Option<u64>,
}

/// Checks that `path` is an exchange file of `kind` in a format this version
/// reads: not too large, whole JSON, its envelope naming `kind` and a
/// version up to ours. The file is read through without being kept.
pub fn check(path: &Path, kind: FileKind) -> Result<()> {
    let shown = || path.display().to_string();
    check_size(path)?;
    let probe: Probe = serde_json::from_reader(open(path)?).map_err(|e| match e.classify() {
        Category::Data => Error::NotAnExchangeFile {
            path: shown(),
            expected: kind.as_str(),
        },
        Category::Io => Error::Io(e.into()),
        category => Error::ExchangeUnreadable {
            path: shown(),
            line: e.line(),
            column: e.column(),
            problem: if category == Category::Eof {
                "truncated"
            } else {
                "garbled"
            },
        },
    })?;
    let version = match (probe.format.as_deref(), probe.version) {
        (Some(format), Some(version)) if format == kind.format() => version,
        _ => {
            return Err(Error::NotAnExchangeFile {
                path: shown(),
                expected: kind.as_str(),
            })
        }
    };
    if version > u64::from(kind.version()) {
        return Err(Error::ExchangeTooNew {
            path: shown(),
            found: version,
            supported: kind.version(),
        });
    }
    Ok(())
}

/// The file, buffered, to read from.
pub fn open(path: &Path) -> Result<BufReader<File>> {
    Ok(BufReader::new(File::open(path)?))
}

/// A file that is JSON of the right kind but not shaped as its kind is, with
/// where.
pub fn misshapen(path: &Path, e: serde_json::Error) -> Error {
    if e.is_io() {
        // The file could not be read on (a USB key pulled out): not its shape.
        return Error::Io(e.into());
    }
    Error::ExchangeInvalid {
        path: path.display().to_string(),
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    }
}

/// Reads an exchange file of `kind` into `T`: refused, saying why and where,
/// when it is too large, not JSON or cut short, of another kind, from a newer
/// format, or not shaped as `T`.
pub fn read<T: DeserializeOwned>(path: &Path, kind: FileKind) -> Result<T> {
    check(path, kind)?;
    serde_json::from_reader(open(path)?).map_err(|e| misshapen(path, e))
}

/// Writes `content` to `path` (its folder made if need be) whole or not at
/// all: into a file beside it, then moved into place. Returns its size.
pub fn write(path: &Path, content: &impl Serialize) -> Result<u64> {
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    let mut partial = path.as_os_str().to_owned();
    partial.push(".part");
    let partial = std::path::PathBuf::from(partial);
    let written = write_to(&partial, content).and_then(|()| Ok(std::fs::rename(&partial, path)?));
    if let Err(e) = written {
        // Nothing half-written is left behind; the first error is the one to report.
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    sync_folder(path.parent().unwrap_or(Path::new(".")))?;
    Ok(std::fs::metadata(path)?.len())
}

/// Makes the names given in `folder` durable: a file moved into place is
/// under its new name after a power cut too. (Windows cannot open a folder
/// as a file; its renames are flushed with the volume.)
pub(crate) fn sync_folder(folder: &Path) -> std::io::Result<()> {
    if cfg!(unix) {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        File::open(folder)?.sync_all()?;
    }
    Ok(())
}

fn write_to(path: &Path, content: &impl Serialize) -> Result<()> {
    let mut out = BufWriter::new(File::create(path)?);
    serde_json::to_writer_pretty(&mut out, content).map_err(|e| match e.is_io() {
        true => Error::Io(e.into()),
        false => e.into(),
    })?;
    out.write_all(b"\n")?;
    out.flush()?;
    // On the medium before it takes the file's name: a USB key may be
    // pulled out as soon as the app says the file is written.
    out.get_ref().sync_all()?;
    Ok(())
}
