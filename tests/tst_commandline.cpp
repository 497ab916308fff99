// The real executable from a shell: version, help, usage errors, import, list, search and export without
// a display.
#include "testsupport.h"

#include "store/database.h"
#include "store/sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jobdesk;

namespace {

using test::Run;
using test::runJobdesk;

QString jobicy()
{
    return test::sharedData(QStringLiteral("listings/remote-boards-2025/jobicy_jobs.json"));
}

// "company|url" of every listing of a library, sorted, as `list --format json` prints them.
QStringList companiesAndLinks(const QString &library)
{
    const Run run = runJobdesk({QStringLiteral("list"), QStringLiteral("--database"), library,
                                QStringLiteral("--format"), QStringLiteral("json")});
    QStringList result;
    for (const QJsonValue &listing : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        result.append(listing[QLatin1String("company")].toString() + QLatin1Char('|') +
                      listing[QLatin1String("url")].toString());
    }
    result.sort();
    return result;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("JOBDESK_BINARY"), "JOBDESK_BINARY is not set");
    }

    void printsItsVersion()
    {
        const Run run = runJobdesk({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("jobdesk " JOBDESK_VERSION));
    }

    void printsHelp()
    {
        const Run run = runJobdesk({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Usage: jobdesk")));
        QVERIFY(run.out.contains(QStringLiteral("--database")));
        QVERIFY(run.out.contains(QStringLiteral("import")));
        QVERIFY(run.out.contains(QStringLiteral("list")));
    }

    void unknownOptionIsAUsageError()
    {
        const Run run = runJobdesk({QStringLiteral("--frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
        QVERIFY(run.err.contains(QStringLiteral("Usage: jobdesk")));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = runJobdesk({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    }

    void badCommandOptionIsAUsageError()
    {
        QCOMPARE(
            runJobdesk({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("many")}).exitCode,
            2);
        QCOMPARE(
            runJobdesk({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode,
            2);
        QCOMPARE(
            runJobdesk({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-3")}).exitCode,
            2);
        QCOMPARE(runJobdesk({QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(
            runJobdesk({QStringLiteral("import"), QStringLiteral("--nope"), QStringLiteral("x")}).exitCode,
            2);
    }

    void withoutADisplayTheWindowExplainsInsteadOfCrashing()
    {
        test::TempLibrary dir;
        const Run run = runJobdesk({QStringLiteral("--database"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no display")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("xvfb-run")));
    }

    void importsAndListsFromTheShell()
    {
        test::TempLibrary dir;
        const QString file = test::sharedData(QStringLiteral("listings/remote-boards-2025/jobicy_jobs.json"));
        const Run imported =
            runJobdesk({QStringLiteral("import"), QStringLiteral("--database"), dir.path(), file});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out.trimmed(),
                 QStringLiteral("imported: 30 new, 0 updated, 0 duplicates, 0 failed"));

        const Run again =
            runJobdesk({QStringLiteral("import"), QStringLiteral("--database"), dir.path(), file});
        QCOMPARE(again.out.trimmed(), QStringLiteral("imported: 0 new, 0 updated, 30 duplicates, 0 failed"));

        const Run count = runJobdesk(
            {QStringLiteral("list"), QStringLiteral("--database"), dir.path(), QStringLiteral("--count")});
        QCOMPARE(count.exitCode, 0);
        QCOMPARE(count.out.trimmed(), QStringLiteral("30"));

        const Run tsv = runJobdesk({QStringLiteral("list"), QStringLiteral("--database"), dir.path(),
                                    QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(tsv.exitCode, 0);
        const QStringList lines = tsv.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        for (const QString &line : lines)
            QCOMPARE(line.split(QLatin1Char('\t')).size(), 7);

        const Run json = runJobdesk({QStringLiteral("list"), QStringLiteral("--database"), dir.path(),
                                     QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray listings = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(listings.size(), 3);
        for (const QJsonValue &listing : listings) {
            QVERIFY(!listing[QLatin1String("title")].toString().isEmpty());
            QVERIFY(!listing[QLatin1String("description")].toString().isEmpty());
            QVERIFY(listing[QLatin1String("posted")].toString().startsWith(QStringLiteral("2025-")));
        }
    }

    void listsWhatAQueryMatches()
    {
        test::TempLibrary dir;
        QCOMPARE(runJobdesk({QStringLiteral("import"), QStringLiteral("--database"), dir.path(), jobicy()})
                     .exitCode,
                 0);
        const Run run = runJobdesk({QStringLiteral("list"), QStringLiteral("--database"), dir.path(),
                                    QStringLiteral("--query"), QStringLiteral("company:crowdstrike")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        // Newest first, as the window lists them.
        QCOMPARE(lines.at(0).section(QLatin1Char('\t'), 1, 2),
                 QStringLiteral("Channel Solution Architect (Remote, POL)\tCrowdStrike"));
        QCOMPARE(lines.at(1).section(QLatin1Char('\t'), 1, 2),
                 QStringLiteral("Sr. Security Researcher (Remote, GBR)\tCrowdStrike"));

        const Run counted =
            runJobdesk({QStringLiteral("list"), QStringLiteral("--database"), dir.path(),
                        QStringLiteral("--query=location:poland"), QStringLiteral("--count")});
        QCOMPARE(counted.exitCode, 0);
        QCOMPARE(counted.out.trimmed(), QStringLiteral("4"));
        const Run limited = runJobdesk({QStringLiteral("list"), QStringLiteral("--database"), dir.path(),
                                        QStringLiteral("--query"), QStringLiteral("company:varicent"),
                                        QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(limited.out.trimmed().split(QLatin1Char('\n')).size(), 2);
    }

    void aBadQueryPointsAtItsMistake()
    {
        test::TempLibrary dir;
        const QString query = QStringLiteral("senior salary>=lots");
        const Run run = runJobdesk({QStringLiteral("list"), QStringLiteral("--database"), dir.path(),
                                    QStringLiteral("--query"), query});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        // jobdesk: query:COLUMN: message, then the query and carets under the part in question.
        const QStringList lines = run.err.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3, qPrintable(run.err));
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("jobdesk: query:")), qPrintable(run.err));
        bool numeric = false;
        const int column = lines.at(0).section(QLatin1Char(':'), 2, 2).toInt(&numeric);
        QVERIFY2(numeric && column >= 1, qPrintable(run.err));
        QVERIFY(lines.at(0).section(QLatin1Char(':'), 3).contains(QStringLiteral("number")));
        QCOMPARE(lines.at(1), QStringLiteral("  ") + query);
        const QString carets = lines.at(2);
        QCOMPARE(carets.indexOf(QLatin1Char('^')), 2 + column - 1);
        const qsizetype width = carets.lastIndexOf(QLatin1Char('^')) - carets.indexOf(QLatin1Char('^')) + 1;
        QCOMPARE(carets.mid(2, column - 1).trimmed(), QString());
        QCOMPARE(query.mid(column - 1, width), QStringLiteral("lots"));
        // The query is read before the library: a mistyped one does not create a library.
        QVERIFY(!QFile::exists(dir.path()));
    }

    void hiddenListingsAreLeftOutUnlessAsked()
    {
        test::TempLibrary dir;
        QCOMPARE(runJobdesk({QStringLiteral("import"), QStringLiteral("--database"), dir.path(), jobicy()})
                     .exitCode,
                 0);
        {
            Database db(dir.path());
            sql::run(db.connection(),
                     QStringLiteral("INSERT INTO annotations (listing_id, hidden, updated_at) "
                                    "SELECT id, 1, 0 FROM listings WHERE title LIKE 'Channel Solution%'"));
        }
        const QStringList list{QStringLiteral("list"), QStringLiteral("--database"), dir.path()};
        QCOMPARE(runJobdesk(list + QStringList{QStringLiteral("--count")}).out.trimmed(),
                 QStringLiteral("29"));
        QCOMPARE(runJobdesk(list + QStringList{QStringLiteral("--count"), QStringLiteral("--include-hidden")})
                     .out.trimmed(),
                 QStringLiteral("30"));
        const Run crowd =
            runJobdesk(list + QStringList{QStringLiteral("--query"), QStringLiteral("company:crowdstrike")});
        QCOMPARE(crowd.out.trimmed().split(QLatin1Char('\n')).size(), 1);
        QVERIFY(crowd.out.contains(QStringLiteral("Sr. Security Researcher")));
    }

    void csvAndJobPostingsReadBack()
    {
        test::TempLibrary dir;
        QCOMPARE(runJobdesk({QStringLiteral("import"), QStringLiteral("--database"), dir.path(), jobicy()})
                     .exitCode,
                 0);
        const QStringList list{QStringLiteral("list"), QStringLiteral("--database"), dir.path(),
                               QStringLiteral("--format")};
        const Run csv = runJobdesk(list + QStringList{QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(QStringLiteral("id,title,company,location,workplace,")));
        const Run jsonld = runJobdesk(list + QStringList{QStringLiteral("jsonld")});
        QCOMPARE(jsonld.exitCode, 0);
        const QJsonArray postings = QJsonDocument::fromJson(jsonld.out.toUtf8()).array();
        QCOMPARE(postings.size(), 30);
        for (const QJsonValue &posting : postings)
            QCOMPARE(posting[QLatin1String("@type")].toString(), QStringLiteral("JobPosting"));

        // Each reads back into a fresh library: the same listings (by company and link).
        const QStringList original = companiesAndLinks(dir.path());
        QCOMPARE(original.size(), 30);
        for (const auto &[name, content] : {std::pair{QStringLiteral("listings.csv"), csv.out},
                                            std::pair{QStringLiteral("listings.json"), jsonld.out}}) {
            const QString file = dir.filePath(name);
            test::writeFile(file, content.toUtf8());
            const QString fresh = dir.filePath(name + QStringLiteral(".sqlite"));
            const Run imported =
                runJobdesk({QStringLiteral("import"), QStringLiteral("--database"), fresh, file});
            QCOMPARE(imported.exitCode, 0);
            QCOMPARE(imported.out.trimmed(),
                     QStringLiteral("imported: 30 new, 0 updated, 0 duplicates, 0 failed"));
            QCOMPARE(companiesAndLinks(fresh), original);
        }
    }

    void failedImportSaysWhereAndExitsOne()
    {
        test::TempLibrary dir;
        const QString file = dir.filePath(QStringLiteral("broken.json"));
        test::writeFile(file, "[{\"title\": \"A\"},\n{\"title\": ");
        const Run run =
            runJobdesk({QStringLiteral("import"), QStringLiteral("--database"), dir.path(), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(file + QStringLiteral(": not valid JSON at line 2")), qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("imported: 0 new, 0 updated, 0 duplicates, 1 failed"));
        QCOMPARE(runJobdesk({QStringLiteral("list"), QStringLiteral("--database"), dir.path(),
                             QStringLiteral("--count")})
                     .out.trimmed(),
                 QStringLiteral("0"));
    }

    void refusesAFileThatIsNotALibrary()
    {
        test::TempLibrary dir;
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        test::writeFile(notes, "my notes\n");
        const Run run = runJobdesk({QStringLiteral("list"), QStringLiteral("--database"), notes});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("not a Jobdesk library")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
