-- Version 3: what the sidebar keeps (saved searches are in version 1).
--
-- Hide rules hide listings everywhere but in the Hidden view, whatever an import brings in later.
--   kind 0: a company; `pattern` equals listings.company, ignoring case
--   kind 1: a title pattern where `*` stands for any text, matched against the whole title,
--           ignoring case ("*intern*", "Sales * Manager")
-- `title_like` is the title pattern as a LIKE pattern with '\' as escape character (LIKE's own `%`, `_`
-- and '\' escaped, then `*` turned into `%`). It is derived by the database, so it cannot drift from
-- `pattern`, and stored, so matching a million titles does not redo the replace() for every title.
CREATE TABLE hide_rules (
    id         INTEGER PRIMARY KEY,
    kind       INTEGER NOT NULL CHECK (kind IN (0, 1)),
    pattern    TEXT    NOT NULL COLLATE NOCASE,
    created_at INTEGER NOT NULL,
    title_like TEXT GENERATED ALWAYS AS (CASE kind WHEN 1 THEN
        replace(replace(replace(replace(pattern, '\', '\\'), '%', '\%'), '_', '\_'), '*', '%')
        END) STORED,
    UNIQUE (kind, pattern)
);
