//! Dates and lists as each language writes them, from ICU4X's CLDR data.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale_core::Locale;

/// A language's dates and lists, from ICU4X; cheap to make (no Fluent).
pub struct Cldr {
    locale: Locale,
}

impl Cldr {
    pub fn new(language: &str) -> Cldr {
        Cldr {
            // United Nations English writes "20 May 2026" and "French and
            // Spanish" without a serial comma: the British conventions.
            locale: Locale::try_from_str(match language {
                "en" => "en-GB",
                other => other,
            })
            .unwrap_or(Locale::UNKNOWN),
        }
    }

    /// "20 May 2026", "20 mai 2026", "2026年5月20日": a day (YYYY-MM-DD) in
    /// the Gregorian calendar, as the language writes it.
    pub fn long_date(&self, day: &str) -> Option<String> {
        let date = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
        use chrono::Datelike;
        let date =
            Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8).ok()?;
        let formatter = FixedCalendarDateTimeFormatter::<Gregorian, YMD>::try_new(
            self.locale.clone().into(),
            YMD::long(),
        )
        .ok()?;
        Some(formatter.format(&date).to_string())
    }

    /// "Arabic, Chinese and English" with this language's own conjunction.
    pub fn list(&self, items: &[String]) -> String {
        ListFormatter::try_new_and(
            self.locale.clone().into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .map(|f| f.format(items.iter()).to_string())
        .unwrap_or_else(|_| items.join(", "))
    }
}
