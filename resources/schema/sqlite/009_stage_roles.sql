-- Version 9: what the funnel (models/annotations/funnel.h, docs/annotations.md) needs to know about
-- stages the user may rename, reorder or remove. `role` marks the stage an application is sent at
-- ('applied') and the first stage that means the employer answered ('response'); the response rate is
-- the listings that reached the second over those that reached the first. At most one stage per role.
ALTER TABLE stages ADD COLUMN role TEXT;
UPDATE stages SET role = 'applied' WHERE name = 'Applied';
UPDATE stages SET role = 'response' WHERE name = 'Screening';
CREATE UNIQUE INDEX stages_role ON stages (role) WHERE role IS NOT NULL;
