// JSON Resume import: the level, date and years rules on their own; a hand-made resume against a small
// hand-made dictionary (every rule of docs/skills.md "Profiles" with exact numbers); every example under
// ../shared/data/formats/jsonresume against the shipped dictionary; re-import; bad files write nothing.
#include "testsupport.h"

#include "profiles/jsonresume.h"
#include "profiles/jsonresumeimporter.h"
#include "profiles/profilestore.h"
#include "skills/skilltaxonomy.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jobdesk;

namespace {

QString exampleFile(const QString &file)
{
    return test::sharedData(QStringLiteral("formats/jsonresume/") + file);
}

using SkillLevels = QMap<QString, QString>;

// The profile's skills by name: "level" or "level/years".
QMap<QString, QString> summary(const QList<ProfileSkill> &skills)
{
    QMap<QString, QString> map;
    for (const ProfileSkill &skill : skills) {
        map.insert(skill.name, skill.years ? QStringLiteral("%1/%2").arg(skill.level).arg(*skill.years)
                                           : QString::number(skill.level));
    }
    return map;
}

int count(const Database &db, const char *table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toInt();
}

const QDate today(2024, 1, 1);

} // namespace

class TestJsonResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_library = std::make_unique<test::TempLibrary>();
        m_db = m_library->open();
    }

    void cleanup()
    {
        m_db.reset();
        m_library.reset();
    }

    void levels_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("level");
        QTest::newRow("missing") << QJsonValue() << 3;
        QTest::newRow("unknown word") << QJsonValue(QStringLiteral("Fluent-ish")) << 3;
        QTest::newRow("Novice") << QJsonValue(QStringLiteral("Novice")) << 1;
        QTest::newRow("Beginner") << QJsonValue(QStringLiteral("beginner")) << 2;
        QTest::newRow("Intermediate") << QJsonValue(QStringLiteral("Intermediate")) << 3;
        QTest::newRow("Advanced") << QJsonValue(QStringLiteral("ADVANCED")) << 4;
        QTest::newRow("Expert") << QJsonValue(QStringLiteral("Expert")) << 5;
        QTest::newRow("Master") << QJsonValue(QStringLiteral("Master")) << 5;
        QTest::newRow("lowest wins") << QJsonValue(QStringLiteral("Advanced Beginner")) << 2;
        QTest::newRow("number") << QJsonValue(4) << 4;
        QTest::newRow("number text") << QJsonValue(QStringLiteral("2")) << 2;
        QTest::newRow("rounded") << QJsonValue(3.6) << 4;
        QTest::newRow("ratio") << QJsonValue(QStringLiteral("3/5")) << 3;
        QTest::newRow("ratio of 10") << QJsonValue(QStringLiteral("7 / 10")) << 4;
        QTest::newRow("percent") << QJsonValue(QStringLiteral("80%")) << 4;
        QTest::newRow("percent number") << QJsonValue(90) << 5;
        QTest::newRow("zero") << QJsonValue(0) << 3;
        QTest::newRow("too big") << QJsonValue(500) << 3;
        QTest::newRow("bad ratio") << QJsonValue(QStringLiteral("6/5")) << 3;
    }

    void levels()
    {
        QFETCH(QJsonValue, value);
        QFETCH(int, level);
        QCOMPARE(resumeLevel(value), level);
    }

    void datesAndYears()
    {
        QCOMPARE(resumeDate(QStringLiteral("2014-06-29")), std::optional<QDate>(QDate(2014, 6, 29)));
        QCOMPARE(resumeDate(QStringLiteral("2023-04")), std::optional<QDate>(QDate(2023, 4, 1)));
        QCOMPARE(resumeDate(QStringLiteral(" 2011 ")), std::optional<QDate>(QDate(2011, 1, 1)));
        QVERIFY(!resumeDate(QStringLiteral("June 2020")));
        QVERIFY(!resumeDate(QString()));
        // 2018-01-01..2020-01-01 and 2019-01-01..2021-01-01 overlap: 2018..2021 is 1096 days, 3.0 years.
        QCOMPARE(
            coveredYears({{QDate(2018, 1, 1), QDate(2020, 1, 1)}, {QDate(2019, 1, 1), QDate(2021, 1, 1)}}),
            3.0);
        // Apart, and a backwards range that counts nothing: 182 + 92 days = 0.75 years → 0.8.
        QCOMPARE(coveredYears({{QDate(2024, 6, 1), QDate(2024, 9, 1)},
                               {QDate(2020, 1, 1), QDate(2020, 7, 1)},
                               {QDate(2022, 1, 1), QDate(2021, 1, 1)}}),
                 0.8);
        QCOMPARE(coveredYears({}), 0.0);
    }

    void handMadeResume()
    {
        // A dictionary of our own, so every number below can be worked out by hand.
        const auto addSkill = [&](const QString &name, const QStringList &aliases = {}) {
            const qint64 id =
                sql::run(m_db->connection(), QStringLiteral("INSERT INTO skills (name) VALUES (?)"), {name})
                    .lastInsertId()
                    .toLongLong();
            for (const QString &alias : aliases)
                sql::run(m_db->connection(),
                         QStringLiteral("INSERT INTO skill_aliases (alias, skill_id) VALUES (?, ?)"),
                         {alias, id});
            return id;
        };
        addSkill(QStringLiteral("Python"));
        addSkill(QStringLiteral("SQL"));
        addSkill(QStringLiteral("PostgreSQL"), {QStringLiteral("Postgres")});
        addSkill(QStringLiteral("React"), {QStringLiteral("React.js")});
        addSkill(QStringLiteral("TypeScript"));
        addSkill(QStringLiteral("Docker"));
        addSkill(QStringLiteral("REST"));
        addSkill(QStringLiteral("Kafka"));
        const qint64 cobol = addSkill(QStringLiteral("COBOL"));
        sql::run(m_db->connection(), QStringLiteral("UPDATE skills SET ignored = 1 WHERE id = ?"), {cobol});

        const QByteArray resume = R"({
          "basics": {"name": " Test  Person ", "label": "Engineer",
                     "location": {"city": "Berlin", "region": "", "countryCode": "DE"},
                     "summary": "Lately I have been streaming with Kafka."},
          "skills": [
            {"name": "Languages", "level": "Advanced", "keywords": ["python", "SQL", "Cobol", "Fortran"]},
            {"name": "Web", "level": "Beginner", "keywords": ["react.js", "REST APIs", "Postgres"]},
            {"name": "Docker", "level": "4/5"},
            {"name": "Python", "level": "Master"},
            {"name": "Gardening"}
          ],
          "work": [
            {"name": "A", "startDate": "2018-01-01", "endDate": "2020-01-01",
             "highlights": ["Wrote Python services", "Moved reports to SQL"]},
            {"name": "B", "startDate": "2019", "endDate": "2021-01",
             "summary": "Data pipelines in Python."},
            {"name": "C", "startDate": "2023-01-01",
             "highlights": ["Built a TypeScript front end on React"]},
            {"name": "D", "startDate": "sometime", "endDate": "2022",
             "highlights": ["More Docker"]}
          ]
        })";
        const QString path = m_library->filePath(QStringLiteral("person.json"));
        test::writeFile(path, resume);
        JsonResumeOptions options;
        options.today = today;
        const JsonResumeResult result = JsonResumeImporter(*m_db).importFile(path, options);
        QVERIFY(result.created);
        QCOMPARE(result.name, QStringLiteral("Test Person"));
        const QMap<QString, QString> expected{
            // Listed twice (Advanced 4, Master 5): the highest. Named in A and B: 2018..2021, 3 years.
            {QStringLiteral("Python"), QStringLiteral("5/3")},
            // Advanced; named in A only: 2 years (730 days).
            {QStringLiteral("SQL"), QStringLiteral("4/2")},
            // Beginner, through an alias ignoring case, and through the matcher ("REST APIs").
            {QStringLiteral("React"), QStringLiteral("2/1")},
            {QStringLiteral("REST"), QStringLiteral("2")},
            {QStringLiteral("PostgreSQL"), QStringLiteral("2")},
            // A group's name that is a skill; "4/5" is level 4. D's dates cannot be read: no years.
            {QStringLiteral("Docker"), QStringLiteral("4")},
            // Only in the history (C runs to `today`, one year) or basics.summary: level 2.
            {QStringLiteral("TypeScript"), QStringLiteral("2/1")},
            {QStringLiteral("Kafka"), QStringLiteral("2")},
        };
        QCOMPARE(summary(result.skills), expected);
        QCOMPARE(summary(ProfileStore(*m_db).skills(result.profileId)), expected);
        // Headings with keywords are not reported; an ignored skill is as good as unknown.
        QCOMPARE(result.unresolved, (QStringList{QStringLiteral("Cobol"), QStringLiteral("Fortran"),
                                                 QStringLiteral("Gardening")}));
        const Profile profile = *ProfileStore(*m_db).find(result.profileId);
        QCOMPARE(profile.headline, QStringLiteral("Engineer"));
        QCOMPARE(profile.location, QStringLiteral("Berlin, DE"));
        QCOMPARE(
            sql::scalar(m_db->connection(), QStringLiteral("SELECT raw_source FROM profiles")).toByteArray(),
            resume);
    }

    void examples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("location");
        QTest::addColumn<SkillLevels>("spotChecks"); // skill → "level" or "level/years"
        QTest::addColumn<int>("minimumSkills");
        QTest::newRow("career changer")
            << QStringLiteral("jsonresume.org_career-changer.resume.json") << QStringLiteral("Daniel Reyes")
            << QStringLiteral("Austin, Texas, US")
            << SkillLevels{
                   // Intermediate; dbt and SQL in the freelance highlights: 2024-08..2025-04, 243 days.
                   {QStringLiteral("dbt"), QStringLiteral("3/0.7")},
                   {QStringLiteral("Tableau"), QStringLiteral("3")},
                   {QStringLiteral("Python"), QStringLiteral("3")},
               }
            << 6;
        QTest::newRow("new grad") << QStringLiteral("jsonresume.org_new-grad.resume.json")
                                  << QStringLiteral("Maya Okonkwo") << QStringLiteral("Seattle, Washington, US")
                                  << SkillLevels{
                                         // Outreach: 2024-06-01..2024-09-01, 92 days.
                                         {QStringLiteral("React"), QStringLiteral("3/0.3")},
                                         {QStringLiteral("TypeScript"), QStringLiteral("3/0.3")},
                                         // Allen Institute: 2023-06-01..2023-09-01.
                                         {QStringLiteral("Python"), QStringLiteral("3/0.3")},
                                         {QStringLiteral("Docker"), QStringLiteral("2")}, // Beginner
                                         {QStringLiteral("PostgreSQL"), QStringLiteral("2")},
                                         {QStringLiteral("Java"), QStringLiteral("3")},
                                     }
                                  << 12;
        QTest::newRow("senior engineer")
            << QStringLiteral("jsonresume.org_senior-engineer.resume.json") << QStringLiteral("Dr. Lena Vasquez")
            << QStringLiteral("San Francisco, California, US")
            << SkillLevels{
                   {QStringLiteral("Rust"), QStringLiteral("5")}, // Master
                   {QStringLiteral("C++"), QStringLiteral("5")},
                   {QStringLiteral("Apache Kafka"), QStringLiteral("4")}, // Advanced, "Kafka" an alias
                   {QStringLiteral("Terraform"), QStringLiteral("4")},
               }
            << 10;
        QTest::newRow("schema sample") << QStringLiteral("schema-repo_sample.resume.json")
                                       << QStringLiteral("Richard Hendriks") << QStringLiteral("San Francisco, California, US")
                                       << SkillLevels{
                                              {QStringLiteral("HTML"), QStringLiteral("5")},
                                              {QStringLiteral("CSS"), QStringLiteral("5")},
                                              {QStringLiteral("JavaScript"), QStringLiteral("5")},
                                          }
                                       << 3;
        QTest::newRow("complete") << QStringLiteral("jsonresume.org_complete-resume.json")
                                  << QStringLiteral("Jane Developer") << QStringLiteral("San Francisco, California, US")
                                  << SkillLevels{
                                         // Expert; StartupXYZ 2019-06-01..2021-02-28 and Digital Agency 2018-01-15..2019-05-31: 1139 days.
                                         {QStringLiteral("React"), QStringLiteral("5/3.1")},
                                         {QStringLiteral("Redis"), QStringLiteral("4/1.7")}, // Advanced; StartupXYZ: 638 days
                                         {QStringLiteral("Docker"), QStringLiteral("3")},
                                         // TechCorp from 2021-03-01 to `today` (2024-01-01): 1036 days.
                                         {QStringLiteral("Kubernetes"), QStringLiteral("3/2.8")},
                                     }
                                  << 20;
    }

    void examples()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, location);
        QFETCH(SkillLevels, spotChecks);
        QFETCH(int, minimumSkills);
        installShippedSkills(*m_db);
        JsonResumeOptions options;
        options.today = today;
        const JsonResumeResult result = JsonResumeImporter(*m_db).importFile(exampleFile(file), options);
        QCOMPARE(result.name, name);
        const Profile profile = *ProfileStore(*m_db).find(result.profileId);
        QCOMPARE(profile.location, location);
        QCOMPARE(profile.skillCount, result.skills.size());
        QVERIFY2(result.skills.size() >= minimumSkills, qPrintable(QString::number(result.skills.size())));
        const QMap<QString, QString> skills = summary(result.skills);
        for (auto it = spotChecks.cbegin(); it != spotChecks.cend(); ++it)
            QCOMPARE(skills.value(it.key(), QStringLiteral("missing")) + QLatin1Char(' ') + it.key(),
                     it.value() + QLatin1Char(' ') + it.key());
        // Every skill is a level 1..5 with years unknown or plausible.
        for (const ProfileSkill &skill : result.skills) {
            QVERIFY(skill.level >= 1 && skill.level <= 5);
            QVERIFY(!skill.years || (*skill.years >= 0 && *skill.years <= 20));
        }
    }

    void reimportUpdatesTheSameProfile()
    {
        installShippedSkills(*m_db);
        JsonResumeImporter importer(*m_db);
        const QString file = exampleFile(QStringLiteral("jsonresume.org_new-grad.resume.json"));
        const JsonResumeResult first = importer.importFile(file);
        const int rows = count(*m_db, "profile_skills");
        const JsonResumeResult second = importer.importFile(file);
        QVERIFY(first.created);
        QVERIFY(!second.created);
        QCOMPARE(second.profileId, first.profileId);
        QCOMPARE(count(*m_db, "profiles"), 1);
        QCOMPARE(count(*m_db, "profile_skills"), rows);
        // Under another name it is another profile.
        JsonResumeOptions options;
        options.name = QStringLiteral("Maya (backend)");
        const JsonResumeResult third = importer.importFile(file, options);
        QVERIFY(third.created);
        QCOMPARE(third.name, QStringLiteral("Maya (backend)"));
        QCOMPARE(count(*m_db, "profiles"), 2);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("name: Maya\n")
                                  << QStringLiteral("is not a JSON Resume: it is not JSON");
        QTest::newRow("array") << QByteArray("[{\"basics\": {}}]") << QStringLiteral("holds no JSON object");
        QTest::newRow("no basics") << QByteArray("{\"skills\": []}") << QStringLiteral("has no “basics”");
        QTest::newRow("basics not an object")
            << QByteArray("{\"basics\": \"Maya\"}") << QStringLiteral("has no “basics”");
        QTest::newRow("no name") << QByteArray(
                                        R"({"basics": {"label": "x"}, "skills": [{"name": "Python"}]})")
                                 << QStringLiteral("names nobody");
    }

    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_library->filePath(QStringLiteral("bad.json"));
        test::writeFile(path, content);
        QString error;
        try {
            JsonResumeImporter(*m_db).importFile(path);
        } catch (const StoreError &e) {
            error = e.message();
        }
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(count(*m_db, "profiles"), 0);
        QCOMPARE(count(*m_db, "profile_skills"), 0);
    }

    void missingFile()
    {
        const QString path = m_library->filePath(QStringLiteral("nowhere.json"));
        try {
            JsonResumeImporter(*m_db).importFile(path);
            QFAIL("no error");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("Cannot read ") + QDir::toNativeSeparators(path)),
                     qPrintable(e.message()));
        }
    }

    void nameOptionRescuesANamelessResume()
    {
        const QString path = m_library->filePath(QStringLiteral("nameless.json"));
        test::writeFile(path, R"({"basics": {}})");
        JsonResumeOptions options;
        options.name = QStringLiteral("Someone");
        options.kind = ProfileKind::Candidate;
        const JsonResumeResult result = JsonResumeImporter(*m_db).importFile(path, options);
        QCOMPARE(ProfileStore(*m_db).find(result.profileId)->kind, ProfileKind::Candidate);
        QVERIFY(result.skills.isEmpty());
    }

private:
    std::unique_ptr<test::TempLibrary> m_library;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestJsonResume)
#include "tst_jsonresume.moc"
