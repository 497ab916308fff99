// Reads and writes listings. Writes go through prepared statements kept for the repository's life, so
// importing many listings costs no re-parsing; the caller wraps them in a Transaction.
//
// The full-text index (listings_fts) of the listings it inserts is the repository's to fill: no trigger
// does it (migration 011), because every statement that writes an FTS5 table costs a savepoint of it.
// `Immediate` indexes each inserted listing at once; `Batched` indexes them a few hundred at a time with
// one statement, and in any case before flushFullText() returns: call it before committing (the
// destructor does it too, for writers that commit after the repository is gone).
#pragma once

#include "domain/listing.h"

#include <QSqlQuery>

#include <optional>
#include <vector>

namespace jobdesk {

class Database;

enum class UpsertOutcome
{
    Inserted,
    Updated,
    Unchanged
};

struct UpsertResult
{
    qint64 id = 0;
    UpsertOutcome outcome = UpsertOutcome::Inserted;
};

enum class FullTextIndexing
{
    Immediate,
    Batched
};

// What a listing is recognised by (models/store/dedupe.h). Computing them reads the whole listing; an
// importer computes them on the thread that parses, away from the one that writes.
struct ListingKeys
{
    QString urlKey;
    qint64 fingerprint = 0;
    qint64 contentHash = 0;

    static ListingKeys of(const Listing &listing);
};

class ListingRepository final
{
public:
    explicit ListingRepository(const Database &db, FullTextIndexing indexing = FullTextIndexing::Immediate);
    ~ListingRepository();
    Q_DISABLE_COPY_MOVE(ListingRepository)

    // Inserts `listing`, or updates the listing it duplicates (same normalised URL, else same
    // fingerprint). A record that already went into that listing once (same content hash, from any
    // file or board) changes nothing. The user's annotations are untouched. `now` stamps the row.
    UpsertResult upsert(const Listing &listing, const QDateTime &now);
    // The same with the keys of `listing` computed already.
    UpsertResult upsert(const Listing &listing, const ListingKeys &keys, const QDateTime &now);
    std::optional<Listing> find(qint64 id) const;
    qint64 count() const;
    // The id of the listing stored last (0 when none): moves when listings arrive, from the primary key
    // alone (no scan).
    qint64 newestId() const;

    // Indexes the listings inserted and not yet indexed (Batched); a listing inserted is searchable
    // once this returns.
    void flushFullText();
    // How many inserted listings one batch indexes.
    static constexpr qsizetype fullTextBatch = 512;

private:
    std::optional<std::pair<qint64, qint64>> findDuplicate(const QString &urlKey, qint64 fingerprint);
    void bindListing(QSqlQuery &query, const Listing &listing, const QString &urlKey, qint64 fingerprint,
                     qint64 contentHash, qint64 now);
    void writeText(qint64 id, const Listing &listing, bool insert);
    void writeLocations(qint64 id, const QList<Location> &locations, bool replace);
    bool sourceSeen(qint64 id, qint64 contentHash);
    void rememberSource(qint64 id, qint64 contentHash, qint64 now);

    const Database &m_db;
    QSqlQuery m_byUrl;
    QSqlQuery m_byFingerprint;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_insertText;
    QSqlQuery m_updateText;
    QSqlQuery m_deleteLocations;
    QSqlQuery m_insertLocation;
    QSqlQuery m_sourceSeen;
    QSqlQuery m_rememberSource;
    QSqlQuery m_indexRange; // listings_fts of the listings with ids first..last
    QSqlQuery m_indexList;  // listings_fts of the listings whose ids a JSON array lists
    FullTextIndexing m_indexing;
    std::vector<qint64> m_unindexed; // inserted, not yet in listings_fts, in insertion order
};

} // namespace jobdesk
