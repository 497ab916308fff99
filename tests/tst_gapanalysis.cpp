// The skills gap of a view against hand-written SQL over the same library: demand, required counts,
// what the profile has, medians with and without a skill, and the learn-next rank.
#include "testsupport.h"

#include "listings/listingquery.h"
#include "skills/gapanalysis.h"
#include "skills/skilldemandmodel.h"
#include "store/database.h"
#include "store/sql.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace jobdesk;

class TestGapAnalysis : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;
    static constexpr int Listings = 400;
    static constexpr int Skills = 12;
    qint64 m_profile = 0;

    static std::optional<double> median(std::vector<double> values)
    {
        if (values.empty())
            return std::nullopt;
        std::sort(values.begin(), values.end());
        const size_t n = values.size();
        return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    std::vector<double> salaries(const QString &sqlText, const QVariantList &values)
    {
        std::vector<double> result;
        QSqlQuery query = sql::run(m_db->connection(), sqlText, values);
        while (query.next())
            result.push_back(query.value(0).toDouble());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        test::addListings(*m_db, Listings);
        const QSqlDatabase c = m_db->connection();
        for (int s = 1; s <= Skills; ++s)
            sql::run(c, QStringLiteral("INSERT INTO skills (id, name, category) VALUES (?, ?, ?)"),
                     {s, QStringLiteral("Skill %1").arg(s), s % 9});
        // Listing i asks for skill s when i is divisible by s: skill 1 everywhere, skill 12 rarely.
        for (int i = 1; i <= Listings; ++i) {
            for (int s = 1; s <= Skills; ++s) {
                if (i % s == 0)
                    sql::run(c,
                             QStringLiteral("INSERT INTO listing_skills (listing_id, skill_id, required) "
                                            "VALUES (?, ?, ?)"),
                             {i, s, (i / s) % 3 ? 1 : 0});
            }
        }
        sql::run(c, QStringLiteral(
                        "INSERT INTO profiles (id, name, created_at, updated_at) VALUES (5, 'Me', 0, 0)"));
        for (int s : {1, 3, 7})
            sql::run(
                c,
                QStringLiteral("INSERT INTO profile_skills (profile_id, skill_id, level) VALUES (5, ?, 3)"),
                {s});
        m_profile = 5;
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void equalsHandWrittenSql_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QVariantList>("values");
        QTest::newRow("whole library") << QString() << QVariantList();
        QTest::newRow("remote") << QStringLiteral("listings.workplace = ?") << QVariantList{3};
        QTest::newRow("paid well") << QStringLiteral("listings.salary_yearly >= ?") << QVariantList{200000};
    }

    void equalsHandWrittenSql()
    {
        QFETCH(QString, condition);
        QFETCH(QVariantList, values);
        const SqlFilter view{condition, values};
        const ViewGap gap = analyseViewGap(*m_db, view, m_profile);
        const QString where = condition.isEmpty() ? QStringLiteral("1") : condition;

        QSqlQuery total = sql::run(m_db->connection(),
                                   QStringLiteral("SELECT count(*) FROM listings WHERE ") + where, values);
        QVERIFY(total.next());
        QCOMPARE(gap.listings, total.value(0).toInt());
        QVERIFY(gap.listings > 0);

        QSqlQuery hand =
            sql::run(m_db->connection(),
                     QStringLiteral("SELECT ls.skill_id, count(*), sum(ls.required) FROM listing_skills ls "
                                    "JOIN listings ON listings.id = ls.listing_id WHERE ") +
                         where + QStringLiteral(" GROUP BY ls.skill_id ORDER BY count(*) DESC, ls.skill_id"),
                     values);
        int row = 0;
        while (hand.next()) {
            QVERIFY(row < gap.skills.size());
            const SkillDemand &skill = gap.skills.at(row++);
            const qint64 id = hand.value(0).toLongLong();
            QCOMPARE(skill.skillId, id);
            QCOMPARE(skill.listings, hand.value(1).toInt());
            QCOMPARE(skill.required, hand.value(2).toInt());
            QCOMPARE(skill.name, QStringLiteral("Skill %1").arg(id));
            QCOMPARE(skill.have, id == 1 || id == 3 || id == 7);
            QCOMPARE(skill.share, double(skill.listings) / gap.listings);

            const QString with = QStringLiteral("SELECT listings.salary_yearly FROM listings WHERE (") +
                                 where +
                                 QStringLiteral(") AND salary_yearly IS NOT NULL AND id IN "
                                                "(SELECT listing_id FROM listing_skills WHERE skill_id = %1)")
                                     .arg(id);
            const QString without =
                QStringLiteral("SELECT listings.salary_yearly FROM listings WHERE (") + where +
                QStringLiteral(") AND salary_yearly IS NOT NULL AND id NOT IN "
                               "(SELECT listing_id FROM listing_skills WHERE skill_id = %1)")
                    .arg(id);
            QCOMPARE(skill.medianWith, median(salaries(with, values)));
            QCOMPARE(skill.medianWithout, median(salaries(without, values)));
            QCOMPARE(skill.learnNext,
                     learnNextRank(skill.share, skill.have, skill.medianWith, skill.medianWithout));
        }
        QCOMPARE(row, int(gap.skills.size()));
        QVERIFY(row > 3);
    }

    void learnNextFollowsTheFormula()
    {
        QCOMPARE(learnNextRank(0.5, true, 100, 50), 0.0);
        QCOMPARE(learnNextRank(0.5, false, std::nullopt, 50), 0.5);
        QCOMPARE(learnNextRank(0.5, false, 120000, 100000), 0.5 * 1.2);
        QCOMPARE(learnNextRank(0.5, false, 300000, 100000), 0.5 * 2.0); // lift capped at +100 %
        QCOMPARE(learnNextRank(0.5, false, 10000, 100000), 0.5 * 0.5);  // and at −50 %
    }

    void theDemandTableSortsAndPassesTheModelTester()
    {
        SkillDemandModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGap(analyseViewGap(*m_db, {}, m_profile));
        QCOMPARE(model.rowCount(), Skills);
        // Demand first: skill 1 is in every listing.
        QCOMPARE(model.index(0, SkillDemandModel::Skill).data().toString(), QStringLiteral("Skill 1"));
        QCOMPARE(model.index(0, SkillDemandModel::Demand).data(SkillDemandModel::ShareRole).toDouble(), 1.0);
        QCOMPARE(model.index(0, SkillDemandModel::Have).data().toString(), QStringLiteral("have"));
        model.sort(SkillDemandModel::LearnNext, Qt::DescendingOrder);
        // The best skill to learn is a missing one (skill 2: half of all listings), and skills the
        // profile has come last.
        QCOMPARE(model.index(0, SkillDemandModel::Skill).data().toString(), QStringLiteral("Skill 2"));
        QVERIFY(!model.index(0, SkillDemandModel::Have).data(SkillDemandModel::HaveRole).toBool());
        QVERIFY(model.index(Skills - 1, SkillDemandModel::Have).data(SkillDemandModel::HaveRole).toBool());
        model.sort(SkillDemandModel::Skill, Qt::AscendingOrder);
        QCOMPARE(model.index(0, SkillDemandModel::Skill).data().toString(), QStringLiteral("Skill 1"));
        QCOMPARE(model.index(1, SkillDemandModel::Skill).data().toString(), QStringLiteral("Skill 10"));
    }

    void anEmptyViewHasNoGap()
    {
        const ViewGap gap = analyseViewGap(*m_db, {QStringLiteral("0"), {}}, m_profile);
        QCOMPARE(gap.listings, 0);
        QVERIFY(gap.skills.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGapAnalysis)
#include "tst_gapanalysis.moc"
