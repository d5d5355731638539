//! The shared tables a bundle carries, column by column, each after those
//! its rows refer to.

/// The rows that other rows refer to, each numbered in a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Entity {
    Party,
    Provision,
    Option,
    Position,
}

/// How a column's values are carried.
#[derive(Clone, Copy)]
pub(super) enum Column {
    /// As stored.
    Plain(&'static str),
    /// As stored, added to the format after its first version: a bundle
    /// without it gives its rows the value in SQL here.
    Added(&'static str, &'static str),
    /// The id of an entity, as a bundle number.
    Ref(&'static str, Entity),
    /// Words, whose bracketed spans name their proposers by party id.
    Words(&'static str),
    /// A clause's values (JSON), which may name parties.
    TemplateValues(&'static str),
    /// A frozen version of the whole text (JSON), full of ids.
    Snapshot(&'static str),
}

impl Column {
    pub(super) fn name(self) -> &'static str {
        match self {
            Column::Plain(name)
            | Column::Added(name, _)
            | Column::Ref(name, _)
            | Column::Words(name)
            | Column::TemplateValues(name)
            | Column::Snapshot(name) => name,
        }
    }
}

pub(super) struct Table {
    pub(super) name: &'static str,
    /// The rows of one agreement (`?1`), as `t`.
    pub(super) from: &'static str,
    /// The entity its rows are, numbered in the bundle.
    pub(super) entity: Option<Entity>,
    /// Whether the row carries `agreement_id` itself.
    pub(super) in_agreement: bool,
    pub(super) columns: &'static [Column],
}

impl Table {
    /// The statement that writes one of its rows into an agreement.
    pub(super) fn insert(&self) -> String {
        let mut names: Vec<&str> = self.columns.iter().map(|c| c.name()).collect();
        if self.in_agreement {
            names.push("agreement_id");
        }
        let slots: Vec<String> = (1..=names.len())
            .map(|i| match self.columns.get(i - 1) {
                Some(Column::Added(_, default)) => format!("COALESCE(?{i}, {default})"),
                _ => format!("?{i}"),
            })
            .collect();
        format!(
            "INSERT INTO {} ({}) VALUES ({})",
            self.name,
            names.join(", "),
            slots.join(", ")
        )
    }
}

use Column::{Added, Plain, Ref, Snapshot, TemplateValues, Words};

/// The shared tables, each after those its rows refer to. The agreement
/// itself is the first; the private notes and the preferences are no
/// agreement's shared data.
pub(super) const TABLES: &[Table] = &[
    Table {
        name: "agreement",
        from: "agreement t WHERE t.id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Plain("uid"),
            Plain("kind"),
            Plain("symbol"),
            Plain("working_language"),
            Plain("created_at"),
            Plain("updated_at"),
        ],
    },
    Table {
        name: "agreement_language",
        from: "agreement_language t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[Plain("code"), Plain("authentic"), Plain("position")],
    },
    Table {
        name: "agreement_title",
        from: "agreement_title t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[Plain("language"), Plain("title")],
    },
    Table {
        name: "agreement_framing",
        from: "agreement_framing t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[
            Plain("language"),
            Plain("front_matter"),
            Plain("preamble_opening"),
            Plain("preamble_closing"),
            Plain("closing"),
        ],
    },
    Table {
        name: "party",
        from: "party t WHERE t.agreement_id = ?1",
        entity: Some(Entity::Party),
        in_agreement: true,
        columns: &[
            Plain("uid"),
            Plain("kind"),
            Plain("role"),
            Plain("position"),
        ],
    },
    Table {
        name: "party_name",
        from: "party_name t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[
            Ref("party_id", Entity::Party),
            Plain("language"),
            Plain("name"),
        ],
    },
    Table {
        name: "group_member",
        from: "group_member t JOIN party g ON g.id = t.group_id WHERE g.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("group_id", Entity::Party),
            Ref("member_id", Entity::Party),
        ],
    },
    Table {
        name: "provision",
        from: "provision t WHERE t.agreement_id = ?1",
        entity: Some(Entity::Provision),
        in_agreement: true,
        columns: &[
            Plain("uid"),
            Ref("parent_id", Entity::Provision),
            Plain("kind"),
            Plain("position"),
            Plain("deleted"),
            Plain("status"),
            Added("numbering", "'counted'"),
        ],
    },
    Table {
        name: "provision_text",
        from: "provision_text t JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("provision_id", Entity::Provision),
            Plain("language"),
            Words("heading"),
            Words("body"),
        ],
    },
    Table {
        name: "provision_template",
        from: "provision_template t JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("provision_id", Entity::Provision),
            Plain("template_id"),
            Plain("template_version"),
            TemplateValues("template_values"),
            Plain("modified"),
        ],
    },
    Table {
        name: "provision_option",
        from: "provision_option t JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1",
        entity: Some(Entity::Option),
        in_agreement: false,
        columns: &[
            Plain("uid"),
            Ref("provision_id", Entity::Provision),
            Plain("position"),
            Plain("withdrawn"),
        ],
    },
    Table {
        name: "option_text",
        from: "option_text t JOIN provision_option o ON o.id = t.option_id
               JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("option_id", Entity::Option),
            Plain("language"),
            Words("body"),
        ],
    },
    Table {
        name: "option_proposer",
        from: "option_proposer t JOIN provision_option o ON o.id = t.option_id
               JOIN provision p ON p.id = o.provision_id WHERE p.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("option_id", Entity::Option),
            Ref("party_id", Entity::Party),
        ],
    },
    Table {
        name: "history",
        from: "history t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[
            Ref("provision_id", Entity::Provision),
            Plain("at"),
            Plain("author"),
            Plain("action"),
            Plain("language"),
            Words("heading_before"),
            Words("body_before"),
            Words("heading_after"),
            Words("body_after"),
            Plain("status_before"),
            Plain("status_after"),
            Plain("note"),
            Ref("option_id", Entity::Option),
        ],
    },
    Table {
        name: "position",
        from: "position t WHERE t.agreement_id = ?1",
        entity: Some(Entity::Position),
        in_agreement: true,
        columns: &[
            Plain("uid"),
            Ref("provision_id", Entity::Provision),
            Ref("party_id", Entity::Party),
            Plain("stance"),
            Plain("amendment"),
            Plain("clearance"),
            Plain("cleared_on"),
            Plain("note"),
            Plain("recorded_at"),
            Plain("recorded_by"),
            Ref("preferred_option_id", Entity::Option),
        ],
    },
    Table {
        name: "position_option_stance",
        from: "position_option_stance t JOIN position q ON q.id = t.position_id
               WHERE q.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("position_id", Entity::Position),
            Ref("option_id", Entity::Option),
            Plain("stance"),
        ],
    },
    Table {
        name: "current_position",
        from: "current_position t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[
            Ref("provision_id", Entity::Provision),
            Ref("party_id", Entity::Party),
            Ref("position_id", Entity::Position),
        ],
    },
    Table {
        name: "statement",
        from: "statement t JOIN provision p ON p.id = t.provision_id WHERE p.agreement_id = ?1",
        entity: None,
        in_agreement: false,
        columns: &[
            Ref("provision_id", Entity::Provision),
            Ref("party_id", Entity::Party),
            Plain("made_on"),
            Plain("kind"),
            Plain("text"),
            Plain("source"),
            Plain("recorded_at"),
            Plain("recorded_by"),
        ],
    },
    Table {
        name: "version",
        from: "version t WHERE t.agreement_id = ?1",
        entity: None,
        in_agreement: true,
        columns: &[
            Plain("name"),
            Plain("created_at"),
            Plain("author"),
            Snapshot("snapshot"),
        ],
    },
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::store::Store;

    /// Tables that are no agreement's shared data, and why.
    const NOT_CARRIED: &[&str] = &[
        // The delegation's private layer never leaves the machine.
        "private_note",
        // This machine's own settings.
        "preference",
        "sqlite_sequence",
        // The search index, which each machine builds from what it holds
        // (its triggers fill it as a bundle's rows arrive), and FTS5's own tables.
        "search_entry",
        "search_words",
        "search_words_config",
        "search_words_content",
        "search_words_data",
        "search_words_docsize",
        "search_words_idx",
    ];

    /// A column added by a migration must be carried by bundles, or the
    /// agreement would arrive without it on the other machine.
    #[test]
    pub(super) fn bundles_carry_every_column_of_every_shared_table() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        store
            .read(|tx| {
                let mut tables: Vec<String> = tx
                    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?
                    .query_map([], |row| row.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                tables.retain(|name| !NOT_CARRIED.contains(&name.as_str()));
                let carried: BTreeSet<&str> = TABLES.iter().map(|t| t.name).collect();
                assert_eq!(
                    tables.iter().map(String::as_str).collect::<BTreeSet<_>>(),
                    carried,
                    "every table is carried by bundles or listed as not carried"
                );
                for table in TABLES {
                    let live: BTreeSet<String> = tx
                        .prepare(&format!(
                            "SELECT name FROM pragma_table_info('{}')",
                            table.name
                        ))?
                        .query_map([], |row| row.get(0))?
                        .collect::<rusqlite::Result<_>>()?;
                    let mut written: BTreeSet<String> =
                        table.columns.iter().map(|c| c.name().to_string()).collect();
                    if table.in_agreement {
                        written.insert("agreement_id".into());
                    }
                    // A row's id is this database's own: the bundle numbers rows itself.
                    let live: BTreeSet<String> = live.into_iter().filter(|c| c != "id").collect();
                    assert_eq!(live, written, "the columns of {}", table.name);
                }
                Ok(())
            })
            .unwrap();
    }
}
