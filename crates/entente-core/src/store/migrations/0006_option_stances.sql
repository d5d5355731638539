-- Where a provision has options, a position may say where the party stands
-- on each of them. Recorded with the position it belongs to, so it shares
-- its history (positions are never overwritten).

CREATE TABLE position_option_stance (
    position_id INTEGER NOT NULL REFERENCES position(id),
    option_id   INTEGER NOT NULL REFERENCES provision_option(id),
    stance      TEXT NOT NULL,
    PRIMARY KEY (position_id, option_id)
);
