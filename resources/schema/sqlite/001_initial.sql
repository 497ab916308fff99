-- Jobdesk library schema, version 1.
-- Each numbered file moves a library from the previous version to its own; the store runs it in one
-- transaction. A statement ends with a line that ends in ';'; a CREATE TRIGGER statement ends with the
-- line 'END;' (models/store/migrator.cpp splits them this way).
--
-- Hot table: `listings` is what filters and sorts scan, so it holds only short columns. Descriptions
-- and raw source records live in `listing_text`; user annotations live in their own tables and are never
-- touched by an import.
--
-- Enumerations are stored as small integers (see models/domain/listing.h):
--   workplace        0 unknown, 1 on-site, 2 hybrid, 3 remote
--   employment_type  0 unknown, 1 full-time, 2 part-time, 3 contractor, 4 temporary, 5 intern,
--                    6 volunteer, 7 per diem, 8 other
--   seniority        0 unknown, 1 intern, 2 junior, 3 mid, 4 senior, 5 staff, 6 principal, 7 lead/manager
--   salary_period    0 unknown, 1 hour, 2 day, 3 week, 4 month, 5 year
-- Times are seconds since the Unix epoch, UTC.

CREATE TABLE listings (
    id              INTEGER PRIMARY KEY,
    title           TEXT    NOT NULL,
    company         TEXT    NOT NULL DEFAULT '',
    location        TEXT    NOT NULL DEFAULT '',
    workplace       INTEGER NOT NULL DEFAULT 0 CHECK (workplace BETWEEN 0 AND 3),
    employment_type INTEGER NOT NULL DEFAULT 0 CHECK (employment_type BETWEEN 0 AND 8),
    seniority       INTEGER NOT NULL DEFAULT 0 CHECK (seniority BETWEEN 0 AND 7),
    salary_min      REAL,
    salary_max      REAL,
    salary_currency TEXT,
    salary_period   INTEGER NOT NULL DEFAULT 0 CHECK (salary_period BETWEEN 0 AND 5),
    salary_yearly   REAL,
    posted_at       INTEGER,
    valid_through   INTEGER,
    url             TEXT,
    source          TEXT    NOT NULL DEFAULT '',
    url_key         TEXT,              -- normalised URL: the first duplicate test
    fingerprint     INTEGER NOT NULL,  -- hash of normalised company + title + description: the second
    content_hash    INTEGER NOT NULL,  -- hash of every imported field: an identical re-import changes nothing
    imported_at     INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE UNIQUE INDEX listings_url_key ON listings (url_key) WHERE url_key IS NOT NULL;
CREATE INDEX listings_fingerprint ON listings (fingerprint);
CREATE INDEX listings_title ON listings (title COLLATE NOCASE);
CREATE INDEX listings_company ON listings (company COLLATE NOCASE);
CREATE INDEX listings_location ON listings (location COLLATE NOCASE);
CREATE INDEX listings_posted ON listings (posted_at);
CREATE INDEX listings_salary ON listings (salary_yearly);

-- One row per place a listing names (schema.org jobLocation may hold several).
CREATE TABLE listing_locations (
    listing_id INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    locality   TEXT,
    region     TEXT,
    country    TEXT,
    PRIMARY KEY (listing_id, position)
) WITHOUT ROWID;
CREATE INDEX listing_locations_country ON listing_locations (country);

-- The wide part of a listing, kept apart from the hot table.
CREATE TABLE listing_text (
    listing_id       INTEGER PRIMARY KEY REFERENCES listings (id) ON DELETE CASCADE,
    description      TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    raw_format       TEXT NOT NULL DEFAULT '',
    raw_source       TEXT NOT NULL DEFAULT ''
);

-- Full-text index over title, company, location and description. Contentless (the text is stored once,
-- in the tables above) with contentless_delete so rows can be replaced; the triggers keep it in sync.
CREATE VIRTUAL TABLE listings_fts USING fts5 (
    title, company, location, description,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'"
);
CREATE TRIGGER listing_text_ai AFTER INSERT ON listing_text BEGIN
    INSERT INTO listings_fts (rowid, title, company, location, description)
        SELECT id, title, company, location, new.description FROM listings WHERE id = new.listing_id;
END;
CREATE TRIGGER listing_text_au AFTER UPDATE OF description ON listing_text BEGIN
    DELETE FROM listings_fts WHERE rowid = old.listing_id;
    INSERT INTO listings_fts (rowid, title, company, location, description)
        SELECT id, title, company, location, new.description FROM listings WHERE id = new.listing_id;
END;
CREATE TRIGGER listing_text_ad AFTER DELETE ON listing_text BEGIN
    DELETE FROM listings_fts WHERE rowid = old.listing_id;
END;
CREATE TRIGGER listings_au AFTER UPDATE OF title, company, location ON listings BEGIN
    DELETE FROM listings_fts WHERE rowid = old.id;
    INSERT INTO listings_fts (rowid, title, company, location, description)
        SELECT new.id, new.title, new.company, new.location, t.description
        FROM listing_text t WHERE t.listing_id = new.id;
END;
CREATE TRIGGER listings_ad AFTER DELETE ON listings BEGIN
    DELETE FROM listings_fts WHERE rowid = old.id;
END;

-- Pipeline stages (editable by the user); `stage_history` keeps every status change.
CREATE TABLE stages (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    position INTEGER NOT NULL,
    color    TEXT,
    kind     INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 2)  -- 0 open, 1 success, 2 closed
);
INSERT INTO stages (name, position, color, kind) VALUES
    ('New', 0, '#8a8f98', 0),
    ('Saved', 1, '#3b82f6', 0),
    ('Applied', 2, '#6366f1', 0),
    ('Screening', 3, '#8b5cf6', 0),
    ('Interviewing', 4, '#d946ef', 0),
    ('Offer', 5, '#f59e0b', 0),
    ('Accepted', 6, '#16a34a', 1),
    ('Rejected', 7, '#dc2626', 2),
    ('Withdrawn', 8, '#78716c', 2),
    ('Archived', 9, '#a8a29e', 2);

-- The user's own data about a listing. A row exists only once the user has annotated the listing.
CREATE TABLE annotations (
    listing_id   INTEGER PRIMARY KEY REFERENCES listings (id) ON DELETE CASCADE,
    stage_id     INTEGER REFERENCES stages (id) ON DELETE SET NULL,
    rating       INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    favourite    INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
    hidden       INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    notes        TEXT    NOT NULL DEFAULT '',
    follow_up_at INTEGER,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX annotations_stage ON annotations (stage_id);
CREATE INDEX annotations_follow_up ON annotations (follow_up_at) WHERE follow_up_at IS NOT NULL;

CREATE TABLE stage_history (
    id         INTEGER PRIMARY KEY,
    listing_id INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    stage_id   INTEGER REFERENCES stages (id) ON DELETE SET NULL,
    changed_at INTEGER NOT NULL
);
CREATE INDEX stage_history_listing ON stage_history (listing_id, changed_at);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT
);
CREATE TABLE listing_tags (
    listing_id INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (listing_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX listing_tags_tag ON listing_tags (tag_id, listing_id);

-- Skills dictionary (filled from the shipped taxonomy and by the user) and what each listing asks for.
CREATE TABLE skills (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    category INTEGER NOT NULL DEFAULT 0,
    origin   INTEGER NOT NULL DEFAULT 0 CHECK (origin IN (0, 1)),  -- 0 shipped, 1 user
    ignored  INTEGER NOT NULL DEFAULT 0 CHECK (ignored IN (0, 1))
);
CREATE TABLE skill_aliases (
    alias    TEXT    NOT NULL PRIMARY KEY COLLATE NOCASE,
    skill_id INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX skill_aliases_skill ON skill_aliases (skill_id);
CREATE TABLE listing_skills (
    listing_id  INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    skill_id    INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    required    INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
    occurrences INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (listing_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX listing_skills_skill ON listing_skills (skill_id, listing_id);

-- Whose skills are compared: the user ("me") and, in recruiter mode, candidates.
CREATE TABLE profiles (
    id         INTEGER PRIMARY KEY,
    kind       INTEGER NOT NULL DEFAULT 0 CHECK (kind IN (0, 1)),  -- 0 me, 1 candidate
    name       TEXT    NOT NULL,
    headline   TEXT    NOT NULL DEFAULT '',
    location   TEXT    NOT NULL DEFAULT '',
    raw_source TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE profile_skills (
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    skill_id   INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    level      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (profile_id, skill_id)
) WITHOUT ROWID;

CREATE TABLE saved_searches (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    query    TEXT    NOT NULL,
    position INTEGER NOT NULL
);
