// The skills gap's what-if on the sample library and a profile: the distribution of match scores over a
// view against a computation by hand (before: the Match column's SQL expression; after: the listing's
// skills scored in C++ with the ticked ones at level 3), ticking missing skills only ever moves
// listings up, and the demand table's "If learned" ticks (QAbstractItemModelTester).
// JOBDESK_BENCH_LISTINGS=100000 also times the distribution over a library of that many listings.
#include "testsupport.h"

#include "profiles/profilestore.h"
#include "samples/samplelibrary.h"
#include "search/searchquery.h"
#include "skills/gapanalysis.h"
#include "skills/matchdistribution.h"
#include "skills/matchscore.h"
#include "skills/skilldemandmodel.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

namespace {

const QString viewFrom = QStringLiteral(" FROM listings LEFT JOIN annotations ON annotations.listing_id = "
                                        "listings.id LEFT JOIN stages ON stages.id = annotations.stage_id");

// The bucket written differently from the code: 90..100 is the last, else the tens.
int handBucket(double score)
{
    return score >= 90 ? 9 : int(score) / 10;
}

} // namespace

class TestMatchDistribution : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_profile = 0;

    qint64 skillId(const QString &name)
    {
        return sql::scalar(m_db->connection(), QStringLiteral("SELECT id FROM skills WHERE name = ?"), {name})
            .toLongLong();
    }

    // The most asked-for skills of the view the profile lacks, required by at least one listing.
    QList<qint64> missingRequired(const SqlFilter &view, int count)
    {
        QList<qint64> ids;
        for (const SkillDemand &skill : analyseViewGap(*m_db, view, m_profile).skills) {
            if (!skill.have && skill.required > 0 && ids.size() < count)
                ids.append(skill.skillId);
        }
        return ids;
    }

    // The distribution computed by hand, listing by listing.
    MatchDistribution byHand(const SqlFilter &view, const QSet<qint64> &learned)
    {
        MatchDistribution d;
        const QString where = view.isEmpty() ? QString() : QStringLiteral(" WHERE ") + view.condition;
        QSqlQuery listings = sql::run(
            m_db->connection(),
            QStringLiteral("SELECT listings.id, %1").arg(matchSqlExpression(m_profile)) + viewFrom + where,
            view.values);
        // All rows first: on PostgreSQL a connection reads one result at a time.
        QList<std::pair<QVariant, QVariant>> rows;
        while (listings.next())
            rows.append({listings.value(0), listings.value(1)});
        for (const auto &[id, match] : std::as_const(rows)) {
            if (match.isNull()) {
                ++d.withoutSkills;
                continue;
            }
            const double before = match.toDouble(); // the Match column
            QSqlQuery skills = sql::run(m_db->connection(),
                                        QStringLiteral("SELECT ls.skill_id, ls.required, ps.level "
                                                       "FROM listing_skills ls LEFT JOIN profile_skills ps "
                                                       "ON ps.profile_id = ? AND ps.skill_id = ls.skill_id "
                                                       "WHERE ls.listing_id = ?"),
                                        {m_profile, id});
            QList<MatchedSkill> asked;
            while (skills.next()) {
                MatchedSkill skill;
                skill.skillId = skills.value(0).toLongLong();
                skill.required = skills.value(1).toBool();
                skill.level = skills.value(2).isNull() ? (learned.contains(skill.skillId) ? 3 : 0)
                                                       : skills.value(2).toInt();
                asked.append(skill);
            }
            const double after = scoreSkills(asked).score;
            ++d.before[handBucket(before)];
            ++d.after[handBucket(after)];
            d.atLeastBefore += before >= 70 ? 1 : 0;
            d.atLeastAfter += after >= 70 ? 1 : 0;
            ++d.withSkills;
        }
        d.learned = QList<qint64>(learned.begin(), learned.end());
        std::sort(d.learned.begin(), d.learned.end());
        return d;
    }

    SqlFilter search(const QString &text)
    {
        search::CompileContext context;
        context.dialect = &m_db->dialect(); // how the library's engine searches full text
        context.matchExpression = matchSqlExpression(m_profile);
        const search::CompiledSearch compiled = search::compileSearch(text, context);
        if (!compiled.ok())
            qFatal("bad search %s", qPrintable(text));
        return compiled.filter;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        QVERIFY(samples::load(*m_db).inserted >= 300);
        ProfileStore profiles(*m_db);
        m_profile = profiles.create(QStringLiteral("Backend"));
        const QList<std::pair<QString, int>> skills{
            {QStringLiteral("Java"), 5},          {QStringLiteral("Spring Boot"), 4},
            {QStringLiteral("SQL"), 5},           {QStringLiteral("PostgreSQL"), 4},
            {QStringLiteral("Docker"), 3},        {QStringLiteral("Kubernetes"), 3},
            {QStringLiteral("REST"), 4},          {QStringLiteral("Python"), 2},
            {QStringLiteral("AWS"), 1},           {QStringLiteral("Git"), 4},
            {QStringLiteral("Communication"), 4}, {QStringLiteral("Curiosity"), 4},
            {QStringLiteral("Patience"), 3},      {QStringLiteral("CI/CD"), 3},
            {QStringLiteral("Linux"), 4},         {QStringLiteral("Agile"), 4},
            {QStringLiteral("Scrum"), 3},         {QStringLiteral("Code review"), 4},
            {QStringLiteral("Documentation"), 4}};
        for (const auto &[name, level] : skills) {
            QVERIFY2(skillId(name) > 0, qPrintable(name));
            profiles.setSkill(m_profile, skillId(name), level);
        }
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void equalsTheHandComputation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("whole library") << QString();
        QTest::newRow("remote") << QStringLiteral("workplace:remote");
        QTest::newRow("engineers paid well") << QStringLiteral("engineer salary>=60k");
        QTest::newRow("already a good match") << QStringLiteral("match>=40");
    }

    void equalsTheHandComputation()
    {
        QFETCH(QString, query);
        const SqlFilter view = search(query);
        const QList<qint64> learnedList = missingRequired(view, 3);
        QCOMPARE(learnedList.size(), 3);
        for (const QSet<qint64> &learned : {QSet<qint64>{}, QSet<qint64>{learnedList.first()},
                                            QSet<qint64>(learnedList.begin(), learnedList.end())}) {
            const MatchDistribution d = matchDistribution(*m_db, view, m_profile, learned);
            const MatchDistribution expected = byHand(view, learned);
            QCOMPARE(d.before, expected.before);
            QCOMPARE(d.after, expected.after);
            QCOMPARE(d.atLeastBefore, expected.atLeastBefore);
            QCOMPARE(d.atLeastAfter, expected.atLeastAfter);
            QCOMPARE(d.withSkills, expected.withSkills);
            QCOMPARE(d.withoutSkills, expected.withoutSkills);
            QCOMPARE(d.learned, expected.learned);
            QVERIFY(d.withSkills > 10);
            if (learned.isEmpty())
                QCOMPARE(d.after, d.before);
        }
    }

    void learningARequiredSkillMovesListingsUp()
    {
        const MatchDistribution now = matchDistribution(*m_db, {}, m_profile, {});
        QSet<qint64> learned;
        MatchDistribution previous = now;
        // The missing skills most asked for, one tick more each time, until some listing crosses 70 %.
        for (const qint64 skill : missingRequired({}, 200)) {
            learned.insert(skill);
            const MatchDistribution d = matchDistribution(*m_db, {}, m_profile, learned);
            QCOMPARE(d.before, now.before);
            QVERIFY(d.after != d.before);
            QVERIFY(d.atLeastAfter >= d.atLeastBefore);
            // Nobody moves down: at every bucket, at least as many listings are there or above.
            int above = 0, aboveBefore = 0, abovePrevious = 0;
            for (int b = MatchDistribution::Buckets - 1; b >= 0; --b) {
                above += d.after[b];
                aboveBefore += d.before[b];
                abovePrevious += previous.after[b];
                QVERIFY(above >= aboveBefore);
                QVERIFY(above >= abovePrevious); // one more tick never lowers the count either
            }
            QCOMPARE(above, d.withSkills);
            QVERIFY(d.atLeastAfter >= previous.atLeastAfter);
            previous = d;
            if (d.atLeastAfter > now.atLeastBefore)
                break;
        }
        QVERIFY2(previous.atLeastAfter > now.atLeastBefore,
                 qPrintable(QStringLiteral("%1 → %2").arg(now.atLeastBefore).arg(previous.atLeastAfter)));
    }

    void aSkillTheProfileHasKeepsItsLevel()
    {
        const MatchDistribution d = matchDistribution(*m_db, {}, m_profile, {skillId(QStringLiteral("AWS"))});
        QCOMPARE(d.after, d.before); // AWS stays at level 1, not 3
        QCOMPARE(d.atLeastAfter, d.atLeastBefore);
    }

    void noProfileAndEmptyViewsHaveNothing()
    {
        const QList<qint64> skill = missingRequired({}, 1);
        const MatchDistribution none = matchDistribution(*m_db, {}, 0, {skill.first()});
        QCOMPARE(none.withSkills, 0);
        const MatchDistribution empty =
            matchDistribution(*m_db, {QStringLiteral("FALSE"), {}}, m_profile, {skill.first()});
        QCOMPARE(empty.withSkills, 0);
        QCOMPARE(empty.withoutSkills, 0);
        QCOMPARE(MatchDistribution::bucketOf(0), 0);
        QCOMPARE(MatchDistribution::bucketOf(69.99), 6);
        QCOMPARE(MatchDistribution::bucketOf(70), 7);
        QCOMPARE(MatchDistribution::bucketOf(100), 9);
    }

    void stopsWhenStale()
    {
        const MatchDistribution d = matchDistribution(*m_db, {}, m_profile, {}, [] { return true; });
        QCOMPARE(d.withSkills, 0);
    }

    void theDemandTableTicksMissingSkills()
    {
        SkillDemandModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &SkillDemandModel::learnedChanged);
        const ViewGap gap = analyseViewGap(*m_db, {}, m_profile);
        model.setGap(gap);
        QVERIFY(model.rowCount() > 20);
        int have = -1, missing = -1, secondMissing = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, SkillDemandModel::Skill);
            const bool had = index.data(SkillDemandModel::HaveRole).toBool();
            // Only the Skill cell of a missing skill is checkable, and says so.
            QCOMPARE(bool(model.flags(index) & Qt::ItemIsUserCheckable), !had);
            QCOMPARE(index.data(Qt::CheckStateRole).isValid(), !had);
            QVERIFY(!(model.flags(model.index(row, SkillDemandModel::Demand)) & Qt::ItemIsUserCheckable));
            if (had && have < 0)
                have = row;
            else if (!had && missing < 0)
                missing = row;
            else if (!had && secondMissing < 0)
                secondMissing = row;
        }
        QVERIFY(have >= 0 && missing >= 0 && secondMissing >= 0);
        const QModelIndex tick = model.index(missing, SkillDemandModel::Skill);
        const qint64 tickedId = tick.data(SkillDemandModel::SkillIdRole).toLongLong();
        QVERIFY(model.setData(tick, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(tick.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.learned() == QSet<qint64>{tickedId});
        QCOMPARE(model.learnedNames(), QStringList{tick.data().toString()});
        QVERIFY(model.setData(model.index(secondMissing, SkillDemandModel::Skill), Qt::Checked,
                              Qt::CheckStateRole));
        // A skill the profile has cannot be ticked.
        QVERIFY(!model.setData(model.index(have, SkillDemandModel::Skill), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.learned().size(), 2);

        // Sorting and a refresh of the same view keep the ticks.
        model.sort(SkillDemandModel::Skill, Qt::AscendingOrder);
        model.setGap(analyseViewGap(*m_db, {}, m_profile));
        QCOMPARE(model.learned().size(), 2);
        QVERIFY(model.learned().contains(tickedId));
        int checked = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            checked +=
                model.index(row, SkillDemandModel::Skill).data(Qt::CheckStateRole).toInt() == Qt::Checked;
        QCOMPARE(checked, 2);

        // A gap without the skill drops its tick; so does a profile that has it.
        ViewGap without = gap;
        without.skills.removeIf([tickedId](const SkillDemand &s) { return s.skillId == tickedId; });
        model.setGap(without);
        QCOMPARE(model.learned().size(), 1);
        QVERIFY(!model.learned().contains(tickedId));
        const qint64 other = *model.learned().begin();
        ViewGap learnedIt = gap;
        for (SkillDemand &s : learnedIt.skills)
            s.have = s.have || s.skillId == other;
        model.setGap(learnedIt);
        QVERIFY(model.learned().isEmpty());

        // Unticking; and without a profile nothing is checkable.
        model.setGap(gap);
        const QModelIndex again = model.index(0, SkillDemandModel::Skill);
        if (!again.data(SkillDemandModel::HaveRole).toBool()) {
            QVERIFY(model.setData(again, Qt::Checked, Qt::CheckStateRole));
            QVERIFY(model.setData(again, Qt::Unchecked, Qt::CheckStateRole));
            QVERIFY(model.learned().isEmpty());
        }
        model.setData(model.index(missing, SkillDemandModel::Skill), Qt::Checked, Qt::CheckStateRole);
        model.setWhatIfEnabled(false);
        QVERIFY(model.learned().isEmpty());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!(model.flags(model.index(row, SkillDemandModel::Skill)) & Qt::ItemIsUserCheckable));
    }

    // Not run by default: JOBDESK_BENCH_LISTINGS=100000 prints how long a view of that many listings
    // (seven skills each) takes, the whole library and a search.
    void largeView()
    {
        const int count = qEnvironmentVariableIntValue("JOBDESK_BENCH_LISTINGS");
        if (count <= 0)
            QSKIP("set JOBDESK_BENCH_LISTINGS to time a large view");
        test::TempLibrary dir;
        const std::unique_ptr<Database> db = dir.open();
        QElapsedTimer timer;
        timer.start();
        test::addListings(*db, count);
        {
            Transaction transaction(db->connection(), db->dialect());
            const QSqlDatabase c = db->connection();
            for (int s = 1; s <= 60; ++s)
                sql::run(c, QStringLiteral("INSERT INTO skills (id, name, category) VALUES (?, ?, 1)"),
                         {s, QStringLiteral("Skill %1").arg(s)});
            QSqlQuery insert(c);
            insert.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO listing_skills (listing_id, skill_id, required) VALUES (?, ?, ?)"));
            QSqlQuery ids = sql::run(c, QStringLiteral("SELECT id FROM listings"));
            while (ids.next()) {
                const qint64 id = ids.value(0).toLongLong();
                for (int k = 0; k < 7; ++k) {
                    insert.addBindValue(id);
                    insert.addBindValue(1 + (id * 7 + k * 13) % 60);
                    insert.addBindValue(k < 4 ? 1 : 0);
                    QVERIFY(insert.exec());
                }
            }
            sql::run(c, QStringLiteral("INSERT INTO profiles (id, name, created_at, updated_at) "
                                       "VALUES (9, 'Big', 0, 0)"));
            for (int s = 1; s <= 60; s += 3)
                sql::run(c,
                         QStringLiteral(
                             "INSERT INTO profile_skills (profile_id, skill_id, level) VALUES (9, ?, 4)"),
                         {s});
            transaction.commit();
        }
        qInfo("library of %d listings built in %lld ms", count, timer.elapsed());
        const QSet<qint64> learned{2, 5, 8};
        for (const SqlFilter &view :
             {SqlFilter{}, SqlFilter{QStringLiteral("listings.workplace = ?"), {3}}}) {
            timer.restart();
            const MatchDistribution d = matchDistribution(*db, view, 9, learned);
            qInfo("view '%s': %d listings with skills, ≥70 %d → %d, in %lld ms", qPrintable(view.condition),
                  d.withSkills, d.atLeastBefore, d.atLeastAfter, timer.elapsed());
            QVERIFY(d.withSkills > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestMatchDistribution)
#include "tst_matchdistribution.moc"
