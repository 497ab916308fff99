// The skills gap of a view against hand-written SQL over the same library: demand, required counts,
// what the profile has, medians with and without a skill, and the learn-next rank; the in-memory
// analysis (ListingSkillIndex) against the SQL one.
// JOBDESK_BENCH_LIBRARY=PATH also times both over that library (opened as it is: give a copy).
#include "testsupport.h"

#include "listings/listingquery.h"
#include "profiles/profilestore.h"
#include "samples/samplelibrary.h"
#include "search/searchquery.h"
#include "skills/gapanalysis.h"
#include "skills/listingskillindex.h"
#include "skills/matchscore.h"
#include "skills/skilldemandmodel.h"
#include "store/database.h"
#include "store/sql.h"
#include "views/listingview.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <array>

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

    // The in-memory analysis over the view's ids gives exactly the SQL's ViewGap.
    static void compareCounted(const Database &db, const ListingSkillIndex &index, const SqlFilter &view,
                               qint64 profile, int limit = 200)
    {
        const ViewGap expected = analyseViewGap(db, view, profile, limit);
        QList<qint64> ids = viewListingIds(db, view);
        std::reverse(ids.begin(), ids.end()); // any order
        const std::optional<ViewGap> counted =
            analyseViewGap(index, ids, profileSkillIds(db, profile), limit);
        QVERIFY(counted);
        QCOMPARE(counted->listings, expected.listings);
        QCOMPARE(counted->listingsWithSkills, expected.listingsWithSkills);
        QCOMPARE(counted->skills.size(), expected.skills.size());
        for (qsizetype i = 0; i < expected.skills.size(); ++i) {
            const SkillDemand &a = counted->skills.at(i);
            const SkillDemand &b = expected.skills.at(i);
            QCOMPARE(a.skillId, b.skillId);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.category, b.category);
            QCOMPARE(a.listings, b.listings);
            QCOMPARE(a.required, b.required);
            QCOMPARE(a.share, b.share);
            QCOMPARE(a.have, b.have);
            QCOMPARE(a.medianWith, b.medianWith);
            QCOMPARE(a.medianWithout, b.medianWithout);
            QCOMPARE(a.learnNext, b.learnNext);
        }
    }

    SqlFilter searchFilter(const QString &text, qint64 profile) const
    {
        search::CompileContext context;
        context.now = QDateTime::currentDateTimeUtc();
        context.matchExpression = matchSqlExpression(profile);
        context.dialect = &m_db->dialect();
        const search::CompiledSearch compiled = search::compileSearch(text, context);
        if (!compiled.ok())
            qFatal("bad search %s", qPrintable(text));
        return allOf(viewFilter(ListingView{}, context.now, m_db->dialect()), compiled.filter);
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
        const QString where = condition.isEmpty() ? QStringLiteral("TRUE") : condition;

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
        // All rows first: on PostgreSQL a connection reads one result at a time, and salaries() runs its own.
        QList<std::array<qint64, 3>> rows; // skill, listings, required
        while (hand.next())
            rows.append({hand.value(0).toLongLong(), hand.value(1).toLongLong(), hand.value(2).toLongLong()});
        int row = 0;
        for (const auto &[id, listings, required] : std::as_const(rows)) {
            QVERIFY(row < gap.skills.size());
            const SkillDemand &skill = gap.skills.at(row++);
            QCOMPARE(skill.skillId, id);
            QCOMPARE(skill.listings, int(listings));
            QCOMPARE(skill.required, int(required));
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
        const ViewGap gap = analyseViewGap(*m_db, {QStringLiteral("FALSE"), {}}, m_profile);
        QCOMPARE(gap.listings, 0);
        QVERIFY(gap.skills.isEmpty());
    }

    // Last: changes the fixture (unknown salaries, hidden listings, a listing without skills).
    void theCountedGapEqualsTheSql()
    {
        const QSqlDatabase c = m_db->connection();
        sql::run(c, QStringLiteral("UPDATE listings SET salary_yearly = NULL WHERE id % 7 = 0"));
        sql::run(c, QStringLiteral("INSERT INTO annotations (listing_id, hidden, updated_at) "
                                   "SELECT id, 1, 0 FROM listings WHERE id % 11 = 0"));
        sql::run(c, QStringLiteral("DELETE FROM listing_skills WHERE listing_id = 5"));
        const std::shared_ptr<const ListingSkillIndex> index = ListingSkillIndex::load(*m_db);
        QVERIFY(index);
        QCOMPARE(index->listingCount(), size_t(Listings));
        QVERIFY(!index->wideEntries());
        QVERIFY(index->memoryBytes() > 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<SqlFilter> views{
            {},
            viewFilter(ListingView{}, now, m_db->dialect()),
            allOf(viewFilter(ListingView{}, now, m_db->dialect()),
                  {QStringLiteral("listings.workplace = ?"), {3}}),
            allOf(viewFilter(ListingView{}, now, m_db->dialect()),
                  {QStringLiteral("listings.salary_yearly >= ?"), {200000}}),
            viewFilter(ListingView(ListingView::Kind::Hidden, 0), now, m_db->dialect()),
            {QStringLiteral("listings.id IN (5, 7, 14, 21)"), {}},
        };
        for (const SqlFilter &view : views) {
            for (const qint64 profile : {qint64(0), m_profile}) {
                compareCounted(*m_db, *index, view, profile);
                if (QTest::currentTestFailed())
                    qFatal("differs for %s", qPrintable(view.condition));
            }
        }
        compareCounted(*m_db, *index, {}, m_profile, 5); // fewer shown than asked
        // An empty view, and ids the snapshot does not know.
        const std::optional<ViewGap> empty = analyseViewGap(*index, {}, {});
        QVERIFY(empty && empty->listings == 0 && empty->skills.isEmpty());
        QVERIFY(!analyseViewGap(*index, {1, Listings + 1}, {}));
        QVERIFY(!analyseViewGap(*index, {0}, {}));

        // Skill ids beyond 16 bits.
        sql::run(c, QStringLiteral("INSERT INTO skills (id, name, category) VALUES (40000, 'Wide', 2)"));
        sql::run(c, QStringLiteral("INSERT INTO listing_skills (listing_id, skill_id, required) "
                                   "SELECT id, 40000, id % 2 FROM listings WHERE id <= 30"));
        const std::shared_ptr<const ListingSkillIndex> wide = ListingSkillIndex::load(*m_db);
        QVERIFY(wide && wide->wideEntries());
        compareCounted(*m_db, *wide, viewFilter(ListingView{}, now, m_db->dialect()), m_profile);
    }

    // Not run by default: prints the snapshot's load time and size, and the counted and SQL analyses of
    // the whole view and of a search, over the library JOBDESK_BENCH_LIBRARY names (JOBDESK_BENCH_SEARCH:
    // the search, "python" by default; JOBDESK_BENCH_SQL=0 leaves out the slow SQL analysis).
    void benchLibrary()
    {
        const QString path = qEnvironmentVariable("JOBDESK_BENCH_LIBRARY");
        if (path.isEmpty())
            QSKIP("set JOBDESK_BENCH_LIBRARY to time a library");
        QVERIFY(QFile::exists(path));
        const Database db(path);
        const auto rss = [] {
            QFile status(QStringLiteral("/proc/self/status"));
            if (!status.open(QIODevice::ReadOnly))
                return QByteArray();
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS") || line.startsWith("VmHWM"))
                    return line.simplified();
            }
            return QByteArray();
        };
        const QByteArray rssBefore = rss();
        QElapsedTimer timer;
        timer.start();
        const std::shared_ptr<const ListingSkillIndex> index = ListingSkillIndex::load(db);
        QVERIFY(index);
        qInfo("snapshot: %zu listings, %zu entries (%s), %.1f MB, loaded in %.0f ms; RSS %s -> %s",
              index->listingCount(), index->entryCount(), index->wideEntries() ? "32-bit" : "16-bit",
              double(index->memoryBytes()) / 1e6, index->loadMs(), rssBefore.constData(), rss().constData());
        const QSqlDatabase c = db.connection();
        const qint64 profile =
            sql::scalar(c, QStringLiteral("SELECT coalesce(min(id), 0) FROM profiles")).toLongLong();
        const QString search = qEnvironmentVariable("JOBDESK_BENCH_SEARCH", QStringLiteral("python"));
        for (const QString &text : {QString(), search}) {
            const SqlFilter view = searchFilter(text, profile);
            timer.restart();
            const QList<qint64> ids = viewListingIds(db, view);
            const double idsMs = double(timer.nsecsElapsed()) / 1e6;
            const QSet<qint64> have = profileSkillIds(db, profile);
            std::vector<double> runs;
            std::optional<ViewGap> counted;
            for (int run = 0; run < 7; ++run) {
                timer.restart();
                counted = analyseViewGap(*index, ids, have);
                runs.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            QVERIFY(counted);
            std::sort(runs.begin(), runs.end());
            qInfo("view \"%s\": %d listings, %d skills; ids by SQL %.1f ms; counted: median %.2f ms, min "
                  "%.2f ms",
                  qPrintable(text.isEmpty() ? QStringLiteral("All") : text), counted->listings,
                  int(counted->skills.size()), idsMs, runs[runs.size() / 2], runs.front());
            if (qEnvironmentVariable("JOBDESK_BENCH_SQL") == QLatin1String("0"))
                continue;
            timer.restart();
            const ViewGap expected = analyseViewGap(db, view, profile);
            qInfo("  SQL analyseViewGap: %.0f ms (%d skills)", double(timer.nsecsElapsed()) / 1e6,
                  int(expected.skills.size()));
            compareCounted(db, *index, view, profile);
        }
    }

    void theCountedGapEqualsTheSqlOnTheSampleLibrary()
    {
        test::TempLibrary dir;
        const std::unique_ptr<Database> db = dir.open();
        QVERIFY(samples::load(*db).inserted >= 300);
        ProfileStore profiles(*db);
        const qint64 profile = profiles.create(QStringLiteral("Backend"));
        QSqlQuery some =
            sql::run(db->connection(), QStringLiteral("SELECT skill_id FROM listing_skills GROUP BY skill_id "
                                                      "ORDER BY count(*) DESC LIMIT 12"));
        for (int n = 0; some.next(); ++n) {
            if (n % 2 == 0)
                profiles.setSkill(profile, some.value(0).toLongLong(), 1 + n % 5);
        }
        sql::run(db->connection(), QStringLiteral("INSERT INTO annotations (listing_id, hidden, updated_at) "
                                                  "SELECT id, 1, 0 FROM listings WHERE id % 13 = 0"));
        const std::shared_ptr<const ListingSkillIndex> index = ListingSkillIndex::load(*db);
        QVERIFY(index);
        QVERIFY(index->entryCount() > 1000);
        for (const QString &text : {QString(), QStringLiteral("workplace:remote"), QStringLiteral("python"),
                                    QStringLiteral("match>=50"), QStringLiteral("salary>=60000")}) {
            for (const qint64 who : {qint64(0), profile}) {
                compareCounted(*db, *index, searchFilter(text, who), who);
                if (QTest::currentTestFailed())
                    qFatal("differs for %s", qPrintable(text));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGapAnalysis)
#include "tst_gapanalysis.moc"
