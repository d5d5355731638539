//! The languages a negotiation can be held in. A code outside this list is a
//! typing mistake to report, not a language to store: every listed language has
//! its name in the locale files.

use crate::UnknownLanguage;

/// The six official languages of the United Nations.
pub const UN_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// Every language code Entente accepts (ISO 639-1), the UN six first.
pub const KNOWN_LANGUAGES: &[&str] = &[
    "ar", "zh", "en", "fr", "ru", "es", "pt", "de", "it", "ja", "ko", "hi", "id", "sw", "tr", "fa",
    "nl", "pl", "uk", "bn", "ur", "am", "ha", "vi", "th", "ms",
];

/// Checks a language code and returns it in its canonical (lower-case) form.
pub fn known(code: &str) -> Result<String, UnknownLanguage> {
    let canonical = code.trim().to_ascii_lowercase();
    if KNOWN_LANGUAGES.contains(&canonical.as_str()) {
        Ok(canonical)
    } else {
        Err(UnknownLanguage {
            code: code.to_string(),
        })
    }
}
