#include "listingbatch.h"

#include "store/database.h"
#include "store/sql.h"

#include <QHash>
#include <QTimeZone>

namespace jobdesk {
namespace {

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

std::optional<double> numberFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QString placeholders(qsizetype count)
{
    QString result;
    result.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        result += i == 0 ? QLatin1String("?") : QLatin1String(",?");
    return result;
}

QVariantList values(const QList<qint64> &ids)
{
    QVariantList result;
    result.reserve(ids.size());
    for (const qint64 id : ids)
        result.append(id);
    return result;
}

// The columns ListingRepository::find() reads, without the raw source, plus the annotations.
const QString listingStatement = QStringLiteral(
    "SELECT listings.id, listings.title, listings.company, listings.workplace, listings.employment_type, "
    "listings.seniority, listings.salary_min, listings.salary_max, listings.salary_currency, "
    "listings.salary_period, listings.posted_at, listings.valid_through, listings.url, listings.source, "
    "listings.imported_at, listings.updated_at, listing_text.description, listing_text.description_html, "
    "listing_text.raw_format, coalesce(stages.name, 'New'), coalesce(annotations.rating, 0) "
    "FROM listings LEFT JOIN listing_text ON listing_text.listing_id = listings.id "
    "LEFT JOIN annotations ON annotations.listing_id = listings.id "
    "LEFT JOIN stages ON stages.id = annotations.stage_id WHERE listings.id IN (%1)");

ExportedListing fromRow(const QSqlQuery &row)
{
    ExportedListing exported;
    Listing &listing = exported.listing;
    listing.id = row.value(0).toLongLong();
    listing.title = row.value(1).toString();
    listing.company = row.value(2).toString();
    listing.workplace = Workplace(row.value(3).toInt());
    listing.employmentType = EmploymentType(row.value(4).toInt());
    listing.seniority = Seniority(row.value(5).toInt());
    listing.salary = {numberFrom(row.value(6)), numberFrom(row.value(7)), row.value(8).toString(),
                      SalaryPeriod(row.value(9).toInt())};
    listing.postedAt = timeFrom(row.value(10));
    listing.validThrough = timeFrom(row.value(11));
    listing.url = row.value(12).toString();
    listing.source = row.value(13).toString();
    listing.importedAt = timeFrom(row.value(14));
    listing.updatedAt = timeFrom(row.value(15));
    listing.description = row.value(16).toString();
    listing.descriptionHtml = row.value(17).toString();
    listing.rawFormat = row.value(18).toString();
    exported.status = row.value(19).toString();
    exported.rating = row.value(20).toInt();
    return exported;
}

} // namespace

QList<ExportedListing> readListingBatch(const Database &db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const QSqlDatabase c = db.connection();
    const QString in = placeholders(ids.size());
    const QVariantList bound = values(ids);

    QHash<qint64, qsizetype> found; // id -> index in `read`
    QList<ExportedListing> read;
    read.reserve(ids.size());
    QSqlQuery rows = sql::run(c, listingStatement.arg(in), bound);
    while (rows.next()) {
        read.append(fromRow(rows));
        found.insert(read.last().listing.id, read.size() - 1);
    }

    QSqlQuery places = sql::run(c,
                                QStringLiteral("SELECT listing_id, name, locality, region, country "
                                               "FROM listing_locations WHERE listing_id IN (%1) "
                                               "ORDER BY listing_id, position")
                                    .arg(in),
                                bound);
    while (places.next()) {
        if (const auto at = found.constFind(places.value(0).toLongLong()); at != found.cend()) {
            read[*at].listing.locations.append({places.value(1).toString(), places.value(2).toString(),
                                                places.value(3).toString(), places.value(4).toString()});
        }
    }

    QSqlQuery tags = sql::run(c,
                              QStringLiteral("SELECT listing_tags.listing_id, tags.name FROM listing_tags "
                                             "JOIN tags ON tags.id = listing_tags.tag_id "
                                             "WHERE listing_tags.listing_id IN (%1) "
                                             "ORDER BY tags.name COLLATE NOCASE")
                                  .arg(in),
                              bound);
    while (tags.next()) {
        if (const auto at = found.constFind(tags.value(0).toLongLong()); at != found.cend())
            read[*at].tags.append(tags.value(1).toString());
    }

    QList<ExportedListing> ordered;
    ordered.reserve(read.size());
    for (const qint64 id : ids) {
        if (const auto at = found.constFind(id); at != found.cend())
            ordered.append(read[*at]); // shares the strings: an id given twice costs nothing
    }
    return ordered;
}

} // namespace jobdesk
