#include "sidebarcounter.h"

#include "store/backgroundreader.h"

namespace jobdesk {

SidebarCounter::SidebarCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    // Below the table's reader: counts may come after the rows.
    , m_reader(
          new BackgroundReader(databasePath, QStringLiteral("SidebarCounter"), QThread::LowPriority, this))
{
    connect(m_reader, &BackgroundReader::failed, this, &SidebarCounter::failed);
}

quint64 SidebarCounter::count(const QList<SavedSearch> &searches)
{
    return m_reader->submit([this, searches](const BackgroundReader::Context &context) {
        const ViewCounts counts =
            countViews(context.db, searches, QDateTime::currentDateTimeUtc(), context.stale);
        if (!context.stale())
            Q_EMIT countsReady(context.generation, counts);
    });
}

} // namespace jobdesk
