-- Agreements, their languages and titles, parties and groups, the provision
-- tree with per-language text, the history of every change, named versions
-- and the preferences of this machine.

CREATE TABLE agreement (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind             TEXT NOT NULL,
    symbol           TEXT NOT NULL DEFAULT '',
    working_language TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE agreement_language (
    agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    authentic    INTEGER NOT NULL DEFAULT 0,
    position     INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, code)
);

CREATE TABLE agreement_title (
    agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    language     TEXT NOT NULL,
    title        TEXT NOT NULL,
    PRIMARY KEY (agreement_id, language)
);

CREATE TABLE party (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    role         TEXT NOT NULL,
    position     INTEGER NOT NULL
);

CREATE TABLE party_name (
    party_id     INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    language     TEXT NOT NULL,
    name         TEXT NOT NULL,
    PRIMARY KEY (party_id, language)
);
-- A party is named once per language in an agreement: adding it twice fails here too.
CREATE UNIQUE INDEX party_name_unique ON party_name (agreement_id, language, name COLLATE NOCASE);

CREATE TABLE group_member (
    group_id  INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, member_id)
);

-- AUTOINCREMENT: a provision id is never reused, even after the row is gone.
CREATE TABLE provision (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    parent_id    INTEGER REFERENCES provision(id),
    kind         TEXT NOT NULL,
    position     INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX provision_by_parent ON provision (agreement_id, parent_id, position);

CREATE TABLE provision_text (
    provision_id INTEGER NOT NULL REFERENCES provision(id) ON DELETE CASCADE,
    language     TEXT NOT NULL,
    heading      TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (provision_id, language)
);

CREATE TABLE history (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    agreement_id   INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    provision_id   INTEGER NOT NULL REFERENCES provision(id) ON DELETE CASCADE,
    at             TEXT NOT NULL,
    author         TEXT NOT NULL,
    action         TEXT NOT NULL,
    language       TEXT,
    heading_before TEXT,
    body_before    TEXT,
    heading_after  TEXT,
    body_after     TEXT
);
CREATE INDEX history_by_provision ON history (provision_id, id);

CREATE TABLE version (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    author       TEXT NOT NULL,
    -- The whole AgreementDocument as JSON, frozen when the version was saved.
    snapshot     TEXT NOT NULL
);

CREATE TABLE preference (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
