//! Entente's core: agreements under negotiation in a local SQLite store, and
//! the service API that the desktop app and the `entente` CLI both adapt.
//! Nothing here knows about Tauri.

pub mod brackets;
pub mod cli;
pub mod error;
pub mod exchange;
pub mod export;
pub mod i18n;
pub mod import;
pub mod language;
pub mod model;
mod numbering;
pub mod paths;
pub mod sample;
pub mod service;
pub mod store;
pub mod templates;

pub use error::{Error, Result};
pub use model::Agreement;
pub use service::Entente;
