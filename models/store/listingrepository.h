// Reads and writes listings. Writes go through prepared statements kept for the repository's life, so
// importing many listings costs no re-parsing; the caller wraps them in a Transaction.
#pragma once

#include "domain/listing.h"

#include <QSqlQuery>

#include <optional>

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

class ListingRepository final
{
public:
    explicit ListingRepository(const Database &db);
    Q_DISABLE_COPY_MOVE(ListingRepository)

    // Inserts `listing`, or updates the listing it duplicates (same normalised URL, else same
    // fingerprint). A record that already went into that listing once (same content hash, from any
    // file or board) changes nothing. The user's annotations are untouched. `now` stamps the row.
    UpsertResult upsert(const Listing &listing, const QDateTime &now);
    std::optional<Listing> find(qint64 id) const;
    qint64 count() const;

private:
    std::optional<std::pair<qint64, qint64>> findDuplicate(const QString &urlKey, qint64 fingerprint);
    void bindListing(QSqlQuery &query, const Listing &listing, const QString &urlKey, qint64 fingerprint,
                     qint64 contentHash, const QDateTime &now);
    void writeText(qint64 id, const Listing &listing, bool insert);
    void writeLocations(qint64 id, const QList<Location> &locations, bool replace);
    bool sourceSeen(qint64 id, qint64 contentHash);
    void rememberSource(qint64 id, qint64 contentHash, const QDateTime &now);

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
};

} // namespace jobdesk
