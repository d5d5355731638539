//! The words around the text, as each language writes them: dates through
//! ICU4X (CLDR), lists of languages with the language's own "and", and the
//! document labels and formulas from the Fluent files.

use entente_i18n::{Cldr, FluentArgs, Localizer};

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

    pub fn long_date(&self, day: &str) -> Option<String> {
        self.cldr.long_date(day)
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
}
