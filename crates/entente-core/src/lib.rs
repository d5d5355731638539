//! Entente's core: agreements under negotiation in a local SQLite store, and
//! the service API that the desktop app and the `entente` CLI both adapt.
//! Nothing here knows about Tauri or the command line.
//!
//! The crate is the one API boundary of the layers below: it re-exports the
//! model, the messages and the texts its API speaks in, so that the app and
//! the CLI depend on it alone.

pub mod error;
pub mod exchange;
pub mod paths;
pub mod sample;
pub mod service;
pub mod store;

pub use entente_docs::{export, import, templates};
pub use entente_i18n as i18n;
pub use entente_model as model;
pub use entente_model::{brackets, language};

pub use error::{Error, Result};
pub use model::Agreement;
pub use service::Entente;
