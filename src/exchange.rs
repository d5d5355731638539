//! The files in which work travels between machines without a server
//! (docs/exchange.md): an agreement bundle, and a delegation's position
//! packet. Both are JSON with a `format` naming the kind of file and a
//! `version` of the format; this module reads and writes that envelope.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The format version this build writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// The largest exchange file read. A bundle of a whole multilateral
/// negotiation (193 parties, 300 provisions, ten positions per cell) is
/// about 200 MB; a file far beyond that is not one Entente made, nor an
/// agreement text.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024 * 1024;

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

    /// The word the error messages select on.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Bundle => "bundle",
            FileKind::Packet => "packet",
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
            version: FORMAT_VERSION,
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

/// Reads a text to import (an agreement in Markdown): refused when it is
/// too large or not UTF-8 text.
pub fn read_text(path: &Path) -> Result<String> {
    check_size(path)?;
    String::from_utf8(std::fs::read(path)?).map_err(|e| Error::NotText {
        path: path.display().to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// The envelope of any JSON file, whatever else it holds.
#[derive(Deserialize)]
struct Probe {
    format: Option<String>,
    version: Option<u64>,
}

/// Reads an exchange file of `kind` into `T`: refused, saying why and where,
/// when it is too large, not JSON or cut short, of another kind, from a newer
/// format, or not shaped as `T`.
pub fn read<T: DeserializeOwned>(path: &Path, kind: FileKind) -> Result<T> {
    let shown = || path.display().to_string();
    check_size(path)?;
    let raw = std::fs::read(path)?;
    let located = |e: &serde_json::Error| (e.line(), e.column());
    // A first reading takes only the envelope, skipping the rest without
    // keeping it: a damaged or cut file is reported as such, and a file of
    // another kind or format never reaches the reading of its content.
    let probe: Probe = serde_json::from_slice(&raw).map_err(|e| {
        let (line, column) = located(&e);
        match e.classify() {
            serde_json::error::Category::Data => Error::NotAnExchangeFile {
                path: shown(),
                expected: kind.as_str(),
            },
            category => Error::ExchangeUnreadable {
                path: shown(),
                line,
                column,
                problem: match category {
                    serde_json::error::Category::Eof => "truncated",
                    _ => "garbled",
                },
            },
        }
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
    if version > u64::from(FORMAT_VERSION) {
        return Err(Error::ExchangeTooNew {
            path: shown(),
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    serde_json::from_slice(&raw).map_err(|e| {
        let (line, column) = located(&e);
        Error::ExchangeInvalid {
            path: shown(),
            line,
            column,
            detail: e.to_string(),
        }
    })
}

/// Writes `content` to `path` (its folder made if need be) whole or not at
/// all: into a file beside it, then moved into place.
pub fn write(path: &Path, content: &impl Serialize) -> Result<u64> {
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    let mut bytes = serde_json::to_vec_pretty(content)?;
    bytes.push(b'\n');
    let mut partial = path.as_os_str().to_owned();
    partial.push(".part");
    let partial = std::path::PathBuf::from(partial);
    let written = std::fs::write(&partial, &bytes).and_then(|()| std::fs::rename(&partial, path));
    if let Err(e) = written {
        // Nothing half-written is left behind; the first error is the one to report.
        let _ = std::fs::remove_file(&partial);
        return Err(e.into());
    }
    Ok(bytes.len() as u64)
}
