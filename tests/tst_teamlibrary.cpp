// A team library on PostgreSQL (issue 11), against the real server tools/pgserver starts: the schema is
// the SQLite library's table for table and column for column, a library opens again at its version,
// another program's database and a newer library are refused without a change, a missing password is
// told apart from other failures, and the search language finds on PostgreSQL what it finds on SQLite.
#include "testsupport.h"

#include "samples/samplelibrary.h"
#include "search/searchquery.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/librarylocation.h"
#include "store/sql.h"

#include <QSqlError>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

namespace {

// Every table of the library with its columns, sorted: the full-text tables, whose form is the engine's
// own (an FTS5 virtual table and its shadow tables; a table of tsvectors), and the PostgreSQL
// library's identity table (SQLite keeps that in its header) are left out.
QStringList tablesAndColumns(const Database &db)
{
    QStringList tables;
    QSqlQuery query =
        db.isFile() ? sql::run(db.connection(),
                               QStringLiteral("SELECT m.name, group_concat(p.name, ',') FROM sqlite_master m "
                                              "JOIN pragma_table_xinfo(m.name) p WHERE m.type = 'table' "
                                              "AND m.name NOT LIKE 'sqlite_%' GROUP BY m.name"))
                    : sql::run(db.connection(),
                               QStringLiteral("SELECT table_name, string_agg(column_name, ',') "
                                              "FROM information_schema.columns "
                                              "WHERE table_schema = current_schema() GROUP BY table_name"));
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (name.contains(QLatin1String("_fts")) || name == QLatin1String("jobdesk_library"))
            continue;
        QStringList columns = query.value(1).toString().split(QLatin1Char(','));
        columns.sort();
        tables.append(name + QLatin1String(": ") + columns.join(QLatin1String(", ")));
    }
    tables.sort();
    return tables;
}

QList<qint64> ids(const Database &db, const SqlFilter &filter)
{
    QList<qint64> result;
    QSqlQuery query = sql::run(db.connection(),
                               QStringLiteral("SELECT listings.id FROM listings WHERE ") +
                                   (filter.condition.isEmpty() ? QStringLiteral("1 = 1") : filter.condition) +
                                   QStringLiteral(" ORDER BY listings.id"),
                               filter.values);
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

} // namespace

class TestTeamLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(test::usesPostgreSql());
    }

    void theSchemaIsTheSqliteLibrarys()
    {
        test::TempLibrary server;
        QTemporaryDir dir;
        const Database team(server.path());
        const Database personal(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(!team.isFile());
        QCOMPARE(team.schemaVersion(), Database::latestSchemaVersion());
        const QStringList tables = tablesAndColumns(team);
        QVERIFY(tables.size() > 25);
        QCOMPARE(tables, tablesAndColumns(personal));
        // The default stages of both sets, in order, with their roles.
        const QString stages =
            QStringLiteral("SELECT name || ':' || kind || ':' || coalesce(role, '') FROM stages "
                           "ORDER BY position");
        QStringList teamStages, personalStages;
        for (auto [db, list] : {std::pair{&team, &teamStages}, std::pair{&personal, &personalStages}}) {
            QSqlQuery query = sql::run(db->connection(), stages);
            while (query.next())
                list->append(query.value(0).toString());
        }
        QCOMPARE(teamStages, personalStages);
    }

    void aLibraryOpensAgainAtItsVersionWithItsData()
    {
        test::TempLibrary server;
        {
            Database db(server.path());
            test::addListings(db, 5);
        }
        Database again(server.path());
        QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(sql::scalar(again.connection(), QStringLiteral("SELECT count(*) FROM listings")).toInt(), 5);
    }

    void anotherProgramsDatabaseIsRefusedUnchanged()
    {
        test::TempLibrary server;
        {
            Database db(server.path()); // makes the database's connection settings; then replaced below
        }
        QSqlQuery admin(test::serverAdministration());
        const QString name = server.path().section(QLatin1Char('/'), -1);
        QVERIFY(admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name)));
        QVERIFY(admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name)));
        {
            QSqlDatabase other =
                QSqlDatabase::cloneDatabase(test::serverAdministration(), QStringLiteral("other"));
            other.setDatabaseName(name);
            QVERIFY(other.open());
            QSqlQuery create(other);
            QVERIFY(create.exec(QStringLiteral("CREATE TABLE invoices (id integer)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        StoreError::Kind kind = StoreError::Kind::Other;
        const QString message = test::errorOf([&] {
            try {
                Database db(server.path());
            } catch (const StoreError &error) {
                kind = error.kind();
                throw;
            }
        });
        QCOMPARE(kind, StoreError::Kind::NotALibrary);
        QVERIFY2(message.contains(name) && message.contains(QLatin1String("not a Jobdesk team library")),
                 qPrintable(message));
    }

    void aNewerLibraryIsRefusedUnchanged()
    {
        test::TempLibrary server;
        {
            Database db(server.path());
            sql::run(db.connection(),
                     QStringLiteral("UPDATE jobdesk_library SET value = ? WHERE key = 'schema_version'"),
                     {QString::number(Database::latestSchemaVersion() + 1)});
        }
        StoreError::Kind kind = StoreError::Kind::Other;
        try {
            Database db(server.path());
        } catch (const StoreError &error) {
            kind = error.kind();
            QVERIFY2(error.message().contains(QLatin1String("newer version")), qPrintable(error.message()));
        }
        QCOMPARE(kind, StoreError::Kind::NewerVersion);
    }

    void aMissingPasswordIsToldApartAndAPromptedOneIsUsed()
    {
        test::TempLibrary server;
        const QByteArray password = qgetenv("PGPASSWORD");
        QVERIFY(!password.isEmpty());
        qunsetenv("PGPASSWORD");
        const auto restore = qScopeGuard([&] { qputenv("PGPASSWORD", password); });
        const LibraryLocation location = LibraryLocation::parse(server.path());
        Passwords::forget(location.serverKey());
        StoreError::Kind kind = StoreError::Kind::Other;
        QString message;
        try {
            Database db(server.path());
        } catch (const StoreError &error) {
            kind = error.kind();
            message = error.message();
        }
        QCOMPARE(kind, StoreError::Kind::PasswordNeeded);
        QVERIFY2(message.contains(server.path()), qPrintable(message));

        Passwords::remember(location.serverKey(), QStringLiteral("wrong"));
        kind = StoreError::Kind::Other;
        try {
            Database db(server.path());
        } catch (const StoreError &error) {
            kind = error.kind();
        }
        QCOMPARE(kind, StoreError::Kind::PasswordNeeded);

        Passwords::remember(location.serverKey(), QString::fromUtf8(password));
        Database db(server.path()); // a prompted password, found by every later connection
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        Passwords::forget(location.serverKey());
    }

    // Jobdesk's connections cost a random page as on a solid-state disk, so broad full-text matches use
    // the GIN index (docs/benchmarks.md); a value the administrator set for the database is kept.
    void plannerCostsAreTunedUnlessTheAdministratorChose()
    {
        test::TempLibrary server;
        {
            const std::unique_ptr<Database> db = server.open();
            QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SHOW random_page_cost")).toString(),
                     QStringLiteral("1.1"));
            const QString name = LibraryLocation::parse(server.path()).databaseName();
            sql::run(db->connection(),
                     QStringLiteral("ALTER DATABASE %1 SET random_page_cost = 2").arg(name));
        }
        const std::unique_ptr<Database> again = server.open();
        QCOMPARE(sql::scalar(again->connection(), QStringLiteral("SHOW random_page_cost")).toString(),
                 QStringLiteral("2"));
    }

    void backupsAreTheServersBusiness()
    {
        test::TempLibrary server;
        Database db(server.path());
        const QString target = server.filePath(QStringLiteral("copy.sqlite"));
        const QString message = test::errorOf([&] { LibraryBackup(db).backupTo(target); });
        QVERIFY2(message.contains(QLatin1String("pg_dump")), qPrintable(message));
        QVERIFY(!QFile::exists(target));
    }

    void namesIgnoreCaseAsOnSqlite()
    {
        test::TempLibrary server;
        Database db(server.path());
        sql::run(db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('Remote')"));
        QVERIFY(!test::errorOf([&] {
                     sql::run(db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('REMOTE')"));
                 }).isEmpty());
        QCOMPARE(sql::scalar(db.connection(), QStringLiteral("SELECT name FROM tags WHERE name = ?"),
                             {QStringLiteral("remote")})
                     .toString(),
                 QStringLiteral("Remote"));
    }

    // The sample listings in both engines; each line of the search language selects the same listings,
    // "c++" and "c#" included (FTS5 keeps '+' and '#' in tokens; the team library spells them out).
    void searchFindsWhatSqliteFinds_data()
    {
        QTest::addColumn<QString>("line");
        for (const char *line : {"engineer",
                                 "senior engineer",
                                 "\"data engineer\"",
                                 "eng",
                                 "title:engineer",
                                 "-engineer",
                                 "engineer -senior",
                                 "remote OR hybrid",
                                 "company:cedarline",
                                 "location:berlin",
                                 "python sql",
                                 "(python OR rust) -intern",
                                 "zürich",
                                 "zurich",
                                 "salary>=80k engineer",
                                 "workplace:remote data",
                                 "c++",
                                 "c#",
                                 "title:c++",
                                 "-c++ engineer"}) {
            QTest::addRow("%s", line) << QString::fromUtf8(line);
        }
    }

    void searchFindsWhatSqliteFinds()
    {
        QFETCH(QString, line);
        if (!m_team) {
            m_server = std::make_unique<test::TempLibrary>();
            m_team = std::make_unique<Database>(m_server->path());
            m_personal = std::make_unique<Database>(m_server->filePath(QStringLiteral("library.sqlite")));
            QVERIFY(samples::load(*m_team).inserted > 100);
            QVERIFY(samples::load(*m_personal).inserted > 100);
        }
        QList<QList<qint64>> results;
        for (const Database *db : {m_team.get(), m_personal.get()}) {
            search::CompileContext context;
            context.dialect = &db->dialect();
            const search::CompiledSearch compiled = search::compileSearch(line, context);
            QVERIFY(compiled.ok());
            results.append(ids(*db, compiled.filter));
        }
        QVERIFY(!results.at(1).isEmpty() || line.startsWith(QLatin1Char('-')) ||
                line == QLatin1String("zurich"));
        QCOMPARE(results.at(0), results.at(1));
    }

    void cleanupTestCase()
    {
        m_team.reset();
        m_personal.reset();
        m_server.reset();
    }

private:
    std::unique_ptr<test::TempLibrary> m_server;
    std::unique_ptr<Database> m_team;
    std::unique_ptr<Database> m_personal;
};

QTEST_GUILESS_MAIN(TestTeamLibrary)
#include "tst_teamlibrary.moc"
