#include "listingrepository.h"

#include "database.h"
#include "dedupe.h"
#include "listingrow.h"
#include "sql.h"

#include <QTimeZone>

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

ListingRepository::ListingRepository(const Database &db)
    : m_db(db)
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
        sql::prepare(c, QStringLiteral("INSERT OR IGNORE INTO listing_sources "
                                       "(listing_id, content_hash, seen_at) VALUES (?, ?, ?)"));
    m_insertLocation =
        sql::prepare(c, QStringLiteral("INSERT INTO listing_locations "
                                       "(listing_id, position, name, locality, region, country) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"));
}

UpsertResult ListingRepository::upsert(const Listing &listing, const QDateTime &now)
{
    const QString urlKey = normaliseUrl(listing.url);
    const qint64 fingerprint = listingFingerprint(listing);
    const qint64 contentHash = listingContentHash(listing);

    if (const auto existing = findDuplicate(urlKey, fingerprint)) {
        const auto [id, storedHash] = *existing;
        if (storedHash == contentHash || sourceSeen(id, contentHash))
            return {id, UpsertOutcome::Unchanged};
        bindListing(m_update, listing, urlKey, fingerprint, contentHash, now);
        m_update.addBindValue(id);
        sql::exec(m_update);
        writeText(id, listing, false);
        writeLocations(id, listing.locations, true);
        rememberSource(id, contentHash, now);
        return {id, UpsertOutcome::Updated};
    }
    bindListing(m_insert, listing, urlKey, fingerprint, contentHash, now);
    m_insert.addBindValue(now.toSecsSinceEpoch());
    sql::exec(m_insert);
    const qint64 id = m_insert.lastInsertId().toLongLong();
    writeText(id, listing, true);
    writeLocations(id, listing.locations, false);
    rememberSource(id, contentHash, now);
    return {id, UpsertOutcome::Inserted};
}

bool ListingRepository::sourceSeen(qint64 id, qint64 contentHash)
{
    m_sourceSeen.addBindValue(id);
    m_sourceSeen.addBindValue(contentHash);
    sql::exec(m_sourceSeen);
    const bool seen = m_sourceSeen.next();
    m_sourceSeen.finish();
    return seen;
}

void ListingRepository::rememberSource(qint64 id, qint64 contentHash, const QDateTime &now)
{
    for (const QVariant &value : {QVariant(id), QVariant(contentHash), QVariant(now.toSecsSinceEpoch())})
        m_rememberSource.addBindValue(value);
    sql::exec(m_rememberSource);
}

std::optional<std::pair<qint64, qint64>> ListingRepository::findDuplicate(const QString &urlKey,
                                                                          qint64 fingerprint)
{
    const auto lookup = [](QSqlQuery &query,
                           const QVariant &key) -> std::optional<std::pair<qint64, qint64>> {
        query.addBindValue(key);
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
                                    qint64 fingerprint, qint64 contentHash, const QDateTime &now)
{
    const Salary &salary = listing.salary;
    for (const QVariant &value :
         {text(listing.title), text(listing.company), text(listing.locationText()),
          QVariant(int(listing.workplace)), QVariant(int(listing.employmentType)),
          QVariant(int(listing.seniority)), optionalNumber(salary.min), optionalNumber(salary.max),
          optionalText(salary.currency), QVariant(int(salary.period)), optionalNumber(salary.yearly()),
          optionalTime(listing.postedAt), optionalTime(listing.validThrough), optionalText(listing.url),
          text(listing.source), QVariant(fingerprint), QVariant(contentHash),
          QVariant(now.toSecsSinceEpoch()), optionalText(urlKey)}) {
        query.addBindValue(value);
    }
}

void ListingRepository::writeText(qint64 id, const Listing &listing, bool insert)
{
    QSqlQuery &query = insert ? m_insertText : m_updateText;
    for (const QVariant &value :
         {text(listing.description), text(listing.descriptionHtml), text(listing.rawFormat),
          text(listing.rawSource), text(listing.statedSkills.join(QLatin1Char('\n'))), QVariant(id)}) {
        query.addBindValue(value);
    }
    sql::exec(query);
}

void ListingRepository::writeLocations(qint64 id, const QList<Location> &locations, bool replace)
{
    if (replace) {
        m_deleteLocations.addBindValue(id);
        sql::exec(m_deleteLocations);
    }
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const Location &l = locations.at(i);
        for (const QVariant &value :
             {QVariant(id), QVariant(qint64(i)), text(l.name), optionalText(l.locality),
              optionalText(l.region), optionalText(l.country)}) {
            m_insertLocation.addBindValue(value);
        }
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

} // namespace jobdesk
