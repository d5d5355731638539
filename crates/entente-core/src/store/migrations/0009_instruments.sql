-- Texts as secretariats write them. A provision is counted (Article 3), goes
-- without a number (a declaration's paragraph, the words that close a list,
-- a plain heading over a group of paragraphs) or is inserted after the one
-- before it (Article 3 bis); and an agreement keeps, per language, the words
-- around its provisions: the front matter of a resolution, the preamble's
-- opening and closing lines, the testimonium and signature blocks.

ALTER TABLE provision ADD COLUMN numbering TEXT NOT NULL DEFAULT 'counted';

CREATE TABLE agreement_framing (
    agreement_id     INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    language         TEXT NOT NULL,
    front_matter     TEXT NOT NULL DEFAULT '',
    preamble_opening TEXT NOT NULL DEFAULT '',
    preamble_closing TEXT NOT NULL DEFAULT '',
    closing          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (agreement_id, language)
);
