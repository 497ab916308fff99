#include "listingbatch.h"

#include "store/database.h"
#include "store/listingrow.h"
#include "store/sql.h"

#include <QHash>

namespace jobdesk {
namespace {

QVariantList values(const QList<qint64> &ids)
{
    QVariantList result;
    result.reserve(ids.size());
    for (const qint64 id : ids)
        result.append(id);
    return result;
}

// The listing's stored fields (without the raw source) and its annotations.
QString listingStatement(const QString &in)
{
    return QLatin1String("SELECT ") + listingrow::columns() +
           QLatin1String(", coalesce(stages.name, 'New'), coalesce(annotations.rating, 0) "
                         "FROM listings LEFT JOIN listing_text ON listing_text.listing_id = listings.id "
                         "LEFT JOIN annotations ON annotations.listing_id = listings.id "
                         "LEFT JOIN stages ON stages.id = annotations.stage_id WHERE listings.id IN (") +
           in + QLatin1Char(')');
}

ExportedListing fromRow(const QSqlQuery &row)
{
    ExportedListing exported;
    exported.listing = listingrow::read(row);
    exported.status = row.value(listingrow::Count).toString();
    exported.rating = row.value(listingrow::Count + 1).toInt();
    return exported;
}

} // namespace

QList<ExportedListing> readListingBatch(const Database &db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const QSqlDatabase c = db.connection();
    const QString in = sql::placeholders(ids.size());
    const QVariantList bound = values(ids);

    QHash<qint64, qsizetype> found; // id -> index in `read`
    QList<ExportedListing> read;
    read.reserve(ids.size());
    QSqlQuery rows = sql::run(c, listingStatement(in), bound);
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
