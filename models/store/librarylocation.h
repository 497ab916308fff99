// Where a library lives: a file (SQLite, one person's) or a PostgreSQL database on a team's server,
// written as postgresql://user@host:port/dbname (also postgres://). What the user types on the command
// line (--database), in File ▸ Open Team Library… and what the window keeps in its recent list is this
// text without a password: that comes from PGPASSWORD, a ~/.pgpass file (libpq reads both) or a prompt,
// and is kept only in memory (Passwords below). An address written with one (user:secret@host) is
// accepted; its password goes to Passwords and is never shown or stored.
#pragma once

#include <QString>

namespace jobdesk {

class LibraryLocation final
{
public:
    enum class Kind
    {
        File,
        PostgreSql,
    };

    LibraryLocation() = default;
    // A file path or a postgresql:// address. Throws StoreError naming the text and what is wrong with
    // an address it cannot use (a port that is not a number, no database name).
    static LibraryLocation parse(const QString &text);
    static bool isServerAddress(const QString &text);

    Kind kind() const { return m_kind; }
    bool isFile() const { return m_kind == Kind::File; }
    // File: the absolute path. PostgreSQL: the address as written back by toString().
    QString filePath() const { return m_filePath; }
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    // libpq keywords from the address's query (sslmode=require&connect_timeout=5), as Qt's
    // QPSQL connect options ("sslmode=require;connect_timeout=5").
    QString connectOptions() const { return m_connectOptions; }
    // The text to show and to reopen: the absolute path, or postgresql://user@host:port/dbname.
    QString toString() const;
    // What a window title or a menu calls it: the file's name, or "dbname on host".
    QString displayName() const;
    // "user@host:port": the key under which a prompted password is kept for the session.
    QString serverKey() const;

private:
    Kind m_kind = Kind::File;
    QString m_filePath;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_connectOptions;
};

// Passwords the user typed into a prompt during this session, by LibraryLocation::serverKey(). Only
// in this process's memory: never written to settings or files. The background readers' connections
// find the password here, so one prompt serves every connection to that server.
namespace Passwords {
void remember(const QString &serverKey, const QString &password);
QString find(const QString &serverKey);
void forget(const QString &serverKey);
} // namespace Passwords

} // namespace jobdesk
