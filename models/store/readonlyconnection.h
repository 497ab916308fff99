// A read-only Qt connection (SQLITE_OPEN_READONLY) to a file that may not be a library at all, or that
// this build must not write to: restore's checks of a backup, the identity and version check before a
// library is opened for writing, the damage check. Nothing it does changes the file's content.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace jobdesk {

class ReadOnlyConnection final
{
public:
    // `cacheMiB` limits the connection's page cache (0: SQLite's default of 2 MiB).
    explicit ReadOnlyConnection(const QString &path, int cacheMiB = 0);
    ~ReadOnlyConnection();
    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)

    bool isOpen() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

} // namespace jobdesk
