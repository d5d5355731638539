//! The `provision_option`, `option_text` and `option_proposer` tables: the
//! competing wordings of a provision, their words in each language and who
//! proposed them.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::model::{AgreementId, OptionId, PartyId, ProvisionId, ProvisionOption};

/// A new option after the provision's others.
pub fn insert(conn: &Connection, provision_id: ProvisionId) -> Result<OptionId> {
    conn.execute(
        "INSERT INTO provision_option (provision_id, position)
         VALUES (?1, (SELECT COALESCE(MAX(position) + 1, 0) FROM provision_option
                      WHERE provision_id = ?1))",
        [provision_id],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The provision an option belongs to and whether it was withdrawn, if it exists.
pub fn row(conn: &Connection, option_id: OptionId) -> Result<Option<(ProvisionId, bool)>> {
    Ok(conn
        .query_row(
            "SELECT provision_id, withdrawn FROM provision_option WHERE id = ?1",
            [option_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?)
}

/// Whether `option_id` is an option of `provision_id` still on the table.
pub fn is_open_of(
    conn: &Connection,
    option_id: OptionId,
    provision_id: ProvisionId,
) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM provision_option WHERE id = ?1 AND provision_id = ?2 AND withdrawn = 0)",
        params![option_id, provision_id],
        |row| row.get(0),
    )?)
}

pub fn withdraw(conn: &Connection, option_id: OptionId) -> Result<()> {
    conn.execute(
        "UPDATE provision_option SET withdrawn = 1 WHERE id = ?1",
        [option_id],
    )?;
    Ok(())
}

pub fn add_proposer(conn: &Connection, option_id: OptionId, party_id: PartyId) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO option_proposer (option_id, party_id) VALUES (?1, ?2)",
        params![option_id, party_id],
    )?;
    Ok(())
}

/// An option's wording in one language, if it has one.
pub fn text(conn: &Connection, option_id: OptionId, language: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT body FROM option_text WHERE option_id = ?1 AND language = ?2",
            params![option_id, language],
            |row| row.get(0),
        )
        .optional()?)
}

pub fn write_text(
    conn: &Connection,
    option_id: OptionId,
    language: &str,
    body: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO option_text (option_id, language, body) VALUES (?1, ?2, ?3)
         ON CONFLICT (option_id, language) DO UPDATE SET body = excluded.body",
        params![option_id, language, body],
    )?;
    Ok(())
}

/// Every option of an agreement, by provision, numbered among those not withdrawn.
pub fn of_agreement(
    conn: &Connection,
    agreement_id: AgreementId,
) -> Result<HashMap<ProvisionId, Vec<ProvisionOption>>> {
    let mut texts: HashMap<OptionId, BTreeMap<String, String>> = HashMap::new();
    let mut statement = conn.prepare(
        "SELECT t.option_id, t.language, t.body FROM option_text t
         JOIN provision_option o ON o.id = t.option_id
         JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        texts
            .entry(row.get(0)?)
            .or_default()
            .insert(row.get(1)?, row.get(2)?);
    }
    let mut proposers: HashMap<OptionId, Vec<PartyId>> = HashMap::new();
    let mut statement = conn.prepare(
        "SELECT r.option_id, r.party_id FROM option_proposer r
         JOIN provision_option o ON o.id = r.option_id
         JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1 ORDER BY r.party_id",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        proposers.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    let mut options: HashMap<ProvisionId, Vec<ProvisionOption>> = HashMap::new();
    let mut statement = conn.prepare(
        "SELECT o.id, o.provision_id, o.withdrawn FROM provision_option o
         JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1
         ORDER BY o.provision_id, o.position, o.id",
    )?;
    let mut rows = statement.query([agreement_id])?;
    while let Some(row) = rows.next()? {
        let (id, provision_id, withdrawn): (OptionId, ProvisionId, bool) =
            (row.get(0)?, row.get(1)?, row.get(2)?);
        let list = options.entry(provision_id).or_default();
        let number = (!withdrawn).then(|| list.iter().filter(|o| !o.withdrawn).count() as u32 + 1);
        list.push(ProvisionOption {
            id,
            number,
            texts: texts.remove(&id).unwrap_or_default(),
            proposers: proposers.remove(&id).unwrap_or_default(),
            withdrawn,
            brackets: Vec::new(),
        });
    }
    Ok(options)
}
