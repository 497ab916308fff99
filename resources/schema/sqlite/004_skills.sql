-- Version 4: what the shipped skills dictionary needs (models/skills/skilltaxonomy.h, docs/skills.md).
--
-- library_settings: small facts about the library itself, one value per key. The installer of the
-- shipped dictionary records there which dictionary it installed ('skills.shipped_version'), so an
-- unchanged dictionary costs one lookup at start-up and a changed one is installed exactly once.
CREATE TABLE library_settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Who an alias belongs to, as for skills: 0 the shipped dictionary, 1 the user. The default is the
-- user, so an alias written by anything but the installer is never changed or removed by an update of
-- the dictionary.
ALTER TABLE skill_aliases ADD COLUMN origin INTEGER NOT NULL DEFAULT 1 CHECK (origin IN (0, 1));
