//! The bundled Fluent files: they parse, and every error has its words.

use entente::i18n::{Localizer, BUNDLED};
use entente::Error;
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
fn every_error_has_a_message() {
    let l = Localizer::bundled("en", false);
    let errors = [
        Error::EmptyField { field: "title" },
        Error::UnknownLanguage { code: "xx".into() },
        Error::LanguageNotInAgreement { code: "es".into() },
        Error::LanguageInUse { code: "fr".into() },
        Error::InvalidValue {
            field: "kind",
            value: "pact".into(),
        },
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
        Error::Brackets {
            language: "en".into(),
            part: "body",
            problem: "nested",
            line: 2,
            column: 7,
        },
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
    ];
    for error in errors {
        let message = l.error_message(&error);
        assert!(
            !message.starts_with("error-"),
            "no message for {}",
            error.code()
        );
        assert!(!message.contains('{'), "unformatted placeable in {message}");
    }
    let placement = Error::InvalidPlacement {
        child: "chapter",
        placement: "article",
    };
    assert_eq!(
        l.error_message(&placement),
        "A chapter cannot be placed inside an article."
    );
}
