//! The files in which work travels between machines without a server
//! (docs/exchange.md): an agreement bundle, and a delegation's position
//! packet. Both are JSON with a `format` naming the kind of file and a
//! `version` of the format, compressed with gzip so that the largest
//! negotiation fits in an e-mail; this module reads and writes that envelope.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;

use flate2::bufread::MultiGzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::ser::{Formatter, PrettyFormatter};

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
    /// Bundles came to 2 with the words around the provisions and unnumbered
    /// provisions, and to 3 (packets to 2) when they were compressed; every
    /// older version still reads.
    pub fn version(self) -> u32 {
        match self {
            FileKind::Bundle => 3,
            FileKind::Packet => 2,
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
pub fn check_size(path: &Path) -> Result<()> {
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
    check_size(path)?;
    let probe: Probe =
        serde_json::from_reader(open(path)?).map_err(|e| refusal(path, kind, e, false))?;
    check_envelope(path, kind, probe.format.as_deref(), probe.version)
}

/// Checks what a file's envelope says, once read: the format of `kind`, in
/// a version up to the one this build writes.
pub fn check_envelope(
    path: &Path,
    kind: FileKind,
    format: Option<&str>,
    version: Option<u64>,
) -> Result<()> {
    match (format, version) {
        (Some(format), Some(version)) => {
            check_format(path, kind, format)?;
            check_version(path, kind, version)
        }
        _ => Err(not_of_kind(path, kind)),
    }
}

/// Refuses a file whose envelope names another kind of file.
pub fn check_format(path: &Path, kind: FileKind, format: &str) -> Result<()> {
    match format == kind.format() {
        true => Ok(()),
        false => Err(not_of_kind(path, kind)),
    }
}

/// Refuses a file of a newer version than this build reads.
pub fn check_version(path: &Path, kind: FileKind, version: u64) -> Result<()> {
    if version > u64::from(kind.version()) {
        return Err(Error::ExchangeTooNew {
            path: path.display().to_string(),
            found: version,
            supported: kind.version(),
        });
    }
    Ok(())
}

fn not_of_kind(path: &Path, kind: FileKind) -> Error {
    Error::NotAnExchangeFile {
        path: path.display().to_string(),
        expected: kind.as_str(),
    }
}

/// Why a file read as an exchange file of `kind` was refused, from the JSON
/// reader's error, with where. `envelope_read`: whether its format and
/// version were read and accepted before the error; a value of the wrong
/// shape before that means the file is not an exchange file at all.
pub fn refusal(path: &Path, kind: FileKind, e: serde_json::Error, envelope_read: bool) -> Error {
    let path_shown = path.display().to_string();
    let (line, column) = (e.line(), e.column());
    match e.classify() {
        Category::Io => unreadable(path, e),
        Category::Data if !envelope_read => not_of_kind(path, kind),
        Category::Data => Error::ExchangeInvalid {
            path: path_shown,
            line,
            column,
            detail: e.to_string(),
        },
        category => Error::ExchangeUnreadable {
            path: path_shown,
            line,
            column,
            problem: if category == Category::Eof {
                "truncated"
            } else {
                "garbled"
            },
        },
    }
}

/// The first bytes of a gzip stream.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// The file's JSON, buffered, to read from: inflated as it is read when the
/// file is compressed, as every file Entente writes is, and read as it is
/// when not (an older format, or a file inflated by hand).
pub fn open(path: &Path) -> Result<BufReader<Box<dyn Read>>> {
    let mut file = BufReader::new(File::open(path)?);
    let json: Box<dyn Read> = if file.fill_buf()?.starts_with(&GZIP_MAGIC) {
        Box::new(Capped {
            inner: MultiGzDecoder::new(file),
            left: MAX_FILE_BYTES,
        })
    } else {
        Box::new(file)
    };
    Ok(BufReader::new(json))
}

/// An inflated file read no further than an exchange file may hold: a small
/// file that inflates without end is refused, not read to exhaustion.
struct Capped<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 && !buf.is_empty() {
            return Err(io::ErrorKind::FileTooLarge.into());
        }
        let most = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let read = self.inner.read(&mut buf[..most])?;
        self.left -= read as u64;
        Ok(read)
    }
}

/// A file that could not be read on: cut short or damaged inside its
/// compression, inflating beyond what a file may hold, or the medium
/// failing (a USB key pulled out), which is not the file's fault.
fn unreadable(path: &Path, e: serde_json::Error) -> Error {
    let (line, column) = (e.line(), e.column());
    let io = io::Error::from(e);
    let problem = match io.kind() {
        io::ErrorKind::UnexpectedEof => "truncated",
        io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput => "garbled",
        io::ErrorKind::FileTooLarge => {
            return Error::ExchangeExpandsTooLarge {
                path: path.display().to_string(),
                limit: MAX_FILE_BYTES,
            }
        }
        _ => return Error::Io(io),
    };
    Error::ExchangeUnreadable {
        path: path.display().to_string(),
        line,
        column,
        problem,
    }
}

/// Reads an exchange file of `kind` into `T`: refused, saying why and where,
/// when it is too large, not JSON or cut short, of another kind, from a newer
/// format, or not shaped as `T`.
pub fn read<T: DeserializeOwned>(path: &Path, kind: FileKind) -> Result<T> {
    check(path, kind)?;
    serde_json::from_reader(open(path)?).map_err(|e| refusal(path, kind, e, true))
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

/// How hard the writer compresses: level 2 takes the largest bundle from
/// 273 MB to under 25 (docs/benchmarks.md); zlib-rs's level 1 is a quicker
/// kind of deflate that leaves it over 30, and higher levels cost more time
/// than the bytes they save are worth.
const COMPRESSION: Compression = Compression::new(2);

/// JSON laid out down to the rows and each row on one line: the outline
/// (the file, its tables, their rows) reads as a person expects and an
/// error's line names a row, without the indentation inside rows that
/// made a third of the largest bundle's bytes.
#[derive(Default)]
struct RowPerLine {
    outline: PrettyFormatter<'static>,
    depth: usize,
}

impl RowPerLine {
    /// The file, its tables or cells, and their rows or entries.
    const OUTLINE_DEPTH: usize = 3;

    /// Laid out by the pretty formatter in the outline, else `compact` as it is.
    fn either<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        outline: impl FnOnce(&mut PrettyFormatter<'static>, &mut W) -> io::Result<()>,
        compact: &[u8],
    ) -> io::Result<()> {
        match self.depth <= Self::OUTLINE_DEPTH {
            true => outline(&mut self.outline, writer),
            false => writer.write_all(compact),
        }
    }
}

/// What goes between the values of a row: nothing before the first.
fn comma(first: bool) -> &'static [u8] {
    if first {
        b""
    } else {
        b","
    }
}

impl Formatter for RowPerLine {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.either(writer, |f, w| f.begin_array(w), b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        let written = self.either(writer, |f, w| f.end_array(w), b"]");
        self.depth -= 1;
        written
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.either(writer, |f, w| f.begin_array_value(w, first), comma(first))
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.either(writer, |f, w| f.end_array_value(w), b"")
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.either(writer, |f, w| f.begin_object(w), b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        let written = self.either(writer, |f, w| f.end_object(w), b"}");
        self.depth -= 1;
        written
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.either(writer, |f, w| f.begin_object_key(w, first), comma(first))
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.either(writer, |f, w| f.begin_object_value(w), b":")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.either(writer, |f, w| f.end_object_value(w), b"")
    }
}

fn write_to(path: &Path, content: &impl Serialize) -> Result<()> {
    // No name or time in the gzip header: the same agreement gives the same
    // bytes on every machine. The JSON is gathered into large blocks before
    // it is compressed: fed a token at a time, the encoder spent most of its
    // time on the calls themselves.
    let encoder = GzEncoder::new(BufWriter::new(File::create(path)?), COMPRESSION);
    let mut out = BufWriter::with_capacity(1 << 16, encoder);
    let mut json = serde_json::Serializer::with_formatter(&mut out, RowPerLine::default());
    content.serialize(&mut json).map_err(|e| match e.is_io() {
        true => Error::Io(e.into()),
        false => e.into(),
    })?;
    out.write_all(b"\n")?;
    let mut file = out.into_inner().map_err(|e| e.into_error())?.finish()?;
    file.flush()?;
    // On the medium before it takes the file's name: a USB key may be
    // pulled out as soon as the app says the file is written.
    file.get_ref().sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inflated_stream_is_read_no_further_than_its_cap() {
        let mut capped = Capped {
            inner: &b"{\"format\": \"entente-bundle\"}"[..],
            left: 10,
        };
        let mut json = Vec::new();
        let error = capped.read_to_end(&mut json).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::FileTooLarge);
        assert_eq!(json, b"{\"format\":");
    }

    #[test]
    fn inflating_beyond_the_cap_is_reported_as_such() {
        let error = serde_json::from_reader::<_, Probe>(Capped {
            inner: &b"{\"format\": \"entente-bundle\", \"version\": 3}"[..],
            left: 12,
        })
        .map_err(|e| unreadable(Path::new("bomb.entente"), e))
        .err();
        assert!(matches!(
            error,
            Some(Error::ExchangeExpandsTooLarge {
                limit: MAX_FILE_BYTES,
                ..
            })
        ));
    }
}
