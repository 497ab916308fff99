// An open Jobdesk library: one Qt SQL connection, configured (WAL, foreign keys, busy timeout) and
// migrated to the latest schema. Opening refuses files that are not Jobdesk libraries and libraries
// written by a newer Jobdesk after reading them on a read-only connection, so they stay exactly as they
// were; before migrating an existing library it writes a copy beside it (NAME.vN.bak).
// A team library on a PostgreSQL server (LibraryLocation) opens the same way through the server's
// dialect; its backups are the server's (docs/team-library.md).
#pragma once

#include "librarylocation.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

namespace jobdesk {

class Database final
{
public:
    // Opens (creating when missing) the library at `path`, a file or a postgresql:// address
    // (LibraryLocation). Throws StoreError with a message naming the file or address; a server that
    // wants a password it was not given throws Kind::PasswordNeeded. The connection belongs to the
    // calling thread.
    explicit Database(const QString &path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    // The file's absolute path or the server address without a password: what opens it again.
    QString path() const { return m_path; }
    const LibraryLocation &location() const { return m_location; }
    bool isFile() const { return m_location.isFile(); }
    int schemaVersion() const;
    // The copy written before the last migration of this library, or empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    static int latestSchemaVersion();
    // The user's library under QStandardPaths::AppDataLocation.
    static QString defaultPath();

private:
    void openFile();
    void openServer();
    void checkFile() const;
    void checkVersion(const QSqlDatabase &db) const;
    void migrate();

    LibraryLocation m_location;
    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    const SqlDialect *m_dialect; // one of the stateless dialects of SqlDialect::forPath()
};

} // namespace jobdesk
