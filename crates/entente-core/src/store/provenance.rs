//! The `provision_template` table: which clause of the library a provision
//! came from, with the values it was filled with, and whether its words
//! have since been edited by hand.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::model::{AgreementId, ProvisionId, TemplateOrigin};

/// Records that `provision_id` holds the words of a template as rendered
/// with `values` (JSON), no longer edited by hand.
pub fn remember(
    conn: &Connection,
    provision_id: ProvisionId,
    template_id: &str,
    template_version: &str,
    values: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO provision_template (provision_id, template_id, template_version, template_values, modified)
         VALUES (?1, ?2, ?3, ?4, 0)
         ON CONFLICT (provision_id) DO UPDATE SET template_version = excluded.template_version,
             template_values = excluded.template_values, modified = 0",
    )?
    .execute(params![provision_id, template_id, template_version, values])?;
    Ok(())
}

/// The template a provision came from, if any.
pub fn template_of(conn: &Connection, provision_id: ProvisionId) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT template_id FROM provision_template WHERE provision_id = ?1",
            [provision_id],
            |row| row.get(0),
        )
        .optional()?)
}

/// The live top-level provisions that came from `template_id`, in order.
pub fn top_level_from(
    conn: &Connection,
    agreement_id: AgreementId,
    template_id: &str,
) -> Result<Vec<ProvisionId>> {
    Ok(conn
        .prepare(
            "SELECT p.id FROM provision p JOIN provision_template t ON t.provision_id = p.id
             WHERE p.agreement_id = ?1 AND p.parent_id IS NULL AND p.deleted = 0
               AND t.template_id = ?2 ORDER BY p.position",
        )?
        .query_map(params![agreement_id, template_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Marks a provision's words as no longer the template's.
pub fn mark_modified(conn: &Connection, provision_id: ProvisionId) -> Result<()> {
    conn.prepare_cached("UPDATE provision_template SET modified = 1 WHERE provision_id = ?1")?
        .execute([provision_id])?;
    Ok(())
}

/// Where each provision of the agreement that came from a template came from.
pub fn of_agreement(
    conn: &Connection,
    agreement_id: AgreementId,
) -> Result<HashMap<ProvisionId, TemplateOrigin>> {
    Ok(conn
        .prepare(
            "SELECT t.provision_id, t.template_id, t.template_version, t.template_values, t.modified
             FROM provision_template t JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1",
        )?
        .query_map([agreement_id], |row| {
            let values: String = row.get(3)?;
            Ok((
                row.get(0)?,
                TemplateOrigin {
                    id: row.get(1)?,
                    version: row.get(2)?,
                    values: serde_json::from_str(&values).unwrap_or_default(),
                    modified: row.get(4)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?)
}
