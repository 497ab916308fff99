// The dates of listings: follow-ups set and cleared over many listings at once (and put back exactly,
// as undo does), interview events added, changed, removed and restored with their calendar UID, the
// refusals that change nothing, the activity history of each edit, and the Follow-up due view.
#include "testsupport.h"

#include "annotations/activitylog.h"
#include "annotations/datestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "views/listingview.h"

#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

QStringList activity(const Database &db, qint64 listingId)
{
    QStringList lines;
    for (const ActivityEntry &entry : ActivityLog(db).entries(listingId))
        lines.append(entry.kind + QLatin1String(": ") + entry.detail);
    return lines;
}

QList<qint64> followUpDue(const Database &db, const QDateTime &now)
{
    const SqlFilter filter = viewFilter({ListingView::Kind::FollowUpDue}, now, db.dialect());
    QSqlQuery query = sql::run(db.connection(),
                               QLatin1String("SELECT listings.id FROM listings LEFT JOIN annotations ON "
                                             "annotations.listing_id = listings.id LEFT JOIN stages ON "
                                             "stages.id = annotations.stage_id WHERE ") +
                                   filter.condition + QLatin1String(" ORDER BY listings.id"),
                               filter.values);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::UTC);
}

} // namespace

class TestDateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followUpsOfManyListings()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 4);
        DateStore store(*db);
        const QDate day(2026, 12, 5);
        store.setFollowUp({1, 2, 3, 999}, day); // 999 does not exist: skipped
        QCOMPARE(store.followUp(1), std::optional(day));
        QCOMPARE(store.followUp(3), std::optional(day));
        QCOMPARE(store.followUp(4), std::nullopt);
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM annotations")).toInt(),
                 3);
        QCOMPARE(activity(*db, 2), QStringList{QStringLiteral("follow-up: Follow-up on 2026-12-05")});

        // Due from the start of that day, local time; not the evening before.
        const QDateTime morning(day, QTime(0, 0, 1), QTimeZone::LocalTime);
        QCOMPARE(followUpDue(*db, morning), (QList<qint64>{1, 2, 3}));
        QCOMPARE(followUpDue(*db, morning.addSecs(-2)), QList<qint64>{});

        // Setting the same date again writes no history; clearing does.
        store.setFollowUp({2}, day);
        QCOMPARE(activity(*db, 2).size(), 1);
        store.setFollowUp({2, 4}, std::nullopt);
        QCOMPARE(store.followUp(2), std::nullopt);
        QCOMPARE(activity(*db, 2).last(), QStringLiteral("follow-up: Follow-up cleared"));
        QCOMPARE(activity(*db, 4), QStringList{}); // had none: nothing changed
        QCOMPARE(followUpDue(*db, morning), (QList<qint64>{1, 3}));
    }

    void followUpsRestoreExactly()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 3);
        DateStore store(*db);
        store.setFollowUp({1}, QDate(2026, 3, 1));
        const auto before = store.followUpTimes({1, 2, 3});
        QCOMPARE(before.value(2), std::nullopt);
        store.setFollowUp({1, 2, 3}, QDate(2026, 4, 1));
        QCOMPARE(store.followUp(2), std::optional(QDate(2026, 4, 1)));
        store.restoreFollowUps(before);
        QCOMPARE(store.followUpTimes({1, 2, 3}), before);
        QCOMPARE(store.followUp(1), std::optional(QDate(2026, 3, 1)));
    }

    void refusals()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        DateStore store(*db);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.setFollowUp({1}, QDate()));
        QCOMPARE(store.followUp(1), std::nullopt);

        ListingEvent event;
        event.listingId = 1;
        QVERIFY_THROWS_EXCEPTION(StoreError, store.addEvent(event)); // no start
        event.start = utc(2026, 12, 8, 14, 0);
        event.end = utc(2026, 12, 8, 13, 0);
        try {
            store.addEvent(event);
            QFAIL("an event ending before its start was stored");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("before it starts")),
                     qPrintable(error.message()));
        }
        event.end = {};
        event.listingId = 42;
        QVERIFY_THROWS_EXCEPTION(StoreError, store.addEvent(event));
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM listing_events")).toInt(),
                 0);
        QCOMPARE(activity(*db, 1), QStringList{});
    }

    void eventsAddChangeRemoveRestore()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 2);
        DateStore store(*db);
        ListingEvent second;
        second.listingId = 1;
        second.kind = EventKind::Interview;
        second.start = utc(2026, 12, 10, 9, 0);
        second.end = utc(2026, 12, 10, 10, 30);
        second.title = QStringLiteral("  Onsite with the team ");
        second.location = QStringLiteral("https://meet.example.com/abc");
        second.note = QStringLiteral("Bring portfolio");
        ListingEvent first;
        first.listingId = 1;
        first.kind = EventKind::Call;
        first.start = utc(2026, 12, 8, 14, 0);
        const qint64 secondId = store.addEvent(second);
        const qint64 firstId = store.addEvent(first);

        const QList<ListingEvent> events = store.events(1);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).id, firstId); // earliest first
        QVERIFY(!events.at(0).end.isValid());
        QCOMPARE(events.at(1).title, QStringLiteral("Onsite with the team"));
        QCOMPARE(events.at(1).end, second.end);
        QCOMPARE(events.at(1).location, second.location);
        QVERIFY(events.at(1).uid.endsWith(QLatin1String("@jobdesk")));
        QVERIFY(events.at(0).uid != events.at(1).uid);
        QCOMPARE(store.events(2), QList<ListingEvent>{});

        ListingEvent moved = events.at(1);
        moved.start = moved.start.addDays(1);
        moved.end = moved.end.addDays(1);
        moved.listingId = 2; // an event stays with its listing
        moved.uid = QStringLiteral("other");
        store.updateEvent(moved);
        const ListingEvent stored = *store.event(secondId);
        QCOMPARE(stored.listingId, 1);
        QCOMPARE(stored.uid, events.at(1).uid); // the calendar's UID does not change
        QCOMPARE(stored.start, utc(2026, 12, 11, 9, 0));

        store.removeEvent(secondId);
        QCOMPARE(store.event(secondId), std::nullopt);
        store.restoreEvent(stored);
        QCOMPARE(*store.event(secondId), stored);

        const QStringList history = activity(*db, 1);
        QCOMPARE(history.size(), 5);
        QVERIFY2(history.at(0).startsWith(QLatin1String("event: Interview added: 2026-12-10")),
                 qPrintable(history.at(0)));
        QVERIFY2(history.at(1).startsWith(QLatin1String("event: Call added: 2026-12-08")),
                 qPrintable(history.at(1)));
        QVERIFY(history.at(2).startsWith(QLatin1String("event: Interview changed: 2026-12-11")));
        QVERIFY(history.at(3).startsWith(QLatin1String("event: Interview removed")));

        // Deleting the listing takes its events with it.
        sql::run(db->connection(), QStringLiteral("DELETE FROM listings WHERE id = 1"));
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM listing_events")).toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDateStore)
#include "tst_datestore.moc"
