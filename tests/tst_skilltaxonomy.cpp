// The shipped skills dictionary: big enough, every category, the aliases listings use resolve to the
// right skill, no alias is ambiguous; installing it fills a library once, changes nothing the second
// time and leaves the user's skills, aliases and ignore flags alone; the committed file is what the
// converter makes of the sources.
#include "testsupport.h"

#include "skills/skilltaxonomy.h"
#include "store/database.h"
#include "store/sql.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <thread>

using namespace jobdesk;

namespace {

// Every name and alias of the dictionary, folded, to the skill it names.
QHash<QString, SkillEntry> byAnyName()
{
    QHash<QString, SkillEntry> names;
    for (const SkillEntry &entry : shippedSkills()) {
        names.insert(entry.name.toCaseFolded(), entry);
        for (const QString &alias : entry.aliases)
            names.insert(alias.toCaseFolded(), entry);
    }
    return names;
}

qint64 count(const Database &db, const QString &table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

qint64 skillId(const Database &db, const QString &name)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT id FROM skills WHERE name = ?"), {name})
        .toLongLong();
}

// Makes the next installShippedSkills() compare everything instead of trusting the recorded version.
void forgetInstalledVersion(const Database &db)
{
    sql::run(db.connection(),
             QStringLiteral("DELETE FROM library_settings WHERE key = 'skills.shipped_version'"));
}

} // namespace

class TestSkillTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void isBigEnoughAndCoversEveryCategory()
    {
        const QList<SkillEntry> skills = shippedSkills();
        QVERIFY2(skills.size() >= 3000, qPrintable(QString::number(skills.size())));
        QHash<int, int> perCategory;
        for (const SkillEntry &entry : skills)
            ++perCategory[int(entry.category)];
        for (int c = 1; c < skillCategoryCount; ++c)
            QVERIFY2(perCategory.value(c) >= 20, qPrintable(keyword(SkillCategory(c))));
        QVERIFY(!shippedSkillsVersion().isEmpty());
    }

    void categoryKeywordsRoundTrip()
    {
        for (int c = 0; c < skillCategoryCount; ++c) {
            const auto category = SkillCategory(c);
            QVERIFY(parseSkillCategory(keyword(category)) == category);
            QVERIFY(!label(category).isEmpty());
            QCOMPARE(skillCategoryFromInt(c), category);
        }
        QVERIFY(parseSkillCategory(u"Framework") == SkillCategory::Framework);
        QVERIFY(!parseSkillCategory(u"nonsense"));
        QCOMPARE(skillCategoryFromInt(42), SkillCategory::Other);
    }

    void listingSpellingsResolve_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("name");
        QTest::addColumn<SkillCategory>("category");
        const auto row = [](const char *written, const char *name, SkillCategory category) {
            QTest::addRow("%s", written) << QString::fromUtf8(written) << QString::fromUtf8(name) << category;
        };
        row("k8s", "Kubernetes", SkillCategory::Tooling);
        row("Postgres", "PostgreSQL", SkillCategory::Database);
        row("postgresql", "PostgreSQL", SkillCategory::Database);
        row("JS", "JavaScript", SkillCategory::Language);
        row("TS", "TypeScript", SkillCategory::Language);
        row("Golang", "Go", SkillCategory::Language);
        row("NodeJS", "Node.js", SkillCategory::Framework);
        row("Node", "Node.js", SkillCategory::Framework);
        row("dotnet", ".NET", SkillCategory::Framework);
        row("csharp", "C#", SkillCategory::Language);
        row("C#", "C#", SkillCategory::Language);
        row("cpp", "C++", SkillCategory::Language);
        row("C++", "C++", SkillCategory::Language);
        row("spring boot", "Spring Boot", SkillCategory::Framework);
        row("CI/CD", "CI/CD", SkillCategory::Practice);
        row("ReactJS", "React", SkillCategory::Framework);
        row("Vue", "Vue.js", SkillCategory::Framework);
        row("Amazon Web Services", "AWS", SkillCategory::Cloud);
        row("GCP", "Google Cloud", SkillCategory::Cloud);
        row("Microsoft Azure", "Azure", SkillCategory::Cloud);
        row("Kafka", "Apache Kafka", SkillCategory::Tooling);
        row("Spark", "Apache Spark", SkillCategory::Data);
        row("RESTful APIs", "REST", SkillCategory::Practice);
        row("gRPC", "gRPC", SkillCategory::Framework);
        row("sklearn", "scikit-learn", SkillCategory::Data);
        row("PyTorch", "PyTorch", SkillCategory::Data);
        row("Mongo", "MongoDB", SkillCategory::Database);
        row("Excel", "Microsoft Excel", SkillCategory::Tooling);
        row("Oracle Java", "Java", SkillCategory::Language);
        row("Structured Query Language", "SQL", SkillCategory::Language);
        row("GitHub Actions", "GitHub Actions", SkillCategory::Tooling);
        row("team player", "Teamwork", SkillCategory::Soft);
        row("manage time", "Time management", SkillCategory::Soft);
        row("Agile development", "Agile", SkillCategory::Practice);
        row("HRM", "Human resources", SkillCategory::Domain);
    }

    void listingSpellingsResolve()
    {
        QFETCH(QString, written);
        QFETCH(QString, name);
        QFETCH(SkillCategory, category);
        static const QHash<QString, SkillEntry> names = byAnyName();
        const auto found = names.constFind(written.toCaseFolded());
        QVERIFY2(found != names.cend(), qPrintable(written));
        QCOMPARE(found->name, name);
        QCOMPARE(found->category, category);
    }

    void namesAndAliasesAreUnambiguous()
    {
        // Folded with Unicode case folding: stricter than the library's NOCASE (ASCII only).
        QHash<QString, QString> owner;
        for (const SkillEntry &entry : shippedSkills()) {
            QStringList spellings = entry.aliases;
            spellings.prepend(entry.name);
            QSet<QString> own;
            for (const QString &spelling : std::as_const(spellings)) {
                QVERIFY2(!spelling.isEmpty() && spelling == spelling.trimmed(), qPrintable(entry.name));
                const QString folded = spelling.toCaseFolded();
                QVERIFY2(!own.contains(folded), qPrintable(entry.name + QLatin1String(": ") + spelling));
                own.insert(folded);
                const auto taken = owner.constFind(folded);
                QVERIFY2(taken == owner.cend(),
                         qPrintable(spelling + QLatin1String(" names both ") + entry.name +
                                    QLatin1String(" and ") + (taken == owner.cend() ? QString() : *taken)));
                owner.insert(folded, entry.name);
            }
        }
    }

    // Two connections installing at once (an import's and the window's, or two users'): one installs,
    // the other finds it done. A server runs their transactions side by side, where both inserted the
    // same names and the second failed on the unique name.
    void twoConnectionsInstallOnce()
    {
        test::TempLibrary dir;
        dir.open(); // the schema, before the two race
        std::atomic<int> failures{0};
        std::atomic<int> installed{0};
        const auto install = [&] {
            try {
                const Database db(dir.path());
                installed += installShippedSkills(db) ? 1 : 0;
            } catch (const StoreError &error) {
                qWarning("%s", qPrintable(error.message()));
                ++failures;
            }
        };
        std::thread first(install);
        std::thread second(install);
        first.join();
        second.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(installed.load(), 1);
        const auto db = dir.open();
        QCOMPARE(count(*db, QStringLiteral("skills")), qint64(shippedSkills().size()));
    }

    void installFillsAFreshLibraryOnce()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(installShippedSkills(*db));
        const qint64 elapsed = timer.elapsed();
        qInfo("installed %lld skills in %lld ms", qlonglong(count(*db, QStringLiteral("skills"))),
              qlonglong(elapsed));
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed))); // a few hundred ms on a laptop

        qint64 aliases = 0;
        for (const SkillEntry &entry : shippedSkills())
            aliases += entry.aliases.size();
        QCOMPARE(count(*db, QStringLiteral("skills")), qint64(shippedSkills().size()));
        QCOMPARE(count(*db, QStringLiteral("skill_aliases")), aliases);
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM skills WHERE origin <> 0 "
                                                              "OR ignored <> 0"))
                     .toInt(),
                 0);
        QCOMPARE(
            sql::scalar(db->connection(), QStringLiteral("SELECT s.name FROM skill_aliases a JOIN skills s "
                                                         "ON s.id = a.skill_id WHERE a.alias = 'K8S'"))
                .toString(),
            QStringLiteral("Kubernetes"));
        QCOMPARE(sql::scalar(db->connection(),
                             QStringLiteral("SELECT category FROM skills WHERE name = 'postgresql'"))
                     .toInt(),
                 int(SkillCategory::Database));

        const QStringList before = test::dumpTables(*db);
        QVERIFY(!installShippedSkills(*db));
        QCOMPARE(test::dumpTables(*db), before);

        // Even compared row by row, the same dictionary changes nothing.
        forgetInstalledVersion(*db);
        QVERIFY(!installShippedSkills(*db));
        QCOMPARE(test::dumpTables(*db), before);
    }

    void reinstallKeepsWhatTheUserMadeAndDecided()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        const QSqlDatabase c = db->connection();
        // Before the dictionary arrives, the user has a "Docker" of their own.
        sql::run(c, QStringLiteral("INSERT INTO skills (name, category, origin) VALUES ('docker', 9, 1)"));
        QVERIFY(installShippedSkills(*db));
        QCOMPARE(sql::scalar(
                     c, QStringLiteral("SELECT category || '/' || origin FROM skills WHERE name = 'Docker'"))
                     .toString(),
                 QStringLiteral("9/1"));
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM skills WHERE name = 'Docker'")).toInt(),
                 1);

        // The user adds a skill with an alias, ignores a shipped skill, gives a shipped skill an alias and
        // claims an alias of the dictionary for their own skill.
        sql::run(c, QStringLiteral(
                        "INSERT INTO skills (name, category, origin) VALUES ('Widget Wrangling', 0, 1)"));
        const qint64 mine = skillId(*db, QStringLiteral("Widget Wrangling"));
        const qint64 kubernetes = skillId(*db, QStringLiteral("Kubernetes"));
        sql::run(c, QStringLiteral("INSERT INTO skill_aliases (alias, skill_id) VALUES ('wrangling', ?)"),
                 {mine});
        sql::run(c, QStringLiteral("INSERT INTO skill_aliases (alias, skill_id) VALUES ('kubby', ?)"),
                 {kubernetes});
        sql::run(c, QStringLiteral("UPDATE skill_aliases SET skill_id = ?, origin = 1 WHERE alias = 'kube'"),
                 {mine});
        sql::run(c, QStringLiteral("UPDATE skills SET ignored = 1 WHERE name = 'Kubernetes'"));
        // A shipped skill a newer dictionary dropped that a profile uses, and one nothing uses.
        sql::run(c,
                 QStringLiteral("INSERT INTO skills (name, category, origin) VALUES ('Retired Tool', 5, 0), "
                                "('Forgotten Tool', 5, 0)"));
        const qint64 retired = skillId(*db, QStringLiteral("Retired Tool"));
        const qint64 forgotten = skillId(*db, QStringLiteral("Forgotten Tool"));
        sql::run(
            c,
            QStringLiteral("INSERT INTO skill_aliases (alias, skill_id, origin) VALUES ('retired', ?, 0), "
                           "('forgotten', ?, 0)"),
            {retired, forgotten});
        sql::run(c, QStringLiteral(
                        "INSERT INTO profiles (id, name, created_at, updated_at) VALUES (1, 'Me', 0, 0)"));
        sql::run(c,
                 QStringLiteral("INSERT INTO profile_skills (profile_id, skill_id, level) VALUES (1, ?, 3)"),
                 {retired});
        // A shipped alias that went astray and a changed category are the dictionary's to put back.
        sql::run(c, QStringLiteral("UPDATE skill_aliases SET skill_id = ? WHERE alias = 'Postgres'"),
                 {kubernetes});
        sql::run(c, QStringLiteral("UPDATE skills SET category = 0 WHERE name = 'Kubernetes'"));

        forgetInstalledVersion(*db);
        QVERIFY(installShippedSkills(*db)); // it deleted "Forgotten Tool" and moved "Postgres" back

        QCOMPARE(skillId(*db, QStringLiteral("Widget Wrangling")), mine);
        QCOMPARE(skillId(*db, QStringLiteral("Kubernetes")), kubernetes);
        QCOMPARE(
            sql::scalar(c, QStringLiteral("SELECT ignored FROM skills WHERE id = ?"), {kubernetes}).toInt(),
            1);
        QCOMPARE(
            sql::scalar(c, QStringLiteral("SELECT category FROM skills WHERE id = ?"), {kubernetes}).toInt(),
            int(SkillCategory::Tooling));
        QCOMPARE(
            sql::scalar(c, QStringLiteral("SELECT skill_id FROM skill_aliases WHERE alias = 'wrangling'"))
                .toLongLong(),
            mine);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT skill_id FROM skill_aliases WHERE alias = 'kubby'"))
                     .toLongLong(),
                 kubernetes);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT skill_id FROM skill_aliases WHERE alias = 'kube'"))
                     .toLongLong(),
                 mine);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT s.name FROM skill_aliases a JOIN skills s "
                                               "ON s.id = a.skill_id WHERE a.alias = 'postgres'"))
                     .toString(),
                 QStringLiteral("PostgreSQL"));
        QCOMPARE(skillId(*db, QStringLiteral("Retired Tool")), retired);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT skill_id FROM skill_aliases WHERE alias = 'retired'"))
                     .toLongLong(),
                 retired);
        QCOMPARE(skillId(*db, QStringLiteral("Forgotten Tool")), 0);
        QCOMPARE(
            sql::scalar(c, QStringLiteral("SELECT count(*) FROM skill_aliases WHERE alias = 'forgotten'"))
                .toInt(),
            0);
        QCOMPARE(sql::scalar(
                     c, QStringLiteral("SELECT category || '/' || origin FROM skills WHERE name = 'Docker'"))
                     .toString(),
                 QStringLiteral("9/1"));
    }

    void committedDictionaryIsWhatTheSourcesGive()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        if (!QFileInfo::exists(test::sharedData(QStringLiteral("taxonomy/linguist/languages.yml"))))
            QSKIP("../shared/data/taxonomy is not there");
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(JOBDESK_SOURCE_DIR));
        process.start(python, {QStringLiteral("tools/build-taxonomy.py"), QStringLiteral("--check"),
                               QStringLiteral("--quiet"), QStringLiteral("--data"),
                               test::sharedData(QStringLiteral("taxonomy"))});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestSkillTaxonomy)
#include "tst_skilltaxonomy.moc"
