//! Texts in and out of Entente, as pure functions of their input: agreement
//! texts read into their structure, the clause library that fills new
//! provisions, and the renderings of an agreement in Markdown and HTML.

pub mod cities;
pub mod export;
pub mod import;
pub mod templates;
