-- The delegation's private layer: fallback positions, red lines and notes.
-- They stay on this machine: nothing that renders, reports, versions or
-- exchanges an agreement reads this table.

CREATE TABLE private_note (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    provision_id INTEGER NOT NULL REFERENCES provision(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,
    written_at   TEXT NOT NULL,
    written_by   TEXT NOT NULL
);
CREATE INDEX private_note_by_provision ON private_note (provision_id, id);
