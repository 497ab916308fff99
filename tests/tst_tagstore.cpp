// Tags in the library: create with palette colours, names unique ignoring case (the refusal names the
// existing tag), rename, recolour, delete, merge (the listings of one get the other; undoable from what
// merge returns), bulk add/remove over many listings in one transaction, and the activity entries.
#include "testsupport.h"

#include "annotations/activitylog.h"
#include "annotations/tagstore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QTest>

using namespace jobdesk;

namespace {

QList<qint64> listingIds(const Database &db)
{
    QSqlQuery query = sql::run(db.connection(), QStringLiteral("SELECT id FROM listings ORDER BY id"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QStringList names(const QList<Tag> &tags)
{
    QStringList result;
    for (const Tag &tag : tags)
        result.append(tag.name + QLatin1Char(':') + QString::number(tag.count));
    return result;
}

QString refusal(const std::function<void()> &f)
{
    try {
        f();
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestTagStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createRenameRecolour()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        TagStore store(*db);
        const Tag remote = store.create(QStringLiteral("  remote  "));
        QCOMPARE(remote.name, QStringLiteral("remote"));
        QCOMPARE(remote.color, TagStore::palette().at(0));
        const Tag urgent = store.create(QStringLiteral("Urgent"), QStringLiteral("#AA0000"));
        QCOMPARE(urgent.color, QStringLiteral("#aa0000"));
        QCOMPARE(store.create(QStringLiteral("third")).color, TagStore::palette().at(2));

        // Unique ignoring case; the refusal names the tag that is there.
        QCOMPARE(refusal([&] { store.create(QStringLiteral("REMOTE")); }),
                 QStringLiteral("There is already a tag named “remote”."));
        QVERIFY(refusal([&] {
                    store.rename(urgent.id, QStringLiteral("Remote"));
                }).contains(QStringLiteral("“remote”")));
        QVERIFY(!refusal([&] { store.create(QStringLiteral("   ")); }).isEmpty());
        QVERIFY(!refusal([&] { store.setColor(urgent.id, QStringLiteral("red")); }).isEmpty());
        QCOMPARE(store.tag(urgent.id).name, QStringLiteral("Urgent"));
        QCOMPARE(store.tag(urgent.id).color, QStringLiteral("#aa0000"));

        // Renaming a tag to another case of its own name is allowed.
        store.rename(remote.id, QStringLiteral("Remote"));
        QCOMPARE(store.tag(remote.id).name, QStringLiteral("Remote"));
        store.setColor(remote.id, QStringLiteral("#123456"));
        QCOMPARE(store.find(QStringLiteral("remote"))->color, QStringLiteral("#123456"));
        QVERIFY(!store.find(QStringLiteral("nope")));
        QCOMPARE(names(store.list()), (QStringList{QStringLiteral("Remote:0"), QStringLiteral("third:0"),
                                                   QStringLiteral("Urgent:0")}));
    }

    void bulkAddRemoveInOneStep()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 5);
        const QList<qint64> ids = listingIds(*db);
        TagStore store(*db);
        const Tag a = store.create(QStringLiteral("alpha"));
        const Tag b = store.create(QStringLiteral("beta"));
        store.addTags({ids[0]}, {a.id});

        // Adding to three listings, one of which has it, adds two links; a missing listing is skipped.
        const QList<TagLink> added = store.addTags({ids[0], ids[1], ids[2], 999999}, {a.id, b.id});
        QCOMPARE(added.size(), 5);
        QVERIFY(!added.contains(TagLink{ids[0], a.id}));
        QCOMPARE(names(store.list()), (QStringList{QStringLiteral("alpha:3"), QStringLiteral("beta:3")}));
        QCOMPARE(names(store.tagsOf(ids[1])),
                 (QStringList{QStringLiteral("alpha:1"), QStringLiteral("beta:1")}));
        QCOMPARE(names(store.tagsOf(QList<qint64>{ids[0], ids[3]})),
                 (QStringList{QStringLiteral("alpha:1"), QStringLiteral("beta:1")}));
        QList<ActivityEntry> log = ActivityLog(*db).entries(ids[1]);
        QCOMPARE(log.size(), 1); // one entry per listing for the whole edit
        QCOMPARE(log.first().kind, QStringLiteral("tag"));
        QCOMPARE(log.first().detail, QStringLiteral("+alpha, +beta"));

        // Removing reports exactly what was there; putting those links back restores the state.
        const QList<TagLink> removed = store.removeTags({ids[0], ids[1], ids[3]}, {a.id});
        QCOMPARE(removed, (QList<TagLink>{{ids[0], a.id}, {ids[1], a.id}}));
        QCOMPARE(store.listingsWith(a.id), QList<qint64>{ids[2]});
        QCOMPARE(ActivityLog(*db).entries(ids[1]).last().detail,
                 QString(QChar(0x2212)) + QStringLiteral("alpha"));
        store.addLinks(removed);
        QCOMPARE(store.listingsWith(a.id), (QList<qint64>{ids[0], ids[1], ids[2]}));

        // One transaction: a failure in the middle leaves nothing behind.
        test::refuseWrites(*db, QStringLiteral("listing_tags"),
                           QStringLiteral("NEW.listing_id = %1").arg(ids[4]));
        QVERIFY(!refusal([&] { store.addTags({ids[3], ids[4]}, {b.id}); }).isEmpty());
        QCOMPARE(store.tagsOf(ids[3]), QList<Tag>{});
        QCOMPARE(ActivityLog(*db).entries(ids[3]).size(), 0);
    }

    void mergeAndDelete()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 4);
        const QList<qint64> ids = listingIds(*db);
        TagStore store(*db);
        const Tag wfh = store.create(QStringLiteral("wfh"));
        const Tag remote = store.create(QStringLiteral("remote"));
        store.addTags({ids[0], ids[1]}, {wfh.id});
        store.addTags({ids[1], ids[2]}, {remote.id});

        QVERIFY(!refusal([&] { store.merge(remote.id, remote.id); }).isEmpty());
        const TagMerge merge = store.merge(wfh.id, remote.id);
        QCOMPARE(merge.from, (Tag{wfh.id, QStringLiteral("wfh"), wfh.color, 2}));
        QCOMPARE(merge.fromListings, (QList<qint64>{ids[0], ids[1]}));
        QCOMPARE(merge.addedLinks, QList<TagLink>{(TagLink{ids[0], remote.id})});
        QVERIFY(!store.find(QStringLiteral("wfh")));
        QCOMPARE(store.listingsWith(remote.id), (QList<qint64>{ids[0], ids[1], ids[2]}));
        QCOMPARE(ActivityLog(*db).entries(ids[0]).last().detail, QStringLiteral("wfh merged into remote"));

        // What merge returned is enough to take it back exactly.
        store.removeLinks(merge.addedLinks);
        store.restore(merge.from);
        store.addTags(merge.fromListings, {merge.from.id});
        QCOMPARE(store.tag(wfh.id), merge.from);
        QCOMPARE(store.listingsWith(remote.id), (QList<qint64>{ids[1], ids[2]}));

        // Delete takes the tag off every listing and says which had it.
        QCOMPARE(store.remove(remote.id), (QList<qint64>{ids[1], ids[2]}));
        QCOMPARE(names(store.list()), QStringList{QStringLiteral("wfh:2")});
        QCOMPARE(store.tagsOf(ids[2]), QList<Tag>{});
        QVERIFY(refusal([&] { store.tag(remote.id); }).contains(QString::number(remote.id)));
    }
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
