#include "activitylog.h"

#include "store/database.h"
#include "store/sql.h"

#include <QTimeZone>

namespace jobdesk {

ActivityLog::ActivityLog(const Database &db)
    : m_db(db)
{}

void ActivityLog::append(const QList<qint64> &listingIds, const QString &kind, const QString &detail,
                         const QDateTime &at) const
{
    QSqlQuery insert =
        sql::prepare(m_db.connection(), QStringLiteral("INSERT INTO activity (listing_id, at, kind, detail) "
                                                       "SELECT id, ?, ?, ? FROM listings WHERE id = ?"));
    for (const qint64 id : listingIds) {
        insert.addBindValue(at.toSecsSinceEpoch());
        insert.addBindValue(kind);
        insert.addBindValue(detail);
        insert.addBindValue(id);
        sql::exec(insert);
    }
}

QList<ActivityEntry> ActivityLog::entries(qint64 listingId) const
{
    QSqlQuery query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT id, at, kind, detail, changed_by FROM activity WHERE listing_id = ? "
                                "ORDER BY at, id"),
                 {listingId});
    QList<ActivityEntry> entries;
    while (query.next())
        entries.append({query.value(0).toLongLong(), listingId,
                        QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::UTC),
                        query.value(2).toString(), query.value(3).toString(), query.value(4).toString()});
    return entries;
}

} // namespace jobdesk
