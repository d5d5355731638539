-- Stable ids. Row ids are this machine's own; an agreement carried to another
-- machine in a bundle, and the position packets that come back from it, name
-- the agreement, its parties, provisions, options and positions by a uid that
-- is the same everywhere. A row inserted without one gets a fresh random one.

ALTER TABLE agreement ADD COLUMN uid TEXT;
ALTER TABLE party ADD COLUMN uid TEXT;
ALTER TABLE provision ADD COLUMN uid TEXT;
ALTER TABLE provision_option ADD COLUMN uid TEXT;
ALTER TABLE position ADD COLUMN uid TEXT;

UPDATE agreement SET uid = lower(hex(randomblob(16)));
UPDATE party SET uid = lower(hex(randomblob(16)));
UPDATE provision SET uid = lower(hex(randomblob(16)));
UPDATE provision_option SET uid = lower(hex(randomblob(16)));
UPDATE position SET uid = lower(hex(randomblob(16)));

CREATE UNIQUE INDEX agreement_by_uid ON agreement (uid);
CREATE UNIQUE INDEX party_by_uid ON party (uid);
CREATE UNIQUE INDEX provision_by_uid ON provision (uid);
CREATE UNIQUE INDEX option_by_uid ON provision_option (uid);
CREATE UNIQUE INDEX position_by_uid ON position (uid);

CREATE TRIGGER agreement_gets_uid AFTER INSERT ON agreement WHEN NEW.uid IS NULL
BEGIN UPDATE agreement SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
CREATE TRIGGER party_gets_uid AFTER INSERT ON party WHEN NEW.uid IS NULL
BEGIN UPDATE party SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
CREATE TRIGGER provision_gets_uid AFTER INSERT ON provision WHEN NEW.uid IS NULL
BEGIN UPDATE provision SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
CREATE TRIGGER option_gets_uid AFTER INSERT ON provision_option WHEN NEW.uid IS NULL
BEGIN UPDATE provision_option SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
CREATE TRIGGER position_gets_uid AFTER INSERT ON position WHEN NEW.uid IS NULL
BEGIN UPDATE position SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
