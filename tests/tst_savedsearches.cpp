// Saved searches in the library: add, rename, change, remove, reorder in one transaction, names unique
// ignoring case, kept across closing and reopening the file, any text stored verbatim.
#include "testsupport.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "views/savedsearches.h"

#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

namespace {

QStringList names(const SavedSearchStore &store)
{
    QStringList result;
    for (const SavedSearch &search : store.list())
        result.append(search.name);
    return result;
}

QList<int> positions(const SavedSearchStore &store)
{
    QList<int> result;
    for (const SavedSearch &search : store.list())
        result.append(search.position);
    return result;
}

} // namespace

class TestSavedSearches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addsInOrderAndFinds()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        SavedSearchStore store(*db);
        QVERIFY(store.list().isEmpty());
        const qint64 rust = store.add(QStringLiteral("Rust"), QStringLiteral("rust -intern"));
        const qint64 remote = store.add(QStringLiteral("  Remote  "), QStringLiteral("workplace:remote"));
        QVERIFY(rust != remote);
        QCOMPARE(names(store), (QStringList{QStringLiteral("Rust"), QStringLiteral("Remote")}));
        QCOMPARE(positions(store), (QList<int>{0, 1}));
        const std::optional<SavedSearch> found = store.find(remote);
        QVERIFY(found);
        QCOMPARE(found->query, QStringLiteral("workplace:remote"));
        QCOMPARE(found->name, QStringLiteral("Remote")); // trimmed
        QVERIFY(!store.find(999));
    }

    void namesAreUniqueIgnoringCase()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        SavedSearchStore store(*db);
        const qint64 id = store.add(QStringLiteral("Senior roles"), QStringLiteral("senior"));
        const qint64 other = store.add(QStringLiteral("Other"), QStringLiteral("x"));
        try {
            store.add(QStringLiteral("SENIOR ROLES"), QStringLiteral("lead"));
            QFAIL("a clashing name was accepted");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("Senior roles")), qPrintable(error.message()));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, store.rename(other, QStringLiteral("senior roles")));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.add(QStringLiteral("   "), QStringLiteral("x")));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.rename(id, QString()));
        store.rename(id, QStringLiteral("Senior Roles")); // its own name in another case is fine
        QCOMPARE(names(store), (QStringList{QStringLiteral("Senior Roles"), QStringLiteral("Other")}));
    }

    void changesQueryRemovesAndRenumbers()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        SavedSearchStore store(*db);
        const qint64 a = store.add(QStringLiteral("A"), QStringLiteral("a"));
        const qint64 b = store.add(QStringLiteral("B"), QStringLiteral("b"));
        store.add(QStringLiteral("C"), QStringLiteral("c"));
        store.setQuery(b, QStringLiteral("b OR bb"));
        QCOMPARE(store.find(b)->query, QStringLiteral("b OR bb"));
        const SavedSearch removed = *store.find(a);
        store.remove(a);
        QCOMPARE(names(store), (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(positions(store), (QList<int>{0, 1}));
        store.restore(removed);
        QCOMPARE(names(store), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(positions(store), (QList<int>{0, 1, 2}));
        QCOMPARE(*store.find(a), removed);
        store.restore(removed); // already back: nothing happens
        QCOMPARE(store.list().size(), 3);
    }

    void movesAndRenumbersInOneTransaction()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        SavedSearchStore store(*db);
        QList<qint64> ids;
        for (const char *name : {"A", "B", "C", "D"})
            ids.append(store.add(QString::fromLatin1(name), QString()));
        store.move(ids[0], 2);
        QCOMPARE(names(store).join(QString()), QStringLiteral("BCAD"));
        store.move(ids[3], 0);
        QCOMPARE(names(store).join(QString()), QStringLiteral("DBCA"));
        store.move(ids[1], 99); // clamped
        QCOMPARE(names(store).join(QString()), QStringLiteral("DCAB"));
        store.move(ids[1], -5);
        QCOMPARE(names(store).join(QString()), QStringLiteral("BDCA"));
        QCOMPARE(positions(store), (QList<int>{0, 1, 2, 3}));
        store.move(12345, 0); // unknown id: nothing
        QCOMPARE(names(store).join(QString()), QStringLiteral("BDCA"));

        // A renumbering that fails half-way (a trigger refuses to move D) leaves the old order.
        test::refuseWrites(*db, QStringLiteral("saved_searches"), QStringLiteral("NEW.id = %1").arg(ids[3]),
                           QStringLiteral("UPDATE"));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.move(ids[2], 0));
        QCOMPARE(names(store).join(QString()), QStringLiteral("BDCA"));
        QCOMPARE(positions(store), (QList<int>{0, 1, 2, 3}));
    }

    void survivesReopeningTheLibrary()
    {
        test::TempLibrary dir;
        {
            const auto db = dir.open();
            SavedSearchStore store(*db);
            store.add(QStringLiteral("First"), QStringLiteral("rust"));
            const qint64 second = store.add(QStringLiteral("Second"), QStringLiteral("go"));
            store.move(second, 0);
        }
        const auto db = dir.open();
        SavedSearchStore store(*db);
        QCOMPARE(names(store), (QStringList{QStringLiteral("Second"), QStringLiteral("First")}));
        QCOMPARE(store.list().at(1).query, QStringLiteral("rust"));
    }

    void storesAnyTextVerbatim()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        SavedSearchStore store(*db);
        const QString name = QStringLiteral("x'); DROP TABLE saved_searches; --");
        const QString query = QStringLiteral("\" OR 1=1 -- ' ; DELETE FROM listings; \\ % _ *");
        const qint64 id = store.add(name, query);
        store.rename(id, name + QLatin1String(" \"quoted\""));
        QCOMPARE(store.find(id)->name, name + QLatin1String(" \"quoted\""));
        QCOMPARE(store.find(id)->query, query);
        QCOMPARE(store.list().size(), 1);
        const qint64 empty = store.add(QStringLiteral("Empty"), QString()); // a null query is stored as ''
        QCOMPARE(store.find(empty)->query, QString());
    }
};

QTEST_GUILESS_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"
