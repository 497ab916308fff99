// Storing listings: every field round-trips, the full-text index follows every change, duplicates
// update in place and the user's annotations survive re-imports.
#include "testsupport.h"

#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

const QDateTime importTime(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::UTC);

QList<qint64> search(const Database &db, const QString &ftsQuery)
{
    QList<qint64> ids;
    QSqlQuery query = sql::run(
        db.connection(),
        QStringLiteral("SELECT id FROM listings WHERE %1 ORDER BY id").arg(db.dialect().fullTextCondition()),
        {db.dialect().fullTextQuery(ftsQuery)});
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

qint64 indexedCount(const Database &db)
{
    return test::indexedListings(db);
}

} // namespace

class TestListingRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyFieldRoundTrips()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        Listing listing = test::makeListing(7);
        listing.locations.append(Location{QStringLiteral("Remote (EU)"), {}, {}, {}});
        listing.seniority = Seniority::Senior;
        listing.validThrough = importTime.addDays(30);
        listing.descriptionHtml = QStringLiteral("<p>We build things</p>");
        const UpsertResult result = repository.upsert(listing, importTime);
        QCOMPARE(result.outcome, UpsertOutcome::Inserted);

        const std::optional<Listing> stored = repository.find(result.id);
        QVERIFY(stored);
        QCOMPARE(stored->id, result.id);
        QCOMPARE(stored->title, listing.title);
        QCOMPARE(stored->company, listing.company);
        QCOMPARE(stored->locations, listing.locations);
        QCOMPARE(stored->locationText(), QStringLiteral("Berlin, Germany; Remote (EU)"));
        QCOMPARE(stored->workplace, listing.workplace);
        QCOMPARE(stored->employmentType, listing.employmentType);
        QCOMPARE(stored->seniority, Seniority::Senior);
        QCOMPARE(stored->salary, listing.salary);
        QCOMPARE(stored->postedAt, listing.postedAt);
        QCOMPARE(stored->validThrough, listing.validThrough);
        QCOMPARE(stored->url, listing.url);
        QCOMPARE(stored->source, listing.source);
        QCOMPARE(stored->description, listing.description);
        QCOMPARE(stored->descriptionHtml, listing.descriptionHtml);
        QCOMPARE(stored->rawFormat, listing.rawFormat);
        QCOMPARE(stored->rawSource, listing.rawSource);
        QCOMPARE(stored->importedAt, importTime);
        QCOMPARE(stored->updatedAt, importTime);
        QCOMPARE(repository.count(), 1);
        // The hot table carries the yearly-normalised salary for filters.
        QCOMPARE(
            sql::scalar(db.connection(), QStringLiteral("SELECT salary_yearly FROM listings")).toDouble(),
            *listing.salary.yearly());
    }

    void unknownValuesStayUnknown()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        Listing listing;
        listing.title = QStringLiteral("Mystery role");
        const qint64 id = repository.upsert(listing, importTime).id;
        const auto stored = repository.find(id);
        QVERIFY(!stored->salary.isKnown());
        QVERIFY(!stored->postedAt.isValid());
        QVERIFY(stored->url.isEmpty());
        QVERIFY(sql::scalar(db.connection(), QStringLiteral("SELECT salary_yearly FROM listings")).isNull());
    }

    void fullTextIndexFollowsInsertsUpdatesAndDeletes()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        Listing listing = test::makeListing(1);
        const qint64 id = repository.upsert(listing, importTime).id;
        repository.upsert(test::makeListing(2), importTime);
        QCOMPARE(search(db, QStringLiteral("kubernetes")).size(), 2);
        QCOMPARE(search(db, QStringLiteral("company:kestrel")), QList<qint64>{});
        QCOMPARE(search(db, QStringLiteral("\"Blue Harbor\"")).size(), 1);

        listing.description = QStringLiteral("Now we only use Nomad and MySQL.");
        listing.title = QStringLiteral("Platform Engineer");
        QCOMPARE(repository.upsert(listing, importTime).outcome, UpsertOutcome::Updated);
        QCOMPARE(search(db, QStringLiteral("kubernetes")).size(), 1);
        QCOMPARE(search(db, QStringLiteral("nomad")), QList<qint64>{id});
        QCOMPARE(search(db, QStringLiteral("title:platform")), QList<qint64>{id});

        sql::run(db.connection(), QStringLiteral("DELETE FROM listings WHERE id = ?"), {id});
        QCOMPARE(search(db, QStringLiteral("nomad")), QList<qint64>{});
        QCOMPARE(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM listing_text")).toInt(),
                 1);
        QCOMPARE(
            sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM listing_locations")).toInt(),
            1);
    }

    void tokensLikeCppAndCSharpAreSearchable()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        Listing listing = test::makeListing(3);
        listing.description = QStringLiteral("Modern C++ and C# on Linux; Zürich office.");
        const qint64 id = repository.upsert(listing, importTime).id;
        QCOMPARE(search(db, QStringLiteral("\"c++\"")), QList<qint64>{id});
        QCOMPARE(search(db, QStringLiteral("\"c#\"")), QList<qint64>{id});
        QCOMPARE(search(db, QStringLiteral("zurich")), QList<qint64>{id}); // diacritics folded
    }

    void identicalReimportChangesNothing()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        const Listing listing = test::makeListing(4);
        const qint64 id = repository.upsert(listing, importTime).id;
        const QStringList before = test::dumpTables(db);
        const UpsertResult again = repository.upsert(listing, importTime.addDays(3));
        QCOMPARE(again.outcome, UpsertOutcome::Unchanged);
        QCOMPARE(again.id, id);
        QCOMPARE(test::dumpTables(db), before);
    }

    void sameUrlWithTrackingParametersIsTheSameListing()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        Listing listing = test::makeListing(5);
        const qint64 id = repository.upsert(listing, importTime).id;
        listing.url = listing.url + QStringLiteral("/?utm_source=newsletter&utm_medium=email");
        listing.salary.max = 99000.0;
        const UpsertResult result = repository.upsert(listing, importTime.addDays(1));
        QCOMPARE(result.outcome, UpsertOutcome::Updated);
        QCOMPARE(result.id, id);
        QCOMPARE(repository.count(), 1);
        const auto stored = repository.find(id);
        QCOMPARE(*stored->salary.max, 99000.0);
        QCOMPARE(stored->importedAt, importTime);
        QCOMPARE(stored->updatedAt, importTime.addDays(1));
    }

    void sameTextWithoutUrlIsTheSameListing()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        Listing fromBoard = test::makeListing(6);
        const qint64 id = repository.upsert(fromBoard, importTime).id;
        Listing pasted = fromBoard;
        pasted.url.clear();
        pasted.title = pasted.title.toUpper() + QStringLiteral("!");
        pasted.source = QStringLiteral("pasted");
        const UpsertResult result = repository.upsert(pasted, importTime);
        QCOMPARE(result.id, id);
        QCOMPARE(result.outcome, UpsertOutcome::Updated);
        QCOMPARE(repository.count(), 1);
        // The URL the listing had is kept.
        QCOMPARE(repository.find(id)->url, fromBoard.url);
    }

    void annotationsSurviveUpdates()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        Listing listing = test::makeListing(8);
        const qint64 id = repository.upsert(listing, importTime).id;
        sql::run(db.connection(),
                 QStringLiteral("INSERT INTO annotations (listing_id, stage_id, rating, notes, updated_at) "
                                "VALUES (?, (SELECT id FROM stages WHERE name = 'Applied'), 4, ?, 0)"),
                 {id, QStringLiteral("Talked to Dana, follow up Friday")});
        listing.description += QStringLiteral(" Updated requirements.");
        QCOMPARE(repository.upsert(listing, importTime).outcome, UpsertOutcome::Updated);
        QSqlQuery annotation =
            sql::run(db.connection(),
                     QStringLiteral("SELECT rating, notes FROM annotations WHERE listing_id = ?"), {id});
        QVERIFY(annotation.next());
        QCOMPARE(annotation.value(0).toInt(), 4);
        QCOMPARE(annotation.value(1).toString(), QStringLiteral("Talked to Dana, follow up Friday"));
    }

    void manyListingsInOneTransaction()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        Transaction transaction(db.connection(), db.dialect());
        for (int i = 0; i < 2000; ++i)
            repository.upsert(test::makeListing(i), importTime);
        transaction.commit();
        QCOMPARE(repository.count(), 2000);
        if (db.isFile()) {
            QCOMPARE(sql::scalar(db.connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
        }
        QVERIFY(test::fullTextIndexIsExact(db));
    }

    void immediateIndexingMakesEachListingSearchableAtOnce()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        Transaction transaction(db.connection(), db.dialect());
        const qint64 first = repository.upsert(test::makeListing(1), importTime).id;
        QCOMPARE(search(db, QStringLiteral("\"number 1\"")), QList<qint64>{first});
        const qint64 second = repository.upsert(test::makeListing(2), importTime).id;
        QCOMPARE(search(db, QStringLiteral("\"number 2\"")), QList<qint64>{second});
        transaction.commit();
        QCOMPARE(indexedCount(db), 2);
    }

    // Migration 011: no trigger indexes inserted text; a batched repository indexes a batch at a time
    // and the rest on flushFullText(), each listing once.
    void batchedIndexingIndexesEveryListingOnce()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const qint64 total = 2 * ListingRepository::fullTextBatch + 100;
        {
            ListingRepository repository(db, FullTextIndexing::Batched);
            Transaction transaction(db.connection(), db.dialect());
            for (int i = 0; i < total; ++i)
                repository.upsert(test::makeListing(i), importTime);
            QCOMPARE(indexedCount(db), 2 * ListingRepository::fullTextBatch);
            repository.flushFullText();
            QCOMPARE(indexedCount(db), total);
            repository.flushFullText(); // nothing left: indexes nothing twice
            QCOMPARE(indexedCount(db), total);
            transaction.commit();
        }
        QCOMPARE(search(db, QStringLiteral("kubernetes")).size(), total);
        QCOMPARE(search(db, QStringLiteral("\"number 1033\"")).size(), 1);
        QVERIFY(test::fullTextIndexIsExact(db));
    }

    // A listing inserted and then updated before its batch was indexed: the update's triggers replace
    // an index entry, so the batch is indexed first; the index then holds the new text only.
    void updatingAListingNotIndexedYet()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db, FullTextIndexing::Batched);
        Transaction transaction(db.connection(), db.dialect());
        Listing listing = test::makeListing(7);
        const qint64 id = repository.upsert(listing, importTime).id;
        repository.upsert(test::makeListing(8), importTime);
        listing.description = QStringLiteral("Now with Elixir instead.");
        listing.title = QStringLiteral("Elixir Engineer");
        QCOMPARE(repository.upsert(listing, importTime).outcome, UpsertOutcome::Updated);
        repository.flushFullText();
        transaction.commit();
        QCOMPARE(indexedCount(db), 2);
        QCOMPARE(search(db, QStringLiteral("elixir")), QList<qint64>{id});
        QCOMPARE(search(db, QStringLiteral("\"number 7\"")), QList<qint64>{});
        QCOMPARE(search(db, QStringLiteral("\"number 8\"")).size(), 1);
    }

    // Ids of one batch that are not consecutive (another writer inserted in between) are indexed by
    // list; the other writer's listing is not indexed twice.
    void batchWithGapsInItsIds()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository batched(db, FullTextIndexing::Batched);
        ListingRepository immediate(db);
        Transaction transaction(db.connection(), db.dialect());
        const qint64 a = batched.upsert(test::makeListing(1), importTime).id;
        const qint64 b = immediate.upsert(test::makeListing(2), importTime).id;
        const qint64 c = batched.upsert(test::makeListing(3), importTime).id;
        QCOMPARE(indexedCount(db), 1);
        batched.flushFullText();
        transaction.commit();
        QCOMPARE(indexedCount(db), 3);
        QCOMPARE(search(db, QStringLiteral("kubernetes")), (QList<qint64>{a, b, c}));
    }

    // A writer that commits after its repository is gone still finds its listings indexed.
    void theDestructorIndexesWhatIsLeft()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        Transaction transaction(db.connection(), db.dialect());
        {
            ListingRepository repository(db, FullTextIndexing::Batched);
            repository.upsert(test::makeListing(1), importTime);
        }
        transaction.commit();
        QCOMPARE(indexedCount(db), 1);
        QCOMPARE(search(db, QStringLiteral("kubernetes")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestListingRepository)
#include "tst_listingrepository.moc"
