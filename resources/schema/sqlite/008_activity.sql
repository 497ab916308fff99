-- Version 8: the activity history of a listing (models/annotations/activitylog.h): one row per edit the
-- user made to it (status, rating, favourite, tags, notes, dates, contacts, hidden), newest last. It
-- records what happened for the user to read; the tables of each annotation hold the current state.
-- `kind` is a stable keyword ("status", "rating", "tag", "note", ...), `detail` a short human-readable
-- text in the user's language at the time of the edit (e.g. "Applied → Screening").
CREATE TABLE activity (
    id         INTEGER PRIMARY KEY,
    listing_id INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    at         INTEGER NOT NULL, -- Unix seconds, like every time in the library
    kind       TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX activity_listing ON activity (listing_id, at);
