// The dialect of a team library on PostgreSQL (docs/team-library.md). The schema is
// resources/schema/postgresql; identity and version live in its table jobdesk_library.
#include "sql.h"
#include "sqldialect.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

bool hasLibraryTable(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT to_regclass('jobdesk_library') IS NOT NULL")).toBool();
}

class PostgreSqlDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString migrationDirectory() const override { return QStringLiteral(":/schema/postgresql"); }
    // READ COMMITTED, PostgreSQL's default: each statement sees what others committed before it; the
    // rows a writer changes are locked until it commits, so two writers of one row wait for each other.
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN"); }
    QString beginSnapshot() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }

    void checkIdentity(const QSqlDatabase &db, const QString &path) const override
    {
        if (hasLibraryTable(db) &&
            sql::scalar(db, QStringLiteral("SELECT value FROM jobdesk_library WHERE key = 'application'"))
                    .toString() == QLatin1String("jobdesk"))
            return;
        const qint64 tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                                             "WHERE table_schema = current_schema()"))
                                  .toLongLong();
        if (tables == 0)
            return;
        throw StoreError(tr("The database %1 holds tables but is not a Jobdesk team library; it was not "
                            "changed. A team library needs an empty database of its own.")
                             .arg(path),
                         StoreError::Kind::NotALibrary);
    }

    void configure(const QSqlDatabase &db) const override
    {
        // Notices of IF NOT EXISTS and the like are not the user's business.
        sql::run(db, QStringLiteral("SET client_min_messages = warning"));
        // Times are integers, so the zone only matters to the server's own log lines; a statement that
        // waits on another member's lock gives up like SQLite's busy timeout does.
        sql::run(db, QStringLiteral("SET lock_timeout = '5s'"));
        // A full-text match tests a document of several KB stored out of line, a cost the planner does
        // not see: for a term in many listings it scans the whole full-text table (detoasting every
        // document) instead of answering from the GIN index, 7 times slower at 100k listings
        // (docs/benchmarks.md, "Team library"). Costing a random page like a solid-state disk's tips it
        // towards the index. A value the server's administrator chose (not the default 4) is kept.
        sql::run(db, QStringLiteral("SELECT set_config('random_page_cost', '1.1', false) "
                                    "WHERE current_setting('random_page_cost') = '4'"));
    }

    void setPageCache(const QSqlDatabase &, int) const override
    {
        // The server's shared buffers serve every connection; a client has nothing to size.
    }

    int schemaVersion(const QSqlDatabase &db) const override
    {
        if (!hasLibraryTable(db))
            return 0;
        return sql::scalar(db,
                           QStringLiteral("SELECT value FROM jobdesk_library WHERE key = 'schema_version'"))
            .toInt();
    }

    void setSchemaVersion(const QSqlDatabase &db, int version) const override
    {
        sql::run(db,
                 QStringLiteral("INSERT INTO jobdesk_library (key, value) VALUES ('schema_version', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {QString::number(version)});
    }

    void eraseDeleted(const QSqlDatabase &) const override
    {
        // PostgreSQL keeps a deleted row's bytes in its table's pages until VACUUM reuses them (and in
        // the write-ahead log and base backups, which the server keeps). Only the table's owner may
        // VACUUM it, and not inside a transaction: the server's autovacuum does it; docs/team-library.md
        // says what an administrator runs to erase at once.
    }

    void backup(const QSqlDatabase &, const QString &) const override
    {
        throw StoreError(tr("A team library is backed up on its server by its administrator (pg_dump); "
                            "Jobdesk writes copies of personal libraries only."));
    }

    QString fullTextCondition(FullTextIndex index) const override
    {
        if (index == FullTextIndex::Profiles)
            return QStringLiteral("profiles.id IN (SELECT profile_id FROM profiles_fts "
                                  "WHERE document @@ to_tsquery('jobdesk', ?))");
        return QStringLiteral("listings.id IN (SELECT listing_id FROM listings_fts "
                              "WHERE document @@ to_tsquery('jobdesk', ?))");
    }

    QString fullTextQuery(const QString &fts5, FullTextIndex index) const override
    {
        return tsqueryFromFts5(fts5, index);
    }

    QString indexListings(const QString &condition) const override
    {
        return QStringLiteral("INSERT INTO listings_fts (listing_id, document) "
                              "SELECT l.id, jobdesk_document(l.title, l.company, l.location, "
                              "t.description) FROM listings l JOIN listing_text t ON t.listing_id = l.id "
                              "WHERE ") +
               condition +
               QStringLiteral(" ON CONFLICT (listing_id) DO UPDATE SET document = excluded.document");
    }

    void continueIds(const QSqlDatabase &db, const QStringList &tables) const override
    {
        for (const QString &table : tables) {
            // Tables whose `id` is an identity column; the others have no sequence.
            if (!db.record(table).contains(QStringLiteral("id")))
                continue;
            const QVariant sequence =
                sql::scalar(db, QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {table});
            if (sequence.isNull() || sequence.toString().isEmpty())
                continue;
            sql::run(db,
                     QStringLiteral("SELECT setval(?, (SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                         .arg(table),
                     {sequence});
        }
    }

    QStringList generatedColumns(const QSqlDatabase &db, const QString &table) const override
    {
        QSqlQuery columns =
            sql::run(db,
                     QStringLiteral("SELECT column_name FROM information_schema.columns "
                                    "WHERE table_schema = current_schema() AND table_name = ? "
                                    "AND is_generated = 'ALWAYS'"),
                     {table});
        QStringList names;
        while (columns.next())
            names.append(columns.value(0).toString());
        return names;
    }

    QString integersOfJsonArray() const override
    {
        return QStringLiteral("SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json))");
    }

    QString sortDirection(Qt::SortOrder order) const override
    {
        return order == Qt::AscendingOrder ? QStringLiteral(" ASC NULLS FIRST")
                                           : QStringLiteral(" DESC NULLS LAST");
    }

    QString insertionOrder(const QSqlDatabase &db, const QString &table) const override
    {
        // No rowid: the primary key's columns (identity ids count up as rows are written); a table
        // without one (none of Jobdesk's) by its first column, so the order is at least stable.
        const QSqlIndex key = db.primaryIndex(table);
        QStringList columns;
        for (int i = 0; i < key.count(); ++i)
            columns.append(QLatin1Char('"') +
                           QString(key.fieldName(i)).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                           QLatin1Char('"'));
        return columns.isEmpty() ? QStringLiteral("1") : columns.join(QLatin1String(", "));
    }

    QStringList schemaDescription(const QSqlDatabase &db) const override
    {
        // Tables with their columns and types, indexes, triggers and functions of the library's schema.
        QStringList objects;
        QSqlQuery columns = sql::run(
            db, QStringLiteral("SELECT table_name, string_agg(column_name || ' ' || data_type || "
                               "CASE is_nullable WHEN 'NO' THEN ' not null' ELSE '' END || "
                               "coalesce(' default ' || column_default, ''), ', ' ORDER BY ordinal_position) "
                               "FROM information_schema.columns WHERE table_schema = current_schema() "
                               "GROUP BY table_name ORDER BY table_name"));
        while (columns.next())
            objects.append(QLatin1String("table ") + columns.value(0).toString() + QLatin1String(": ") +
                           columns.value(1).toString());
        QSqlQuery indexes =
            sql::run(db, QStringLiteral("SELECT indexname, indexdef FROM pg_indexes "
                                        "WHERE schemaname = current_schema() ORDER BY indexname"));
        while (indexes.next())
            objects.append(QLatin1String("index ") + indexes.value(0).toString() + QLatin1String(": ") +
                           indexes.value(1).toString());
        QSqlQuery triggers = sql::run(
            db, QStringLiteral("SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
                               "JOIN pg_class c ON c.oid = t.tgrelid "
                               "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal "
                               "ORDER BY t.tgname"));
        while (triggers.next())
            objects.append(QLatin1String("trigger ") + triggers.value(0).toString() + QLatin1String(": ") +
                           triggers.value(1).toString());
        objects.sort();
        return objects;
    }
};

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::postgresql()
{
    return std::make_unique<PostgreSqlDialect>();
}

} // namespace jobdesk
