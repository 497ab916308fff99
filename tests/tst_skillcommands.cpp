// `jobdesk skills extract` from a shell: the real executable (JOBDESK_BINARY) on files and standard
// input, with the shipped dictionary and with a library's.
#include "testsupport.h"

#include "skills/skilltaxonomy.h"
#include "store/database.h"
#include "store/sql.h"

#include <QProcess>
#include <QTest>

using namespace jobdesk;

namespace {

using test::Run;
using test::runJobdesk;

const QByteArray kListing = "<h3>Requirements</h3><ul><li>Go and PostgreSQL; Go in production</li>"
                            "<li>k8s</li></ul><h3>Nice to have</h3><ul><li>Terraform</li><li>Rust or "
                            "Python</li></ul><h3>What we offer</h3><ul><li>Excel training</li></ul>";

} // namespace

class TestSkillCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("JOBDESK_BINARY"), "JOBDESK_BINARY is not set");
    }

    void extractsFromAFile()
    {
        test::TempLibrary dir;
        const QString path = dir.filePath(QStringLiteral("listing.html"));
        test::writeFile(path, kListing);
        const Run run = runJobdesk({QStringLiteral("skills"), QStringLiteral("extract"), path});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        // Required first, then by mentions, then by name; the benefits' Excel is not the job's.
        QCOMPARE(run.out, QStringLiteral("Go\tlanguage\trequired\t2\n"
                                         "Kubernetes\ttooling\trequired\t1\n"
                                         "PostgreSQL\tdatabase\trequired\t1\n"
                                         "Python\tlanguage\toptional\t1\n"
                                         "Rust\tlanguage\toptional\t1\n"
                                         "Terraform\ttooling\toptional\t1\n"));
        // No library was made.
        QVERIFY(!QFile::exists(dir.path()));
    }

    void extractsFromStandardInput()
    {
        const Run dash =
            runJobdesk({QStringLiteral("skills"), QStringLiteral("extract"), QStringLiteral("-")},
                       "Python, SQL and Docker\n");
        QCOMPARE(dash.exitCode, 0);
        QCOMPARE(dash.out, QStringLiteral("Docker\ttooling\trequired\t1\nPython\tlanguage\trequired\t1\n"
                                          "SQL\tlanguage\trequired\t1\n"));
        const Run none = runJobdesk({QStringLiteral("skills"), QStringLiteral("extract")}, "Nothing here.");
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QString());
    }

    void usesALibrarysDictionary()
    {
        test::TempLibrary library;
        {
            const std::unique_ptr<Database> db = library.open();
            installShippedSkills(*db);
            sql::run(db->connection(),
                     QStringLiteral("UPDATE skills SET ignored = 1 WHERE name = 'Terraform'"));
            sql::run(
                db->connection(),
                QStringLiteral("INSERT INTO skills (name, category, origin) VALUES ('Frobnication', 9, 1)"));
        }
        const QString path = library.filePath(QStringLiteral("listing.txt"));
        test::writeFile(path, "Requirements:\n• Frobnication and Terraform\n• Python");
        const Run run = runJobdesk({QStringLiteral("skills"), QStringLiteral("extract"),
                                    QStringLiteral("--database"), library.path(), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral("Frobnication\tdomain\trequired\t1\nPython\tlanguage\trequired\t1\n"));
    }

    void usageAndErrors()
    {
        Run run = runJobdesk({QStringLiteral("skills")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Usage: jobdesk skills extract")));
        run = runJobdesk({QStringLiteral("skills"), QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        run = runJobdesk(
            {QStringLiteral("skills"), QStringLiteral("extract"), QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(run.exitCode, 2);
        run = runJobdesk({QStringLiteral("skills"), QStringLiteral("extract"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Usage: jobdesk skills extract")));
        run = runJobdesk(
            {QStringLiteral("skills"), QStringLiteral("extract"), QStringLiteral("/nonexistent/file")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("/nonexistent/file")));
        // A library that does not exist is not created.
        test::TempLibrary library;
        run = runJobdesk({QStringLiteral("skills"), QStringLiteral("extract"), QStringLiteral("--database"),
                          library.path(), QStringLiteral("-")},
                         "Python");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(library.path()));
        // The command list names it.
        run = runJobdesk({QStringLiteral("--help")});
        QVERIFY(run.out.contains(QStringLiteral("skills extract")) ||
                run.err.contains(QStringLiteral("skills extract")));
    }
};

QTEST_GUILESS_MAIN(TestSkillCommands)
#include "tst_skillcommands.moc"
