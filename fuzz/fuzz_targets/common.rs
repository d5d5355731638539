//! What the targets share: a data directory holding the agreement of the
//! bundle seed (so that packets and texts find what they go into), and the
//! rule every reader keeps: an input is read, or refused with a message.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use entente_core::model::AgreementId;
use entente_core::Entente;

pub struct Desk {
    pub entente: Entente,
    pub agreement: AgreementId,
    dir: tempfile::TempDir,
}

impl Desk {
    /// The desk of this process, made on first use.
    pub fn get() -> &'static Desk {
        static DESK: OnceLock<Desk> = OnceLock::new();
        DESK.get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let entente = Entente::open(dir.path()).unwrap();
            let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/bundle/treaty.entente");
            let agreement = entente.import_bundle(&seed).unwrap();
            Desk {
                entente,
                agreement,
                dir,
            }
        })
    }

    /// Writes the input to a file of the desk named `name`, as a user's
    /// file would arrive, and returns its path.
    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

/// A refusal must say what is wrong, in words.
pub fn refused_with_a_message(error: &entente_core::Error) {
    assert!(!error.to_string().trim().is_empty(), "{error:?}");
    assert!(!error.code().is_empty(), "{error:?}");
}

/// An input of several files, each after a line `==> path <==` (as `head`
/// prints files one after another): the path and the text of each.
pub fn files(bytes: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(bytes);
    let mut files: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        let header = line
            .trim_end()
            .strip_prefix("==> ")
            .and_then(|l| l.strip_suffix(" <=="));
        match (header, files.last_mut()) {
            (Some(path), _) => files.push((path.to_string(), String::new())),
            (None, Some((_, content))) => content.push_str(line),
            (None, None) => {}
        }
    }
    files
}

/// The language a byte picks among the six.
pub fn language(byte: u8) -> &'static str {
    ["en", "fr", "es", "ru", "ar", "zh"][byte as usize % 6]
}
