-- Options: competing wordings of one provision (Option 1, Option 2 …), each
-- with its text in every language and the parties that proposed it. A
-- withdrawn option stays, marked, so that nothing proposed ever vanishes.

CREATE TABLE provision_option (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    provision_id INTEGER NOT NULL REFERENCES provision(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    withdrawn    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX option_by_provision ON provision_option (provision_id, position);

CREATE TABLE option_text (
    option_id INTEGER NOT NULL REFERENCES provision_option(id) ON DELETE CASCADE,
    language  TEXT NOT NULL,
    body      TEXT NOT NULL,
    PRIMARY KEY (option_id, language)
);

CREATE TABLE option_proposer (
    option_id INTEGER NOT NULL REFERENCES provision_option(id) ON DELETE CASCADE,
    party_id  INTEGER NOT NULL REFERENCES party(id),
    PRIMARY KEY (option_id, party_id)
);

-- The option a party prefers, recorded with its position.
ALTER TABLE position ADD COLUMN preferred_option_id INTEGER REFERENCES provision_option(id);

-- Which option a history entry is about.
ALTER TABLE history ADD COLUMN option_id INTEGER REFERENCES provision_option(id);
