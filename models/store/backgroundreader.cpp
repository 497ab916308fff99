#include "backgroundreader.h"

#include "database.h"
#include "postgresqlcanceller.h"
#include "sql.h"
#include "sqlitehandle.h"
#include "storeerror.h"

#include <sqlite3.h>

namespace jobdesk {
namespace {

// How many SQLite virtual-machine steps run between two looks at whether the job went stale: a look is
// one atomic load, and a thousand steps take well under a millisecond.
constexpr int staleCheckSteps = 1000;

// The page cache of a reader's connection: 8 MiB, not the 64 MiB the library's own connection has (the
// window has half a dozen readers, and their caches were most of its memory).
constexpr char pageCachePragma[] = "PRAGMA cache_size = -8192";

} // namespace

// Lives on the reader's thread and owns that thread's connection, opened on first use.
class BackgroundReader::Worker final : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> latest, PostgresqlCanceller *canceller)
        : m_path(std::move(path))
        , m_latest(std::move(latest))
        , m_canceller(canceller)
    {}

    void run(quint64 generation, const Job &job, BackgroundReader *reader)
    {
        const auto stale = [latest = m_latest, generation] { return latest->load() != generation; };
        if (stale())
            return;
        try {
            if (!m_db) {
                m_db = std::make_unique<Database>(m_path);
                m_handle = sqliteHandle(m_db->connection());
                if (m_handle) {
                    sqlite3_progress_handler(m_handle, staleCheckSteps, &Worker::interruptStale, this);
                    // A reader's scans pass through; the page cache is kept for the GUI's connection.
                    sqlite3_exec(m_handle, pageCachePragma, nullptr, nullptr, nullptr);
                }
                if (m_canceller) {
                    m_backendPid = sql::scalar(m_db->connection(), QStringLiteral("SELECT pg_backend_pid()"))
                                       .toLongLong();
                }
            }
            m_generation.store(generation, std::memory_order_relaxed);
            const CancellableJob cancellable(m_canceller, generation, m_backendPid);
            job(Context{*m_db, generation, stale});
        } catch (const StoreError &error) {
            // A stale job's statement was interrupted (see interruptStale) or its answer is unwanted
            // anyway: it ends quietly, and the connection is kept.
            if (stale())
                return;
            closeConnection(); // opened again next time, in case the file came back
            Q_EMIT reader->failed(generation, error.message());
        }
    }

    ~Worker() override { closeConnection(); }

private:
    // While a job runs on a team library, the canceller may stop its statements.
    class CancellableJob
    {
    public:
        CancellableJob(PostgresqlCanceller *canceller, quint64 generation, qint64 backendPid)
            : m_canceller(canceller)
        {
            if (m_canceller)
                m_canceller->jobStarted(generation, backendPid);
        }
        ~CancellableJob()
        {
            if (m_canceller)
                m_canceller->jobEnded();
        }
        Q_DISABLE_COPY_MOVE(CancellableJob)

    private:
        PostgresqlCanceller *m_canceller;
    };

    // SQLite's progress handler: a statement of a job that went stale stops where it is (SQLITE_INTERRUPT),
    // even one that spends all its time before its first row (a sort, a broad full-text prefix). Never
    // inside an explicit transaction: a writing job ends at its own checks of stale(), so that what it
    // wrote is never rolled back halfway by surprise.
    static int interruptStale(void *self)
    {
        auto *worker = static_cast<Worker *>(self);
        return worker->m_latest->load() != worker->m_generation.load(std::memory_order_relaxed) &&
               sqlite3_get_autocommit(worker->m_handle) != 0;
    }

    void closeConnection()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        m_handle = nullptr;
        m_db.reset();
    }

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::atomic<quint64> m_generation{0}; // of the job running now
    PostgresqlCanceller *m_canceller;     // the reader's, or null
    std::unique_ptr<Database> m_db;
    sqlite3 *m_handle = nullptr;
    qint64 m_backendPid = 0; // the server process of a team library's connection
};

BackgroundReader::BackgroundReader(const QString &databasePath, const QString &threadName,
                                   QThread::Priority priority, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    if (!LibraryLocation::parse(databasePath).isFile())
        m_canceller = std::make_unique<PostgresqlCanceller>(databasePath, m_latest);
    m_worker = new Worker(databasePath, m_latest, m_canceller.get());
    m_worker->moveToThread(m_thread);
    // The worker, and with it the thread's connection, is destroyed on its own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(threadName);
    m_thread->start(priority);
}

BackgroundReader::~BackgroundReader()
{
    m_latest->store(0); // every queued job is stale now
    if (m_canceller)
        m_canceller->cancelStale(); // and a running statement ends
    m_thread->quit();
    m_thread->wait();
}

quint64 BackgroundReader::submit(Job job)
{
    const quint64 generation = m_latest->load() + 1;
    m_latest->store(generation);
    if (m_canceller)
        m_canceller->cancelStale();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, job = std::move(job), this] { worker->run(generation, job, this); },
        Qt::QueuedConnection);
    return generation;
}

} // namespace jobdesk
