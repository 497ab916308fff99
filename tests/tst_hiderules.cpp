// Hide rules in the library: add (trimmed, idempotent ignoring case), list, remove, restore, count the
// listings each matches, kept across reopening the file, any text stored verbatim.
#include "testsupport.h"

#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "views/hiderules.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

class TestHideRules : public QObject
{
    Q_OBJECT

    static void addListings(const Database &db, int count)
    {
        ListingRepository repository(db);
        Transaction transaction(db.connection(), db.dialect());
        for (int i = 0; i < count; ++i)
            repository.upsert(test::makeListing(i), QDateTime::currentDateTimeUtc());
        transaction.commit();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addsListsAndRemoves()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        HideRuleStore store(*db);
        QVERIFY(store.list().isEmpty());
        const QDateTime earlier(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
        const HideRule company = store.addCompany(QStringLiteral("  Acme Robotics "), earlier);
        QVERIFY(company.id > 0);
        QCOMPARE(company.kind, HideRule::Kind::Company);
        QCOMPARE(company.pattern, QStringLiteral("Acme Robotics"));
        QCOMPARE(company.createdAt, earlier);
        const HideRule title = store.addTitlePattern(QStringLiteral("*intern*"), earlier.addSecs(60));
        QCOMPARE(title.kind, HideRule::Kind::TitlePattern);
        QCOMPARE(store.list(), (QList<HideRule>{title, company})); // newest first
        QCOMPARE(store.find(company.id), company);

        store.remove(company.id);
        QCOMPARE(store.list(), QList<HideRule>{title});
        QVERIFY(!store.find(company.id));
        store.restore(company);
        QCOMPARE(store.find(company.id), company);
    }

    void addingAnExistingRuleReturnsIt()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        HideRuleStore store(*db);
        const HideRule first = store.addCompany(QStringLiteral("Acme Robotics"));
        QCOMPARE(store.addCompany(QStringLiteral("ACME robotics")), first);
        // The same text as a title pattern is another rule.
        QVERIFY(store.addTitlePattern(QStringLiteral("Acme Robotics")).id != first.id);
        QCOMPARE(store.list().size(), 2);
    }

    void refusesEmptyAndHideEverythingPatterns()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        HideRuleStore store(*db);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.addCompany(QStringLiteral("  ")));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.addTitlePattern(QString()));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.addTitlePattern(QStringLiteral("* *")));
        QVERIFY(store.list().isEmpty());
    }

    void countsTheListingsARuleMatches()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        addListings(*db, 40); // companies cycle through 4 names, titles through 5
        HideRuleStore store(*db);
        QCOMPARE(store.countMatching(store.addCompany(QStringLiteral("northwind data"))), 10);
        QCOMPARE(store.countMatching(store.addCompany(QStringLiteral("Nobody Inc"))), 0);
        QCOMPARE(store.countMatching(store.addTitlePattern(QStringLiteral("*ENGINEER*"))), 24);
        QCOMPARE(store.countMatching(store.addTitlePattern(QStringLiteral("Junior QA Engineer 1*"))), 2);
        QCOMPARE(store.countMatching(store.addTitlePattern(QStringLiteral("*(react)*"))), 8);
        QCOMPARE(store.countMatching(store.addTitlePattern(QStringLiteral("Data_Scientist*"))), 0);
    }

    void survivesReopeningTheLibrary()
    {
        test::TempLibrary dir;
        QList<HideRule> rules;
        {
            const auto db = dir.open();
            HideRuleStore store(*db);
            store.addCompany(QStringLiteral("Acme Robotics"));
            store.addTitlePattern(QStringLiteral("*sales*"));
            rules = store.list();
        }
        const auto db = dir.open();
        QCOMPARE(HideRuleStore(*db).list(), rules);
    }

    void storesAnyTextVerbatim()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        addListings(*db, 4);
        sql::run(db->connection(), QStringLiteral("UPDATE listings SET company = ? WHERE id = 1"),
                 {QStringLiteral("O'Brien \"&\" Sons; DROP TABLE listings; --")});
        sql::run(db->connection(), QStringLiteral("UPDATE listings SET title = ? WHERE id = 2"),
                 {QStringLiteral("100% remote \\ C_dev' OR 1=1")});
        HideRuleStore store(*db);
        const HideRule company =
            store.addCompany(QStringLiteral("O'Brien \"&\" Sons; DROP TABLE listings; --"));
        QCOMPARE(store.find(company.id)->pattern,
                 QStringLiteral("O'Brien \"&\" Sons; DROP TABLE listings; --"));
        QCOMPARE(store.countMatching(company), 1);
        const HideRule title = store.addTitlePattern(QStringLiteral("100% remote \\ C_dev' OR 1=1"));
        QCOMPARE(store.find(title.id)->pattern, QStringLiteral("100% remote \\ C_dev' OR 1=1"));
        QCOMPARE(store.countMatching(title), 1);
        QCOMPARE(store.countMatching(store.addTitlePattern(QStringLiteral("100* remote \\ C*"))), 1);
        QCOMPARE(store.countMatching(store.addTitlePattern(QStringLiteral("100_ remote*"))), 0);
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM listings")).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestHideRules)
#include "tst_hiderules.moc"
