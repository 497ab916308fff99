#include "listingidloader.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QThread>

namespace jobdesk {

// Lives on the loader's thread; owns that thread's connection.
class ListingIdLoader::Worker final : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path))
        , m_latest(std::move(latest))
    {}

    // Runs on the worker thread. Calls `report` with chunks; returns an error message or empty.
    void run(quint64 generation, const ListingQuery &query, ListingIdLoader *loader)
    {
        const auto stale = [&] { return m_latest->load() != generation; };
        if (stale())
            return;
        try {
            if (!m_db)
                m_db = std::make_unique<Database>(m_path);
            QSqlQuery statement = sql::prepare(m_db->connection(), query.idStatement());
            statement.setForwardOnly(true);
            for (const QVariant &value : query.filter.values)
                statement.addBindValue(value);
            sql::exec(statement);
            QList<qint64> ids;
            bool reportedFirst = false;
            while (statement.next()) {
                ids.append(statement.value(0).toLongLong());
                if ((ids.size() & 1023) == 0 && stale())
                    return;
                if (!reportedFirst && ids.size() == FirstChunk) {
                    reportedFirst = true;
                    Q_EMIT loader->idsReady(generation, ids, false);
                }
            }
            if (!stale())
                Q_EMIT loader->idsReady(generation, ids, true);
        } catch (const StoreError &error) {
            if (!stale())
                Q_EMIT loader->failed(generation, error.message());
        }
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
};

ListingIdLoader::ListingIdLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new Worker(databasePath, m_latest);
    m_worker->moveToThread(m_thread);
    // The worker, and with it the thread's connection, is destroyed on its own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("ListingIdLoader"));
    m_thread->start();
}

ListingIdLoader::~ListingIdLoader()
{
    m_latest->store(0); // every queued request is stale now
    m_thread->quit();
    m_thread->wait();
}

quint64 ListingIdLoader::load(const ListingQuery &query)
{
    const quint64 generation = m_latest->load() + 1;
    m_latest->store(generation);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, query, this] { worker->run(generation, query, this); },
        Qt::QueuedConnection);
    return generation;
}

} // namespace jobdesk
