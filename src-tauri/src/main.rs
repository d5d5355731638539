//! The Entente desktop app: a window over the core's service API.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod error;
mod launch;

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use entente_core::i18n::{language_from_environment, LocaleSet, Localizer};
use entente_core::{paths, Entente};
use tauri::{DragDropEvent, Emitter, Manager, WebviewUrl, WebviewWindowBuilder, WindowEvent};

use crate::error::IpcError;
use crate::launch::{Arguments, Launch};

/// What every command reaches: the open database, or why it could not be
/// opened (shown in the window instead of a crash), and the messages used to
/// explain errors.
pub struct AppState {
    entente: Result<Entente, IpcError>,
    /// The interface language's messages; replaced when the user switches
    /// language or reloads translations.
    localizer: RwLock<Arc<Localizer>>,
    /// The folder of the last export, the one "Open the folder" may open.
    last_export: Mutex<Option<PathBuf>>,
    /// Whether the editor holds text not yet saved: closing the window then
    /// asks the page to save first.
    unsaved_edits: AtomicBool,
    /// Files handed to the app, oldest first, until the page takes them.
    opened_files: Mutex<VecDeque<PathBuf>>,
}

/// The event that asks the page to save its text before the window closes.
const CLOSE_REQUESTED: &str = "entente://close-requested";
/// The event that tells the page files were handed to the app.
const FILES_OPENED: &str = "entente://files-opened";

impl AppState {
    fn localizer(&self) -> Arc<Localizer> {
        Arc::clone(&self.localizer.read().unwrap_or_else(|e| e.into_inner()))
    }

    /// The interface language as the preferences now say, with the
    /// translator's files read again; the shell's own messages follow it.
    fn load_locale(&self) -> LocaleSet {
        let set = match &self.entente {
            Ok(entente) => entente.interface_locale().unwrap_or_else(|_| {
                LocaleSet::load(
                    language_from_environment(),
                    Some(&entente.translations_dir()),
                )
            }),
            Err(_) => LocaleSet::load(language_from_environment(), None),
        };
        *self.localizer.write().unwrap_or_else(|e| e.into_inner()) =
            Arc::new(Localizer::new(&set, true));
        set
    }
}

fn main() {
    #[cfg(target_os = "linux")]
    hand_frames_over_shared_memory_unless_a_gpu();
    let arguments = Arguments::from_env();
    let data_dir = paths::resolve_data_dir(arguments.data_dir);
    // A window already open on this data directory takes the files instead.
    let claim = match data_dir
        .as_deref()
        .map(|dir| launch::claim(dir, &arguments.files))
    {
        Some(Ok(Launch::Handed)) => return,
        Some(Ok(Launch::First(claim))) => Some(claim),
        // The window says what is wrong with the directory.
        Some(Err(_)) | None => None,
    };
    let localizer = Localizer::bundled(language_from_environment(), true);
    let entente = data_dir
        .as_deref()
        .ok_or(entente_core::Error::NoDataDir)
        .and_then(Entente::open)
        .map_err(|e| IpcError::new(&e, &localizer));
    let webview_dir = match (&entente, data_dir) {
        (Ok(_), Some(dir)) => dir.join("webview"),
        _ => std::env::temp_dir().join(format!("entente-webview-{}", std::process::id())),
    };
    let title = localizer.format("app-name", None);
    tauri::Builder::default()
        .manage(AppState {
            entente,
            localizer: RwLock::new(Arc::new(localizer)),
            last_export: Mutex::new(None),
            unsaved_edits: AtomicBool::new(false),
            opened_files: Mutex::new(arguments.files.into()),
        })
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(commands::handler())
        .setup(move |app| {
            open_main_window(app, &title, webview_dir)?;
            keep_daily_backups(app.handle().clone());
            if let Some(claim) = claim {
                let handle = app.handle().clone();
                app.manage(claim.serve(move |files| open_files(&handle, files)));
            }
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("the Entente window could not be started");
}

/// While the app is open, a copy of the database each day: the core says
/// when one is due, and is asked at start and every hour.
fn keep_daily_backups(app: tauri::AppHandle) {
    std::thread::spawn(move || loop {
        if let Ok(entente) = &app.state::<AppState>().entente {
            // A copy that cannot be made now (a full disk) is tried again in
            // an hour; the database itself is not touched by a failed copy.
            let _ = entente.back_up_if_due(chrono::Utc::now());
        }
        std::thread::sleep(std::time::Duration::from_secs(60 * 60));
    });
}

/// The window. The webview's own storage (WebKit's caches and local storage)
/// goes into Entente's data directory, so that nothing is written anywhere
/// else; when that directory is unusable (the window then explains why), into
/// a temporary one.
/// Closing it while the editor holds unsaved text lets the page save first
/// (it then closes the window itself).
fn open_main_window(app: &tauri::App, title: &str, webview_dir: PathBuf) -> tauri::Result<()> {
    let window = WebviewWindowBuilder::new(app, "main", WebviewUrl::default())
        .title(title)
        .inner_size(1360.0, 860.0)
        .min_inner_size(960.0, 600.0)
        // Ctrl+= and Ctrl+- enlarge and shrink the whole page, Ctrl+0 puts
        // it back: the layout reflows to one column from 200 %.
        .zoom_hotkeys_enabled(true)
        .data_directory(webview_dir)
        .build()?;
    #[cfg(target_os = "linux")]
    draw_without_compositing_unless_a_gpu(&window)?;
    let page = window.clone();
    window.on_window_event(move |event| match event {
        WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) => {
            open_files(page.app_handle(), paths.clone());
        }
        WindowEvent::CloseRequested { api, .. }
            if page
                .state::<AppState>()
                .unsaved_edits
                .load(Ordering::SeqCst) =>
        {
            api.prevent_close();
            // If the page cannot hear it, the window must still close.
            if page.emit(CLOSE_REQUESTED, ()).is_err() {
                let _ = page.destroy();
            }
        }
        _ => {}
    });
    Ok(())
}

/// Whether the machine has a GPU to give WebKit: a render node in /dev/dri.
/// Many delegation laptops have none.
#[cfg(target_os = "linux")]
fn has_render_node() -> bool {
    std::fs::read_dir("/dev/dri").is_ok_and(|nodes| {
        nodes
            .flatten()
            .any(|node| node.file_name().to_string_lossy().starts_with("renderD"))
    })
}

/// Without a GPU, WebKit's DMA-BUF renderer hands each frame from the page
/// to the window through buffers made by Mesa's software driver; shared
/// memory does the same for about 10 MiB less (docs/benchmarks.md). Set
/// before GTK starts, and only when the user has not chosen.
#[cfg(target_os = "linux")]
fn hand_frames_over_shared_memory_unless_a_gpu() {
    const RENDERER: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
    if !has_render_node() && std::env::var_os(RENDERER).is_none() {
        std::env::set_var(RENDERER, "1");
    }
}

/// WebKit composites the page on the GPU when the machine has one to give
/// it. Without one, WebKit draws its compositing layers in software at a
/// cost of about 120 MiB (docs/benchmarks.md): the page is then drawn
/// directly, which looks the same for a page like this one.
#[cfg(target_os = "linux")]
fn draw_without_compositing_unless_a_gpu(window: &tauri::WebviewWindow) -> tauri::Result<()> {
    use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
    if has_render_node() {
        return Ok(());
    }
    window.with_webview(|webview| {
        if let Some(settings) = webview.inner().settings() {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    })
}

/// Files handed to the app while it runs (dropped on the window, or opened
/// with it by another launch): queued for the page, which is told, and the
/// window brought to the front.
fn open_files(app: &tauri::AppHandle, files: Vec<PathBuf>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    if files.is_empty() {
        return;
    }
    app.state::<AppState>()
        .opened_files
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .extend(files);
    let _ = app.emit(FILES_OPENED, ());
}
