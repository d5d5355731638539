#![no_main]
//! A text to import as a user picks it: Markdown, plain text or any other
//! bytes, read as a new agreement and as another language of the desk's
//! agreement. Previews: they read and align the whole text, and write nothing.

mod common;

use common::Desk;
use entente_core::service::ImportRequest;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&choice, text)) = data.split_first() else {
        return;
    };
    let desk = Desk::get();
    let name = if choice & 0x80 == 0 {
        "text.md"
    } else {
        "text.txt"
    };
    let path = desk.file(name, text);
    for into in [None, Some(desk.agreement)] {
        let request = ImportRequest {
            path: path.clone(),
            language: common::language(choice).into(),
            into,
            ..ImportRequest::default()
        };
        if let Err(error) = desk.entente.preview_import(&request) {
            common::refused_with_a_message(&error);
        }
    }
});
