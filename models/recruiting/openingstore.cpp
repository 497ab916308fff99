#include "openingstore.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace jobdesk {
namespace {

const QString selectOpening =
    QStringLiteral("SELECT o.listing_id, l.title, l.company, l.location, o.opened_at, "
                   "(SELECT count(*) FROM pipelines p WHERE p.listing_id = o.listing_id), "
                   "(SELECT count(*) FROM pipelines p JOIN pipeline_stages s ON s.id = p.stage_id "
                   " WHERE p.listing_id = o.listing_id AND s.kind = 0) "
                   "FROM openings o JOIN listings l ON l.id = o.listing_id");

Opening openingFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            QDateTime::fromSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::UTC),
            query.value(5).toInt(),
            query.value(6).toInt()};
}

} // namespace

OpeningStore::OpeningStore(const Database &db)
    : m_db(db)
{}

QList<Opening> OpeningStore::list() const
{
    QSqlQuery query = sql::run(
        m_db.connection(), selectOpening + QLatin1String(" ORDER BY o.opened_at DESC, o.listing_id DESC"));
    QList<Opening> openings;
    while (query.next())
        openings.append(openingFrom(query));
    return openings;
}

std::optional<Opening> OpeningStore::find(qint64 listingId) const
{
    QSqlQuery query =
        sql::run(m_db.connection(), selectOpening + QLatin1String(" WHERE o.listing_id = ?"), {listingId});
    if (!query.next())
        return std::nullopt;
    return openingFrom(query);
}

bool OpeningStore::isOpening(qint64 listingId) const
{
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM openings WHERE listing_id = ?"),
                       {listingId})
        .isValid();
}

int OpeningStore::mark(const QList<qint64> &listingIds, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QSqlQuery exists = sql::prepare(db, QStringLiteral("SELECT 1 FROM listings WHERE id = ?"));
    QSqlQuery insert = sql::prepare(
        db,
        QStringLiteral("INSERT INTO openings (listing_id, opened_at) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    int added = 0;
    for (const qint64 id : listingIds) {
        exists.addBindValue(id);
        sql::exec(exists);
        if (!exists.next())
            throw StoreError(
                QCoreApplication::translate("OpeningStore", "There is no listing with id %1.").arg(id));
        exists.finish();
        insert.addBindValue(id);
        insert.addBindValue(now.toSecsSinceEpoch());
        sql::exec(insert);
        added += insert.numRowsAffected();
    }
    transaction.commit();
    return added;
}

int OpeningStore::unmark(const QList<qint64> &listingIds)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QSqlQuery remove = sql::prepare(db, QStringLiteral("DELETE FROM openings WHERE listing_id = ?"));
    int removed = 0;
    for (const qint64 id : listingIds) {
        remove.addBindValue(id);
        sql::exec(remove);
        removed += remove.numRowsAffected();
    }
    transaction.commit();
    return removed;
}

} // namespace jobdesk
