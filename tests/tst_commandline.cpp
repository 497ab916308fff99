// The real executable from a shell: version, help, usage errors, import and list without a display.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace jobdesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runJobdesk(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    // Commands must not need a display: run them with none.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (!extra.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("JOBDESK_BINARY"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
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
