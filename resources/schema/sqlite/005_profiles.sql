-- Version 5: what a profile needs to be compared with listings (models/profiles, docs/skills.md).
--
-- profile_skills.level is 1 (beginner) .. 5 (expert); the store refuses anything else. `years` is the
-- experience with the skill in years (fractions allowed), NULL when unknown: a JSON Resume import
-- estimates it from the dated work[] entries that mention the skill and leaves it NULL otherwise.
-- Which profile the window compares with is a per-user setting kept outside the library.
ALTER TABLE profile_skills ADD COLUMN years REAL CHECK (years IS NULL OR years >= 0);
