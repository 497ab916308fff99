// PostgreSQL's stand-in for the SQLite progress handler of BackgroundReader: when a newer job makes the
// running one stale, its statement is cancelled on the server (pg_cancel_backend on the reader
// connection's server process, asked from a connection of this object's own thread, so neither the GUI
// nor the reader waits for the server). As on SQLite, only a statement that is its own transaction is
// cancelled: a job inside an explicit transaction ends at its own checks of stale(), so what it wrote is
// never rolled back halfway by surprise. No libpq: the server does the cancelling.
#pragma once

#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>

namespace jobdesk {

class PostgresqlCanceller final
{
public:
    // `latest` is the reader's newest generation: a running job of another generation is stale.
    PostgresqlCanceller(QString path, std::shared_ptr<std::atomic<quint64>> latest);
    ~PostgresqlCanceller();
    Q_DISABLE_COPY_MOVE(PostgresqlCanceller)

    // The reader's thread: the job of `generation` runs now on the connection of server process
    // `backendPid`, and then it has ended (cancelling waits for neither; a job ends only after a cancel
    // being sent has been).
    void jobStarted(quint64 generation, qint64 backendPid);
    void jobEnded();
    // Any thread: a newer job was submitted; the running one's statement stops as soon as it is one.
    void cancelStale();

private:
    class Session;
    void tryCancel();

    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::mutex m_mutex; // guards the two below, and is held while a cancel is sent
    quint64 m_running = 0;
    qint64 m_backendPid = 0;
    QThread m_thread;
    Session *m_session;
};

} // namespace jobdesk
