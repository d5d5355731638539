//! Interface and error messages from the Fluent files in `locales/`, embedded
//! in the binary. No string a user reads is written anywhere else.

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use unic_langid::LanguageIdentifier;

use crate::error::Error;

/// One Fluent file shipped with Entente.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct LocaleFile {
    pub language: &'static str,
    pub name: &'static str,
    pub source: &'static str,
}

macro_rules! locale_files {
    ($($lang:literal / $name:literal),+ $(,)?) => {
        &[$(LocaleFile {
            language: $lang,
            name: $name,
            source: include_str!(concat!("../locales/", $lang, "/", $name)),
        }),+]
    };
}

/// Every bundled locale file.
pub const BUNDLED: &[LocaleFile] = locale_files![
    "en" / "app.ftl",
    "en" / "document.ftl",
    "en" / "errors.ftl",
    "en" / "cli.ftl",
    "en" / "languages.ftl",
];

/// The language used when a message is missing from the user's language.
pub const FALLBACK_LANGUAGE: &str = "en";

/// The locale files of `language`, falling back to English when Entente has
/// no translation for it yet.
pub fn bundled_files(language: &str) -> Vec<LocaleFile> {
    let files: Vec<LocaleFile> = BUNDLED
        .iter()
        .filter(|f| f.language == language)
        .copied()
        .collect();
    if files.is_empty() && language != FALLBACK_LANGUAGE {
        return bundled_files(FALLBACK_LANGUAGE);
    }
    files
}

/// Formats messages of one language. Thread-safe, so the desktop shell can
/// keep one in its state and use it from any command.
pub struct Localizer {
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// The bundled messages of `language`. `isolate` wraps placeables in
    /// Unicode isolation marks: right for mixed-direction display, wrong for
    /// plain text that other programs read (the CLI turns it off).
    pub fn bundled(language: &str, isolate: bool) -> Localizer {
        let files = bundled_files(language);
        let langid: LanguageIdentifier = files
            .first()
            .map_or(FALLBACK_LANGUAGE, |f| f.language)
            .parse()
            .expect("bundled locale folders are named by valid language tags");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(isolate);
        for file in files {
            // Both checked by the test suite for every bundled file.
            let resource = FluentResource::try_new(file.source.to_string())
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.name));
            if let Err(errors) = bundle.add_resource(resource) {
                panic!("{}: {errors:?}", file.name);
            }
        }
        Localizer { bundle }
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

    /// A sentence explaining `error` to the user.
    pub fn error_message(&self, error: &Error) -> String {
        self.format(
            &format!("error-{}", error.code()),
            Some(&error.fluent_args()),
        )
    }
}

impl Localizer {
    /// "Article 3", "Chapter II", "Sub-paragraph (b)": a provision's display
    /// number as this language writes it; the kind's name when unnumbered.
    pub fn provision_label(&self, node: &crate::model::ProvisionNode) -> String {
        let kind = node.kind.as_str();
        let Some(number) = &node.number else {
            return self.format(&format!("provision-kind-{kind}"), None);
        };
        let mut args = FluentArgs::new();
        args.set("n", number.ordinal);
        args.set("roman", number.roman.as_str());
        args.set("letter", number.letter.as_str());
        self.format(&format!("provision-label-{kind}"), Some(&args))
    }
}
