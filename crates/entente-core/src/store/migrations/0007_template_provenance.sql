-- A provision made from a clause template remembers which one, its version
-- and the values it was filled with; `modified` once its words were edited
-- by hand.

CREATE TABLE provision_template (
    provision_id     INTEGER PRIMARY KEY REFERENCES provision(id),
    template_id      TEXT NOT NULL,
    template_version TEXT NOT NULL,
    template_values  TEXT NOT NULL,
    modified         INTEGER NOT NULL DEFAULT 0
);
