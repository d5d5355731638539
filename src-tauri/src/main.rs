//! The Entente desktop app: a window over the core's service API.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod error;

use std::path::PathBuf;

use entente::i18n::{Localizer, FALLBACK_LANGUAGE};
use entente::{paths, Entente};
use tauri::{WebviewUrl, WebviewWindowBuilder};

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
    let data_dir = paths::resolve_data_dir(data_dir_argument());
    let entente = data_dir
        .as_deref()
        .ok_or(entente::Error::NoDataDir)
        .and_then(Entente::open)
        .map_err(|e| IpcError::new(&e, &localizer));
    let webview_dir = match (&entente, data_dir) {
        (Ok(_), Some(dir)) => dir.join("webview"),
        _ => std::env::temp_dir().join(format!("entente-webview-{}", std::process::id())),
    };
    let title = localizer.format("app-name", None);
    tauri::Builder::default()
        .manage(AppState { entente, localizer })
        .invoke_handler(commands::handler())
        .setup(move |app| {
            open_main_window(app, &title, webview_dir)?;
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("the Entente window could not be started");
}

/// The window. The webview's own storage (WebKit's caches and local storage)
/// goes into Entente's data directory, so that nothing is written anywhere
/// else; when that directory is unusable (the window then explains why), into
/// a temporary one.
fn open_main_window(app: &tauri::App, title: &str, webview_dir: PathBuf) -> tauri::Result<()> {
    WebviewWindowBuilder::new(app, "main", WebviewUrl::default())
        .title(title)
        .inner_size(1360.0, 860.0)
        .min_inner_size(960.0, 600.0)
        .data_directory(webview_dir)
        .build()?;
    Ok(())
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
