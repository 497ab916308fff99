-- Version 10: dates and contacts of listings (models/annotations/datestore.h, contactstore.h).
--
-- listing_events: interviews and other dated events of a listing (the follow-up date stays in
-- annotations.follow_up_at). `kind`: 0 interview, 1 call, 2 assessment, 3 other. Times are Unix
-- seconds, UTC; `ends_at` is NULL when the user gave no end. `uid` is the event's calendar UID, made
-- once, so a calendar that imports the .ics again updates the event instead of adding a copy.
CREATE TABLE listing_events (
    id         INTEGER PRIMARY KEY,
    listing_id INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    kind       INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 3),
    starts_at  INTEGER NOT NULL,
    ends_at    INTEGER CHECK (ends_at IS NULL OR ends_at >= starts_at),
    title      TEXT    NOT NULL DEFAULT '',
    location   TEXT    NOT NULL DEFAULT '', -- a place or a meeting link
    note       TEXT    NOT NULL DEFAULT '',
    uid        TEXT    NOT NULL UNIQUE,
    updated_at INTEGER NOT NULL
);
CREATE INDEX listing_events_listing ON listing_events (listing_id, starts_at);

-- contacts: people the user deals with about listings (recruiters, hiring managers). A contact belongs
-- to a company (as the listings name it) and to any number of listings through listing_contacts;
-- deleting a listing removes its links, never the contact.
CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (name <> ''),
    role        TEXT    NOT NULL DEFAULT '',
    email       TEXT    NOT NULL DEFAULT '',
    phone       TEXT    NOT NULL DEFAULT '',
    profile_url TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    company     TEXT    NOT NULL DEFAULT '' COLLATE NOCASE,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX contacts_company ON contacts (company);
CREATE TABLE listing_contacts (
    listing_id INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (listing_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX listing_contacts_contact ON listing_contacts (contact_id, listing_id);
