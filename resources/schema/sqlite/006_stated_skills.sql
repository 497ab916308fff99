-- Version 6: the skills a source lists apart from the description (schema.org `skills`, a CSV skills
-- column, board tags), one per line. They are not a user's data and not shown as such: they feed the
-- skill extraction, which must be able to run again whenever the dictionary changes.
ALTER TABLE listing_text ADD COLUMN stated_skills TEXT NOT NULL DEFAULT '';
