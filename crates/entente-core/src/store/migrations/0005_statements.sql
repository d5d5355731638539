-- Statements made by parties on a provision: what was said (in summary or
-- verbatim), on which day, and where it is recorded.

CREATE TABLE statement (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    provision_id INTEGER NOT NULL REFERENCES provision(id) ON DELETE CASCADE,
    party_id     INTEGER NOT NULL REFERENCES party(id),
    made_on      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,
    source       TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);
CREATE INDEX statement_by_provision ON statement (provision_id, made_on, id);
