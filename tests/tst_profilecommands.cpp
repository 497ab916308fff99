// `jobdesk profile import` and `jobdesk profile list` through the real executable, without a display:
// output, re-import, --name, usage errors and a refused file.
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace jobdesk;

namespace {

using test::Run;
using test::runJobdesk;

QString resume(const char *file)
{
    return test::sharedData(QStringLiteral("formats/jsonresume/") + QLatin1String(file));
}

} // namespace

class TestProfileCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("JOBDESK_BINARY"), "JOBDESK_BINARY is not set");
    }

    void importsAndLists()
    {
        test::TempLibrary library;
        const QStringList database{QStringLiteral("--database"), library.path()};
        Run run = runJobdesk(QStringList{QStringLiteral("profile"), QStringLiteral("import"),
                                         resume("jsonresume.org_new-grad.resume.json")} +
                             database);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Created profile “Maya Okonkwo” with ")),
                 qPrintable(run.out));
        run = runJobdesk(QStringList{QStringLiteral("profile"), QStringLiteral("import"),
                                     resume("jsonresume.org_senior-engineer.resume.json"),
                                     QStringLiteral("--name"), QStringLiteral("Lena")} +
                         database);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Created profile “Lena” with ")), qPrintable(run.out));
        // Again: the same profile, updated.
        run = runJobdesk(QStringList{QStringLiteral("profile"), QStringLiteral("import"),
                                     resume("jsonresume.org_new-grad.resume.json")} +
                         database);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Updated profile “Maya Okonkwo”: ")), qPrintable(run.out));

        run = runJobdesk(QStringList{QStringLiteral("profile"), QStringLiteral("list")} + database);
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList lena = lines.at(0).split(QLatin1Char('\t'));
        const QStringList maya = lines.at(1).split(QLatin1Char('\t'));
        QCOMPARE(lena.mid(0, 2), (QStringList{QStringLiteral("Lena"), QStringLiteral("me")}));
        QCOMPARE(maya.mid(0, 2), (QStringList{QStringLiteral("Maya Okonkwo"), QStringLiteral("me")}));
        QVERIFY(lena.value(2).toInt() >= 10);
        QVERIFY(maya.value(2).toInt() >= 10);
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("^Maya Okonkwo\tme\t\\d+$"),
                                                     QRegularExpression::MultilineOption)),
                 qPrintable(run.out));
    }

    void listOfAnEmptyLibraryIsEmpty()
    {
        test::TempLibrary library;
        const Run run = runJobdesk({QStringLiteral("profile"), QStringLiteral("list"),
                                    QStringLiteral("--database"), library.path()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
    }

    void refusesABadFile()
    {
        test::TempLibrary library;
        const QString bad = library.filePath(QStringLiteral("bad.json"));
        test::writeFile(bad, "[1, 2, 3]");
        const Run run = runJobdesk({QStringLiteral("profile"), QStringLiteral("import"), bad,
                                    QStringLiteral("--database"), library.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(bad) && run.err.contains(QStringLiteral("not a JSON Resume")),
                 qPrintable(run.err));
        const Run list = runJobdesk({QStringLiteral("profile"), QStringLiteral("list"),
                                     QStringLiteral("--database"), library.path()});
        QCOMPARE(list.out, QString());
    }

    void usageErrors()
    {
        QCOMPARE(runJobdesk({QStringLiteral("profile")}).exitCode, 2);
        QCOMPARE(runJobdesk({QStringLiteral("profile"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runJobdesk({QStringLiteral("profile"), QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(runJobdesk({QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("a.json"),
                             QStringLiteral("b.json")})
                     .exitCode,
                 2);
        QCOMPARE(
            runJobdesk({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("extra")}).exitCode,
            2);
        const Run help =
            runJobdesk({QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--name")));
        // The top-level help names the command.
        QVERIFY(runJobdesk({QStringLiteral("--help")}).out.contains(QStringLiteral("profile import")));
    }
};

QTEST_GUILESS_MAIN(TestProfileCommands)
#include "tst_profilecommands.moc"
