-- Version 12: recruiter mode (models/recruiting/, docs/recruiting.md). A candidate is a profile of kind 1
-- (migration 1); what a recruiter needs beyond that:
--
-- openings: the listings the user recruits for. Unmarking one keeps its pipelines (they come back when it
-- is marked again); deleting the listing removes them.
CREATE TABLE openings (
    listing_id INTEGER PRIMARY KEY REFERENCES listings (id) ON DELETE CASCADE,
    opened_at  INTEGER NOT NULL
);

-- The recruiter's pipeline stages, edited like the seeker's (`stages`, same columns and rules) but apart
-- from them: a candidate is Sourced or Submitted, a listing Saved or Applied.
CREATE TABLE pipeline_stages (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    position INTEGER NOT NULL,
    color    TEXT,
    kind     INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 2), -- 0 open, 1 success, 2 closed
    role     TEXT
);
INSERT INTO pipeline_stages (name, position, color, kind) VALUES
    ('Sourced', 0, '#8a8f98', 0),
    ('Contacted', 1, '#3b82f6', 0),
    ('Screening', 2, '#8b5cf6', 0),
    ('Submitted', 3, '#6366f1', 0),
    ('Interviewing', 4, '#d946ef', 0),
    ('Offer', 5, '#f59e0b', 0),
    ('Placed', 6, '#16a34a', 1),
    ('Rejected', 7, '#dc2626', 2),
    ('Withdrawn', 8, '#78716c', 2);

-- A candidate considered for an opening: where they are, the recruiter's Markdown notes, the next step
-- and its date (Unix seconds, NULL for none). A stage in use cannot be removed (the store refuses; the
-- foreign key backs it). Deleting the candidate or the listing removes the pipeline and its history.
CREATE TABLE pipelines (
    id           INTEGER PRIMARY KEY,
    profile_id   INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    listing_id   INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    stage_id     INTEGER NOT NULL REFERENCES pipeline_stages (id),
    notes        TEXT    NOT NULL DEFAULT '',
    next_step    TEXT    NOT NULL DEFAULT '',
    next_step_at INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (listing_id, profile_id)
);
CREATE INDEX pipelines_profile ON pipelines (profile_id);
CREATE INDEX pipelines_stage ON pipelines (stage_id);

-- What happened to a pipeline, oldest first: kind 'created', 'stage' (stage_id is the new stage),
-- 'note', 'next'; `detail` is a short text for people ("Screening → Submitted").
CREATE TABLE pipeline_history (
    id          INTEGER PRIMARY KEY,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    stage_id    INTEGER REFERENCES pipeline_stages (id) ON DELETE SET NULL,
    detail      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX pipeline_history_pipeline ON pipeline_history (pipeline_id, at);
CREATE INDEX pipeline_history_stage ON pipeline_history (stage_id) WHERE stage_id IS NOT NULL;

-- Tags of candidates, from the same tag list as listings.
CREATE TABLE profile_tags (
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (profile_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX profile_tags_tag ON profile_tags (tag_id, profile_id);

-- The resume as text (every text of a JSON Resume, or what was typed by hand), for free-text search.
ALTER TABLE profiles ADD COLUMN resume_text TEXT NOT NULL DEFAULT '';

-- Full-text index of profiles, over the profiles table itself (external content: the text is stored
-- once). secure-delete removes a deleted profile's words from the index at once, so a deleted candidate
-- leaves no trace in it (with PRAGMA secure_delete zeroing the freed space, docs/reliability.md).
CREATE VIRTUAL TABLE profiles_fts USING fts5 (
    name, headline, location, resume_text,
    content = 'profiles', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'"
);
INSERT INTO profiles_fts (profiles_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER profiles_fts_ai AFTER INSERT ON profiles BEGIN
    INSERT INTO profiles_fts (rowid, name, headline, location, resume_text)
        VALUES (new.id, new.name, new.headline, new.location, new.resume_text);
END;
CREATE TRIGGER profiles_fts_ad AFTER DELETE ON profiles BEGIN
    INSERT INTO profiles_fts (profiles_fts, rowid, name, headline, location, resume_text)
        VALUES ('delete', old.id, old.name, old.headline, old.location, old.resume_text);
END;
CREATE TRIGGER profiles_fts_au AFTER UPDATE OF name, headline, location, resume_text ON profiles BEGIN
    INSERT INTO profiles_fts (profiles_fts, rowid, name, headline, location, resume_text)
        VALUES ('delete', old.id, old.name, old.headline, old.location, old.resume_text);
    INSERT INTO profiles_fts (rowid, name, headline, location, resume_text)
        VALUES (new.id, new.name, new.headline, new.location, new.resume_text);
END;
INSERT INTO profiles_fts (profiles_fts) VALUES ('rebuild');
