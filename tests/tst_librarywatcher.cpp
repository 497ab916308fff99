// What tells a window that someone else changed its library (models/store/librarywatcher.h), on both
// engines: another connection's listings and annotations are reported, the window's own writes are not,
// and a burst of commits arrives as a few changes, not one per commit. On PostgreSQL this exercises the
// triggers of migration 014 and LISTEN on the watcher's own connection; on a file, PRAGMA data_version.
#include "testsupport.h"

#include "annotations/annotationstore.h"
#include "store/database.h"
#include "store/librarywatcher.h"
#include "store/sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;

namespace {
constexpr int PollMs = 100;
// Longer than a poll and than the settling of notifications, with room for a loaded machine.
constexpr int QuietMs = 4 * LibraryWatcher::SettleMs;
} // namespace

class TestLibraryWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anotherConnectionsChangesAreReported()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> window = library.open();
        const std::unique_ptr<Database> other = library.open();
        LibraryWatcher watcher(*window, nullptr, PollMs);
        QVERIFY2(watcher.isWatching(), qPrintable(watcher.error()));
        QSignalSpy changed(&watcher, &LibraryWatcher::changed);

        test::addListings(*other, 2);
        QVERIFY(changed.wait(5000));
        QTest::qWait(QuietMs);
        changed.clear();

        const QList<qint64> ids = test::firstListings(*other, 1);
        AnnotationStore(*other).setRating(ids, 4, QDateTime::currentDateTimeUtc());
        QVERIFY(changed.wait(5000));
    }

    void theWindowsOwnWritesAreNotReported()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> window = library.open();
        LibraryWatcher watcher(*window, nullptr, PollMs);
        QVERIFY2(watcher.isWatching(), qPrintable(watcher.error()));
        QSignalSpy changed(&watcher, &LibraryWatcher::changed);
        test::addListings(*window, 3);
        AnnotationStore(*window).setRating(test::firstListings(*window, 2), 5,
                                           QDateTime::currentDateTimeUtc());
        QTest::qWait(QuietMs);
        QCOMPARE(changed.count(), 0);

        // Yet the same write from a second connection is seen: the quiet above was not deafness.
        const std::unique_ptr<Database> other = library.open();
        AnnotationStore(*other).setRating(test::firstListings(*other, 2), 1, QDateTime::currentDateTimeUtc());
        QVERIFY(changed.wait(5000));
    }

    // A team library's listening session ended by the server (a restart, an administrator): the watcher
    // notices, listens again, reports a change for the time nobody listened, and goes on reporting.
    void aListenerTheServerEndedIsOpenedAgain()
    {
        if (!test::usesPostgreSql())
            QSKIP("a file has no listening connection");
        test::TempLibrary library;
        const std::unique_ptr<Database> window = library.open();
        const std::unique_ptr<Database> other = library.open();
        test::addListings(*other, 1);
        LibraryWatcher watcher(*window, nullptr, PollMs);
        QVERIFY2(watcher.isWatching(), qPrintable(watcher.error()));
        watcher.setListenerCheckInterval(200);
        QSignalSpy changed(&watcher, &LibraryWatcher::changed);
        const QVariant ended = sql::scalar(
            other->connection(),
            QStringLiteral(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"));
        QVERIFY(ended.toBool());
        QVERIFY(changed.wait(5000)); // listening again: the time between is reported as a change
        QTest::qWait(QuietMs);
        changed.clear();
        AnnotationStore(*other).setRating(test::firstListings(*other, 1), 3, QDateTime::currentDateTimeUtc());
        QVERIFY(changed.wait(5000));
    }

    void aBurstOfCommitsArrivesAsFewChanges()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> window = library.open();
        const std::unique_ptr<Database> other = library.open();
        test::addListings(*other, 1);
        LibraryWatcher watcher(*window, nullptr, 1000);
        QSignalSpy changed(&watcher, &LibraryWatcher::changed);
        const QList<qint64> ids = test::firstListings(*other, 1);
        AnnotationStore store(*other);
        for (int rating = 0; rating < 30; ++rating)
            store.setRating(ids, rating % 6, QDateTime::currentDateTimeUtc());
        QVERIFY(changed.wait(5000));
        QTest::qWait(QuietMs);
        QVERIFY2(changed.count() <= 3, qPrintable(QString::number(changed.count())));
    }
};

QTEST_GUILESS_MAIN(TestLibraryWatcher)
#include "tst_librarywatcher.moc"
