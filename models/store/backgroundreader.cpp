#include "backgroundreader.h"

#include "database.h"
#include "storeerror.h"

namespace jobdesk {

// Lives on the reader's thread and owns that thread's connection, opened on first use.
class BackgroundReader::Worker final : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path))
        , m_latest(std::move(latest))
    {}

    void run(quint64 generation, const Job &job, BackgroundReader *reader)
    {
        const auto stale = [latest = m_latest, generation] { return latest->load() != generation; };
        if (stale())
            return;
        try {
            if (!m_db)
                m_db = std::make_unique<Database>(m_path);
            job(Context{*m_db, generation, stale});
        } catch (const StoreError &error) {
            m_db.reset(); // opened again next time, in case the file came back
            if (!stale())
                Q_EMIT reader->failed(generation, error.message());
        }
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
};

BackgroundReader::BackgroundReader(const QString &databasePath, const QString &threadName,
                                   QThread::Priority priority, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new Worker(databasePath, m_latest);
    m_worker->moveToThread(m_thread);
    // The worker, and with it the thread's connection, is destroyed on its own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(threadName);
    m_thread->start(priority);
}

BackgroundReader::~BackgroundReader()
{
    m_latest->store(0); // every queued job is stale now
    m_thread->quit();
    m_thread->wait();
}

quint64 BackgroundReader::submit(Job job)
{
    const quint64 generation = m_latest->load() + 1;
    m_latest->store(generation);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, job = std::move(job), this] { worker->run(generation, job, this); },
        Qt::QueuedConnection);
    return generation;
}

} // namespace jobdesk
