// The user's edits of the skills dictionary on a real library: each edit and its conflicts, what the
// listings ask for once they are extracted again, profiles after a merge, an update of the shipped
// dictionary keeping every edit, and the dictionary's table model.
#include "testsupport.h"

#include "profiles/profilestore.h"
#include "search/searchquery.h"
#include "skills/skilldictionary.h"
#include "skills/skilldictionarymodel.h"
#include "skills/skillindex.h"
#include "skills/skillreextraction.h"
#include "skills/skilltaxonomy.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

namespace {

// What the listing asks for, by name.
QStringList skillsOf(const Database &db, qint64 listingId)
{
    QStringList names;
    QSqlQuery query = sql::run(db.connection(),
                               QStringLiteral("SELECT s.name FROM listing_skills ls JOIN skills s ON s.id = "
                                              "ls.skill_id WHERE ls.listing_id = ? ORDER BY s.name"),
                               {listingId});
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// The listings a search finds, as the search field would.
QList<qint64> searchListings(const Database &db, const QString &line)
{
    const search::CompiledSearch compiled = search::compileSearch(line, {});
    QList<qint64> ids;
    if (!compiled.ok())
        return ids;
    QSqlQuery query = sql::run(db.connection(),
                               QStringLiteral("SELECT listings.id FROM listings LEFT JOIN annotations ON "
                                              "annotations.listing_id = listings.id LEFT JOIN stages ON "
                                              "stages.id = annotations.stage_id WHERE ") +
                                   compiled.filter.condition + QStringLiteral(" ORDER BY listings.id"),
                               compiled.filter.values);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

qint64 skillId(const Database &db, const QString &name)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT id FROM skills WHERE name = ?"), {name})
        .toLongLong();
}

// Fails the test unless `edit` throws a StoreError whose message contains every one of `words`.
template <typename Edit>
bool refused(Edit edit, const QStringList &words)
{
    try {
        edit();
    } catch (const StoreError &error) {
        for (const QString &word : words) {
            if (!error.message().contains(word)) {
                qWarning() << "message" << error.message() << "lacks" << word;
                return false;
            }
        }
        return true;
    }
    qWarning() << "not refused";
    return false;
}

} // namespace

class TestSkillDictionary : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_library;
    std::unique_ptr<Database> m_db;
    qint64 m_backend = 0; // a Go, PostgreSQL, MySQL and "frob" listing
    qint64 m_data = 0;    // a MariaDB and Terraform one

    qint64 addListing(const QString &title, const QString &description)
    {
        Listing listing = test::makeListing(int(m_backend + m_data + 1));
        listing.title = title;
        listing.description = description;
        listing.url = QStringLiteral("https://jobs.example.com/%1").arg(title);
        Transaction transaction(m_db->connection(), m_db->dialect());
        const qint64 id = ListingRepository(*m_db).upsert(listing, QDateTime::currentDateTimeUtc()).id;
        transaction.commit();
        return id;
    }

    void reextract() { ensureSkillsCurrent(*m_db); }

    // Everything the dictionary holds, to show that a refused edit changed nothing.
    QStringList dictionaryRows() const
    {
        QStringList rows;
        QSqlQuery query = sql::run(m_db->connection(),
                                   QStringLiteral("SELECT id, name, category, origin, ignored, merged_into "
                                                  "FROM skills ORDER BY id"));
        while (query.next()) {
            rows.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString(), query.value(3).toString(),
                                    query.value(4).toString(), query.value(5).toString()}
                            .join(u'|'));
        }
        query = sql::run(m_db->connection(),
                         QStringLiteral("SELECT alias, skill_id, origin FROM skill_aliases ORDER BY alias"));
        while (query.next())
            rows.append(query.value(0).toString() + u'>' + query.value(1).toString());
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_library = std::make_unique<test::TempLibrary>();
        m_db = m_library->open();
        installShippedSkills(*m_db);
        m_backend = addListing(QStringLiteral("Engineer, team A"),
                               QStringLiteral("Requirements: Golang, PostgreSQL and MySQL. You will frob the "
                                              "widgets every day."));
        m_data =
            addListing(QStringLiteral("Engineer, team B"),
                       QStringLiteral("Requirements: MariaDB and Terraform. You write a data contract for "
                                      "every table."));
        reextract();
        QCOMPARE(skillsOf(*m_db, m_backend).join(u','), QStringLiteral("Go,MySQL,PostgreSQL"));
        QCOMPARE(skillsOf(*m_db, m_data).join(u','), QStringLiteral("MariaDB,Terraform"));
    }

    void cleanup()
    {
        m_db.reset();
        m_library.reset();
    }

    void addedSkillAndAliasAreFound()
    {
        SkillDictionary dictionary(*m_db);
        QString before = skillDictionarySignature(*m_db);
        const qint64 id = dictionary.addSkill(QStringLiteral("  Widget Frobbing "), SkillCategory::Practice);
        QVERIFY(skillDictionarySignature(*m_db) != before);
        QVERIFY(skillsNeedReextraction(*m_db));
        const DictionarySkill skill = *dictionary.skill(id);
        QCOMPARE(skill.name, QStringLiteral("Widget Frobbing")); // trimmed
        QCOMPARE(skill.category, SkillCategory::Practice);
        QVERIFY(skill.user);
        reextract();
        QVERIFY(!skillsNeedReextraction(*m_db));
        // The listing says "frob", not the skill's name.
        QVERIFY(!skillsOf(*m_db, m_backend).contains(QStringLiteral("Widget Frobbing")));

        before = skillDictionarySignature(*m_db);
        dictionary.addAlias(id, QStringLiteral("frob"));
        QVERIFY(skillDictionarySignature(*m_db) != before);
        QCOMPARE(dictionary.skill(id)->aliases, QStringList{QStringLiteral("frob")});
        QCOMPARE(dictionary.find(QStringLiteral("FROB"))->id, id);
        reextract();
        QCOMPARE(skillsOf(*m_db, m_backend),
                 (QStringList{QStringLiteral("Go"), QStringLiteral("MySQL"), QStringLiteral("PostgreSQL"),
                              QStringLiteral("Widget Frobbing")}));

        // A skill added with its aliases at once.
        dictionary.addSkill(QStringLiteral("Data Contracts"), SkillCategory::Data,
                            {QStringLiteral("data contract"), QStringLiteral("datacontracts")});
        reextract();
        QCOMPARE(skillsOf(*m_db, m_data),
                 (QStringList{QStringLiteral("Data Contracts"), QStringLiteral("MariaDB"),
                              QStringLiteral("Terraform")}));

        // An alias the user gave can be removed; then it finds nothing.
        dictionary.removeAlias(QStringLiteral("FROB"));
        reextract();
        QVERIFY(!skillsOf(*m_db, m_backend).contains(QStringLiteral("Widget Frobbing")));
        QVERIFY(!dictionary.find(QStringLiteral("frob")));
    }

    void conflictsNameTheSkillAndChangeNothing()
    {
        SkillDictionary dictionary(*m_db);
        const QStringList before = dictionaryRows();
        const QString signature = skillDictionarySignature(*m_db);
        const qint64 kubernetes = skillId(*m_db, QStringLiteral("Kubernetes"));
        // A name that is a skill's name or alias, in any case.
        QVERIFY(refused([&] { dictionary.addSkill(QStringLiteral("kubernetes"), SkillCategory::Tooling); },
                        {QStringLiteral("Kubernetes")}));
        QVERIFY(refused([&] { dictionary.addSkill(QStringLiteral("postgres"), SkillCategory::Database); },
                        {QStringLiteral("Postgres"), QStringLiteral("PostgreSQL")}));
        // A new skill whose second alias is taken: the skill and its first alias are not added either.
        QVERIFY(refused(
            [&] {
                dictionary.addSkill(QStringLiteral("Kube Admin"), SkillCategory::Tooling,
                                    {QStringLiteral("kubeadmin"), QStringLiteral("K8S")});
            },
            {QStringLiteral("k8s"), QStringLiteral("Kubernetes")}));
        // Its own aliases twice.
        QVERIFY(refused(
            [&] {
                dictionary.addSkill(QStringLiteral("Kube Admin"), SkillCategory::Tooling,
                                    {QStringLiteral("kubeadmin"), QStringLiteral("KubeAdmin")});
            },
            {QStringLiteral("kubeadmin"), QStringLiteral("Kube Admin")}));
        // An alias that is a name, its own name, another skill's alias.
        QVERIFY(refused([&] { dictionary.addAlias(kubernetes, QStringLiteral("Docker")); },
                        {QStringLiteral("Docker")}));
        QVERIFY(refused([&] { dictionary.addAlias(kubernetes, QStringLiteral("KUBERNETES")); },
                        {QStringLiteral("Kubernetes")}));
        QVERIFY(refused([&] { dictionary.addAlias(kubernetes, QStringLiteral("golang")); },
                        {QStringLiteral("Golang"), QStringLiteral("Go")}));
        // Not a name at all.
        QVERIFY(refused([&] { dictionary.addSkill(QStringLiteral("  "), SkillCategory::Other); },
                        {QStringLiteral("empty")}));
        QVERIFY(refused([&] { dictionary.addAlias(kubernetes, QStringLiteral("k\tube")); },
                        {QStringLiteral("tab")}));
        QVERIFY(refused([&] { dictionary.addAlias(987654, QStringLiteral("nothing")); },
                        {QStringLiteral("987654")}));
        // Shipped aliases are not the user's to remove; unknown ones are not there.
        QVERIFY(refused([&] { dictionary.removeAlias(QStringLiteral("k8s")); },
                        {QStringLiteral("k8s"), QStringLiteral("Kubernetes"), QStringLiteral("shipped")}));
        QVERIFY(refused([&] { dictionary.removeAlias(QStringLiteral("nope")); }, {QStringLiteral("nope")}));
        QCOMPARE(dictionaryRows(), before);
        QCOMPARE(skillDictionarySignature(*m_db), signature);
    }

    void ignoredSkillDisappears()
    {
        SkillDictionary dictionary(*m_db);
        const qint64 go = skillId(*m_db, QStringLiteral("Go"));
        const QString before = skillDictionarySignature(*m_db);
        dictionary.setIgnored(go, true);
        QVERIFY(skillDictionarySignature(*m_db) != before);
        QVERIFY(dictionary.skill(go)->ignored);
        // At once, and after extraction.
        QVERIFY(!skillsOf(*m_db, m_backend).contains(QStringLiteral("Go")));
        reextract();
        QCOMPARE(skillsOf(*m_db, m_backend),
                 (QStringList{QStringLiteral("MySQL"), QStringLiteral("PostgreSQL")}));
        QVERIFY(!SkillIndex::load(*m_db)->contains(go));

        dictionary.setIgnored(go, false);
        reextract();
        QVERIFY(skillsOf(*m_db, m_backend).contains(QStringLiteral("Go")));
    }

    void mergeMovesListingsAndProfiles()
    {
        SkillDictionary dictionary(*m_db);
        const qint64 mariadb = skillId(*m_db, QStringLiteral("MariaDB"));
        const qint64 mysql = skillId(*m_db, QStringLiteral("MySQL"));
        ProfileStore profiles(*m_db);
        const qint64 both = profiles.create(QStringLiteral("Both"));
        profiles.setSkill(both, mariadb, 4, 2.0);
        profiles.setSkill(both, mysql, 2, 5.0);
        const qint64 onlyOld = profiles.create(QStringLiteral("Only MariaDB"));
        profiles.setSkill(onlyOld, mariadb, 3);
        const qint64 unknownYears = profiles.create(QStringLiteral("Unknown years"));
        profiles.setSkill(unknownYears, mariadb, 1, 4.5);
        profiles.setSkill(unknownYears, mysql, 5);

        const QString before = skillDictionarySignature(*m_db);
        const MergeResult result = dictionary.merge(mariadb, mysql);
        QCOMPARE(result.listings, 1);
        QCOMPARE(result.profiles, 3);
        QVERIFY(skillDictionarySignature(*m_db) != before);

        // Listings: at once and after extraction, the data listing asks for MySQL.
        QCOMPARE(skillsOf(*m_db, m_data),
                 (QStringList{QStringLiteral("MySQL"), QStringLiteral("Terraform")}));
        reextract();
        QCOMPARE(skillsOf(*m_db, m_data),
                 (QStringList{QStringLiteral("MySQL"), QStringLiteral("Terraform")}));
        QCOMPARE(sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT count(*) FROM listing_skills WHERE skill_id = ?"),
                             {mysql})
                     .toInt(),
                 2);
        // The old name finds the target, in the search field, the matcher and in lookups.
        QCOMPARE(searchListings(*m_db, QStringLiteral("skill:MariaDB")), (QList<qint64>{m_backend, m_data}));
        QCOMPARE(searchListings(*m_db, QStringLiteral("skill:mysql")), (QList<qint64>{m_backend, m_data}));
        const std::shared_ptr<const SkillIndex> index = SkillIndex::load(*m_db);
        QVERIFY(!index->contains(mariadb));
        const QList<SkillHit> hits = index->matcher().find(u"MariaDB");
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().skillId, mysql);

        // Profiles: the higher level and the more years; a known number of years beats an unknown one.
        const auto skillsOfProfile = [&](qint64 profile) {
            QStringList rows;
            for (const ProfileSkill &skill : profiles.skills(profile))
                rows.append(QStringLiteral("%1 %2 %3")
                                .arg(skill.name)
                                .arg(skill.level)
                                .arg(skill.years ? QString::number(*skill.years) : QStringLiteral("-")));
            return rows;
        };
        QCOMPARE(skillsOfProfile(both), QStringList{QStringLiteral("MySQL 4 5")});
        QCOMPARE(skillsOfProfile(onlyOld), QStringList{QStringLiteral("MySQL 3 -")});
        QCOMPARE(skillsOfProfile(unknownYears), QStringList{QStringLiteral("MySQL 5 4.5")});

        // The merged skill is no row of the dictionary; its target lists it.
        QStringList names;
        for (const DictionarySkill &skill : dictionary.skills())
            names.append(skill.name);
        QVERIFY(!names.contains(QStringLiteral("MariaDB")));
        QCOMPARE(dictionary.skill(mysql)->merged, QStringList{QStringLiteral("MariaDB")});

        // Conflicts.
        const qint64 go = skillId(*m_db, QStringLiteral("Go"));
        const qint64 terraform = skillId(*m_db, QStringLiteral("Terraform"));
        QVERIFY(refused([&] { dictionary.merge(go, go); }, {QStringLiteral("itself")}));
        QVERIFY(refused([&] { dictionary.merge(mariadb, go); },
                        {QStringLiteral("MariaDB"), QStringLiteral("MySQL")}));
        QVERIFY(refused([&] { dictionary.merge(go, mariadb); }, {QStringLiteral("MySQL")}));
        QVERIFY(refused([&] { dictionary.setIgnored(mariadb, true); }, {QStringLiteral("MySQL")}));
        QVERIFY(refused([&] { dictionary.addAlias(mariadb, QStringLiteral("maria")); },
                        {QStringLiteral("MySQL")}));
        QVERIFY(refused([&] { dictionary.addAlias(go, QStringLiteral("mariadb")); },
                        {QStringLiteral("MariaDB"), QStringLiteral("MySQL")}));
        dictionary.setIgnored(terraform, true);
        QVERIFY(refused([&] { dictionary.merge(go, terraform); },
                        {QStringLiteral("Terraform"), QStringLiteral("ignored")}));

        // Merging the target on: what was merged into it follows.
        const qint64 postgres = skillId(*m_db, QStringLiteral("PostgreSQL"));
        dictionary.merge(mysql, postgres);
        QCOMPARE(dictionary.skill(mariadb)->mergedInto, std::optional<qint64>(postgres));
        reextract();
        QCOMPARE(skillsOf(*m_db, m_data), QStringList{QStringLiteral("PostgreSQL")});

        // Undo: MySQL is a skill again; MariaDB stays with PostgreSQL.
        QVERIFY(refused([&] { dictionary.unmerge(go); }, {QStringLiteral("Go")}));
        dictionary.unmerge(mysql);
        reextract();
        QCOMPARE(skillsOf(*m_db, m_backend),
                 (QStringList{QStringLiteral("Go"), QStringLiteral("MySQL"), QStringLiteral("PostgreSQL")}));
        QCOMPARE(skillsOf(*m_db, m_data), QStringList{QStringLiteral("PostgreSQL")});
        dictionary.unmerge(mariadb);
        reextract();
        QCOMPARE(skillsOf(*m_db, m_data), QStringList{QStringLiteral("MariaDB")});
    }

    void updateOfTheShippedDictionaryKeepsEveryEdit()
    {
        SkillDictionary dictionary(*m_db);
        const qint64 frob = dictionary.addSkill(QStringLiteral("Widget Frobbing"), SkillCategory::Practice,
                                                {QStringLiteral("frob")});
        const qint64 go = skillId(*m_db, QStringLiteral("Go"));
        const qint64 kubernetes = skillId(*m_db, QStringLiteral("Kubernetes"));
        const qint64 mariadb = skillId(*m_db, QStringLiteral("MariaDB"));
        const qint64 mysql = skillId(*m_db, QStringLiteral("MySQL"));
        dictionary.addAlias(kubernetes, QStringLiteral("kube cluster"));
        dictionary.setIgnored(go, true);
        dictionary.merge(mariadb, mysql);
        // A shipped skill that a later dictionary no longer has, merged by the user, and the target of a
        // merge that a later dictionary no longer has.
        sql::run(m_db->connection(),
                 QStringLiteral("INSERT INTO skills (name, category, origin) VALUES ('Old Tool', 5, 0), "
                                "('Older Tool', 5, 0), ('Gone Tool', 5, 0)"));
        const qint64 oldTool = skillId(*m_db, QStringLiteral("Old Tool"));
        const qint64 olderTool = skillId(*m_db, QStringLiteral("Older Tool"));
        dictionary.merge(oldTool, mysql);
        dictionary.merge(skillId(*m_db, QStringLiteral("Gone Tool")), olderTool);
        reextract();
        const QStringList before = dictionaryRows();

        sql::run(m_db->connection(),
                 QStringLiteral("DELETE FROM library_settings WHERE key = 'skills.shipped_version'"));
        installShippedSkills(*m_db);
        QCOMPARE(dictionaryRows(), before);
        QVERIFY(dictionary.skill(frob)->user);
        QVERIFY(dictionary.skill(go)->ignored);
        QCOMPARE(dictionary.skill(mariadb)->mergedInto, std::optional<qint64>(mysql));
        QCOMPARE(dictionary.skill(oldTool)->mergedInto, std::optional<qint64>(mysql));
        QVERIFY(dictionary.skill(olderTool));
        QCOMPARE(dictionary.find(QStringLiteral("kube cluster"))->id, kubernetes);
        QVERIFY(!skillsNeedReextraction(*m_db));
        QCOMPARE(skillsOf(*m_db, m_data),
                 (QStringList{QStringLiteral("MySQL"), QStringLiteral("Terraform")}));
    }

    void modelShowsTheDictionary()
    {
        SkillDictionaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(*m_db);
        const int shipped = model.rowCount();
        QVERIFY(shipped > 2000);
        SkillDictionary dictionary(*m_db);
        dictionary.merge(skillId(*m_db, QStringLiteral("MariaDB")), skillId(*m_db, QStringLiteral("MySQL")));
        dictionary.addSkill(QStringLiteral("Widget Frobbing"), SkillCategory::Practice,
                            {QStringLiteral("frob")});
        model.reload(*m_db);
        QCOMPARE(model.rowCount(), shipped); // one merged away, one added

        const int mysql = model.rowOf(skillId(*m_db, QStringLiteral("MySQL")));
        QVERIFY(mysql >= 0);
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(mysql, SkillDictionaryModel::Name), QStringLiteral("MySQL"));
        QCOMPARE(text(mysql, SkillDictionaryModel::Category), label(SkillCategory::Database));
        // Its own aliases (whatever the shipped dictionary gives), then the skill merged into it.
        QVERIFY(text(mysql, SkillDictionaryModel::Aliases).endsWith(QStringLiteral(", MariaDB (merged)")));
        QCOMPARE(text(mysql, SkillDictionaryModel::Origin), QStringLiteral("Shipped"));
        QCOMPARE(text(mysql, SkillDictionaryModel::Listings), QString()); // not counted yet
        const int frob = model.rowOf(skillId(*m_db, QStringLiteral("Widget Frobbing")));
        QCOMPARE(text(frob, SkillDictionaryModel::Origin), QStringLiteral("Yours"));
        QVERIFY(model.index(frob, 0).data(SkillDictionaryModel::FilterRole).toString().contains(u"frob"));

        model.setListingCounts(SkillDictionary::listingCounts(*m_db));
        QCOMPARE(model.index(mysql, SkillDictionaryModel::Listings).data().toInt(), 2);
        QCOMPARE(model.index(frob, SkillDictionaryModel::Listings).data().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSkillDictionary)
#include "tst_skilldictionary.moc"
