// A thread of its own, with its own connection to the library, for reads whose cost grows with the
// library: the table's ids, the sidebar's counts. Jobs run one after another. Every submit makes the
// jobs before it stale: a stale job that has not started is skipped, and a running one sees it through
// Context::stale() and stops early; a statement it is running (outside an explicit transaction) is
// interrupted by SQLite within a fraction of a millisecond, even one that has not reached its first
// row (on a team library the server cancels it: PostgresqlCanceller), and the job then ends quietly. Jobs
// report their results themselves (queued to the GUI thread); a StoreError thrown by a job that is still the
// latest is reported by failed().
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace jobdesk {

class Database;
class PostgresqlCanceller;

class BackgroundReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundReader)

public:
    struct Context
    {
        const Database &db;
        quint64 generation;
        // True once a newer job was submitted: what this one finds is no longer wanted.
        std::function<bool()> stale;
    };
    using Job = std::function<void(const Context &)>;

    BackgroundReader(const QString &databasePath, const QString &threadName,
                     QThread::Priority priority = QThread::InheritPriority, QObject *parent = nullptr);
    ~BackgroundReader() override;

    // Queues `job`; returns its generation.
    quint64 submit(Job job);

Q_SIGNALS:
    void failed(quint64 generation, const QString &message);

private:
    class Worker;

    QThread *m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<PostgresqlCanceller> m_canceller; // a team library's; null for a file
};

} // namespace jobdesk
