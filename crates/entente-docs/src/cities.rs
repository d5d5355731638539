//! The usual places of conferences, as each UN language names them: a place
//! typed in any of the six languages ("Geneva", «Женева», جنيف) is known,
//! and written in the language of the text, in the form that follows "in"
//! where the language declines it (Russian «в Женеве»). The names are the
//! locale files' (`export-city-name`, and `export-city` after "in").

use std::collections::HashMap;
use std::sync::OnceLock;

use entente_i18n::{FluentArgs, Localizer, INTERFACE_LANGUAGES};

const CITIES: [&str; 15] = [
    "geneva",
    "new-york",
    "vienna",
    "nairobi",
    "paris",
    "rome",
    "bangkok",
    "addis-ababa",
    "santiago",
    "beirut",
    "strasbourg",
    "the-hague",
    "brussels",
    "montreal",
    "washington",
];

/// How a city is written in one language: named, and after "in".
#[derive(Debug, Clone)]
struct Names {
    name: String,
    after_in: String,
}

struct Known {
    /// Any name, lower-cased, in any language → the city.
    typed: HashMap<String, &'static str>,
    /// (language, city) → its names there.
    names: HashMap<(&'static str, &'static str), Names>,
}

fn known() -> &'static Known {
    static KNOWN: OnceLock<Known> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let mut known = Known {
            typed: HashMap::new(),
            names: HashMap::new(),
        };
        for language in INTERFACE_LANGUAGES {
            // Document words are read by other programs: no isolation marks.
            let l = Localizer::bundled(language, false);
            for city in CITIES {
                let mut args = FluentArgs::new();
                args.set("city", city);
                args.set("name", "");
                let names = Names {
                    name: l.format("export-city-name", Some(&args)),
                    after_in: l.format("export-city", Some(&args)),
                };
                for form in [&names.name, &names.after_in] {
                    known.typed.insert(form.to_lowercase(), city);
                }
                known.names.insert((language, city), names);
            }
        }
        known
    })
}

/// The usual place of conferences that `typed` names, in `language`: its
/// name, or (`after_in`) the form that follows "in". `None` for any other
/// place.
pub fn city(typed: &str, language: &str, after_in: bool) -> Option<String> {
    let known = known();
    let city = known.typed.get(&typed.trim().to_lowercase())?;
    let language = INTERFACE_LANGUAGES
        .into_iter()
        .find(|l| language.split(['-', '_']).next() == Some(*l))?;
    let names = known.names.get(&(language, *city))?;
    Some(
        if after_in {
            &names.after_in
        } else {
            &names.name
        }
        .clone(),
    )
}

#[cfg(test)]
mod tests {
    use super::city;

    #[test]
    fn a_city_typed_in_one_language_is_named_in_another() {
        assert_eq!(city("Geneva", "fr", false).as_deref(), Some("Genève"));
        assert_eq!(city("Женева", "zh", false).as_deref(), Some("日内瓦"));
        assert_eq!(city("geneva", "ru", true).as_deref(), Some("Женеве"));
        assert_eq!(city("Genève", "ar", false).as_deref(), Some("جنيف"));
        assert_eq!(city("Valmont", "fr", false), None);
    }
}
