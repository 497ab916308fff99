#include "sqldialect.h"

#include "librarylocation.h"
#include "sql.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jobdesk {
namespace {

// PRAGMA application_id of Jobdesk libraries: "JbDk".
constexpr qint64 applicationId = 0x4A62446B;

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString migrationDirectory() const override { return QStringLiteral(":/schema/sqlite"); }
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    // Deferred: the snapshot is taken at the first read and held to the end (WAL keeps it).
    QString beginSnapshot() const override { return QStringLiteral("BEGIN"); }

    void checkIdentity(const QSqlDatabase &db, const QString &path) const override
    {
        const qint64 id = sql::scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong();
        const qint64 objects =
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toLongLong();
        if (id == applicationId || (id == 0 && objects == 0))
            return;
        throw StoreError(QCoreApplication::translate("Store",
                                                     "%1 is an SQLite database but not a Jobdesk library; "
                                                     "it was not changed.")
                             .arg(path),
                         StoreError::Kind::NotALibrary);
    }

    void configure(const QSqlDatabase &db) const override
    {
        sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        sql::run(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
        // Deleted rows are overwritten with zeros, not left in free space (docs/reliability.md).
        sql::run(db, QStringLiteral("PRAGMA secure_delete = ON"));
        // 64 MiB page cache: bulk writes over a million listings stay in memory.
        setPageCache(db, 64);
    }

    void eraseDeleted(const QSqlDatabase &db) const override
    {
        // secure_delete zeroed the rows in the pages written to the WAL; a checkpoint moves those pages
        // into the main file and TRUNCATE empties the WAL, whose older frames still hold the rows. With a
        // reader in the way the checkpoint stops early and a later one (at the latest on closing) ends it.
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    void setPageCache(const QSqlDatabase &db, int mebibytes) const override
    {
        // A negative cache_size counts KiB. PRAGMA takes no bound values; the number is ours.
        sql::run(db, QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(mebibytes) * 1024));
    }

    int schemaVersion(const QSqlDatabase &db) const override
    {
        return sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    }

    void setSchemaVersion(const QSqlDatabase &db, int version) const override
    {
        // PRAGMA takes no bound values; both numbers are ours, never user text.
        sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    }

    void backup(const QSqlDatabase &db, const QString &target) const override
    {
        sql::run(db, QStringLiteral("VACUUM INTO ?"), {target});
    }

    QString fullTextCondition(FullTextIndex index) const override
    {
        if (index == FullTextIndex::Profiles)
            return QStringLiteral(
                "profiles.id IN (SELECT rowid FROM profiles_fts WHERE profiles_fts MATCH ?)");
        return QStringLiteral("listings.id IN (SELECT rowid FROM listings_fts WHERE listings_fts MATCH ?)");
    }

    QString fullTextQuery(const QString &fts5, FullTextIndex) const override { return fts5; }

    QString indexListings(const QString &condition) const override
    {
        // What the update triggers write for one listing (001_initial.sql), for many listings at once.
        return QStringLiteral("INSERT INTO listings_fts (rowid, title, company, location, description) "
                              "SELECT l.id, l.title, l.company, l.location, t.description "
                              "FROM listings l JOIN listing_text t ON t.listing_id = l.id WHERE ") +
               condition;
    }

    QString integersOfJsonArray() const override { return QStringLiteral("SELECT value FROM json_each(?)"); }

    void continueIds(const QSqlDatabase &, const QStringList &) const override
    {
        // An INTEGER PRIMARY KEY takes the largest id + 1 without being told.
    }

    QStringList generatedColumns(const QSqlDatabase &db, const QString &table) const override
    {
        // table_xinfo marks generated columns hidden 2 (virtual) or 3 (stored).
        QSqlQuery columns = sql::run(
            db, QStringLiteral("SELECT name FROM pragma_table_xinfo(?) WHERE hidden IN (2, 3)"), {table});
        QStringList names;
        while (columns.next())
            names.append(columns.value(0).toString());
        return names;
    }

    QString sortDirection(Qt::SortOrder order) const override
    {
        // No NULLS FIRST/LAST, which are SQLite's defaults: spelled out, they keep the planner from
        // walking the column's index.
        return order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    }

    QString insertionOrder(const QSqlDatabase &, const QString &) const override
    {
        return QStringLiteral("rowid");
    }

    QStringList schemaDescription(const QSqlDatabase &db) const override
    {
        QStringList objects;
        QSqlQuery query = sql::run(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                                      "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
        while (query.next()) {
            objects.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                           QLatin1String(": ") + query.value(2).toString().simplified());
        }
        return objects;
    }
};

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::sqlite()
{
    return std::make_unique<SqliteDialect>();
}

const SqlDialect &SqlDialect::forPath(const QString &path)
{
    static const SqliteDialect sqlite;
    static const std::unique_ptr<SqlDialect> server = postgresql();
    return LibraryLocation::isServerAddress(path) ? *server : static_cast<const SqlDialect &>(sqlite);
}

} // namespace jobdesk
