#include "annotationstore.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

namespace jobdesk {

AnnotationStore::AnnotationStore(const Database &db)
    : m_db(db)
{}

void AnnotationStore::setHidden(const QList<qint64> &ids, bool hidden, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    // Hiding creates the row when needed (selected from listings, so a vanished id adds nothing);
    // showing only clears the flag of rows that have it.
    QSqlQuery write = sql::prepare(
        db,
        hidden
            ? QStringLiteral(
                  "INSERT INTO annotations (listing_id, hidden, updated_at) "
                  "SELECT id, 1, ? FROM listings WHERE id = ? "
                  "ON CONFLICT (listing_id) DO UPDATE SET hidden = 1, updated_at = excluded.updated_at "
                  "WHERE hidden != 1")
            : QStringLiteral(
                  "UPDATE annotations SET hidden = 0, updated_at = ? WHERE listing_id = ? AND hidden != 0"));
    for (const qint64 id : ids) {
        write.addBindValue(now.toSecsSinceEpoch());
        write.addBindValue(id);
        sql::exec(write);
    }
    transaction.commit();
}

} // namespace jobdesk
