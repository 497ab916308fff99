#include "listingidloader.h"

#include "store/backgroundreader.h"
#include "store/database.h"
#include "store/sql.h"

namespace jobdesk {

ListingIdLoader::ListingIdLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_reader(new BackgroundReader(databasePath, QStringLiteral("ListingIdLoader"), QThread::InheritPriority,
                                    this))
{
    connect(m_reader, &BackgroundReader::failed, this, &ListingIdLoader::failed);
}

quint64 ListingIdLoader::load(const ListingQuery &query)
{
    return m_reader->submit([this, query](const BackgroundReader::Context &context) {
        QSqlQuery statement = sql::prepare(context.db.connection(), query.idStatement(context.db.dialect()));
        statement.setForwardOnly(true);
        for (const QVariant &value : query.filter.values)
            statement.addBindValue(value);
        sql::exec(statement);
        QList<qint64> ids;
        bool reportedFirst = false;
        while (statement.next()) {
            ids.append(statement.value(0).toLongLong());
            if ((ids.size() & 1023) == 0 && context.stale())
                return;
            if (!reportedFirst && ids.size() == FirstChunk) {
                reportedFirst = true;
                Q_EMIT idsReady(context.generation, ids, false);
            }
        }
        if (!context.stale())
            Q_EMIT idsReady(context.generation, ids, true);
    });
}

} // namespace jobdesk
