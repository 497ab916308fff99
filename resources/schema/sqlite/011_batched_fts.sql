-- Version 11: the full-text index of new listings is filled in batches by the writer.
--
-- The trigger that indexed each listing_text row as it was inserted cost most of an import: every
-- statement that writes an FTS5 table opens and releases a savepoint of it (10k listings: 12.1 s one
-- row per statement, 3.9 s in one INSERT ... SELECT, the same index). ListingRepository now indexes the
-- listings it inserts itself (models/store/listingrepository.h): at once when used one listing at a
-- time, or every few hundred listings and before the transaction commits when an import asks for
-- batches. Rows already in the library are indexed already, so nothing is indexed again here. Updates
-- and deletes keep their triggers (they are rare and touch rows that are indexed).
DROP TRIGGER listing_text_ai;
