-- Version 13: stale edits and who made them. What the columns mean: ../sqlite/013_row_versions.sql.
-- Here the version is advanced before the row is written (one write, not two), and `changed_by`
-- defaults to the database role of the member whose session writes the entry: stores never pass it,
-- so no client can claim to be someone else short of connecting as them.
ALTER TABLE annotations ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE pipelines ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;

CREATE FUNCTION jobdesk_next_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.row_version = OLD.row_version THEN
        NEW.row_version := OLD.row_version + 1;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER annotations_row_version BEFORE UPDATE ON annotations
    FOR EACH ROW EXECUTE FUNCTION jobdesk_next_row_version();
CREATE TRIGGER pipelines_row_version BEFORE UPDATE ON pipelines
    FOR EACH ROW EXECUTE FUNCTION jobdesk_next_row_version();

-- Entries written before this version (none: team libraries begin at 12 and reach 13 at once) keep ''.
ALTER TABLE activity ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ALTER COLUMN changed_by SET DEFAULT current_user;
ALTER TABLE pipeline_history ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE pipeline_history ALTER COLUMN changed_by SET DEFAULT current_user;
