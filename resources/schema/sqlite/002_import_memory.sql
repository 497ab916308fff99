-- Version 2: what imports remember.
--
-- CSV column mappings the user chose, per header signature (models/import/csvmapping.h), so the same
-- export maps the same way next time.
CREATE TABLE csv_mappings (
    signature  TEXT    PRIMARY KEY,
    header     TEXT    NOT NULL,  -- the header names, JSON array, for people reading the table
    mapping    TEXT    NOT NULL,  -- JSON: {"columns": ["title", "ignore", ...], "salary_period": "month"}
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Every source record (by content hash) that went into a listing: the same posting arrives from
-- several boards or files, and importing any of them again must change nothing.
CREATE TABLE listing_sources (
    listing_id   INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    content_hash INTEGER NOT NULL,
    seen_at      INTEGER NOT NULL,
    PRIMARY KEY (listing_id, content_hash)
) WITHOUT ROWID;
INSERT INTO listing_sources (listing_id, content_hash, seen_at)
    SELECT id, content_hash, updated_at FROM listings;
