// Versioned schema: the numbered files NNN_name.sql in the dialect's migration directory each move a
// library from version NNN-1 to NNN (a dialect's first file may start later: it then makes that whole
// version from an empty database). A fresh library runs them all from 0; an existing one runs those
// above its version. Each step runs in its own transaction together with the version update, so a
// failing step leaves the library at the previous version.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace jobdesk {

class SqlDialect;

struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

class Migrator final
{
public:
    explicit Migrator(const SqlDialect &dialect);

    const QList<Migration> &migrations() const { return m_migrations; }
    int latestVersion() const;
    // Runs every migration above the database's version up to and including `target`.
    void migrate(const QSqlDatabase &db, int target) const;

    // Splits a migration file into statements: a statement ends with a line ending in ';', an SQLite
    // CREATE TRIGGER … BEGIN statement with the line 'END;', and lines between two $$ (a PostgreSQL
    // function body) never end one. Lines starting with '--' are comments.
    static QStringList splitStatements(const QString &text);

private:
    const SqlDialect &m_dialect;
    QList<Migration> m_migrations;
};

} // namespace jobdesk
