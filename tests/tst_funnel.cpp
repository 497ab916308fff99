// The funnel on a library with a written history: how many listings reached each stage (checked
// against counts worked out by hand and against a plain SQL statement of the definition), the response
// rate, and the median days between consecutive stages.
#include "testsupport.h"

#include "annotations/annotationstore.h"
#include "annotations/funnel.h"
#include "annotations/stagestore.h"
#include "store/database.h"
#include "store/sql.h"

#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

class TestFunnel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;

    qint64 stage(const QString &name) const
    {
        for (const Stage &s : StageStore(*m_db).list()) {
            if (s.name == name)
                return s.id;
        }
        return 0;
    }

    void move(qint64 listing, const QString &to, int day)
    {
        const QDateTime start(QDate(2026, 2, 2), QTime(8, 0), QTimeZone::UTC);
        QCOMPARE(AnnotationStore(*m_db).setStage({listing}, stage(to), start.addDays(day)).size(), 1);
    }

    // The definition in SQL, as docs/annotations.md writes it.
    QList<int> reachedBySql() const
    {
        QSqlQuery query = sql::run(
            m_db->connection(),
            QStringLiteral(
                "WITH visited (listing_id, stage_id) AS ("
                "  SELECT listing_id, stage_id FROM stage_history WHERE stage_id IS NOT NULL"
                "  UNION SELECT listing_id, stage_id FROM annotations WHERE stage_id IS NOT NULL"
                "  UNION SELECT id, (SELECT id FROM stages ORDER BY position LIMIT 1) FROM listings) "
                "SELECT (SELECT count(*) FROM listings l WHERE EXISTS ("
                "  SELECT 1 FROM visited v JOIN stages t ON t.id = v.stage_id WHERE v.listing_id = l.id"
                "  AND (t.id = s.id OR (t.position > s.position AND t.kind IN (0, 1))))) "
                "FROM stages s ORDER BY s.position"));
        QList<int> counts;
        while (query.next())
            counts.append(query.value(0).toInt());
        return counts;
    }

    static QList<int> reached(const Funnel &funnel)
    {
        QList<int> counts;
        for (const FunnelStage &s : funnel.stages)
            counts.append(s.reached);
        return counts;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        test::addListings(*m_db, 7);
        move(1, QStringLiteral("Saved"), 0);
        move(1, QStringLiteral("Applied"), 2);
        move(1, QStringLiteral("Screening"), 5);
        move(1, QStringLiteral("Interviewing"), 9);
        move(1, QStringLiteral("Offer"), 20);
        move(1, QStringLiteral("Accepted"), 25);
        move(2, QStringLiteral("Applied"), 0);
        move(2, QStringLiteral("Rejected"), 10);
        move(3, QStringLiteral("Applied"), 1);
        move(3, QStringLiteral("Screening"), 3);
        move(3, QStringLiteral("Rejected"), 7);
        move(4, QStringLiteral("Interviewing"), 0); // straight there: went through the stages before
        move(5, QStringLiteral("Saved"), 0);
        move(5, QStringLiteral("Archived"), 1);
        // 6: never moved.
        move(7, QStringLiteral("Saved"), 0);
        move(7, QStringLiteral("Applied"), 4);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void countsWhoReachedEachStage()
    {
        const Funnel funnel = computeFunnel(*m_db);
        QCOMPARE(funnel.listings, 7);
        // New Saved Applied Screening Interviewing Offer Accepted Rejected Withdrawn Archived
        const QList<int> byHand{7, 6, 5, 3, 2, 1, 1, 2, 0, 1};
        QCOMPARE(reached(funnel), byHand);
        QCOMPARE(reachedBySql(), byHand);
    }

    void responseRateAndMedianDays()
    {
        const Funnel funnel = computeFunnel(*m_db);
        QVERIFY(funnel.responseRate);
        QCOMPARE(*funnel.responseRate, 3.0 / 5.0);
        QCOMPARE(funnel.stages[0].medianDaysToNext, std::nullopt); // nobody's history says when New
        QCOMPARE(funnel.stages[1].medianDaysToNext, std::optional<double>(3.0)); // Saved → Applied: 2, 4
        QCOMPARE(funnel.stages[1].timedListings, 2);
        QCOMPARE(funnel.stages[2].medianDaysToNext, std::optional<double>(2.5)); // Applied → Screening: 3, 2
        QCOMPARE(funnel.stages[3].medianDaysToNext, std::optional<double>(4.0));
        QCOMPARE(funnel.stages[4].medianDaysToNext, std::optional<double>(11.0));
        QCOMPARE(funnel.stages[5].medianDaysToNext, std::optional<double>(5.0));
        QCOMPARE(funnel.stages[6].medianDaysToNext, std::nullopt); // Accepted is the last forward stage
        QCOMPARE(funnel.stages[7].medianDaysToNext, std::nullopt); // closed stages have none
    }

    void survivesRenamingAndFollowsTheOrder()
    {
        StageStore stages(*m_db);
        stages.rename(stage(QStringLiteral("Applied")), QStringLiteral("Sent"));
        stages.rename(stage(QStringLiteral("Screening")), QStringLiteral("Phone screen"));
        QCOMPARE(*computeFunnel(*m_db).responseRate, 3.0 / 5.0);

        // Interviewing before Screening: listing 4 (straight to Interviewing) no longer went through
        // the phone screen; listing 3, screened later in the order, went through Interviewing.
        QList<qint64> order;
        for (const Stage &s : stages.list())
            order.append(s.id);
        order.swapItemsAt(3, 4);
        stages.reorder(order);
        const Funnel funnel = computeFunnel(*m_db);
        QCOMPARE(funnel.stages[3].stage.name, QStringLiteral("Interviewing"));
        QCOMPARE(reached(funnel), reachedBySql());
        QCOMPARE(funnel.stages[3].reached, 3); // 1, 3, 4
        QCOMPARE(funnel.stages[4].reached, 2); // 1, 3: the response stage
        QCOMPARE(*funnel.responseRate, 2.0 / 5.0);
    }

    void anEmptyLibraryHasNoRate()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        const Funnel funnel = computeFunnel(*db);
        QCOMPARE(funnel.listings, 0);
        QCOMPARE(funnel.stages.size(), 10);
        QVERIFY(!funnel.responseRate);
    }
};

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
