//! The agreement as documents: Markdown (and HTML made from it) in every
//! language of the negotiation, in three renderings: the clean text, the
//! bracketed text negotiators work on, and the compilation of every proposal.
//! Pure functions of the data: the same data always gives the same bytes.
//! Private notes are not part of `ExportData`, so no export can hold them.

pub(crate) mod boilerplate;
mod docx;
mod html;
mod markdown;
mod readiness;
pub mod report;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use readiness::{readiness, Readiness, ReadinessProblem};

use entente_model::{AgreementDocument, ProvisionId};

/// How the text is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rendering {
    /// The agreed wording only.
    Clean,
    /// Brackets and options in place, each proposal attributed in a note.
    Bracketed,
    /// Provision by provision, every option and proposed amendment, unattributed.
    Compilation,
    /// Two languages provision by provision: the first language chosen
    /// against each of the others.
    Parallel,
    /// The negotiation report: the roll-up and the provision × party matrix.
    Report,
}

impl Rendering {
    pub const ALL: [Rendering; 5] = [
        Rendering::Clean,
        Rendering::Bracketed,
        Rendering::Compilation,
        Rendering::Parallel,
        Rendering::Report,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Rendering::Clean => "clean",
            Rendering::Bracketed => "bracketed",
            Rendering::Compilation => "compilation",
            Rendering::Parallel => "parallel",
            Rendering::Report => "report",
        }
    }

    /// The rendering `as_str` names so.
    pub fn parse(name: &str) -> Option<Rendering> {
        Rendering::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Md,
    Html,
    Docx,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Md, Format::Html, Format::Docx];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }

    /// The format whose files end in `.extension`.
    pub fn parse(extension: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.extension() == extension)
    }
}

/// What to export.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportRequest {
    /// Languages of the agreement to write; empty: all of them.
    #[serde(default)]
    pub languages: Vec<String>,
    pub renderings: Vec<Rendering>,
    pub formats: Vec<Format>,
    /// A clean text that is not final yet, written anyway with every
    /// unresolved place marked.
    #[serde(default)]
    pub draft: bool,
    /// For the closing formula ("Done at …, on …"); blanks when not given.
    #[serde(default)]
    pub place: String,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date: Option<String>,
}

/// Everything an export reads: the text, the amendments the parties
/// proposed (for the compilation) and the matrix (for the report). Nothing
/// private.
pub struct ExportData {
    pub document: AgreementDocument,
    pub amendments: BTreeMap<ProvisionId, Vec<String>>,
    pub report: Option<entente_model::report::Report>,
}

/// One file written, as `manifest.json` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    pub path: String,
    pub language: String,
    pub rendering: Rendering,
    pub format: Format,
    pub bytes: usize,
    pub sha256: String,
}

/// What `manifest.json` says: which text the files came from, and each file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub agreement: i64,
    pub symbol: String,
    /// The state of the text: the last change before the export.
    pub text_as_of: String,
    pub draft: bool,
    pub files: Vec<ManifestFile>,
}

/// Every file of an export, in memory: name and bytes, and the manifest.
pub fn render(data: &ExportData, request: &ExportRequest) -> (Vec<(String, Vec<u8>)>, Manifest) {
    let agreement = &data.document.agreement;
    let stem = file_stem(agreement.id, &agreement.symbol);
    let languages: Vec<&str> = agreement
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .filter(|code| request.languages.is_empty() || request.languages.iter().any(|l| l == code))
        .collect();
    let mut renderings = request.renderings.clone();
    renderings.sort();
    renderings.dedup();
    let mut formats = request.formats.clone();
    formats.sort();
    formats.dedup();
    // Each document: its rendering and its language(s) ("en", or "en-fr" for a parallel text).
    let mut documents: Vec<(Rendering, &str, Option<&str>)> = Vec::new();
    for &rendering in &renderings {
        match rendering {
            Rendering::Parallel => {
                for &other in languages.iter().skip(1) {
                    documents.push((rendering, languages[0], Some(other)));
                }
            }
            Rendering::Report if data.report.is_none() => {}
            _ => documents.extend(languages.iter().map(|&l| (rendering, l, None))),
        }
    }
    // Documents are independent: written side by side on every core.
    let written = in_parallel(documents, |(rendering, language, other)| {
        // The Markdown of the document, the header a Word page carries (a
        // draft's notice), and for a parallel text its title lines and its
        // rows, which Word lays out as a table.
        let mut header = None;
        let mut parallel_table = None;
        let (title, markdown) = match (rendering, other) {
            (Rendering::Parallel, Some(other)) => {
                let first = markdown::Page::new(data, language, rendering, request);
                let second = markdown::Page::new(data, other, rendering, request);
                if formats.contains(&Format::Docx) {
                    let head = markdown::parallel_head(&first, &second);
                    let rows = markdown::parallel_rows(&first, &second);
                    parallel_table = Some((head, rows, [language, other]));
                }
                (first.title(), markdown::parallel(&first, &second))
            }
            (Rendering::Report, _) => {
                report::markdown(data.report.as_ref().expect("asked for above"), language)
            }
            _ => {
                let page = markdown::Page::new(data, language, rendering, request);
                header = page.draft_notice();
                (page.title(), page.render())
            }
        };
        let name = match other {
            Some(other) => format!("{language}-{other}"),
            None => language.to_string(),
        };
        formats
            .iter()
            .map(|&format| {
                let bytes = match (format, &parallel_table) {
                    (Format::Md, _) => markdown.clone().into_bytes(),
                    // A parallel text's page takes its first language.
                    (Format::Html, _) => html::page(&markdown, language, &title).into_bytes(),
                    (Format::Docx, Some((head, rows, languages))) => {
                        docx::parallel(head, rows, *languages, &title)
                    }
                    (Format::Docx, None) => {
                        docx::document(&markdown, language, &title, header.as_deref())
                    }
                };
                let path = format!(
                    "{stem}.{}.{name}.{}",
                    rendering.as_str(),
                    format.extension()
                );
                let listed = ManifestFile {
                    path: path.clone(),
                    language: name.clone(),
                    rendering,
                    format,
                    bytes: bytes.len(),
                    sha256: format!("{:x}", Sha256::digest(&bytes)),
                };
                (listed, (path, bytes))
            })
            .collect::<Vec<_>>()
    });
    let (listed, files): (Vec<ManifestFile>, Vec<(String, Vec<u8>)>) =
        written.into_iter().flatten().unzip();
    let manifest = Manifest {
        agreement: agreement.id,
        symbol: agreement.symbol.clone(),
        text_as_of: agreement.updated_at.clone(),
        draft: request.draft,
        files: listed,
    };
    (files, manifest)
}

/// `work` applied to every item, on as many threads as there are cores;
/// the results in the order of the items.
fn in_parallel<T: Send, R: Send>(items: Vec<T>, work: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = items.len().div_ceil(threads).max(1);
    let mut chunks: Vec<Vec<T>> = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        chunks.push(items.by_ref().take(chunk).collect());
    }
    std::thread::scope(|scope| {
        let work = &work;
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| scope.spawn(move || chunk.into_iter().map(work).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("an export thread panicked"))
            .collect()
    })
}

/// A file name from the document symbol ("AI-HEALTH/2026/1" gives
/// "AI-HEALTH-2026-1"), or from the id when there is none. Anything but
/// letters, digits, dots, hyphens and underscores becomes one hyphen, and
/// the name is kept short enough for every file system (255 bytes a name,
/// with the rendering, language and extension still to come).
pub fn file_stem(id: i64, symbol: &str) -> String {
    const MAX_BYTES: usize = 100;
    let mut cleaned = String::new();
    for c in symbol.chars() {
        let kept = c.is_alphanumeric() || matches!(c, '.' | '-' | '_');
        let c = if kept { c } else { '-' };
        if (c == '-' && cleaned.ends_with('-')) || cleaned.len() + c.len_utf8() > MAX_BYTES {
            continue;
        }
        cleaned.push(c);
    }
    let cleaned = cleaned.trim_matches(['-', '.']);
    if cleaned.is_empty() {
        format!("agreement-{id}")
    } else {
        cleaned.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_the_symbol() {
        assert_eq!(file_stem(3, "AI-HEALTH/2026/1"), "AI-HEALTH-2026-1");
        assert_eq!(file_stem(3, ""), "agreement-3");
        assert_eq!(file_stem(3, "../.."), "agreement-3");
        assert_eq!(file_stem(3, "A/RES/79/1 (2024)"), "A-RES-79-1-2024");
        assert_eq!(file_stem(3, "<script>x</script>"), "script-x-script");
        let long = file_stem(3, &"ВОЗ/2026/".repeat(40));
        assert!(
            long.len() <= 100 && long.starts_with("ВОЗ-2026-ВОЗ"),
            "{long}"
        );
    }
}
