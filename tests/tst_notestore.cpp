// A listing's Markdown notes in the library: read back as written, the annotations row created on the
// first write, nothing written for the same text, a "note" activity entry per change, refusals for a
// listing that is gone.
#include "testsupport.h"

#include "annotations/activitylog.h"
#include "annotations/notestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

class TestNoteStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesReadsAndLogs()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 3);
        const qint64 id =
            sql::scalar(db->connection(), QStringLiteral("SELECT min(id) FROM listings")).toLongLong();
        NoteStore store(*db);
        QCOMPARE(store.notes(id), QString());
        QVERIFY(!store.setNotes(id, QString())); // empty over nothing: no row made
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM annotations")).toInt(),
                 0);

        const QString text =
            QStringLiteral("# Call with Dana\n\n- *salary* flexible\n- ask about `on-call`\n");
        const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        QVERIFY(store.setNotes(id, text, t0));
        QCOMPARE(store.notes(id), text);
        QCOMPARE(store.notes(id + 1), QString()); // the others untouched
        QList<ActivityEntry> entries = ActivityLog(*db).entries(id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().kind, QStringLiteral("note"));
        QCOMPARE(entries.first().detail, QStringLiteral("# Call with Dana"));

        // The same text again writes nothing, not even an activity entry.
        QVERIFY(!store.setNotes(id, text, t0.addSecs(5)));
        QCOMPARE(ActivityLog(*db).entries(id).size(), 1);

        // Autosaves of one sitting (within ten minutes of the last note entry) add no entry of their own.
        QVERIFY(store.setNotes(id, text + QStringLiteral("more"), t0.addSecs(60)));
        QVERIFY(store.setNotes(id, text + QStringLiteral("more!"), t0.addSecs(500)));
        QCOMPARE(ActivityLog(*db).entries(id).size(), 1);
        QCOMPARE(store.notes(id), text + QStringLiteral("more!"));

        // Other annotations of the row survive a notes write.
        sql::run(db->connection(), QStringLiteral("UPDATE annotations SET rating = 4 WHERE listing_id = ?"),
                 {id});
        QVERIFY(store.setNotes(id, QString(), t0.addSecs(1200))); // a later sitting: an entry
        QCOMPARE(store.notes(id), QString());
        QCOMPARE(sql::scalar(db->connection(),
                             QStringLiteral("SELECT rating FROM annotations WHERE listing_id = ?"), {id})
                     .toInt(),
                 4);
        QCOMPARE(ActivityLog(*db).entries(id).size(), 2);
        QCOMPARE(ActivityLog(*db).entries(id).last().detail, QStringLiteral("Notes cleared"));
        // Another kind of edit in between ends the sitting.
        ActivityLog(*db).append({id}, QStringLiteral("rating"), QStringLiteral("★★★★"), t0.addSecs(1210));

        // Survives reopening the library.
        QVERIFY(store.setNotes(id,
                               QStringLiteral("Ünïcode ✓ and a very long first line that goes on and on "
                                              "past sixty characters for sure\nsecond"),
                               t0.addSecs(1220)));
        QCOMPARE(ActivityLog(*db).entries(id).size(), 4);
        const QString written = store.notes(id);
        QVERIFY(ActivityLog(*db).entries(id).last().detail.endsWith(QChar(0x2026)));
        const std::unique_ptr<Database> again = library.open();
        QCOMPARE(NoteStore(*again).notes(id), written);
    }

    void refusesAListingThatIsGone()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        NoteStore store(*db);
        try {
            store.setNotes(424242, QStringLiteral("lost?"));
            QFAIL("a note on a missing listing was accepted");
        } catch (const StoreError &error) {
            QVERIFY(error.message().contains(QStringLiteral("424242")));
        }
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM annotations")).toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestNoteStore)
#include "tst_notestore.moc"
