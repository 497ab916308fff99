#include "sidebarcounter.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <QThread>

namespace jobdesk {

// Lives on the counter's thread; owns that thread's connection, opened on first use.
class SidebarCounter::Worker final : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path))
        , m_latest(std::move(latest))
    {}

    void run(quint64 generation, const QList<SavedSearch> &searches, SidebarCounter *counter)
    {
        const auto stale = [this, generation] { return m_latest->load() != generation; };
        if (stale())
            return;
        try {
            if (!m_db)
                m_db = std::make_unique<Database>(m_path);
            const ViewCounts counts = countViews(*m_db, searches, QDateTime::currentDateTimeUtc(), stale);
            if (!stale())
                Q_EMIT counter->countsReady(generation, counts);
        } catch (const StoreError &error) {
            m_db.reset(); // opened again next time, in case the file came back
            if (!stale())
                Q_EMIT counter->failed(generation, error.message());
        }
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
};

SidebarCounter::SidebarCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new Worker(databasePath, m_latest);
    m_worker->moveToThread(m_thread);
    // The worker, and with it the thread's connection, is destroyed on its own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("SidebarCounter"));
    m_thread->start(QThread::LowPriority);
}

SidebarCounter::~SidebarCounter()
{
    m_latest->store(0); // every queued request is stale now
    m_thread->quit();
    m_thread->wait();
}

quint64 SidebarCounter::count(const QList<SavedSearch> &searches)
{
    const quint64 generation = m_latest->load() + 1;
    m_latest->store(generation);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, searches, this] { worker->run(generation, searches, this); },
        Qt::QueuedConnection);
    return generation;
}

} // namespace jobdesk
