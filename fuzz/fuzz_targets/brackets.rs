#![no_main]
//! Words not yet agreed, written ⟦like this⟧{3,7}: parsed, or refused with
//! the place of the first problem; proposers renamed as a bundle renames
//! them, which keeps every span.

use entente_core::brackets;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match brackets::parse(&text) {
        Ok(spans) => {
            let renamed = brackets::rename_proposers(&text, |id| id + 1000);
            let again = brackets::parse(&renamed).expect("renaming keeps the brackets well formed");
            assert_eq!(again.len(), spans.len());
        }
        Err(problem) => assert!(problem.line >= 1 && problem.column >= 1, "{problem:?}"),
    }
});
