//! Where Entente keeps its data on this machine.

use std::path::PathBuf;

/// The app identifier; the data directory is named after it, as Tauri names
/// the app's own data directory, so the app and the CLI share one database.
pub const APP_IDENTIFIER: &str = "org.entente.desktop";

/// The environment variable that overrides the data directory.
pub const DATA_DIR_ENV: &str = "ENTENTE_DATA_DIR";

/// The platform data directory for the app (`$XDG_DATA_HOME/org.entente.desktop`
/// on Linux), or `None` where the platform has none (no home directory).
pub fn default_data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join(APP_IDENTIFIER))
}

/// The data directory to use: the one given on the command line, else
/// `ENTENTE_DATA_DIR`, else the platform's.
pub fn resolve_data_dir(explicit: Option<PathBuf>) -> Option<PathBuf> {
    explicit
        .or_else(|| {
            std::env::var_os(DATA_DIR_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(default_data_dir)
}
