// The pipeline's store: status changes write history only when the stage changes, ratings and
// favourites are validated, every write is one transaction with an activity entry per changed listing,
// and the stages can be renamed, added, reordered, recoloured and removed (not while listings are at
// them).
#include "testsupport.h"

#include "annotations/activitylog.h"
#include "annotations/annotationstore.h"
#include "annotations/stagestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

qint64 stageId(const Database &db, const QString &name)
{
    for (const Stage &stage : StageStore(db).list()) {
        if (stage.name == name)
            return stage.id;
    }
    return 0;
}

int count(const Database &db, const QString &statement)
{
    return sql::scalar(db.connection(), statement).toInt();
}

} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNeverAnnotatedListingIsNewAndUnrated()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        test::addListings(*db, 3);
        const Annotation annotation = AnnotationStore(*db).annotation(1);
        QCOMPARE(annotation.stageId, 0);
        QCOMPARE(annotation.rating, 0);
        QVERIFY(!annotation.favourite);
        QVERIFY(!annotation.updatedAt.isValid());
        QVERIFY(AnnotationStore(*db).stageHistory(1).isEmpty());
        QVERIFY_THROWS_EXCEPTION(StoreError, AnnotationStore(*db).annotation(999));
    }

    void historyIsWrittenOnlyWhenTheStageChanges()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        test::addListings(*db, 3);
        AnnotationStore store(*db);
        const qint64 applied = stageId(*db, QStringLiteral("Applied"));
        const qint64 screening = stageId(*db, QStringLiteral("Screening"));
        const QDateTime monday(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);

        // Moving to New, where never-moved listings are, changes nothing.
        QVERIFY(store.setStage({1, 2}, stageId(*db, QStringLiteral("New")), monday).isEmpty());
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM stage_history")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM annotations")), 0);

        QCOMPARE(store.setStage({1, 2, 999}, applied, monday).size(), 2);
        QCOMPARE(store.annotation(1).stageId, applied);
        QCOMPARE(store.annotation(3).stageId, 0);
        // Again: 1 and 2 are there already; only 3 moves.
        QCOMPARE(store.setStage({1, 2, 3}, applied, monday.addDays(1)).size(), 1);
        QCOMPARE(store.setStage({1}, screening, monday.addDays(3)).size(), 1);

        const QList<StageChange> history = store.stageHistory(1);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].stageName, QStringLiteral("Applied"));
        QCOMPARE(history[0].changedAt, monday);
        QCOMPARE(history[1].stageName, QStringLiteral("Screening"));
        QCOMPARE(history[1].changedAt, monday.addDays(3));
        QCOMPARE(store.stageHistory(3).size(), 1);
        QCOMPARE(store.stageHistory(3).first().changedAt, monday.addDays(1));

        // One activity entry per change, saying from where to where.
        const QList<ActivityEntry> activity = ActivityLog(*db).entries(1);
        QCOMPARE(activity.size(), 2);
        QCOMPARE(activity[0].kind, QStringLiteral("status"));
        QCOMPARE(activity[0].detail, QStringLiteral("New → Applied"));
        QCOMPARE(activity[1].detail, QStringLiteral("Applied → Screening"));
    }

    void ratingAndFavouriteAreValidatedAndLogged()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        test::addListings(*db, 3);
        AnnotationStore store(*db);
        store.setRating({1, 2}, 4);
        QCOMPARE(store.annotation(1).rating, 4);
        QCOMPARE(store.annotation(2).rating, 4);
        QCOMPARE(store.annotation(3).rating, 0);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.setRating({1}, 6));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.setRating({1}, -1));
        QCOMPARE(store.annotation(1).rating, 4);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.setStage({1}, 12345));
        QCOMPARE(store.annotation(1).stageId, 0);

        store.setRating({1, 3}, 4); // only 3 changes
        QCOMPARE(ActivityLog(*db).entries(1).size(), 1);
        QCOMPARE(ActivityLog(*db).entries(3).size(), 1);
        QCOMPARE(ActivityLog(*db).entries(3).first().detail, QStringLiteral("Rating unrated → ★★★★"));

        store.setFavourite({2, 3}, true);
        QVERIFY(store.annotation(2).favourite);
        QVERIFY(!store.annotation(1).favourite);
        store.setFavourite({2}, false);
        QVERIFY(!store.annotation(2).favourite);
        QCOMPARE(ActivityLog(*db).entries(2).last().kind, QStringLiteral("favourite"));
        QCOMPARE(ActivityLog(*db).entries(2).size(), 3); // rating, favourite, not favourite
    }

    void aFailingWriteLeavesEveryListingAsItWas()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        test::addListings(*db, 3);
        const QStringList before = test::dumpTables(*db);
        // The history of listing 3 cannot be written: the whole change must go, 1 and 2 included.
        test::refuseWrites(*db, QStringLiteral("stage_history"), QStringLiteral("NEW.listing_id = 3"));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, AnnotationStore(*db).setStage({1, 2, 3}, stageId(*db, QStringLiteral("Offer"))));
        QCOMPARE(test::dumpTables(*db), before);
    }

    void stagesAreEditable()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        test::addListings(*db, 2);
        StageStore stages(*db);
        QCOMPARE(stages.list().size(), 10);
        QCOMPARE(stages.list().first().name, QStringLiteral("New"));
        QCOMPARE(stages.list()[2].role, QStringLiteral("applied"));
        QCOMPARE(stages.list()[3].role, QStringLiteral("response"));

        const Stage phone = stages.add(QStringLiteral("  Phone   call "), QStringLiteral("#00AA00"));
        QCOMPARE(phone.name, QStringLiteral("Phone call"));
        QCOMPARE(stages.list().last(), phone);
        QCOMPARE(phone.color, QStringLiteral("#00aa00"));
        QVERIFY_THROWS_EXCEPTION(StoreError, stages.add(QStringLiteral("applied")));
        QVERIFY_THROWS_EXCEPTION(StoreError, stages.add(QStringLiteral(" ")));
        QVERIFY_THROWS_EXCEPTION(StoreError, stages.add(QStringLiteral("X"), QStringLiteral("green")));

        const qint64 applied = stageId(*db, QStringLiteral("Applied"));
        stages.rename(applied, QStringLiteral("Sent"));
        QCOMPARE(stageId(*db, QStringLiteral("Sent")), applied);
        QVERIFY_THROWS_EXCEPTION(StoreError, stages.rename(applied, QStringLiteral("offer")));
        stages.recolour(applied, QStringLiteral("#123456"));
        QCOMPARE(stages.list()[2].color, QStringLiteral("#123456"));

        // Reordering: the phone call goes right after Sent.
        QList<qint64> order;
        for (const Stage &stage : stages.list())
            order.append(stage.id);
        order.removeAll(phone.id);
        order.insert(3, phone.id);
        stages.reorder(order);
        QCOMPARE(stages.list()[3].name, QStringLiteral("Phone call"));
        QCOMPARE(stages.list()[4].name, QStringLiteral("Screening"));
        QVERIFY_THROWS_EXCEPTION(StoreError, stages.reorder(order.mid(1)));

        // A stage listings are at is not removed; an empty one is, and positions close up.
        AnnotationStore(*db).setStage({1}, phone.id);
        QCOMPARE(stages.itemCount(phone.id), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, stages.remove(phone.id));
        // Listing 2 was never moved: it is at New, which therefore cannot go either.
        QCOMPARE(stages.itemCount(stages.list().first().id), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, stages.remove(stages.list().first().id));
        AnnotationStore(*db).setStage({1}, applied);
        stages.remove(phone.id);
        QCOMPARE(stages.list().size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(stages.list()[i].position, i);
        // Its history row stays, without a stage.
        QCOMPARE(AnnotationStore(*db).stageHistory(1).first().stageId, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
