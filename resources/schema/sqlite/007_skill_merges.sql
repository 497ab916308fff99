-- Version 7: the user's edits of the skills dictionary (models/skills/skilldictionary.h, docs/skills.md
-- "Editing the dictionary").
--
-- skills.merged_into: the skill this one was merged into, NULL when it stands on its own. A merged skill
-- keeps its row, name and aliases (so the installer of the shipped dictionary still recognises it and
-- an update never brings it back), but the matcher maps its name and aliases to the target and nothing
-- else refers to it. It always names a skill that is not merged itself. Like `ignored`, it is the
-- user's and never written by the installer.
ALTER TABLE skills ADD COLUMN merged_into INTEGER REFERENCES skills (id) ON DELETE SET NULL;
CREATE INDEX skills_merged_into ON skills (merged_into) WHERE merged_into IS NOT NULL;
