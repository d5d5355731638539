//! CLDR plural categories (the rules fluent-bundle uses), shared by the
//! locale checks, the template checks and the template renderer.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// Every category, in CLDR's order, as Fluent variant keys name them.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn rules(language: &str) -> Option<PluralRules> {
    let langid = language.parse::<LanguageIdentifier>().ok()?;
    PluralRules::create(langid, PluralRuleType::CARDINAL).ok()
}

fn name(rules: &PluralRules, n: i64) -> &'static str {
    match rules.select(n) {
        Ok(PluralCategory::ZERO) => "zero",
        Ok(PluralCategory::ONE) => "one",
        Ok(PluralCategory::TWO) => "two",
        Ok(PluralCategory::FEW) => "few",
        Ok(PluralCategory::MANY) => "many",
        _ => "other",
    }
}

/// The category of a whole number in a language.
pub fn category(language: &str, n: i64) -> &'static str {
    rules(language).map_or("other", |r| name(&r, n))
}

/// The categories whole numbers take in a language (Arabic: six; Chinese:
/// other alone; Russian's "other" is for fractions only), in CLDR's order.
pub fn categories(language: &str) -> Vec<&'static str> {
    let Some(rules) = rules(language) else {
        return vec!["other"];
    };
    let found: Vec<&str> = (0..=1000).map(|n| name(&rules, n)).collect();
    CATEGORIES
        .into_iter()
        .filter(|c| found.contains(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_categories() {
        assert_eq!(
            categories("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
        // Whole numbers never take Russian's "other" (fractions do).
        assert_eq!(categories("ru"), ["one", "few", "many"]);
        assert_eq!(categories("en"), ["one", "other"]);
        assert_eq!(categories("zh"), ["other"]);
        assert_eq!(category("en", 1), "one");
        assert_eq!(category("ru", 22), "few");
        assert_eq!(category("ar", 2), "two");
        assert_eq!(category("ar", 11), "many");
        assert_eq!(category("zh", 1), "other");
    }
}
