// Hostile and broken files through the whole importer, into a library that already holds real
// listings: each gets a message that names the file and the place, leaves every table (the full-text
// index's included) exactly as it was, reads nothing from outside the file and ends (ctest's timeout
// is the hang detector). Cases of issue 8; docs/reliability.md lists them.
#include "testsupport.h"

#include "import/importer.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

const QDateTime importTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);

// A digest of every row of every table (the FTS5 shadow tables included, the virtual tables
// themselves not: they only show those).
QByteArray fingerprint(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables =
        sql::run(db.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                                 "sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : names) {
        hash.addData(name.toUtf8());
        QSqlQuery rows =
            sql::run(db.connection(), QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                hash.addData(rows.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
        }
    }
    return hash.result();
}

QString problems(const ImportReport &report)
{
    QStringList lines;
    for (const ImportProblem &problem : report.problems)
        lines.append(QStringLiteral("%1 #%2: %3").arg(problem.file).arg(problem.record).arg(problem.reason));
    return lines.join(QLatin1Char('\n'));
}

QByteArray jsonLine(const QString &title, const QString &company, const QString &url)
{
    return QStringLiteral("{\"title\": \"%1\", \"company\": \"%2\", \"url\": \"%3\", \"description\": "
                          "\"Build things.\"}")
               .arg(title, company, url)
               .toUtf8() +
           '\n';
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

    test::TempLibrary m_dir;
    std::unique_ptr<Database> m_db;
    QByteArray m_before;

    // Imports `path` and checks the library did not change; returns the report for the caller's checks
    // of the message.
    ImportReport importRefused(const QString &path)
    {
        const ImportReport report = Importer(*m_db).importFile(path, test::importAt(importTime));
        [&] {
            QVERIFY2(!report.problems.isEmpty(), "no problem reported");
            for (const ImportProblem &problem : report.problems)
                QCOMPARE(problem.file, path);
            QCOMPARE(report.inserted + report.updated, 0);
            QCOMPARE(fingerprint(*m_db), m_before);
        }();
        return report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = std::make_unique<Database>(m_dir.path());
        const ImportReport seed = Importer(*m_db).importFile(
            test::sharedData(QStringLiteral("listings/remote-boards-2025/remotive_jobs.json")),
            test::importAt(importTime));
        QCOMPARE(seed.inserted, 95);
        m_before = fingerprint(*m_db);
    }

    // Each case starts from the library initTestCase() made (a case that imports on purpose changes it).
    void init()
    {
        if (fingerprint(*m_db) != m_before)
            restore();
    }

    void invalidUtf8InAUtf8FileIsRefusedAtItsLine()
    {
        // Marked as UTF-8 by its byte-order mark, then bytes that are not UTF-8 on line 2. (Without a mark
        // and without any UTF-8 character such a file is read as Windows-1252, as spreadsheets write it.)
        const QString path = m_dir.filePath(QStringLiteral("invalid-utf8.jsonl"));
        QByteArray bad = "\xEF\xBB\xBF" + jsonLine(QStringLiteral("Valid"), QStringLiteral("Acme"),
                                                   QStringLiteral("https://a.example/1"));
        bad += "{\"title\": \"Broken \xC3\x28\xFF\xFE\", \"company\": \"Acme\"}\n";
        test::writeFile(path, bad);
        const ImportReport report = importRefused(path);
        QVERIFY2(problems(report).contains(QLatin1String("UTF-8")), qPrintable(problems(report)));
        QVERIFY2(problems(report).contains(QLatin1String("line 2")), qPrintable(problems(report)));
    }

    void mixedEncodingsAreRefusedAtTheFirstForeignByte()
    {
        // UTF-8 ("Zürich") and then a Windows-1252 line ("Café" with a lone 0xE9).
        const QString path = m_dir.filePath(QStringLiteral("mixed.csv"));
        test::writeFile(path,
                        "title,company,location\nEngineer,Acme,Z\xC3\xBCrich\nWaiter,Caf\xE9 Noir,Paris\n");
        const ImportReport report = importRefused(path);
        QVERIFY2(problems(report).contains(QLatin1String("line 3")), qPrintable(problems(report)));
    }

    void nulBytesAreRefusedWithTheirOffset()
    {
        const QString path = m_dir.filePath(QStringLiteral("nul.jsonl"));
        QByteArray data = jsonLine(QStringLiteral("Before NUL"), QStringLiteral("Acme"),
                                   QStringLiteral("https://a.example/2"));
        data += QByteArray("{\"title\": \"a\0b\"}\n", 17);
        test::writeFile(path, data);
        const ImportReport report = importRefused(path);
        QVERIFY2(problems(report).contains(QLatin1String("byte")), qPrintable(problems(report)));
    }

    void aSingleLineOf200MegabytesIsRefusedWithoutReadingItWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("one-line.jsonl"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"title\": \"Huge\", \"company\": \"Acme\", \"description\": \"");
            const QByteArray chunk(1 << 20, 'a');
            for (int i = 0; i < 200; ++i)
                QCOMPARE(file.write(chunk), chunk.size());
            file.write("\"}\n");
        }
        const ImportReport report = importRefused(path);
        QVERIFY2(problems(report).contains(QLatin1String("line 1")) ||
                     report.problems.constFirst().record == 1,
                 qPrintable(problems(report)));
        QVERIFY2(problems(report).contains(QLatin1String("MiB")), qPrintable(problems(report)));
        QFile::remove(path);
    }

    void jsonNested100000LevelsDeepIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("json") << QStringLiteral("deep.json") << deep;
        QTest::newRow("jsonl") << QStringLiteral("deep.jsonl")
                               << QByteArray("{\"title\": \"x\", \"a\": ") + deep + "}\n";
        QTest::newRow("json-ld in html")
            << QStringLiteral("deep.html")
            << QByteArray("<html><script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"x\": ") +
                   deep + "}</script></html>";
    }

    void jsonNested100000LevelsDeepIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(name);
        test::writeFile(path, content);
        const ImportReport report = importRefused(path);
        QVERIFY2(problems(report).contains(QLatin1String("deep")) ||
                     problems(report).contains(QLatin1String("nest")),
                 qPrintable(problems(report)));
    }

    void xmlEntityExpansionIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("laughs.rss"));
        QByteArray entities = "<!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= 9; ++i) {
            QByteArray body;
            for (int j = 0; j < 10; ++j)
                body += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
            entities += "<!ENTITY lol" + QByteArray::number(i) + " \"" + body + "\">\n";
        }
        test::writeFile(path,
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + entities +
                            "]>\n<rss version=\"2.0\"><channel><title>Jobs</title><item><title>&lol9;</title>"
                            "<link>https://a.example/9</link></item></channel></rss>\n");
        const ImportReport report = importRefused(path);
        QVERIFY2(problems(report).contains(QLatin1String("line")), qPrintable(problems(report)));
    }

    void xmlExternalEntitiesAreNeverRead()
    {
        const QString secret = m_dir.filePath(QStringLiteral("secret.txt"));
        test::writeFile(secret, "TOP-SECRET-7c1e\n");
        const QString path = m_dir.filePath(QStringLiteral("external.rss"));
        test::writeFile(path,
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM \"file://" +
                            secret.toUtf8() +
                            "\">\n]>\n<rss version=\"2.0\"><channel><title>Jobs</title><item><title>Leak "
                            "&xxe;</title><link>https://a.example/x</link><description>&xxe;</description>"
                            "</item></channel></rss>\n");
        const ImportReport report = Importer(*m_db).importFile(path, test::importAt(importTime));
        const QStringList rows = test::dumpTables(*m_db);
        QVERIFY(!rows.join(QLatin1Char('\n')).contains(QLatin1String("TOP-SECRET")));
        QVERIFY2(report.inserted == 0 && !report.problems.isEmpty(), qPrintable(problems(report)));
        QCOMPARE(fingerprint(*m_db), m_before);
    }

    void csvWithTenThousandColumnsImportsAndWiderIsRefused_data()
    {
        QTest::addColumn<int>("extra");
        QTest::addColumn<bool>("imports");
        // Up to 20,000 columns a CSV is read (in time linear in its size, only the mapped columns kept);
        // a wider header is refused before any row is read.
        QTest::newRow("10,000 columns") << 10000 << true;
        QTest::newRow("30,000 columns") << 30000 << false;
    }

    void csvWithTenThousandColumnsImportsAndWiderIsRefused()
    {
        QFETCH(int, extra);
        QFETCH(bool, imports);
        const QString path = m_dir.filePath(QStringLiteral("wide.csv"));
        QByteArrayList header{"title", "company"};
        QByteArrayList row{"Wide Engineer", "Acme"};
        for (int i = 0; i < extra; ++i) {
            header.append("c" + QByteArray::number(i));
            row.append(QByteArray::number(i));
        }
        test::writeFile(path, header.join(',') + '\n' + row.join(',') + '\n');
        if (!imports) {
            const ImportReport report = importRefused(path);
            QVERIFY2(problems(report).contains(QLatin1String("header row has 30002 columns")),
                     qPrintable(problems(report)));
            return;
        }
        const ImportReport report = Importer(*m_db).importFile(path, test::importAt(importTime));
        QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
        QCOMPARE(report.inserted, 1);
        QCOMPARE(sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT company FROM listings WHERE title = 'Wide Engineer'"))
                     .toString(),
                 QStringLiteral("Acme"));
    }

    void csvWithAnUnbalancedQuoteNamesWhereItOpens()
    {
        const QString path = m_dir.filePath(QStringLiteral("quote.csv"));
        test::writeFile(path, "title,company\nEngineer,Acme\n\"Designer,Beta\nAnalyst,Gamma\n");
        const ImportReport report = importRefused(path);
        QVERIFY2(problems(report).contains(QLatin1String("line 3")), qPrintable(problems(report)));
    }

    void numbersTooLargeForAnyTypeAreRefusedOrIgnored()
    {
        // 1e400 is no double: that record is refused at its line and column. Numbers a double holds but
        // no salary can be (a 30-digit integer, text salaries of 27 digits and 1e999) are not read as a
        // salary: the listings are kept without one.
        const QString path = m_dir.filePath(QStringLiteral("numbers.jsonl"));
        test::writeFile(
            path, "{\"title\": \"Big numbers\", \"company\": \"Acme\", \"url\": \"https://a.example/n\", "
                  "\"baseSalary\": {\"currency\": \"USD\", \"value\": {\"minValue\": 1e400, \"unitText\": "
                  "\"YEAR\"}}}\n"
                  "{\"title\": \"Big integer\", \"company\": \"Acme\", \"url\": \"https://a.example/i\", "
                  "\"baseSalary\": {\"currency\": \"USD\", \"value\": {\"minValue\": "
                  "123456789012345678901234567890, \"maxValue\": -1e308, \"unitText\": \"YEAR\"}}}\n"
                  "{\"title\": \"Big text salary\", \"company\": \"Acme\", \"url\": \"https://a.example/m\", "
                  "\"salary\": \"$99999999999999999999999999 - $1e999 a year\"}\n");
        const ImportReport report = Importer(*m_db).importFile(path, test::importAt(importTime));
        QVERIFY2(report.inserted == 2 && report.failed == 1, qPrintable(problems(report)));
        QCOMPARE(report.problems.constFirst().record, 1);
        QVERIFY2(report.problems.constFirst().reason.contains(QLatin1String("column")),
                 qPrintable(problems(report)));
        QSqlQuery rows =
            sql::run(m_db->connection(),
                     QStringLiteral("SELECT title, salary_min, salary_max, salary_yearly FROM listings "
                                    "WHERE title LIKE 'Big %' ORDER BY title"));
        QStringList stored;
        while (rows.next()) {
            stored.append(QStringLiteral("%1: %2 %3 %4")
                              .arg(rows.value(0).toString(), rows.value(1).toString(),
                                   rows.value(2).toString(), rows.value(3).toString()));
        }
        QCOMPARE(stored,
                 (QStringList{QStringLiteral("Big integer:   "), QStringLiteral("Big text salary:   ")}));
    }

    void scriptsFramesAndRemoteImagesAreStripped()
    {
        const QString path = m_dir.filePath(QStringLiteral("page.html"));
        test::writeFile(path,
                        "<html><head><script type=\"application/ld+json\">{\"@context\": "
                        "\"https://schema.org\", \"@type\": \"JobPosting\",\n"
                        "\"title\": \"Sanitised\", \"hiringOrganization\": {\"name\": \"Acme\"}, \"url\": "
                        "\"https://a.example/s\",\n"
                        "\"description\": \"<p>Real text</p><script>alert(1)<\\/script><iframe "
                        "src='https://evil.example/'></iframe><a href='javascript:alert(2)'>click</a><img "
                        "src='https://tracker.example/pixel.gif'><a href='file:///etc/passwd'>local</a><p "
                        "onclick='alert(3)'>More</p>\"}\n"
                        "</script></head><body></body></html>");
        const ImportReport report = Importer(*m_db).importFile(path, test::importAt(importTime));
        QCOMPARE(report.inserted, 1);
        const QString html =
            sql::scalar(m_db->connection(),
                        QStringLiteral("SELECT t.description_html FROM listing_text t JOIN listings l "
                                       "ON l.id = t.listing_id WHERE l.title = 'Sanitised'"))
                .toString();
        QVERIFY2(html.contains(QLatin1String("Real text")), qPrintable(html));
        for (const char *banned : {"<script", "alert(", "<iframe", "evil.example",
                                   "javascript:", "tracker.example", "file:", "onclick"})
            QVERIFY2(!html.contains(QLatin1String(banned), Qt::CaseInsensitive), qPrintable(html));
    }

    void aFileThatChangesWhileBeingReadIsRefused()
    {
        // Larger than one read block, so the import reads it in several; it is rewritten after the first.
        const QString path = m_dir.filePath(QStringLiteral("changing.jsonl"));
        QByteArray data;
        for (int i = 0; data.size() < 6 * 1024 * 1024; ++i)
            data += jsonLine(QStringLiteral("Changing %1").arg(i), QStringLiteral("Acme"),
                             QStringLiteral("https://a.example/c%1").arg(i));
        test::writeFile(path, data);
        ImportOptions options = test::importAt(importTime);
        bool changed = false;
        options.progress = [&](const ImportProgress &progress) {
            if (!changed && progress.records > 0) {
                changed = true;
                QFile file(path);
                if (file.open(QIODevice::ReadWrite)) {
                    file.resize(data.size() / 2);
                    file.seek(file.size());
                    file.write("\n{\"title\": \"Appended\"}\n");
                }
            }
            return true;
        };
        const ImportReport report = Importer(*m_db).importFile(path, options);
        QVERIFY(changed);
        QVERIFY2(problems(report).contains(QLatin1String("changed")), qPrintable(problems(report)));
        QCOMPARE(report.inserted, 0);
        QCOMPARE(fingerprint(*m_db), m_before);
    }

    void aFolderWithASymlinkLoopIsReadOnce()
    {
        QDir root(m_dir.filePath(QStringLiteral("loop")));
        QVERIFY(root.mkpath(QStringLiteral("inner")));
        QVERIFY(QFile::link(root.path(), root.filePath(QStringLiteral("inner/back"))));
        QVERIFY(
            QFile::link(root.filePath(QStringLiteral("inner")), root.filePath(QStringLiteral("inner/self"))));
        test::writeFile(root.filePath(QStringLiteral("inner/one.jsonl")),
                        jsonLine(QStringLiteral("Looped"), QStringLiteral("Acme"),
                                 QStringLiteral("https://a.example/l")));
        const QStringList files = Importer::expandPaths({root.path()}, nullptr);
        QCOMPARE(files, QStringList{root.filePath(QStringLiteral("inner/one.jsonl"))});
        const ImportReport report = Importer(*m_db).importPaths({root.path()}, test::importAt(importTime));
        QCOMPARE(report.inserted, 1);
    }

    void aFullDiskStopsTheImportAndChangesNothing()
    {
        // The disk fills up in the middle of an import: SQLite is told the file may not grow by more
        // than a few pages, the same SQLITE_FULL a full disk gives.
        const QSqlDatabase db = m_db->connection();
        const qint64 pages = sql::scalar(db, QStringLiteral("PRAGMA page_count")).toLongLong();
        sql::run(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8));
        const QString path =
            test::sharedData(QStringLiteral("listings/glassdoor-ds-2020/glassdoor_jobs.csv"));
        const ImportReport report = Importer(*m_db).importFile(path, test::importAt(importTime));
        sql::run(db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
        QVERIFY(!report.problems.isEmpty());
        QCOMPARE(report.problems.front().file, path);
        QVERIFY2(report.problems.front().reason.contains(QStringLiteral("the disk is full")),
                 qPrintable(report.problems.front().reason));
        QCOMPARE(report.inserted + report.updated, 0);
        QCOMPARE(fingerprint(*m_db), m_before);
        // With room again the same file imports: nothing was left half written in the way.
        const ImportReport again = Importer(*m_db).importFile(path, test::importAt(importTime));
        QVERIFY2(again.problems.isEmpty(), qPrintable(again.summary()));
        QVERIFY(again.inserted > 100);
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    }

private:
    // Puts the library back as initTestCase left it, after a case that imported on purpose.
    void restore()
    {
        m_db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_dir.path() + suffix);
        initTestCase();
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
