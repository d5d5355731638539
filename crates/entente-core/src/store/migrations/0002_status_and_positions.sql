-- Negotiation tracking, first part: the status of each provision, with its
-- changes in the provision's history, and the positions of the parties.

ALTER TABLE provision ADD COLUMN status TEXT NOT NULL DEFAULT 'pending';

-- A status change is a history entry: what it was, what it became, and the
-- objection or note recorded with it.
ALTER TABLE history ADD COLUMN status_before TEXT;
ALTER TABLE history ADD COLUMN status_after TEXT;
ALTER TABLE history ADD COLUMN note TEXT;

-- Every position ever recorded; the latest for a provision and a party is
-- the current one, the earlier ones are its history. Rows are never updated.
CREATE TABLE position (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    provision_id INTEGER NOT NULL REFERENCES provision(id) ON DELETE CASCADE,
    party_id     INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    stance       TEXT NOT NULL,
    amendment    TEXT NOT NULL DEFAULT '',
    clearance    TEXT NOT NULL DEFAULT 'none',
    cleared_on   TEXT,
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);
CREATE INDEX position_by_cell ON position (provision_id, party_id, id);

-- The current position of each cell, kept with every position recorded, so
-- that the matrix reads one row per cell rather than every change ever made.
CREATE TABLE current_position (
    provision_id INTEGER NOT NULL REFERENCES provision(id) ON DELETE CASCADE,
    party_id     INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    position_id  INTEGER NOT NULL REFERENCES position(id) ON DELETE CASCADE,
    agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    PRIMARY KEY (provision_id, party_id)
);
CREATE INDEX current_position_by_agreement ON current_position (agreement_id);
