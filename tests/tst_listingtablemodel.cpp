// The listing table model: correct under QAbstractItemModelTester, lazy (pages are read only when
// rows are asked for), sorted by the store, loading ids off the GUI thread and dropping stale results.
#include "testsupport.h"

#include "listings/listingidloader.h"
#include "listings/listingtablemodel.h"
#include "store/backgroundreader.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

class TestListingTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;
    static constexpr int Listings = 1500;

    static int column(ListingColumn c) { return int(c); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        ListingRepository repository(*m_db);
        Transaction transaction(m_db->connection(), m_db->dialect());
        for (int i = 0; i < Listings; ++i) {
            Listing listing = test::makeListing(i);
            if (i % 10 == 0)
                listing.salary = {};
            repository.upsert(listing, QDateTime::currentDateTimeUtc());
        }
        transaction.commit();
        sql::run(m_db->connection(),
                 QStringLiteral("INSERT INTO annotations (listing_id, stage_id, rating, updated_at) "
                                "VALUES (3, (SELECT id FROM stages WHERE name = 'Applied'), 5, 0)"));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void passesTheModelTester()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), Listings);
        QCOMPARE(model.columnCount(), int(ListingColumn::Count));
        model.sort(column(ListingColumn::Title), Qt::AscendingOrder);
        QVERIFY(test::waitUntilLoaded(model));
        model.sort(column(ListingColumn::Salary), Qt::DescendingOrder);
        QVERIFY(test::waitUntilLoaded(model));
        model.setFilter({QStringLiteral("listings.workplace = ?"), {int(Workplace::Remote)}});
        QVERIFY(test::waitUntilLoaded(model));
        QCOMPARE(model.rowCount(), Listings / 4);
        model.refresh();
        QVERIFY(test::waitUntilLoaded(model));
    }

    void readsOnlyThePagesAskedFor()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        QCOMPARE(model.pagesLoaded(), 0);
        QVERIFY(!model.index(0, 0).data().toString().isEmpty());
        QCOMPARE(model.pagesLoaded(), 1);
        model.index(ListingTableModel::PageSize - 1, 2).data();
        QCOMPARE(model.pagesLoaded(), 1);
        QVERIFY(!model.index(Listings - 1, 0).data().toString().isEmpty());
        QCOMPARE(model.pagesLoaded(), 2);
    }

    void everyRowIsServedOnceAndOnlyOnce()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(ListingIdRole).toLongLong());
        QCOMPARE(ids.size(), Listings);
        QVERIFY(!ids.contains(0));
    }

    void sortsBySalaryInTheStore()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        model.sort(column(ListingColumn::Salary), Qt::DescendingOrder);
        QVERIFY(test::waitUntilLoaded(model));
        const int salary = column(ListingColumn::Salary);
        double previous = model.index(0, salary).data(SortValueRole).toDouble();
        QCOMPARE(previous, (50000.0 + 1499 * 1000 + 70000.0 + 1499 * 1000) / 2);
        for (int row = 1; row < model.rowCount(); ++row) {
            const QVariant value = model.index(row, salary).data(SortValueRole);
            if (value.isNull())
                continue; // listings without a salary come last when descending
            QVERIFY(value.toDouble() <= previous);
            previous = value.toDouble();
        }
        QVERIFY(model.index(model.rowCount() - 1, salary).data(SortValueRole).isNull());
        QVERIFY(model.index(0, salary).data().toString().startsWith(QStringLiteral("€")));
    }

    void sortsByTitleCaseInsensitively()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        model.sort(column(ListingColumn::Title), Qt::AscendingOrder);
        QVERIFY(test::waitUntilLoaded(model));
        QString previous;
        for (int row = 0; row < model.rowCount(); row += 97) {
            const QString title = model.index(row, 0).data().toString();
            QVERIFY2(previous.compare(title, Qt::CaseInsensitive) <= 0, qPrintable(previous + " > " + title));
            previous = title;
        }
    }

    void defaultOrderIsNewestFirst()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        const int posted = column(ListingColumn::Posted);
        QVERIFY(model.index(0, posted).data(SortValueRole).toDateTime() >=
                model.index(model.rowCount() - 1, posted).data(SortValueRole).toDateTime());
    }

    void showsAnnotations()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        model.sort(column(ListingColumn::Rating), Qt::DescendingOrder);
        QVERIFY(test::waitUntilLoaded(model));
        QCOMPARE(model.index(0, 0).data(ListingIdRole).toLongLong(), 3);
        QCOMPARE(model.index(0, column(ListingColumn::Status)).data().toString(), QStringLiteral("Applied"));
        QCOMPARE(model.index(0, column(ListingColumn::Rating)).data(SortValueRole).toInt(), 5);
    }

    void filterResetsTheModel()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilter({m_db->dialect().fullTextCondition(),
                         {m_db->dialect().fullTextQuery(QStringLiteral("\"Blue Harbor\""))}});
        QVERIFY(test::waitUntilLoaded(model));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), Listings / 4);
        for (int row = 0; row < model.rowCount(); row += 50)
            QCOMPARE(model.index(row, column(ListingColumn::Company)).data().toString(),
                     QStringLiteral("Blue Harbor"));
    }

    void largeResultsArriveFirstRowsFirst()
    {
        ListingTableModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(test::waitUntilLoaded(model));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), ListingIdLoader::FirstChunk);
        QCOMPARE(inserted.first().at(2).toInt(), Listings - 1);
        QCOMPARE(model.rowCount(), Listings);
    }

    void onlyTheLatestRequestIsShown()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        QSignalSpy loaded(&model, &ListingTableModel::loaded);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Typing "Blue Harbor" one keystroke at a time: each filter supersedes the one before.
        model.setFilter({m_db->dialect().fullTextCondition(),
                         {m_db->dialect().fullTextQuery(QStringLiteral("\"Blue\""))}});
        model.setFilter({QStringLiteral("listings.workplace = ?"), {int(Workplace::OnSite)}});
        model.setFilter({m_db->dialect().fullTextCondition(),
                         {m_db->dialect().fullTextQuery(QStringLiteral("\"Blue Harbor\""))}});
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), Listings); // the last result stays until the new one is in
        QVERIFY(loaded.wait(10000));
        QTest::qWait(50); // give any stale answer the chance to arrive
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), Listings / 4);
    }

    void refreshWithTheSameRowsKeepsTheView()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        const qint64 first = model.listingId(0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        sql::run(m_db->connection(), QStringLiteral("UPDATE listings SET title = 'Renamed' WHERE id = ?"),
                 {first});
        model.refresh();
        QVERIFY(test::waitUntilLoaded(model));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, column(ListingColumn::Title)).data().toString(), QStringLiteral("Renamed"));
        QCOMPARE(model.rowOfListing(first), 0);
    }

    void showsTagsAndDefaultStatus()
    {
        const QSqlDatabase db = m_db->connection();
        sql::run(db, QStringLiteral("INSERT INTO tags (name) VALUES ('remote-first'), ('Apply soon')"));
        sql::run(db, QStringLiteral("INSERT INTO listing_tags (listing_id, tag_id) SELECT 7, id FROM tags"));
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        const int row = model.rowOfListing(7);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, column(ListingColumn::Tags)).data().toString(),
                 QStringLiteral("Apply soon, remote-first"));
        QCOMPARE(model.index(row, column(ListingColumn::Status)).data().toString(), QStringLiteral("New"));
        QCOMPARE(model.index(row, column(ListingColumn::Match)).data().toString(), QString());
        model.setMatchExpression(QStringLiteral("listings.id * 10"));
        QVERIFY(test::waitUntilLoaded(model));
        QCOMPARE(model.index(model.rowOfListing(7), column(ListingColumn::Match)).data().toString(),
                 QStringLiteral("70 %"));
        sql::run(db, QStringLiteral("DELETE FROM listing_tags"));
        sql::run(db, QStringLiteral("DELETE FROM tags"));
    }

    void aBadFilterReportsAndKeepsTheRows()
    {
        ListingTableModel model(*m_db);
        QVERIFY(test::waitUntilLoaded(model));
        QSignalSpy failed(&model, &ListingTableModel::loadFailed);
        model.setFilter({QStringLiteral("no_such_column = ?"), {1}});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no_such_column")));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), Listings);
    }

    // A newer job stops a running statement where it is, even one that has not reached its first row,
    // and the stale job ends quietly: no failed(), and the connection serves the next job.
    void aStaleStatementIsInterrupted()
    {
        BackgroundReader reader(m_db->path(), QStringLiteral("test"));
        QSignalSpy failed(&reader, &BackgroundReader::failed);
        std::atomic<bool> started{false};
        std::atomic<bool> slowEnded{false};
        reader.submit([&](const BackgroundReader::Context &context) {
            started = true;
            try {
                // Minutes of work before its one row.
                sql::scalar(context.db.connection(),
                            QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                                           "WHERE x < 2000000000) SELECT count(*) FROM n"));
            } catch (...) {
                slowEnded = true;
                throw;
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
        QElapsedTimer clock;
        clock.start();
        QSignalSpy answered(&reader, &QObject::objectNameChanged);
        reader.submit([&reader](const BackgroundReader::Context &context) {
            const int count =
                sql::scalar(context.db.connection(), QStringLiteral("SELECT count(*) FROM listings")).toInt();
            QMetaObject::invokeMethod(
                &reader, [&reader, count] { reader.setObjectName(QString::number(count)); },
                Qt::QueuedConnection);
        });
        QVERIFY(answered.wait(10000));
        QVERIFY2(clock.elapsed() < 5000, "the stale statement ran on");
        QVERIFY(slowEnded);
        QCOMPARE(reader.objectName(), QString::number(Listings));
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestListingTableModel)
#include "tst_listingtablemodel.moc"
