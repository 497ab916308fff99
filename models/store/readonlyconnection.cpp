#include "readonlyconnection.h"

#include "sqldialect.h"

#include <QSqlError>

#include <atomic>

namespace jobdesk {
namespace {

QString newName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("jobdesk-readonly-%1").arg(++counter);
}

} // namespace

ReadOnlyConnection::ReadOnlyConnection(const QString &path, int cacheMiB)
    : m_name(newName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    m_opened = db.open();
    m_error = db.lastError().text();
    if (m_opened && cacheMiB > 0)
        SqlDialect::sqlite()->setPageCache(db, cacheMiB);
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace jobdesk
