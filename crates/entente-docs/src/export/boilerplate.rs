//! The words around the text, as each language writes them: dates through
//! ICU4X (CLDR), lists of languages with the language's own "and", and the
//! document labels and formulas from the Fluent files.

use entente_i18n::{Cldr, FluentArgs, Localizer};
use entente_model::AgreementKind;

/// A document language's words: its Fluent messages and its CLDR data.
pub struct Words {
    pub l: Localizer,
    cldr: Cldr,
}

impl Words {
    pub fn new(language: &str) -> Words {
        Words {
            // Document text is read by other programs: no isolation marks.
            l: Localizer::bundled(language, false),
            cldr: Cldr::new(language),
        }
    }

    pub fn format(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.l.format(id, Some(&fluent))
    }

    /// "20 May 2026"; French writes the first of the month "1er".
    pub fn long_date(&self, day: &str) -> Option<String> {
        let date = self.cldr.long_date(day)?;
        Some(match (self.l.language(), date.strip_prefix("1 ")) {
            ("fr", Some(rest)) => format!("1er {rest}"),
            _ => date,
        })
    }

    /// A formula of the text (`export-testimonium`, `export-preamble-opening`
    /// …) for an instrument of `kind` signed by `parties` parties (Arabic
    /// speaks of two in the dual).
    pub fn formula(&self, id: &str, kind: AgreementKind, parties: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("kind", kind.as_str());
        args.set("parties", parties);
        self.l.format(id, Some(&args))
    }

    /// The languages `codes` as the closing formula lists them: in this
    /// language's order (`export-language-order`, the others after, by
    /// name), each in the formula's own form, joined with this language's "and".
    pub fn formula_languages(&self, codes: &[String]) -> String {
        let order = self.format("export-language-order", &[]);
        let order: Vec<&str> = order.split_whitespace().collect();
        let name = |code: &str| self.format(&format!("language-{code}"), &[]);
        let mut codes: Vec<&String> = codes.iter().collect();
        codes.sort_by_key(|code| {
            let place = order.iter().position(|o| o == code);
            (place.unwrap_or(order.len()), name(code))
        });
        let names: Vec<String> = codes
            .into_iter()
            .map(|code| {
                self.format(
                    "export-formula-language",
                    &[("code", code.clone()), ("name", name(code))],
                )
            })
            .collect();
        self.list(&names)
    }

    /// The place a text is done at as this language writes it after "at"
    /// (Russian's prepositional), where it is one of the usual places of
    /// conferences (typed in any UN language); as typed otherwise.
    pub fn place(&self, typed: &str) -> String {
        crate::cities::city(typed, self.l.language(), true).unwrap_or_else(|| typed.to_string())
    }

    pub fn list(&self, items: &[String]) -> String {
        self.cldr.list(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_lists_as_each_language_writes_them() {
        assert_eq!(
            Words::new("en").long_date("2026-05-20").unwrap(),
            "20 May 2026"
        );
        let three = [
            "Arabic".to_string(),
            "English".to_string(),
            "French".to_string(),
        ];
        assert_eq!(Words::new("en").list(&three), "Arabic, English and French");
        assert_eq!(
            Words::new("fr").long_date("2026-05-20").unwrap(),
            "20 mai 2026"
        );
        assert_eq!(
            Words::new("zh").long_date("2026-05-20").unwrap(),
            "2026年5月20日"
        );
        let arabic = Words::new("ar").long_date("2026-05-20").unwrap();
        assert!(arabic.contains("مايو"), "{arabic}");
        assert_eq!(Words::new("en").long_date("20 May"), None);
        let items = [
            "anglais".to_string(),
            "français".to_string(),
            "russe".to_string(),
        ];
        assert_eq!(Words::new("fr").list(&items), "anglais, français et russe");
    }

    #[test]
    fn the_closing_formula_names_places_and_languages_as_each_language_does() {
        let six: Vec<String> = ["en", "fr", "es", "ru", "zh", "ar"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            Words::new("en").formula_languages(&six),
            "Arabic, Chinese, English, French, Russian and Spanish"
        );
        assert_eq!(
            Words::new("fr").formula_languages(&six),
            "anglaise, arabe, chinoise, espagnole, française et russe"
        );
        assert!(Words::new("ru")
            .formula_languages(&six)
            .starts_with("английском, арабском, испанском"));
        for typed in ["Geneva", "genève", "Ginebra", "Женева", "日内瓦"] {
            assert_eq!(Words::new("fr").place(typed), "Genève", "{typed}");
            assert_eq!(Words::new("ru").place(typed), "Женеве", "{typed}");
        }
        assert_eq!(Words::new("fr").place("Kisumu"), "Kisumu");
        assert_eq!(
            Words::new("fr").long_date("2026-06-01").unwrap(),
            "1er juin 2026"
        );
        assert_eq!(
            Words::new("fr").long_date("2026-06-11").unwrap(),
            "11 juin 2026"
        );
    }
}
