// The sidebar's views as filters: each selects exactly what a hand-written query selects, hidden
// listings (by hand or by a hide rule) leave every view but Hidden, and removing a rule brings them back.
#include "testsupport.h"

#include "annotations/annotationstore.h"
#include "store/database.h"
#include "store/sql.h"
#include "views/hiderules.h"
#include "views/listingview.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

namespace {

constexpr int Listings = 40;

QList<qint64> idsOf(const Database &db, const SqlFilter &filter)
{
    QSqlQuery query =
        sql::run(db.connection(),
                 QStringLiteral("SELECT listings.id FROM listings"
                                " LEFT JOIN annotations ON annotations.listing_id = listings.id"
                                " LEFT JOIN stages ON stages.id = annotations.stage_id") +
                     (filter.isEmpty() ? QString() : QLatin1String(" WHERE ") + filter.condition) +
                     QLatin1String(" ORDER BY listings.id"),
                 filter.values);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> idsOf(const Database &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query = sql::run(db.connection(), statement, values);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

// Written apart from listingview.cpp on purpose: lower() and a glob instead of NOCASE and LIKE. SQLite
// has GLOB; PostgreSQL has none, so there the glob is a regular expression: every character but a
// letter, a digit, a space or `*` escaped, `*` as `.*`, anchored at both ends ("default": the nocase
// collation allows no regular expression).
QString handHidden()
{
    const QString titleMatches =
        test::usesPostgreSql()
            ? QStringLiteral("lower(l.title) COLLATE \"default\" ~ ('^' || replace(regexp_replace("
                             "lower(r.pattern) COLLATE \"default\", '([^[:alnum:][:space:]*])', '\\\\\\1', "
                             "'g'), '*', '.*') || '$')")
            : QStringLiteral("lower(l.title) GLOB lower(r.pattern)");
    return QStringLiteral("SELECT l.id FROM listings l LEFT JOIN annotations a ON a.listing_id = l.id"
                          " WHERE a.hidden = 1"
                          " OR lower(l.company) IN (SELECT lower(pattern) FROM hide_rules WHERE kind = 0)"
                          " OR EXISTS (SELECT 1 FROM hide_rules r WHERE r.kind = 1 AND ") +
           titleMatches + QLatin1Char(')');
}

qint64 stageId(const Database &db, const char *name)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT id FROM stages WHERE name = ?"),
                       {QString::fromLatin1(name)})
        .toLongLong();
}

} // namespace

class TestListingView : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    qint64 m_tagId = 0;

    QList<qint64> ids(const ListingView &view)
    {
        return idsOf(*m_db, viewFilter(view, m_now, m_db->dialect()));
    }
    QList<qint64> visible(const QString &statement, const QVariantList &values = {})
    {
        return idsOf(*m_db,
                     QStringLiteral("SELECT id FROM (") + statement +
                         QLatin1String(") AS v WHERE id NOT IN (") + handHidden() +
                         QLatin1String(") ORDER BY id"),
                     values);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        test::addListings(*m_db, Listings, m_now);
        const QSqlDatabase db = m_db->connection();
        const auto annotate = [&](qint64 id, const QVariant &stage, const QVariant &followUp) {
            sql::run(
                db,
                QStringLiteral("INSERT INTO annotations (listing_id, stage_id, follow_up_at, updated_at) "
                               "VALUES (?, ?, ?, 0)"),
                {id, stage, followUp});
        };
        const qint64 past = m_now.addDays(-1).toSecsSinceEpoch();
        const qint64 future = m_now.addDays(1).toSecsSinceEpoch();
        annotate(1, stageId(*m_db, "Applied"), QVariant());
        annotate(2, stageId(*m_db, "New"), past);                         // explicitly New, and due
        annotate(3, QVariant(), future);                                  // an annotation without a stage
        annotate(4, stageId(*m_db, "Rejected"), past);                    // due
        annotate(5, stageId(*m_db, "Applied"), m_now.toSecsSinceEpoch()); // due right now
        annotate(6, stageId(*m_db, "Interviewing"), QVariant());
        AnnotationStore(*m_db).setHidden({7, 8, 1}, true); // 1: applied, then hidden
        sql::run(db, QStringLiteral("INSERT INTO tags (name) VALUES ('shortlist')"));
        m_tagId = sql::scalar(db, QStringLiteral("SELECT id FROM tags")).toLongLong();
        for (const int listing : {1, 3, 9, 10, 11})
            sql::run(db, QStringLiteral("INSERT INTO listing_tags (listing_id, tag_id) VALUES (?, ?)"),
                     {listing, m_tagId});
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void viewsSelectWhatHandWrittenQueriesSelect_data()
    {
        QTest::addColumn<bool>("withRules");
        QTest::newRow("hidden by hand only") << false;
        QTest::newRow("with hide rules") << true;
    }

    void viewsSelectWhatHandWrittenQueriesSelect()
    {
        QFETCH(bool, withRules);
        HideRuleStore rules(*m_db);
        QList<HideRule> added;
        if (withRules) {
            added.append(rules.addCompany(QStringLiteral("northwind DATA")));  // listings 2, 6, 10 ...
            added.append(rules.addTitlePattern(QStringLiteral("junior qa*"))); // listings 5, 10, 15 ...
        }
        using Kind = ListingView::Kind;
        QCOMPARE(ids({Kind::All}), visible(QStringLiteral("SELECT id FROM listings")));
        QCOMPARE(ids({Kind::Inbox}),
                 visible(QStringLiteral(
                     "SELECT l.id FROM listings l LEFT JOIN annotations a ON a.listing_id = l.id "
                     "WHERE a.stage_id IS NULL OR a.stage_id = (SELECT id FROM stages WHERE name = 'New')")));
        const QString byStage =
            QStringLiteral("SELECT l.id FROM listings l LEFT JOIN annotations a ON a.listing_id = l.id "
                           "WHERE coalesce(a.stage_id, (SELECT id FROM stages WHERE name = 'New')) = ?");
        for (const char *stage : {"New", "Applied", "Rejected", "Interviewing", "Offer"}) {
            const qint64 id = stageId(*m_db, stage);
            QCOMPARE(ids({Kind::Stage, id, QString::fromLatin1(stage)}), visible(byStage, {id}));
        }
        QCOMPARE(ids({Kind::FollowUpDue}),
                 visible(QStringLiteral("SELECT listing_id AS id FROM annotations WHERE follow_up_at <= ?"),
                         {m_now.toSecsSinceEpoch()}));
        QCOMPARE(
            ids({Kind::Tag, m_tagId, QStringLiteral("shortlist")}),
            visible(QStringLiteral("SELECT listing_id AS id FROM listing_tags WHERE tag_id = ?"), {m_tagId}));
        QCOMPARE(ids({Kind::Hidden}), idsOf(*m_db, handHidden() + QLatin1String(" ORDER BY l.id")));

        // Spot checks that the hand-written side means what it says.
        QVERIFY(ids({Kind::Hidden}).contains(7));
        QVERIFY(!ids({Kind::All}).contains(7));
        QCOMPARE(int(ids({Kind::All}).size() + ids({Kind::Hidden}).size()), Listings);
        QVERIFY(!ids({Kind::FollowUpDue}).contains(3)); // due tomorrow
        QVERIFY(ids({Kind::FollowUpDue}).contains(4));
        // Listing id k is makeListing(k - 1).
        if (withRules) {
            QVERIFY(ids({Kind::Hidden}).contains(6));  // Northwind Data, by the company rule
            QVERIFY(ids({Kind::Hidden}).contains(15)); // "Junior QA Engineer 14", by the title rule
            QVERIFY(!ids({Kind::FollowUpDue}).contains(2));
            QVERIFY(!ids({Kind::FollowUpDue}).contains(5));
        } else {
            QVERIFY(ids({Kind::FollowUpDue}).contains(2));
            QVERIFY(ids({Kind::FollowUpDue}).contains(5)); // due exactly now
        }
        for (const HideRule &rule : std::as_const(added))
            rules.remove(rule.id);
    }

    void removingARuleBringsListingsBack()
    {
        HideRuleStore rules(*m_db);
        using Kind = ListingView::Kind;
        const QList<qint64> before = ids({Kind::All});
        QVERIFY(before.contains(14)); // Northwind Data
        const HideRule rule = rules.addCompany(QStringLiteral("Northwind Data"));
        QVERIFY(!ids({Kind::All}).contains(14));
        QVERIFY(!ids({Kind::Inbox}).contains(14));
        QVERIFY(ids({Kind::Hidden}).contains(14));
        rules.remove(rule.id);
        QCOMPARE(ids({Kind::All}), before);
        QVERIFY(!ids({Kind::Hidden}).contains(14));
    }

    void unhidingByHandBringsAListingBack()
    {
        using Kind = ListingView::Kind;
        AnnotationStore(*m_db).setHidden({8}, false);
        QVERIFY(ids({Kind::All}).contains(8));
        QVERIFY(!ids({Kind::Hidden}).contains(8));
        AnnotationStore(*m_db).setHidden({8}, true);
        QVERIFY(!ids({Kind::All}).contains(8));
    }

    void titlePatternsAreGlobsNotLikePatterns()
    {
        using Kind = ListingView::Kind;
        HideRuleStore rules(*m_db);
        // '_' and '%' are LIKE wildcards; in a hide rule they are plain characters.
        const HideRule underscore = rules.addTitlePattern(QStringLiteral("Data_Scientist*"));
        const HideRule percent = rules.addTitlePattern(QStringLiteral("%"));
        QCOMPARE(ids({Kind::Hidden}), idsOf(*m_db, handHidden() + QLatin1String(" ORDER BY l.id")));
        QVERIFY(!ids({Kind::Hidden}).contains(17)); // "Data Scientist 16"
        // Without a star the whole title must match (ignoring case).
        const HideRule whole = rules.addTitlePattern(QStringLiteral("data scientist 16"));
        QVERIFY(ids({Kind::Hidden}).contains(17));
        QVERIFY(!ids({Kind::Hidden}).contains(12)); // "Data Scientist 11"
        for (const HideRule &rule : {underscore, percent, whole})
            rules.remove(rule.id);
    }

    void savedSearchCompilesItsQueryAndLeavesHiddenOut()
    {
        using Kind = ListingView::Kind;
        // makeListing(n): yearly salary 60000 + 1000 n.
        QString error;
        const SqlFilter filter =
            viewFilter({Kind::SavedSearch, 1, QStringLiteral("well paid"), QStringLiteral("salary>=70k")},
                       m_now, m_db->dialect(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!filter.values.isEmpty()); // bound, not spliced into the SQL
        QCOMPARE(idsOf(*m_db, filter),
                 visible(QStringLiteral("SELECT id FROM listings WHERE salary_yearly >= 70000")));
    }

    void aSavedSearchThatDoesNotCompileShowsNothing()
    {
        QString error;
        const SqlFilter filter = viewFilter(
            {ListingView::Kind::SavedSearch, 1, QStringLiteral("broken"), QStringLiteral("\"unterminated")},
            m_now, m_db->dialect(), &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(idsOf(*m_db, filter).isEmpty());
    }

    void stageAndTagIdsAreBound()
    {
        const SqlFilter filter =
            viewFilter({ListingView::Kind::Tag, 42, QStringLiteral("x")}, m_now, m_db->dialect());
        QVERIFY(!filter.condition.contains(QLatin1String("42")));
        QCOMPARE(filter.values, QVariantList{qint64(42)});
    }
};

QTEST_GUILESS_MAIN(TestListingView)
#include "tst_listingview.moc"
