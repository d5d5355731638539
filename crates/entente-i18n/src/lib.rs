//! Interface and document messages from the Fluent files in `locales/`,
//! embedded in the binary, in the six UN languages. No string a user reads is
//! written anywhere else. A translator's own files, in the `locales/` folder
//! of the data directory, override the bundled ones; English stands under
//! every language, so a message missing from a translation shows in English
//! rather than blanking the screen.

mod check;
mod cldr;
pub mod fold;
pub mod plural;
mod pseudo;
pub mod spell;
mod status;
pub mod terms;
pub mod typography;

use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use check::position;
pub use check::{
    check_bundled, check_locales, fix_typography, typography_slips, CheckReport, LocaleFolderError,
    LocaleProblem, Severity,
};
pub use cldr::Cldr;
pub use status::{translation_status, TranslationStatus};

use entente_model::{Numbering, ProvisionKind, ProvisionNode};

/// One Fluent file shipped with Entente.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct LocaleFile {
    pub language: &'static str,
    pub name: &'static str,
    pub source: &'static str,
}

macro_rules! locale_files {
    ($($lang:literal),+ $(,)?) => {
        &[$(
            locale_files!(@one $lang "app.ftl"),
            locale_files!(@one $lang "checks.ftl"),
            locale_files!(@one $lang "cli.ftl"),
            locale_files!(@one $lang "document.ftl"),
            locale_files!(@one $lang "errors.ftl"),
            locale_files!(@one $lang "languages.ftl"),
        )+]
    };
    (@one $lang:literal $name:literal) => {
        LocaleFile {
            language: $lang,
            name: $name,
            source: include_str!(concat!("../../../locales/", $lang, "/", $name)),
        }
    };
}

/// Every bundled locale file: the same six files in each language.
pub const BUNDLED: &[LocaleFile] = locale_files!["ar", "zh", "en", "fr", "ru", "es"];

/// The languages the interface speaks: the six official languages of the
/// United Nations.
pub const INTERFACE_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// Pseudo-locales for developers, made from English: accented and elongated
/// (to find words not from Fluent, and words cut short), and right to left.
pub const PSEUDO_LANGUAGES: [&str; 2] = ["en-XA", "ar-XB"];

/// The language under every other one.
pub const FALLBACK_LANGUAGE: &str = "en";

/// The bundled locale files of one language.
pub fn bundled_files(language: &str) -> impl Iterator<Item = &'static LocaleFile> + '_ {
    BUNDLED.iter().filter(move |f| f.language == language)
}

/// Each interface language named in its own words, for the language menu:
/// read from its `languages.ftl` alone, not its whole locale.
pub fn endonyms() -> Vec<(&'static str, String)> {
    INTERFACE_LANGUAGES
        .into_iter()
        .map(|language| {
            let set = LocaleSet {
                language: language.to_string(),
                right_to_left: is_right_to_left(language),
                sources: bundled_files(language)
                    .filter(|f| f.name == "languages.ftl")
                    .map(|f| LocaleSource {
                        origin: format!("bundled/{language}/{}", f.name),
                        source: f.source.to_string(),
                    })
                    .collect(),
                problems: Vec::new(),
            };
            (
                language,
                Localizer::new(&set, false).format("language-endonym", None),
            )
        })
        .collect()
}

/// The interface language the environment asks for (LC_ALL, LC_MESSAGES,
/// LANG), when Entente speaks it; English otherwise.
pub fn language_from_environment() -> &'static str {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| {
            let code = value.split(['_', '.', '@', '-']).next()?.to_string();
            INTERFACE_LANGUAGES.into_iter().find(|l| *l == code)
        })
        .unwrap_or(FALLBACK_LANGUAGE)
}

/// Whether a language is written right to left.
pub fn is_right_to_left(language: &str) -> bool {
    matches!(language.split('-').next(), Some("ar" | "he" | "fa" | "ur"))
}

/// One Fluent file in the order it applies: each overrides the messages of
/// those before it.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleSource {
    /// Where it comes from: `bundled/fr/app.ftl`, or the override's path.
    pub origin: String,
    pub source: String,
}

/// Everything that makes up one interface language: English underneath, the
/// bundled translation, then the translator's overrides; and what is wrong
/// with the overrides (a broken message keeps its bundled words).
#[derive(Debug, Clone, Serialize)]
pub struct LocaleSet {
    pub language: String,
    pub right_to_left: bool,
    pub sources: Vec<LocaleSource>,
    pub problems: Vec<LocaleProblem>,
}

impl LocaleSet {
    /// The messages of `language` (an interface or pseudo language; anything
    /// else is English), with the overrides in `overrides/<language>/*.ftl`.
    pub fn load(language: &str, overrides: Option<&Path>) -> LocaleSet {
        let language = INTERFACE_LANGUAGES
            .into_iter()
            .chain(PSEUDO_LANGUAGES)
            .find(|l| *l == language)
            .unwrap_or(FALLBACK_LANGUAGE);
        let bundled = |language: &'static str| {
            bundled_files(language).map(|f| LocaleSource {
                origin: format!("bundled/{}/{}", f.language, f.name),
                source: f.source.to_string(),
            })
        };
        let mut sources: Vec<LocaleSource> = bundled(FALLBACK_LANGUAGE).collect();
        if let Some(kind) = pseudo::Kind::of(language) {
            for source in &mut sources {
                source.source = pseudo::transform(&source.source, kind);
            }
        } else if language != FALLBACK_LANGUAGE {
            sources.extend(bundled(language));
        }
        let mut problems = Vec::new();
        if let Some(dir) = overrides {
            for path in ftl_files(&dir.join(language)) {
                match std::fs::read_to_string(&path) {
                    Ok(source) => {
                        problems.extend(check::syntax_problems(&path, &source));
                        sources.push(LocaleSource {
                            origin: path.display().to_string(),
                            source,
                        });
                    }
                    Err(error) => problems.push(LocaleProblem::unreadable(&path, &error)),
                }
            }
        }
        LocaleSet {
            language: language.to_string(),
            right_to_left: is_right_to_left(language),
            sources,
            problems,
        }
    }
}

/// The ordinals from 1 as `language` writes them in words ("first", 第一),
/// for the provision labels the interface writes (`$ordinal`).
pub fn ordinals(language: &str) -> Vec<String> {
    (1..=spell::LARGEST)
        .map(|n| ordinal_words(language, n))
        .collect()
}

/// `n` as an ordinal in the words of `language` ("first", 第一), in
/// figures where the language's words stop (第1000).
pub fn ordinal_words(language: &str, n: i64) -> String {
    let agreement = spell::Agreement::default();
    spell::ordinal(language, n, agreement)
        .unwrap_or_else(|| spell::ordinal_figures(language, n, agreement))
}

/// The `.ftl` files of a folder, by name; none when there is no folder.
fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|path| path.extension().is_some_and(|e| e == "ftl") && path.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Formats messages of one language. Thread-safe, so the desktop shell can
/// keep one in its state and use it from any command.
pub struct Localizer {
    language: String,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// The bundled messages of `language`. `isolate` wraps placeables in
    /// Unicode isolation marks: right for mixed-direction display, wrong for
    /// plain text that other programs read (the CLI turns it off).
    pub fn bundled(language: &str, isolate: bool) -> Localizer {
        Localizer::new(&LocaleSet::load(language, None), isolate)
    }

    /// The messages of a locale set; a message broken in a later file keeps
    /// the words of an earlier one.
    pub fn new(set: &LocaleSet, isolate: bool) -> Localizer {
        let langid: LanguageIdentifier = set
            .language
            .parse()
            .expect("locale sets are named by valid language tags");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(isolate);
        bundle
            .add_builtins()
            .expect("a new bundle has no functions yet");
        for source in &set.sources {
            // Entries that do not parse are left out; the rest still count.
            let resource = FluentResource::try_new(source.source.clone())
                .unwrap_or_else(|(resource, _)| resource);
            bundle.add_resource_overriding(resource);
        }
        Localizer {
            language: set.language.clone(),
            bundle,
        }
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    /// The message `id` formatted with `args`; the id itself when the message
    /// is missing, so a gap shows rather than blanking the screen.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// "Article 3", "Chapter II", "Sub-paragraph (b)": a provision's display
    /// number as this language writes it; the kind's name when unnumbered.
    pub fn provision_label(&self, node: &ProvisionNode) -> String {
        self.label(node.kind, node.number.as_ref())
    }

    /// The display label of a provision of `kind` numbered `number`.
    pub fn label(&self, kind: ProvisionKind, number: Option<&Numbering>) -> String {
        let kind = kind.as_str();
        let Some(number) = number else {
            return self.format(&format!("provision-kind-{kind}"), None);
        };
        let mut args = FluentArgs::new();
        args.set("n", number.ordinal);
        args.set("roman", number.roman.as_str());
        args.set("small_roman", number.roman.to_lowercase());
        args.set("letter", number.letter.as_str());
        args.set(
            "ordinal",
            ordinal_words(&self.language, i64::from(number.ordinal)),
        );
        let label = self.format(&format!("provision-label-{kind}"), Some(&args));
        if number.inserted == 0 {
            return label;
        }
        let mut args = FluentArgs::new();
        args.set("label", label);
        args.set("nth", number.inserted);
        args.set("latin", number.latin.as_str());
        self.format("provision-label-inserted", Some(&args))
    }
}
