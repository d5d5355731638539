//! An existing agreement text made into an agreement, in one transaction.

use std::collections::BTreeMap;
use std::path::Path;

use super::agreements::insert_agreement;
use super::provisions::insert_provision;
use super::Entente;
use crate::error::{Error, Result};
use crate::import::{self, ReadText};
use crate::model::{
    AgreementDetails, AgreementId, AgreementKind, AgreementLanguage, Placement, ProvisionText,
};

impl Entente {
    /// [`Entente::import_markdown`] of the text in the file at `path`.
    pub fn import_markdown_file(
        &self,
        path: &Path,
        language: &str,
        title: Option<&str>,
    ) -> Result<(AgreementId, ReadText)> {
        self.import_markdown(&crate::exchange::read_text(path)?, language, title)
    }

    /// Reads an agreement text in `language` (Markdown, or plain text laid
    /// out as treaties are) and makes it an agreement with that language
    /// authentic and working. The title is the text's first heading unless
    /// `title` is given. Returns the new agreement and the lines (number,
    /// words) that could not be placed.
    pub fn import_markdown(
        &self,
        source: &str,
        language: &str,
        title: Option<&str>,
    ) -> Result<(AgreementId, ReadText)> {
        let read = import::read(source);
        let title = title
            .map(str::to_string)
            .or_else(|| read.title.clone())
            .ok_or(Error::EmptyField { field: "title" })?;
        let details = AgreementDetails {
            kind: AgreementKind::Treaty,
            titles: BTreeMap::from([(language.to_string(), title)]),
            languages: vec![AgreementLanguage {
                code: language.to_string(),
                authentic: true,
            }],
            working_language: language.to_string(),
            symbol: String::new(),
        };
        let id = self.store.write(|tx| {
            let id = insert_agreement(tx, &details)?;
            let mut made = Vec::new();
            for provision in &read.provisions {
                let placement = Placement {
                    parent: provision.parent.map(|p| made[p]),
                    index: None,
                };
                let text = ProvisionText {
                    heading: provision.heading.clone(),
                    body: provision.body.clone(),
                };
                let texts = BTreeMap::from([(language.to_string(), text)]);
                made.push(insert_provision(tx, id, provision.kind, placement, &texts)?);
            }
            Ok(id)
        })?;
        Ok((id, read))
    }
}
