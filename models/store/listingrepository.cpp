#include "listingrepository.h"

#include "database.h"
#include "dedupe.h"
#include "listingrow.h"
#include "sql.h"
#include "storeerror.h"

#include <QTimeZone>

#include <algorithm>

namespace jobdesk {
namespace {

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}
QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// The columns an import writes, in bind order (see bindListing()).
const QString listingColumns = QStringLiteral("title, company, location, workplace, employment_type, "
                                              "seniority, salary_min, salary_max, salary_currency, "
                                              "salary_period, salary_yearly, posted_at, valid_through, url, "
                                              "source, fingerprint, content_hash, updated_at");

} // namespace

ListingRepository::ListingRepository(const Database &db, FullTextIndexing indexing)
    : m_db(db)
    , m_indexing(indexing)
{
    const QSqlDatabase c = db.connection();
    m_byUrl = sql::prepare(c, QStringLiteral("SELECT id, content_hash FROM listings WHERE url_key = ?"));
    m_byFingerprint = sql::prepare(
        c, QStringLiteral("SELECT id, content_hash FROM listings WHERE fingerprint = ? LIMIT 1"));
    m_insert =
        sql::prepare(c, QStringLiteral("INSERT INTO listings (%1, url_key, imported_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(listingColumns));
    QString assignments = listingColumns;
    assignments.replace(QLatin1String(", "), QLatin1String(" = ?, ")).append(QLatin1String(" = ?"));
    // A duplicate found by its text keeps the URL it had when the new record has none.
    assignments.replace(QLatin1String(" url = ?"), QLatin1String(" url = coalesce(?, url)"));
    m_update =
        sql::prepare(c, QStringLiteral("UPDATE listings SET %1, url_key = coalesce(url_key, ?) WHERE id = ?")
                            .arg(assignments));
    m_insertText = sql::prepare(c, QStringLiteral("INSERT INTO listing_text (description, description_html, "
                                                  "raw_format, raw_source, stated_skills, listing_id) "
                                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    m_updateText =
        sql::prepare(c, QStringLiteral("UPDATE listing_text SET description = ?, description_html = ?, "
                                       "raw_format = ?, raw_source = ?, stated_skills = ? "
                                       "WHERE listing_id = ?"));
    m_deleteLocations = sql::prepare(c, QStringLiteral("DELETE FROM listing_locations WHERE listing_id = ?"));
    m_sourceSeen = sql::prepare(c, QStringLiteral("SELECT 1 FROM listing_sources "
                                                  "WHERE listing_id = ? AND content_hash = ?"));
    m_rememberSource =
        sql::prepare(c, QStringLiteral("INSERT INTO listing_sources (listing_id, content_hash, seen_at) "
                                       "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    m_insertLocation =
        sql::prepare(c, QStringLiteral("INSERT INTO listing_locations "
                                       "(listing_id, position, name, locality, region, country) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"));
    const SqlDialect &dialect = m_db.dialect();
    m_indexRange = sql::prepare(c, dialect.indexListings(QStringLiteral("l.id BETWEEN ? AND ?")));
    m_indexList = sql::prepare(c, dialect.indexListings(QLatin1String("l.id IN (") +
                                                        dialect.integersOfJsonArray() + QLatin1Char(')')));
    m_unindexed.reserve(fullTextBatch);
}

ListingRepository::~ListingRepository()
{
    // A safety net for writers that commit after the repository is gone. After a rollback the listings
    // are gone too and this indexes nothing.
    try {
        flushFullText();
    } catch (const StoreError &) {
    }
}

void ListingRepository::flushFullText()
{
    if (m_unindexed.empty())
        return;
    std::vector<qint64> ids;
    ids.swap(m_unindexed);
    m_unindexed.reserve(fullTextBatch);
    std::sort(ids.begin(), ids.end());
    if (ids.back() - ids.front() + 1 == qint64(ids.size())) {
        m_indexRange.bindValue(0, ids.front());
        m_indexRange.bindValue(1, ids.back());
        sql::exec(m_indexRange);
        return;
    }
    QByteArray list = "[";
    for (const qint64 id : ids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(id);
    }
    list += ']';
    m_indexList.bindValue(0, QString::fromLatin1(list));
    sql::exec(m_indexList);
}

ListingKeys ListingKeys::of(const Listing &listing)
{
    return {normaliseUrl(listing.url), listingFingerprint(listing), listingContentHash(listing)};
}

UpsertResult ListingRepository::upsert(const Listing &listing, const QDateTime &now)
{
    return upsert(listing, ListingKeys::of(listing), now);
}

UpsertResult ListingRepository::upsert(const Listing &listing, const ListingKeys &keys, const QDateTime &now)
{
    const QString &urlKey = keys.urlKey;
    const qint64 fingerprint = keys.fingerprint;
    const qint64 contentHash = keys.contentHash;
    const qint64 seconds = now.toSecsSinceEpoch();

    if (const auto existing = findDuplicate(urlKey, fingerprint)) {
        const auto [id, storedHash] = *existing;
        if (storedHash == contentHash || sourceSeen(id, contentHash))
            return {id, UpsertOutcome::Unchanged};
        // The update triggers replace the listing's index entry: it must be there first.
        if (std::find(m_unindexed.cbegin(), m_unindexed.cend(), id) != m_unindexed.cend())
            flushFullText();
        bindListing(m_update, listing, urlKey, fingerprint, contentHash, seconds);
        m_update.bindValue(19, id);
        sql::exec(m_update);
        writeText(id, listing, false);
        writeLocations(id, listing.locations, true);
        rememberSource(id, contentHash, seconds);
        return {id, UpsertOutcome::Updated};
    }
    bindListing(m_insert, listing, urlKey, fingerprint, contentHash, seconds);
    m_insert.bindValue(19, seconds);
    sql::exec(m_insert);
    const qint64 id = m_insert.lastInsertId().toLongLong();
    writeText(id, listing, true);
    writeLocations(id, listing.locations, false);
    rememberSource(id, contentHash, seconds);
    m_unindexed.push_back(id);
    if (m_indexing == FullTextIndexing::Immediate || qsizetype(m_unindexed.size()) >= fullTextBatch)
        flushFullText();
    return {id, UpsertOutcome::Inserted};
}

bool ListingRepository::sourceSeen(qint64 id, qint64 contentHash)
{
    m_sourceSeen.bindValue(0, id);
    m_sourceSeen.bindValue(1, contentHash);
    sql::exec(m_sourceSeen);
    const bool seen = m_sourceSeen.next();
    m_sourceSeen.finish();
    return seen;
}

void ListingRepository::rememberSource(qint64 id, qint64 contentHash, qint64 now)
{
    m_rememberSource.bindValue(0, id);
    m_rememberSource.bindValue(1, contentHash);
    m_rememberSource.bindValue(2, now);
    sql::exec(m_rememberSource);
}

std::optional<std::pair<qint64, qint64>> ListingRepository::findDuplicate(const QString &urlKey,
                                                                          qint64 fingerprint)
{
    const auto lookup = [](QSqlQuery &query,
                           const QVariant &key) -> std::optional<std::pair<qint64, qint64>> {
        query.bindValue(0, key);
        sql::exec(query);
        std::optional<std::pair<qint64, qint64>> found;
        if (query.next())
            found = std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
        query.finish();
        return found;
    };
    if (!urlKey.isEmpty()) {
        if (auto found = lookup(m_byUrl, urlKey))
            return found;
    }
    return lookup(m_byFingerprint, fingerprint);
}

void ListingRepository::bindListing(QSqlQuery &query, const Listing &listing, const QString &urlKey,
                                    qint64 fingerprint, qint64 contentHash, qint64 now)
{
    const Salary &salary = listing.salary;
    query.bindValue(0, text(listing.title));
    query.bindValue(1, text(listing.company));
    query.bindValue(2, text(listing.locationText()));
    query.bindValue(3, int(listing.workplace));
    query.bindValue(4, int(listing.employmentType));
    query.bindValue(5, int(listing.seniority));
    query.bindValue(6, optionalNumber(salary.min));
    query.bindValue(7, optionalNumber(salary.max));
    query.bindValue(8, optionalText(salary.currency));
    query.bindValue(9, int(salary.period));
    query.bindValue(10, optionalNumber(salary.yearly()));
    query.bindValue(11, optionalTime(listing.postedAt));
    query.bindValue(12, optionalTime(listing.validThrough));
    query.bindValue(13, optionalText(listing.url));
    query.bindValue(14, text(listing.source));
    query.bindValue(15, fingerprint);
    query.bindValue(16, contentHash);
    query.bindValue(17, now);
    query.bindValue(18, optionalText(urlKey));
}

void ListingRepository::writeText(qint64 id, const Listing &listing, bool insert)
{
    QSqlQuery &query = insert ? m_insertText : m_updateText;
    query.bindValue(0, text(listing.description));
    query.bindValue(1, text(listing.descriptionHtml));
    query.bindValue(2, text(listing.rawFormat));
    query.bindValue(3, text(listing.rawSource));
    query.bindValue(4, text(listing.statedSkills.join(QLatin1Char('\n'))));
    query.bindValue(5, id);
    sql::exec(query);
}

void ListingRepository::writeLocations(qint64 id, const QList<Location> &locations, bool replace)
{
    if (replace) {
        m_deleteLocations.bindValue(0, id);
        sql::exec(m_deleteLocations);
    }
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const Location &l = locations.at(i);
        m_insertLocation.bindValue(0, id);
        m_insertLocation.bindValue(1, qint64(i));
        m_insertLocation.bindValue(2, text(l.name));
        m_insertLocation.bindValue(3, optionalText(l.locality));
        m_insertLocation.bindValue(4, optionalText(l.region));
        m_insertLocation.bindValue(5, optionalText(l.country));
        sql::exec(m_insertLocation);
    }
}

std::optional<Listing> ListingRepository::find(qint64 id) const
{
    const QSqlDatabase c = m_db.connection();
    QSqlQuery row =
        sql::run(c,
                 QLatin1String("SELECT ") + listingrow::columns() +
                     QLatin1String(", listing_text.raw_source, listing_text.stated_skills "
                                   "FROM listings LEFT JOIN listing_text "
                                   "ON listing_text.listing_id = listings.id WHERE listings.id = ?"),
                 {id});
    if (!row.next())
        return std::nullopt;
    Listing listing = listingrow::read(row);
    listing.rawSource = row.value(listingrow::Count).toString();
    listing.statedSkills =
        row.value(listingrow::Count + 1).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    QSqlQuery places =
        sql::run(c,
                 QStringLiteral("SELECT name, locality, region, country FROM listing_locations "
                                "WHERE listing_id = ? ORDER BY position"),
                 {id});
    while (places.next()) {
        listing.locations.append({places.value(0).toString(), places.value(1).toString(),
                                  places.value(2).toString(), places.value(3).toString()});
    }
    return listing;
}

qint64 ListingRepository::count() const
{
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM listings")).toLongLong();
}

qint64 ListingRepository::newestId() const
{
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM listings"))
        .toLongLong();
}

} // namespace jobdesk
