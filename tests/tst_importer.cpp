// Importing JSON and JSON Lines files: real board exports, bad records reported with their place,
// broken files rejected whole, re-imports idempotent.
#include "testsupport.h"

#include "import/importer.h"
#include "skills/skillreextraction.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

const QDateTime importTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);

std::optional<Listing> findByTitle(const Database &db, const QString &title)
{
    const QVariant id =
        sql::scalar(db.connection(), QStringLiteral("SELECT id FROM listings WHERE title = ?"), {title});
    return id.isValid() ? ListingRepository(db).find(id.toLongLong()) : std::nullopt;
}

qint64 indexedCount(const Database &db)
{
    return test::indexedListings(db);
}

QList<qint64> search(const Database &db, const QString &ftsQuery)
{
    QList<qint64> ids;
    QSqlQuery query = sql::run(
        db.connection(),
        QStringLiteral("SELECT id FROM listings WHERE %1 ORDER BY id").arg(db.dialect().fullTextCondition()),
        {ftsQuery});
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsRemotiveExport()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QString file =
            test::sharedData(QStringLiteral("listings/remote-boards-2025/remotive_jobs.json"));
        const ImportReport report = Importer(db).importFile(file, test::importAt(importTime));
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.inserted, 95);
        QCOMPARE(ListingRepository(db).count(), 95);

        const auto vetsez = findByTitle(db, QStringLiteral("SQL Developer / Data Analyst"));
        QVERIFY(vetsez);
        QCOMPARE(vetsez->company, QStringLiteral("VetsEZ"));
        QCOMPARE(vetsez->locationText(), QStringLiteral("USA"));
        QCOMPARE(vetsez->postedAt.date(), QDate(2025, 7, 28));
        QCOMPARE(vetsez->employmentType, EmploymentType::FullTime);
        QCOMPARE(vetsez->url,
                 QStringLiteral("https://remotive.com/remote-jobs/data/sql-developer-data-analyst-2040721"));
        QVERIFY(vetsez->description.contains(QStringLiteral("federal healthcare program")));
        QVERIFY(!vetsez->description.contains(QLatin1Char('<')));
        QVERIFY(vetsez->descriptionHtml.contains(QStringLiteral("<strong>")));
        QCOMPARE(vetsez->rawFormat, QStringLiteral("json"));
        QVERIFY(vetsez->rawSource.contains(QStringLiteral("2040721")));

        // Salaries are parsed where the board states them, and never invented where it does not.
        const int withSalary =
            sql::scalar(db.connection(),
                        QStringLiteral("SELECT count(*) FROM listings WHERE salary_yearly IS NOT NULL"))
                .toInt();
        QVERIFY2(withSalary >= 35, qPrintable(QString::number(withSalary)));
        QVERIFY(withSalary <= 51);
        const auto salaryOf = [&](const QString &company) {
            const QVariant id = sql::scalar(
                db.connection(), QStringLiteral("SELECT id FROM listings WHERE company = ?"), {company});
            return ListingRepository(db).find(id.toLongLong())->salary;
        };
        QCOMPARE(salaryOf(QStringLiteral("Capio Group")),
                 (Salary{120000.0, 130000.0, QStringLiteral("USD"), SalaryPeriod::Year}));
        QCOMPARE(salaryOf(QStringLiteral("Telia Global Services Lithuania")),
                 (Salary{3043.0, 4565.0, QStringLiteral("EUR"), SalaryPeriod::Month}));
        QCOMPARE(salaryOf(QStringLiteral("Panoptyc")),
                 (Salary{4.0, 7.0, QStringLiteral("USD"), SalaryPeriod::Hour}));
    }

    void importsJobicyExport()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QString file = test::sharedData(QStringLiteral("listings/remote-boards-2025/jobicy_jobs.json"));
        const ImportReport report = Importer(db).importFile(file, test::importAt(importTime));
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.inserted + report.updated + report.unchanged, 30);
        const auto listing = findByTitle(db, QStringLiteral("Channel Solution Architect (Remote, POL)"));
        QVERIFY(listing);
        QCOMPARE(listing->company, QStringLiteral("CrowdStrike"));
        QCOMPARE(listing->workplace, Workplace::Remote);
        QCOMPARE(listing->postedAt, QDateTime(QDate(2025, 7, 11), QTime(19, 17, 50), QTimeZone::UTC));
        QVERIFY(listing->descriptionHtml.contains(QStringLiteral("<p>")));
        QVERIFY(listing->description.contains(QStringLiteral("CrowdStrike protects")));
    }

    void reimportIsIdempotent()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QString file =
            test::sharedData(QStringLiteral("listings/remote-boards-2025/remotive_jobs.json"));
        Importer importer(db);
        importer.importFile(file, test::importAt(importTime));
        const QStringList before = test::dumpTables(db);
        const ImportReport again = importer.importFile(file, test::importAt(importTime.addDays(2)));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 95);
        QCOMPARE(test::dumpTables(db), before);
        QCOMPARE(again.summary(), QStringLiteral("imported: 0 new, 0 updated, 95 duplicates, 0 failed"));
    }

    void reimportingFilesThatShareListingsChangesNothing()
    {
        // The LinkedIn/Indeed files repeat postings across files with different columns: the second
        // import must still find every record already known.
        test::TempLibrary dir;
        Database db(dir.path());
        Importer importer(db);
        const QString folder = test::sharedData(QStringLiteral("listings/linkedin-indeed-ca-2018"));
        const ImportReport first = importer.importPaths({folder}, test::importAt(importTime));
        QVERIFY(first.updated > 0); // the same posting met again in another file
        const QStringList before = test::dumpTables(db);
        const ImportReport again = importer.importPaths({folder}, test::importAt(importTime.addDays(1)));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, first.inserted + first.updated + first.unchanged);
        QCOMPARE(test::dumpTables(db), before);
    }

    void badLinesAreReportedAndGoodOnesImported()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QString file = dir.filePath(QStringLiteral("mixed.jsonl"));
        test::writeFile(
            file,
            "{\"title\": \"Rust Engineer\", \"company\": \"Ferrous\", \"url\": \"https://x.example/1\"}\n"
            "\n"
            "{\"title\": \"Broken\", \"company\": \n"
            "[1, 2, 3]\n"
            "{\"company\": \"No Title Inc\"}\n"
            "{\"title\": \"Go Engineer\", \"salary\": \"$140k-$160k\"}\n");
        const ImportReport report = Importer(db).importFile(file, test::importAt(importTime));
        QCOMPARE(report.inserted, 2);
        QCOMPARE(report.failed, 3);
        QCOMPARE(report.problems.size(), 3);
        QCOMPARE(report.problems.at(0).file, file);
        QCOMPARE(report.problems.at(0).record, 3);
        QVERIFY(report.problems.at(0).reason.contains(QStringLiteral("not valid JSON")));
        QCOMPARE(report.problems.at(1).record, 4);
        QCOMPARE(report.problems.at(2).record, 5);
        QVERIFY(report.problems.at(2).reason.contains(QStringLiteral("no title")));
        const auto go = findByTitle(db, QStringLiteral("Go Engineer"));
        QCOMPARE(*go->salary.min, 140000.0);
        QCOMPARE(go->salary.currency, QStringLiteral("USD"));
    }

    void brokenFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated JSON")
            << QByteArray("[{\"title\": \"A\"}, {\"title\": \"B\"") << "not valid JSON";
        QTest::newRow("empty") << QByteArray("  \n") << "empty";
        QTest::newRow("invalid UTF-8") << QByteArray("[{\"title\": \"\xff\xfe bad\"}") << "not valid JSON";
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                              16)
                                << "not a text file";
    }

    void brokenFilesChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        test::TempLibrary dir;
        Database db(dir.path());
        Importer importer(db);
        importer.importFile(test::sharedData(QStringLiteral("listings/remote-boards-2025/jobicy_jobs.json")),
                            test::importAt(importTime));
        const QStringList before = test::dumpTables(db);
        const QString file = dir.filePath(QStringLiteral("broken.json"));
        test::writeFile(file, content);
        const ImportReport report = importer.importFile(file, test::importAt(importTime));
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.inserted, 0);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().file, file);
        QVERIFY2(report.problems.first().reason.contains(reason), qPrintable(report.problems.first().reason));
        QCOMPARE(test::dumpTables(db), before);
    }

    void parseErrorsNameTheLine()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QString file = dir.filePath(QStringLiteral("broken.json"));
        test::writeFile(file, "[\n  {\"title\": \"A\"},\n  {\"title\": \"B\",,}\n]\n");
        const ImportReport report = Importer(db).importFile(file, test::importAt(importTime));
        QVERIFY2(report.problems.first().reason.contains(QStringLiteral("line 3")),
                 qPrintable(report.problems.first().reason));
    }

    void cancellingRollsBackTheFileBeingRead()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        Importer importer(db);
        // The shipped skills dictionary is installed on a library's first import, like a migration;
        // what must not stay is anything of the file.
        ensureSkillsCurrent(db);
        const QStringList before = test::dumpTables(db);
        ImportOptions options = test::importAt(importTime);
        int calls = 0;
        options.progress = [&](const ImportProgress &progress) {
            ++calls;
            return progress.records < 64; // stop part-way through the file
        };
        const ImportReport report = importer.importFile(
            test::sharedData(QStringLiteral("listings/remote-boards-2025/remotive_jobs.json")), options);
        QVERIFY(report.cancelled);
        QCOMPARE(report.inserted, 0);
        QVERIFY(calls >= 2);
        QCOMPARE(test::dumpTables(db), before);
        QCOMPARE(indexedCount(db), 0);

        // The same file imported afterwards is indexed whole, each listing once.
        const ImportReport again = importer.importFile(
            test::sharedData(QStringLiteral("listings/remote-boards-2025/remotive_jobs.json")),
            test::importAt(importTime));
        QCOMPARE(again.inserted, 95);
        QCOMPARE(indexedCount(db), 95);
    }

    // The importer indexes new listings in batches (migration 011 dropped the per-row trigger): after an
    // import every listing is searchable, once; re-imports and updates keep it so.
    void importedListingsAreSearchable()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        Importer importer(db);
        const QString file = dir.filePath(QStringLiteral("many.jsonl"));
        QByteArray lines;
        for (int i = 0; i < 1300; ++i) {
            lines += "{\"title\": \"Engineer " + QByteArray::number(i) +
                     "\", \"company\": \"Acme\", \"url\": \"https://jobs.example.com/" +
                     QByteArray::number(i) + "\", \"description\": \"Kubernetes and marker" +
                     QByteArray::number(i) + "\"}\n";
        }
        test::writeFile(file, lines);
        QCOMPARE(importer.importFile(file, test::importAt(importTime)).inserted, 1300);
        QCOMPARE(indexedCount(db), 1300);
        QCOMPARE(search(db, QStringLiteral("kubernetes")).size(), 1300);
        QCOMPARE(search(db, QStringLiteral("marker1299")).size(), 1);

        QCOMPARE(importer.importFile(file, test::importAt(importTime)).unchanged, 1300);
        QCOMPARE(indexedCount(db), 1300);

        // A record changed, and a new one that a later line of the same file updates again.
        test::writeFile(file,
                        "{\"title\": \"Engineer 5\", \"company\": \"Acme\", "
                        "\"url\": \"https://jobs.example.com/5\", \"description\": \"Now Elixir\"}\n"
                        "{\"title\": \"New\", \"company\": \"Beta\", "
                        "\"url\": \"https://jobs.example.com/new\", \"description\": \"first text\"}\n"
                        "{\"title\": \"New\", \"company\": \"Beta\", "
                        "\"url\": \"https://jobs.example.com/new\", \"description\": \"second text\"}\n");
        const ImportReport changed = importer.importFile(file, test::importAt(importTime));
        QCOMPARE(changed.inserted, 1);
        QCOMPARE(changed.updated, 2);
        QCOMPARE(indexedCount(db), 1301);
        QCOMPARE(search(db, QStringLiteral("elixir")).size(), 1);
        QCOMPARE(search(db, QStringLiteral("marker5")).size(), 0);
        QCOMPARE(search(db, QStringLiteral("second")).size(), 1);
        QCOMPARE(search(db, QStringLiteral("first")).size(), 0);
        QVERIFY(test::fullTextIndexIsExact(db));
    }

    void foldersAreReadRecursivelyWithoutFollowingLinks()
    {
        test::TempLibrary dir;
        QDir root(dir.filePath(QStringLiteral("inbox")));
        QVERIFY(root.mkpath(QStringLiteral("boards/remote")));
        QFile::copy(test::sharedData(QStringLiteral("listings/remote-boards-2025/jobicy_jobs.json")),
                    root.filePath(QStringLiteral("boards/remote/jobicy.json")));
        test::writeFile(root.filePath(QStringLiteral("one.jsonl")), "{\"title\": \"Kotlin Developer\"}\n");
        test::writeFile(root.filePath(QStringLiteral("notes.pdf")), "%PDF-1.4 not a listing");
        // A link back to the folder itself: following it would never end.
        QVERIFY(QFile::link(root.path(), root.filePath(QStringLiteral("boards/loop"))));
        Database db(dir.path());
        const ImportReport report = Importer(db).importPaths({root.path()}, test::importAt(importTime));
        QCOMPARE(report.files, 2);
        QCOMPARE(report.inserted, 31);
        QCOMPARE(report.failed, 0);
    }

    void missingPathsAreReportedAndTheRestImported()
    {
        test::TempLibrary dir;
        const QString good = dir.filePath(QStringLiteral("good.jsonl"));
        test::writeFile(good, "{\"title\": \"Elixir Developer\"}\n");
        Database db(dir.path());
        const ImportReport report = Importer(db).importPaths(
            {dir.filePath(QStringLiteral("missing.json")), good}, test::importAt(importTime));
        QCOMPARE(report.inserted, 1);
        QCOMPARE(report.failed, 1);
        QVERIFY(report.problems.first().reason.contains(QStringLiteral("no such file")));
    }

    void missingFileIsReported()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const ImportReport report =
            Importer(db).importFile(dir.filePath(QStringLiteral("nope.json")), test::importAt(importTime));
        QCOMPARE(report.failed, 1);
        QVERIFY(report.problems.first().file.endsWith(QStringLiteral("nope.json")));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
