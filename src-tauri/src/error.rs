//! Errors as they cross to the webview: `{code, message}`, the message
//! already in the user's words.

use entente_core::i18n::Localizer;
use entente_core::Error;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct IpcError {
    code: &'static str,
    message: String,
}

impl IpcError {
    /// A failure of the window itself rather than of the core.
    pub fn window(error: &tauri::Error, localizer: &Localizer) -> IpcError {
        let mut args = entente_core::i18n::FluentArgs::new();
        args.set("reason", error.to_string());
        IpcError {
            code: "window",
            message: localizer.format("error-window", Some(&args)),
        }
    }

    pub fn new(error: &Error, localizer: &Localizer) -> IpcError {
        IpcError {
            code: error.code(),
            message: error.message(localizer),
        }
    }
}
