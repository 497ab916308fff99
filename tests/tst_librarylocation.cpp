// Team library addresses and full-text queries for PostgreSQL, without a server: what a user types in
// --database or File ▸ Open Team Library… is understood or refused with the reason, a password never
// shows in the address kept, and every full-text query the search language writes has a tsquery form.
#include "testsupport.h"

#include "search/searchquery.h"
#include "store/fulltextindex.h"
#include "store/librarylocation.h"
#include "store/postgresqlstatement.h"
#include "store/sqldialect.h"

#include <QTest>

using namespace jobdesk;

class TestLibraryLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFileStaysAFile()
    {
        const LibraryLocation location = LibraryLocation::parse(QStringLiteral("some/library.sqlite"));
        QVERIFY(location.isFile());
        QVERIFY(QDir::isAbsolutePath(location.filePath()));
        QVERIFY(location.toString().endsWith(QLatin1String("some/library.sqlite")));
        QCOMPARE(&SqlDialect::forPath(QStringLiteral("x.sqlite")), &SqlDialect::forPath(QStringLiteral("y")));
    }

    void aServerAddressIsReadWhole()
    {
        const LibraryLocation location = LibraryLocation::parse(QStringLiteral(
            "postgresql://recruiter@db.example.org:6543/team?sslmode=require&connect_timeout=5"));
        QCOMPARE(location.kind(), LibraryLocation::Kind::PostgreSql);
        QCOMPARE(location.user(), QStringLiteral("recruiter"));
        QCOMPARE(location.host(), QStringLiteral("db.example.org"));
        QCOMPARE(location.port(), 6543);
        QCOMPARE(location.databaseName(), QStringLiteral("team"));
        QCOMPARE(location.connectOptions(), QStringLiteral("sslmode=require;connect_timeout=5"));
        QCOMPARE(location.toString(),
                 QStringLiteral(
                     "postgresql://recruiter@db.example.org:6543/team?sslmode=require&connect_timeout=5"));
        QCOMPARE(LibraryLocation::parse(QStringLiteral("postgres://a@h/d")).port(), 5432);
        QCOMPARE(SqlDialect::forPath(location.toString()).driverName(), QStringLiteral("QPSQL"));
    }

    void aPasswordInTheAddressIsKeptInMemoryOnly()
    {
        const LibraryLocation location =
            LibraryLocation::parse(QStringLiteral("postgresql://ann:s3cret@127.0.0.1:5499/team"));
        QVERIFY(!location.toString().contains(QLatin1String("s3cret")));
        QCOMPARE(Passwords::find(location.serverKey()), QStringLiteral("s3cret"));
        Passwords::forget(location.serverKey());
        QVERIFY(Passwords::find(location.serverKey()).isEmpty());
    }

    void badAddressesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no database") << "postgresql://ann@host:5432/" << "names no database";
        QTest::newRow("no server") << "postgresql:///team" << "names no server";
        QTest::newRow("bad port") << "postgresql://ann@host:99999/team" << "port";
        QTest::newRow("unknown setting") << "postgresql://ann@host/team?sslmod=require" << "sslmod";
        QTest::newRow("two path parts") << "postgresql://ann@host/team/extra" << "names no database";
    }

    void badAddressesAreRefusedWithTheReason()
    {
        QFETCH(QString, address);
        QFETCH(QString, reason);
        const QString message = test::errorOf([&] { LibraryLocation::parse(address); });
        QVERIFY2(message.contains(address), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
    }

    void fullTextQueriesBecomeTsqueries_data()
    {
        QTest::addColumn<QString>("fts5");
        QTest::addColumn<QString>("tsquery");
        QTest::newRow("word") << "\"rust\"" << "'rust'";
        QTest::newRow("prefix") << "\"eng\"*" << "'eng':*";
        QTest::newRow("phrase") << "\"senior engineer\"" << "('senior' <-> 'engineer')";
        QTest::newRow("column") << "title : \"go\"" << "'go':A";
        QTest::newRow("column prefix") << "company : \"blue har\"*" << "('blue':B <-> 'har':*B)";
        QTest::newRow("columns") << "{title company} : \"acme\"" << "'acme':AB";
        QTest::newRow("and not") << "(\"rust\" AND \"remote\" NOT (\"intern\" OR \"junior\"))"
                                 << "('rust' & 'remote' & !('intern' | 'junior'))";
        QTest::newRow("quote and backslash") << "\"o'neil\"" << "('o' <-> 'neil')";
        QTest::newRow("doubled quote") << "\"say \"\"hi\"\"\"" << "('say' <-> 'hi')";
        QTest::newRow("tokenchars") << "\"c++ c#\"" << "('cplusplus' <-> 'csharp')";
        QTest::newRow("accented") << "\"Zürich\"" << "'Zürich'";
        QTest::newRow("bare words") << "oracle ORacle NOTary" << "'oracle' & 'ORacle' & 'NOTary'";
    }

    void fullTextQueriesBecomeTsqueries()
    {
        QFETCH(QString, fts5);
        QFETCH(QString, tsquery);
        QCOMPARE(tsqueryFromFts5(fts5, FullTextIndex::Listings), tsquery);
    }

    void candidateColumnsHaveTheirOwnWeights()
    {
        QCOMPARE(tsqueryFromFts5(QStringLiteral("headline : \"nurse\""), FullTextIndex::Profiles),
                 QStringLiteral("'nurse':B"));
        QVERIFY(!test::errorOf([] {
                     tsqueryFromFts5(QStringLiteral("company : \"x\""), FullTextIndex::Profiles);
                 }).isEmpty());
    }

    void likeRunsCaseInsensitivelyOnPostgreSql_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgresql");
        QTest::newRow("column") << "SELECT name FROM tags WHERE name LIKE ? ESCAPE '\\'"
                                << "SELECT name FROM tags WHERE name COLLATE \"default\" ILIKE ? ESCAPE '\\'";
        QTest::newRow("qualified")
            << "ON listings.title LIKE r.title_like ESCAPE '\\' WHERE"
            << "ON listings.title COLLATE \"default\" ILIKE r.title_like ESCAPE '\\' WHERE";
        QTest::newRow("not") << "WHERE name NOT LIKE 'sqlite_%'"
                             << "WHERE name COLLATE \"default\" NOT ILIKE 'sqlite_%'";
        QTest::newRow("two")
            << "a LIKE ? UNION SELECT b FROM t WHERE b LIKE ?"
            << "a COLLATE \"default\" ILIKE ? UNION SELECT b FROM t WHERE b COLLATE \"default\" ILIKE ?";
        QTest::newRow("none") << "SELECT 'LIKELY' FROM x" << "SELECT 'LIKELY' FROM x";
    }

    void likeRunsCaseInsensitivelyOnPostgreSql()
    {
        QFETCH(QString, sqlite);
        QFETCH(QString, postgresql);
        QCOMPARE(postgresqlStatement(sqlite), postgresql);
    }

    // SQLite's names of the functions that join an ordered list are PostgreSQL's string_agg and chr.
    void listsAreJoinedByPostgreSqlsFunctions_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgresql");
        QTest::newRow("separator character")
            << "SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM a) AS t"
            << "SELECT string_agg(alias, chr(31)) FROM (SELECT alias FROM a) AS t";
        QTest::newRow("separator string")
            << "(SELECT group_concat(name, ', ') FROM (SELECT name FROM t) AS n)"
            << "(SELECT string_agg(name, ', ') FROM (SELECT name FROM t) AS n)";
        QTest::newRow("whole words only")
            << "SELECT group_concat(x, char(9)), varchar(3), char_length(x), my_group_concat(y) FROM t"
            << "SELECT string_agg(x, chr(9)), varchar(3), char_length(x), my_group_concat(y) FROM t";
    }

    void listsAreJoinedByPostgreSqlsFunctions()
    {
        QFETCH(QString, sqlite);
        QFETCH(QString, postgresql);
        QCOMPARE(postgresqlStatement(sqlite), postgresql);
    }

    // Every full-text query the compiler writes for the search-language lines of docs/search.md's
    // examples has a tsquery form.
    void everyCompiledLineTranslates_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("candidates");
        for (const char *line :
             {"senior rust", "rust -intern", "\"machine learning\" OR \"data science\"", "title:engineer",
              "company:\"blue harbor\" remote", "-intern -junior", "(rust OR go) -php", "eng", "c++ c#",
              "(title:lead OR title:principal) location:berlin", "o'neil", "naïve café"}) {
            QTest::addRow("%s", line) << QString::fromUtf8(line) << false;
            QTest::addRow("%s (candidates)", line) << QString::fromUtf8(line) << true;
        }
    }

    void everyCompiledLineTranslates()
    {
        QFETCH(QString, line);
        QFETCH(bool, candidates);
        const std::unique_ptr<SqlDialect> postgresql = SqlDialect::postgresql();
        search::CompileContext context;
        context.dialect = postgresql.get();
        if (candidates)
            context.target = search::SearchTarget::Candidates;
        const search::CompiledSearch compiled = search::compileSearch(line, context);
        if (!compiled.ok()) {
            // company: does not apply to candidates; the refusal is the search language's
            QVERIFY(candidates);
            return;
        }
        QVERIFY(compiled.filter.condition.contains(QLatin1String("to_tsquery('jobdesk', ?)")));
        for (const QVariant &value : compiled.filter.values)
            QVERIFY2(!value.toString().contains(QLatin1Char('"')), qPrintable(value.toString()));
    }
};

QTEST_GUILESS_MAIN(TestLibraryLocation)
#include "tst_librarylocation.moc"
