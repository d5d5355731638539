#![no_main]
//! A bundle carried from another machine, imported: all of it, or refused
//! with its line and column and nothing written.

mod common;

use common::Desk;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let desk = Desk::get();
    if let Err(error) = desk.entente.import_bundle(&desk.file("in.entente", data)) {
        common::refused_with_a_message(&error);
    }
});
