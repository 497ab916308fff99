// `jobdesk skills extract` from a shell: the real executable (JOBDESK_BINARY) on files and standard
// input, with the shipped dictionary and with a library's.
#include "testsupport.h"

#include "skills/skilltaxonomy.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"

#include <QProcess>
#include <QRegularExpression>
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

    void editsTheDictionary()
    {
        test::TempLibrary library;
        {
            const std::unique_ptr<Database> db = library.open();
            ListingRepository repository(*db);
            Listing listing = test::makeListing(1);
            listing.description = QStringLiteral("Requirements: MariaDB, Golang and Terraform. You frob the "
                                                 "widgets.");
            repository.upsert(listing, QDateTime::currentDateTimeUtc());
        }
        const auto skills = [&](const QStringList &arguments) {
            return runJobdesk(QStringList{QStringLiteral("skills")} + arguments +
                              QStringList{QStringLiteral("--database"), library.path()});
        };
        const auto listingSkills = [&] {
            const std::unique_ptr<Database> db = library.open();
            QStringList names;
            QSqlQuery query = sql::run(db->connection(),
                                       QStringLiteral("SELECT s.name FROM listing_skills ls JOIN skills s "
                                                      "ON s.id = ls.skill_id ORDER BY s.name"));
            while (query.next())
                names.append(query.value(0).toString());
            return names.join(u',');
        };

        Run run = skills({QStringLiteral("add"), QStringLiteral("Widget Frobbing"),
                          QStringLiteral("--category"), QStringLiteral("practice"), QStringLiteral("--alias"),
                          QStringLiteral("frob"), QStringLiteral("--alias"), QStringLiteral("frobbing")});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral("Added the skill “Widget Frobbing” (practice) with the aliases “frob”, "
                                "“frobbing”.\nExtracted the skills of 1 listing(s) again.\n"));
        QCOMPARE(listingSkills(), QStringLiteral("Go,MariaDB,Terraform,Widget Frobbing"));

        // Conflicts name the skill and change nothing.
        run = skills({QStringLiteral("add"), QStringLiteral("golang")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QStringLiteral("jobdesk: “Golang” is already an alias of the skill “Go”.\n"));
        run = skills({QStringLiteral("alias"), QStringLiteral("Terraform"), QStringLiteral("FROB")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("Widget Frobbing")));
        run = skills({QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--category"),
                      QStringLiteral("nonsense")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("nonsense")));
        run = skills({QStringLiteral("ignore"), QStringLiteral("No Such Skill")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("No Such Skill")));

        run = skills({QStringLiteral("merge"), QStringLiteral("MariaDB"), QStringLiteral("MySQL")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Merged “MariaDB” into “MySQL”: 1 listing(s) and 0 profile(s) had "
                                         "“MariaDB”.\nExtracted the skills of 1 listing(s) again.\n"));
        QCOMPARE(listingSkills(), QStringLiteral("Go,MySQL,Terraform,Widget Frobbing"));

        run = skills({QStringLiteral("ignore"), QStringLiteral("golang")}); // by alias
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("“Go” is ignored")));
        QCOMPARE(listingSkills(), QStringLiteral("MySQL,Terraform,Widget Frobbing"));

        run = skills({QStringLiteral("alias"), QStringLiteral("Terraform"), QStringLiteral("the widgets")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("“the widgets” now finds “Terraform”.\n"
                                         "Extracted the skills of 1 listing(s) again.\n"));

        run = skills({QStringLiteral("list"), QStringLiteral("--user")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Widget Frobbing\tpractice\tuser\t\tfrob|frobbing\n"));
        run = skills({QStringLiteral("list"), QStringLiteral("--ignored")});
        // Go's own aliases, whatever the shipped dictionary gives; MySQL's end with the skill merged into it.
        QVERIFY(run.out.startsWith(QStringLiteral("Go\tlanguage\tshipped\tignored\t")));
        QCOMPARE(run.out.count(u'\n'), 1);
        QVERIFY(run.out.contains(QStringLiteral("Golang")));
        run = skills({QStringLiteral("list")});
        QVERIFY(run.out.contains(
            QRegularExpression(QStringLiteral("\nMySQL\tdatabase\tshipped\t\t[^\n]*\\|MariaDB\n"))));
        QVERIFY(!run.out.contains(QStringLiteral("\nMariaDB\t")));

        // Undo.
        run = skills({QStringLiteral("unignore"), QStringLiteral("Go")});
        QCOMPARE(run.exitCode, 0);
        run = skills({QStringLiteral("unmerge"), QStringLiteral("MariaDB")});
        QCOMPARE(run.exitCode, 0);
        run = skills({QStringLiteral("unalias"), QStringLiteral("frob")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(listingSkills(), QStringLiteral("Go,MariaDB,Terraform"));

        // Usage.
        run = skills({QStringLiteral("merge"), QStringLiteral("MariaDB")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Usage: jobdesk skills merge FROM INTO")));
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
        // A library that does not exist is not created: a file that is not there, or on a server a
        // database that is not there (an empty one that is, TempLibrary's, is a new team library).
        test::TempLibrary library;
        const QString typo = library.path() + QStringLiteral("_typo");
        run = runJobdesk({QStringLiteral("skills"), QStringLiteral("extract"), QStringLiteral("--database"),
                          test::usesPostgreSql() ? typo : library.path(), QStringLiteral("-")},
                         "Python");
        QCOMPARE(run.exitCode, 1);
        if (test::usesPostgreSql()) {
            QSqlQuery databases(test::serverAdministration());
            QVERIFY(databases.exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'")
                                       .arg(typo.section(QLatin1Char('/'), -1))));
            QVERIFY(databases.next());
            QCOMPARE(databases.value(0).toInt(), 0);
        } else {
            QVERIFY(!QFile::exists(library.path()));
        }
        // The command list names it.
        run = runJobdesk({QStringLiteral("--help")});
        QVERIFY(run.out.contains(QStringLiteral("skills extract")) ||
                run.err.contains(QStringLiteral("skills extract")));
    }
};

QTEST_GUILESS_MAIN(TestSkillCommands)
#include "tst_skillcommands.moc"
