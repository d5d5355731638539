#![no_main]
//! A delegation's position packet merged into the desk's agreement (the
//! one it was made from), taking the delegation's side on every conflict
//! when the input's length is odd.

mod common;

use common::Desk;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let desk = Desk::get();
    let theirs: Vec<_> = match data.len() % 2 {
        1 => desk
            .entente
            .document(desk.agreement)
            .unwrap()
            .provisions
            .iter()
            .map(|n| n.id)
            .collect(),
        _ => Vec::new(),
    };
    if let Err(error) = desk
        .entente
        .import_packet(&desk.file("in.positions", data), &theirs)
    {
        common::refused_with_a_message(&error);
    }
});
