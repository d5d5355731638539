//! The bundled Fluent files: they parse, and every error has its words.

use std::collections::BTreeMap;
use std::path::Path;

use entente_core::i18n::{LocaleSet, Localizer, BUNDLED, INTERFACE_LANGUAGES};
use entente_core::model::{BracketError, InvalidValue, UnknownLanguage};
use entente_core::Error;
use fluent_bundle::FluentResource;

#[test]
fn every_bundled_locale_file_parses_without_errors() {
    for file in BUNDLED {
        if let Err((_, errors)) = FluentResource::try_new(file.source.to_string()) {
            panic!("{}/{}: {errors:?}", file.language, file.name);
        }
    }
}

#[test]
fn every_error_code_has_its_words_in_every_language() {
    use strum::VariantNames;
    for language in INTERFACE_LANGUAGES {
        let own = BUNDLED
            .iter()
            .filter(|f| f.language == language && f.name == "errors.ftl")
            .map(|f| f.source)
            .collect::<String>();
        for code in Error::VARIANTS {
            assert!(
                own.lines()
                    .any(|line| line.starts_with(&format!("error-{code} ="))),
                "{language}/errors.ftl has no error-{code}"
            );
        }
    }
}

#[test]
fn every_error_is_worded_with_its_fields() {
    let l = Localizer::bundled("en", false);
    let errors = [
        Error::EmptyField { field: "title" },
        Error::UnknownLanguage(UnknownLanguage { code: "xx".into() }),
        Error::LanguageNotInAgreement { code: "es".into() },
        Error::LanguageInUse { code: "fr".into() },
        Error::InvalidValue(InvalidValue {
            field: "kind",
            value: "pact".into(),
        }),
        Error::DuplicateParty {
            name: "Kenya".into(),
        },
        Error::PartyHasPositions {
            name: "Kenya".into(),
        },
        Error::NotFound {
            what: "agreement",
            id: 7,
        },
        Error::ProvisionDeleted { id: 3 },
        Error::MoveUnderItself,
        Error::Brackets(BracketError {
            language: "en".into(),
            part: "body",
            problem: "nested",
            line: 2,
            column: 7,
        }),
        Error::OptionWithdrawn { id: 4 },
        Error::InvalidPlacement {
            child: "chapter",
            placement: "article",
        },
        Error::GroupInGroup,
        Error::NotADatabase {
            path: "/tmp/x".into(),
        },
        Error::DatabaseTooNew {
            path: "/tmp/x".into(),
            found: 9,
            supported: 1,
        },
        Error::DataDirNotWritable {
            path: "/tmp/x".into(),
            source: std::io::Error::other("read-only"),
        },
        Error::NoDataDir,
        Error::NoDatabase {
            path: "/tmp/x".into(),
        },
        Error::Io(std::io::Error::other("disk full")),
        Error::Database(rusqlite::Error::InvalidQuery),
        Error::Corrupt(serde_json::from_str::<u8>("x").unwrap_err()),
        Error::NoLocaleFolder {
            path: "/tmp/x/en".into(),
        },
    ];
    for language in INTERFACE_LANGUAGES {
        let l = Localizer::bundled(language, false);
        for error in &errors {
            let message = error.message(&l);
            assert!(
                !message.starts_with("error-"),
                "no {language} message for {}",
                error.code()
            );
            assert!(!message.contains('{'), "unformatted placeable in {message}");
        }
    }
    let placement = Error::InvalidPlacement {
        child: "chapter",
        placement: "article",
    };
    assert_eq!(
        placement.message(&l),
        "A chapter cannot be placed inside an article."
    );
}

#[test]
fn a_translators_file_overrides_the_bundled_words_and_a_broken_message_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let french = dir.path().join("fr");
    std::fs::create_dir(&french).unwrap();
    std::fs::write(
        french.join("app.ftl"),
        "app-tagline = Accords sur l’IA en santé (version du traducteur)\ntab-matrix = { $\n",
    )
    .unwrap();

    let set = LocaleSet::load("fr", Some(dir.path()));
    assert_eq!(set.problems.len(), 1, "{:?}", set.problems);
    let problem = &set.problems[0];
    assert!(
        Path::new(&problem.path).ends_with("fr/app.ftl"),
        "{}",
        problem.path
    );
    assert_eq!((problem.line, problem.column), (2, 17));
    let l = Localizer::new(&set, false);
    assert_eq!(
        l.format("app-tagline", None),
        "Accords sur l’IA en santé (version du traducteur)"
    );
    assert_eq!(
        l.format("tab-matrix", None),
        "Matrice",
        "the bundled words stay"
    );
    assert_eq!(
        problem.line(&l),
        format!("{}:2:17: Un nom était attendu ici, commençant par une lettre\u{a0}: un identifiant de message, une variable après $, ou une fonction.", problem.path)
    );

    // Edited again: reading the set again picks it up (the app's Reload translations).
    std::fs::write(
        french.join("app.ftl"),
        "tab-matrix = Tableau des positions\n",
    )
    .unwrap();
    let l = Localizer::new(&LocaleSet::load("fr", Some(dir.path())), false);
    assert_eq!(l.format("tab-matrix", None), "Tableau des positions");
    assert_eq!(
        l.format("app-tagline", None),
        "Accords de coopération sur l’IA dans le domaine de la santé"
    );
}

#[test]
fn english_stands_under_every_language_and_unknown_ones_are_english() {
    let missing = LocaleSet::load("fr", None);
    assert_eq!(missing.sources[0].origin, "bundled/en/app.ftl");
    assert!(!missing.right_to_left);
    assert!(LocaleSet::load("ar", None).right_to_left);
    assert_eq!(LocaleSet::load("de", None).language, "en");
    assert_eq!(
        Localizer::bundled("de", false).format("tab-matrix", None),
        "Matrix"
    );
}

#[test]
fn pseudo_locales_change_every_word_and_keep_every_placeable() {
    let accented = Localizer::bundled("en-XA", false);
    let name = accented.format("app-name", None);
    assert!(
        name.starts_with('[') && name.ends_with(']') && name != "[Entente]",
        "{name}"
    );
    let mut args = entente_core::i18n::FluentArgs::new();
    args.set("delegation", "Kenya");
    let button = accented.format("delegation-button", Some(&args));
    assert!(
        button.contains("Kenya") && !button.contains("Delegation"),
        "{button}"
    );

    let mirrored = LocaleSet::load("ar-XB", None);
    assert!(mirrored.right_to_left);
    let l = Localizer::new(&mirrored, false);
    assert_eq!(l.format("app-name", None), "\u{202E}Entente\u{202C}");
}

#[test]
fn every_language_names_itself() {
    let names: BTreeMap<&str, String> = entente_core::i18n::endonyms().into_iter().collect();
    assert_eq!(names.len(), INTERFACE_LANGUAGES.len());
    assert_eq!(names["en"], "English");
    assert_eq!(names["fr"], "Français");
    assert_eq!(names["ar"], "العربية");
    assert_eq!(names["zh"], "中文");
}
