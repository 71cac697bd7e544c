-- A reused result is a small row that points at the checked one (ref), not a full copy of its body:
-- a copy costs about a hundred bytes instead of 10-21 KB, so the cooldown cannot fill the database.
ALTER TABLE results ADD COLUMN ref TEXT; -- id of the row that holds the body; NULL on the checked row itself
CREATE INDEX results_ref ON results (ref) WHERE ref IS NOT NULL;
