-- Version 13: stale edits and who made them (issue 11, team libraries; a personal file has them too so
-- that one schema serves both and a library copies between them unchanged).
--
-- `row_version` counts the updates of an annotation or a pipeline: a row starts at 1 and every UPDATE
-- adds one, by trigger, whoever writes (the recursive-trigger setting is off, and the WHEN clause stops
-- the trigger's own update anyway). 0 means "no row" to the stores. An edit made from what a person saw
-- names the version it saw and is refused when the row moved on meanwhile (StoreError::Kind::Stale), so
-- two people never silently overwrite each other.
--
-- `changed_by` names who made an activity or pipeline history entry: on a team library the database
-- role (PostgreSQL fills it in); in a personal file it stays empty (there is only the owner).
ALTER TABLE annotations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pipelines ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER annotations_row_version AFTER UPDATE ON annotations
WHEN new.row_version = old.row_version BEGIN
    UPDATE annotations SET row_version = old.row_version + 1 WHERE listing_id = old.listing_id;
END;
CREATE TRIGGER pipelines_row_version AFTER UPDATE ON pipelines
WHEN new.row_version = old.row_version BEGIN
    UPDATE pipelines SET row_version = old.row_version + 1 WHERE id = old.id;
END;

ALTER TABLE activity ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE pipeline_history ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
