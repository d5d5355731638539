//! The Entente desktop app: a window over the core's service API.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod error;

use std::path::PathBuf;

use entente::i18n::{Localizer, FALLBACK_LANGUAGE};
use entente::{paths, Entente};

use crate::error::IpcError;

/// What every command reaches: the open database, or why it could not be
/// opened (shown in the window instead of a crash), and the messages used to
/// explain errors.
pub struct AppState {
    entente: Result<Entente, IpcError>,
    localizer: Localizer,
}

fn main() {
    let localizer = Localizer::bundled(FALLBACK_LANGUAGE, true);
    let entente = paths::resolve_data_dir(data_dir_argument())
        .ok_or_else(|| IpcError::no_data_dir(&localizer))
        .and_then(|dir| Entente::open(&dir).map_err(|e| IpcError::new(&e, &localizer)));
    tauri::Builder::default()
        .manage(AppState { entente, localizer })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("the Entente window could not be started");
}

/// `--data-dir DIR` (or `--data-dir=DIR`) from the command line, as the CLI takes it.
fn data_dir_argument() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = arg.to_str().and_then(|a| a.strip_prefix("--data-dir=")) {
            return Some(PathBuf::from(dir));
        }
    }
    None
}
