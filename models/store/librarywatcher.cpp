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
    if (m_listener)
        m_listener->connection().driver()->unsubscribeFromNotification(Channel);
}

void LibraryWatcher::listen()
{
    try {
        m_ownBackend = sql::scalar(m_db.connection(), QStringLiteral("SELECT pg_backend_pid()")).toString();
        m_listener = std::make_unique<Database>(m_db.path());
    } catch (const StoreError &error) {
        m_error = error.message();
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
