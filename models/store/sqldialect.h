// The seam between Jobdesk's storage and one SQL engine. Everything engine-specific (pragmas, how the
// schema version is kept, full-text search, backups) goes through here, so a PostgreSQL backend for
// teams can be added beside SQLite without touching the callers.
#pragma once

#include "fulltextindex.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace jobdesk {

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> sqlite();
    // A team library's server (postgresqldialect.cpp).
    static std::unique_ptr<SqlDialect> postgresql();
    // The dialect a library at `path` (a file or a postgresql:// address) will be opened with, before
    // it is opened (the command line compiles a query before it touches the library). Dialects keep no
    // state, so every Database and search compiler shares these two instances.
    static const SqlDialect &forPath(const QString &path);

    virtual QString driverName() const = 0;
    // Where the numbered migration files of this engine are (a Qt resource directory).
    virtual QString migrationDirectory() const = 0;
    virtual QString beginWriteTransaction() const = 0;
    // Begins a read-only transaction whose every statement sees the same moment (a whole-library copy).
    virtual QString beginSnapshot() const = 0;

    // Checks that an opened file (database) is a Jobdesk library (or empty) without writing to it.
    virtual void checkIdentity(const QSqlDatabase &db, const QString &path) const = 0;
    // Session settings: foreign keys, journal, synchronisation. Called after checkIdentity().
    virtual void configure(const QSqlDatabase &db) const = 0;
    // How much of the database this connection may keep in memory (configure() allows 64 MiB, for
    // imports and bulk work; a window's connection that only reads pages of rows needs far less).
    virtual void setPageCache(const QSqlDatabase &db, int mebibytes) const = 0;
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    // Records the version; called inside the migration's transaction.
    virtual void setSchemaVersion(const QSqlDatabase &db, int version) const = 0;
    // Makes what was deleted unrecoverable from the files as far as the engine can: called after a
    // deletion of private data (a profile, a candidate). Never throws; a busy library finishes later.
    virtual void eraseDeleted(const QSqlDatabase &db) const = 0;
    // Writes a consistent copy of the whole database to `target` (a file). A server's databases are
    // backed up by its administrator (pg_dump): throws StoreError saying so.
    virtual void backup(const QSqlDatabase &db, const QString &target) const = 0;

    // A boolean SQL condition on `listings.id` (`profiles.id`) that holds for the rows matching the
    // full-text query bound as its one value (the one `?`), which is what fullTextQuery() returns.
    virtual QString fullTextCondition(FullTextIndex index = FullTextIndex::Listings) const = 0;
    // The value to bind for an FTS5 query of the search compiler (models/search/searchfulltext.h).
    virtual QString fullTextQuery(const QString &fts5,
                                  FullTextIndex index = FullTextIndex::Listings) const = 0;
    // The statement that adds the listings of `listings l JOIN listing_text t` selected by `condition`
    // (placeholders allowed) to the full-text index, replacing what the index held for them.
    virtual QString indexListings(const QString &condition) const = 0;
    // After rows were written with explicit ids (a library copied in): the next id each of `tables`
    // generates follows the largest stored. SQLite does that by itself; PostgreSQL's identity sequences
    // must be moved on.
    virtual void continueIds(const QSqlDatabase &db, const QStringList &tables) const = 0;
    // The columns of `table` the engine computes (GENERATED ALWAYS), which no INSERT may name.
    virtual QStringList generatedColumns(const QSqlDatabase &db, const QString &table) const = 0;
    // A sub-select of the integers of a JSON array bound as its one value ("[1,5,9]" for its `?`): one
    // value for a list of ids of any length.
    virtual QString integersOfJsonArray() const = 0;

    // " ASC" or " DESC" for an ORDER BY term, unknown values (NULL) first when ascending and last when
    // descending (SQLite's order, which PostgreSQL reverses unless told).
    virtual QString sortDirection(Qt::SortOrder order) const = 0;
    // An ORDER BY list that reads the rows of `table` in the order they were written (SQLite's rowid; a
    // server's tables by their primary key, which every table of the team library's schema has).
    virtual QString insertionOrder(const QSqlDatabase &db, const QString &table) const = 0;

    // Every schema object as "type name: normalised SQL", sorted: two databases have the same schema
    // exactly when these lists are equal.
    virtual QStringList schemaDescription(const QSqlDatabase &db) const = 0;
};

} // namespace jobdesk
