#![no_main]
//! A translator's locale files: an English reference and a French
//! translation (each after a line `==> en/NAME.ftl <==` or `fr/…`), checked
//! as `check-locales` checks them, then loaded over the bundled messages as
//! the app loads a translator's files, and every message formatted.

mod common;

use std::sync::OnceLock;

use entente_core::i18n::{check_locales, LocaleSet, Localizer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().unwrap();
    for (index, (path, text)) in common::files(data).into_iter().enumerate() {
        // Each file into the folder its path names, under a name of its own.
        let language = if path.starts_with("fr") { "fr" } else { "en" };
        let folder = dir.path().join(language);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join(format!("file-{index}.ftl")), text).unwrap();
    }
    static WORDS: OnceLock<Localizer> = OnceLock::new();
    let words = WORDS.get_or_init(|| Localizer::bundled("en", false));
    match check_locales(dir.path(), "en") {
        Ok(report) => {
            for problem in &report.problems {
                assert!(!problem.message(words).trim().is_empty(), "{problem:?}");
            }
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    let set = LocaleSet::load("fr", Some(dir.path()));
    let localizer = Localizer::new(&set, true);
    for source in &set.sources {
        for id in source
            .source
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
        {
            localizer.format(id, None);
        }
    }
});
