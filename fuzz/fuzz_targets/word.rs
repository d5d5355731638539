#![no_main]
//! A Word document to import: the package (zip), its parts (XML), numbering,
//! footnotes, tracked changes and comments, then the text they make.

mod common;

use common::Desk;
use entente_core::service::ImportRequest;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let desk = Desk::get();
    let request = ImportRequest {
        path: desk.file("text.docx", data),
        language: common::language(data.len() as u8).into(),
        accept_changes: data.len() % 2 == 1,
        ..ImportRequest::default()
    };
    if let Err(error) = desk.entente.preview_import(&request) {
        common::refused_with_a_message(&error);
    }
});
