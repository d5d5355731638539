//! Errors as they cross to the webview: `{code, message}`, the message
//! already in the user's words.

use entente::i18n::Localizer;
use entente::Error;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct IpcError {
    code: &'static str,
    message: String,
}

impl IpcError {
    pub fn new(error: &Error, localizer: &Localizer) -> IpcError {
        IpcError {
            code: error.code(),
            message: localizer.error_message(error),
        }
    }
}
