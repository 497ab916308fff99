#include "postgresqlcanceller.h"

#include "database.h"
#include "sql.h"
#include "storeerror.h"

#include <QTimer>

namespace jobdesk {
namespace {

// How long to wait before looking again when the stale job is between statements (or its statement has
// not reached the server yet): the job may still start one.
constexpr int retryMs = 20;

} // namespace

// Lives on the canceller's thread and owns that thread's connection, opened on the first cancel.
class PostgresqlCanceller::Session final : public QObject
{
public:
    explicit Session(QString path)
        : m_path(std::move(path))
    {}

    // Cancels the statement of server process `pid` if it is running one that is its own transaction
    // (the transaction began when the statement did); true when a cancel was sent.
    bool cancel(qint64 pid)
    {
        try {
            if (!m_db)
                m_db = std::make_unique<Database>(m_path);
            return sql::scalar(
                       m_db->connection(),
                       QStringLiteral("SELECT pg_cancel_backend(pid) FROM pg_stat_activity "
                                      "WHERE pid = ? AND state = 'active' AND xact_start = query_start"),
                       {pid})
                .toBool();
        } catch (const StoreError &) {
            // The server is unreachable from here: the stale job ends at its own checks of stale().
            m_db.reset();
            m_failed = true;
            return false;
        }
    }
    bool failed() const { return m_failed; }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    bool m_failed = false;
};

PostgresqlCanceller::PostgresqlCanceller(QString path, std::shared_ptr<std::atomic<quint64>> latest)
    : m_latest(std::move(latest))
    , m_session(new Session(std::move(path)))
{
    m_session->moveToThread(&m_thread);
    // The session, and with it the thread's connection, is destroyed on its own thread.
    QObject::connect(&m_thread, &QThread::finished, m_session, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("Jobdesk statement canceller"));
    m_thread.start();
}

PostgresqlCanceller::~PostgresqlCanceller()
{
    m_thread.quit();
    m_thread.wait();
}

void PostgresqlCanceller::jobStarted(quint64 generation, qint64 backendPid)
{
    const std::lock_guard lock(m_mutex);
    m_running = generation;
    m_backendPid = backendPid;
}

void PostgresqlCanceller::jobEnded()
{
    // Waits for a cancel being sent: one sent later could stop the next job's statement.
    const std::lock_guard lock(m_mutex);
    m_running = 0;
}

void PostgresqlCanceller::cancelStale()
{
    QMetaObject::invokeMethod(m_session, [this] { tryCancel(); }, Qt::QueuedConnection);
}

void PostgresqlCanceller::tryCancel()
{
    const std::lock_guard lock(m_mutex);
    if (m_running == 0 || m_running == m_latest->load() || m_session->failed())
        return;
    if (!m_session->cancel(m_backendPid))
        QTimer::singleShot(retryMs, m_session, [this] { tryCancel(); });
}

} // namespace jobdesk
