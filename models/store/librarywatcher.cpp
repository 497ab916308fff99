#include "librarywatcher.h"

#include "database.h"
#include "sql.h"
#include "storeerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

namespace jobdesk {

LibraryWatcher::LibraryWatcher(const Database &db, QObject *parent, int pollIntervalMs)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    if (!db.isFile()) {
        m_timer->setSingleShot(true);
        m_timer->setInterval(SettleMs);
        connect(m_timer, &QTimer::timeout, this, &LibraryWatcher::changed);
        listen();
        // The listening connection can end under it (a server restart, an idle timeout, an
        // administrator's pg_terminate_backend): checked now and then, opened again when gone.
        m_check = new QTimer(this);
        connect(m_check, &QTimer::timeout, this, &LibraryWatcher::checkListener);
        m_check->start(ListenerCheckMs);
        return;
    }
    // Qt's SQLite driver notifies only of its own connection's writes (the update hook): polled instead.
    try {
        m_dataVersion = dataVersion();
        m_watching = true;
    } catch (const StoreError &error) {
        m_error = error.message();
    }
    connect(m_timer, &QTimer::timeout, this, &LibraryWatcher::poll);
    m_timer->start(pollIntervalMs);
}

LibraryWatcher::~LibraryWatcher()
{
    stopListening();
}

void LibraryWatcher::setListenerCheckInterval(int ms)
{
    if (m_check)
        m_check->setInterval(ms);
}

void LibraryWatcher::listen()
{
    try {
        m_ownBackend = sql::scalar(m_db.connection(), QStringLiteral("SELECT pg_backend_pid()")).toString();
        m_listener = std::make_unique<Database>(m_db.path());
        m_listenerBackend =
            sql::scalar(m_listener->connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    } catch (const StoreError &error) {
        m_error = error.message();
        m_listener.reset();
        return;
    }
    QSqlDriver *driver = m_listener->connection().driver();
    if (!driver->subscribeToNotification(Channel)) {
        m_error = tr("Cannot listen for changes on %1: %2").arg(m_db.path(), driver->lastError().text());
        m_listener.reset();
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != Channel || payload.toString() == m_ownBackend || m_timer->isActive())
                    return;
                m_timer->start();
            });
    m_watching = true;
    m_error.clear();
}

void LibraryWatcher::stopListening()
{
    if (!m_listener)
        return;
    m_listener->connection().driver()->unsubscribeFromNotification(Channel);
    m_listener.reset();
    m_listenerBackend = 0;
}

void LibraryWatcher::checkListener()
{
    // Asked on the window's connection, not the listener's: a query there could hold back a notification
    // libpq reads meanwhile. It also proves the server answers before a new connection is tried (one to
    // a server that is down would wait on the GUI thread); a server that restarted fails the window's
    // own statements too, which report that, and this asks again next time.
    bool listening = false;
    try {
        listening =
            sql::scalar(m_db.connection(),
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = ?)"),
                        {m_listenerBackend})
                .toBool();
    } catch (const StoreError &) {
        return;
    }
    if (m_listener && listening)
        return;
    stopListening();
    listen();
    if (m_listener)
        Q_EMIT changed(); // whatever others did while nobody listened
}

void LibraryWatcher::poll()
{
    qint64 version = -1;
    try {
        version = dataVersion();
    } catch (const StoreError &) {
        return; // busy or damaged: the next poll asks again; the window reports store errors itself
    }
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT changed();
}

qint64 LibraryWatcher::dataVersion() const
{
    return sql::scalar(m_db.connection(), QStringLiteral("PRAGMA data_version")).toLongLong();
}

} // namespace jobdesk
