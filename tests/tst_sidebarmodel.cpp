// The sidebar model: correct under QAbstractItemModelTester, counts arrive from the counting thread
// and equal what each view's filter selects, refresh() picks up changes (debounced, stale counts
// dropped), saved-search edits move rows properly and persist.
#include "testsupport.h"

#include "annotations/annotationstore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "views/hiderules.h"
#include "views/savedsearches.h"
#include "views/sidebarmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

namespace {

constexpr int Listings = 60;

qint64 countOf(const Database &db, const ListingView &view)
{
    const SqlFilter filter = viewFilter(view, QDateTime::currentDateTimeUtc(), db.dialect());
    QSqlQuery query =
        sql::run(db.connection(),
                 QStringLiteral("SELECT count(*) FROM listings"
                                " LEFT JOIN annotations ON annotations.listing_id = listings.id"
                                " LEFT JOIN stages ON stages.id = annotations.stage_id WHERE ") +
                     filter.condition,
                 filter.values);
    return query.next() ? query.value(0).toLongLong() : -1;
}

QStringList rowNames(const SidebarModel &model, SidebarModel::Section section)
{
    QStringList names;
    const QModelIndex parent = model.sectionIndex(section);
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    return names;
}

bool waitForCounts(SidebarModel &model)
{
    if (!model.countsPending())
        return true;
    QSignalSpy updated(&model, &SidebarModel::countsUpdated);
    return updated.wait(10000);
}

} // namespace

class TestSidebarModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;

    void checkCountsMatchFilters(const SidebarModel &model)
    {
        int checked = 0;
        for (int section = 0; section < SidebarModel::SectionCount; ++section) {
            const QModelIndex parent = model.sectionIndex(SidebarModel::Section(section));
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex index = model.index(row, 0, parent);
                const auto view = index.data(SidebarModel::ViewRole).value<ListingView>();
                if (!index.data(SidebarModel::CountRole).isValid())
                    continue; // a saved search that does not compile
                QCOMPARE(index.data(SidebarModel::CountRole).toLongLong(), countOf(*m_db, view));
                ++checked;
            }
        }
        QVERIFY(checked > 12);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        test::addListings(*m_db, Listings);
        const QSqlDatabase db = m_db->connection();
        // Follow-ups far from now, so the counting thread's "now" cannot disagree with the test's.
        sql::run(db,
                 QStringLiteral("INSERT INTO annotations (listing_id, stage_id, follow_up_at, updated_at) "
                                "SELECT id, (SELECT id FROM stages WHERE name = 'Applied'), "
                                "CASE WHEN id % 2 = 0 THEN 1000 ELSE 4000000000 END, 0 "
                                "FROM listings WHERE id % 5 = 0"));
        sql::run(db, QStringLiteral("INSERT INTO annotations (listing_id, stage_id, updated_at) "
                                    "SELECT id, (SELECT id FROM stages WHERE name = 'Rejected'), 0 "
                                    "FROM listings WHERE id % 7 = 0 AND id % 5 != 0"));
        // Explicitly New (one of them hidden by the title rule), and an annotation without a stage.
        sql::run(db, QStringLiteral(
                         "INSERT INTO annotations (listing_id, stage_id, follow_up_at, updated_at) "
                         "VALUES (11, (SELECT id FROM stages WHERE name = 'New'), 1000, 0), "
                         "(12, (SELECT id FROM stages WHERE name = 'New'), NULL, 0), (13, NULL, 1000, 0)"));
        AnnotationStore(*m_db).setHidden({3, 4, 10}, true);
        HideRuleStore(*m_db).addTitlePattern(QStringLiteral("data scientist*"));
        sql::run(db, QStringLiteral(
                         "INSERT INTO tags (name, color) VALUES ('shortlist', '#16a34a'), ('later', NULL)"));
        sql::run(db, QStringLiteral("INSERT INTO listing_tags (listing_id, tag_id) "
                                    "SELECT id, 1 FROM listings WHERE id % 3 = 0"));
        SavedSearchStore searches(*m_db);
        searches.add(QStringLiteral("Well paid"), QStringLiteral("salary>=90k"));
        searches.add(QStringLiteral("Broken"), QStringLiteral("\"unterminated"));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void hasTheSectionsAndRows()
    {
        SidebarModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(SidebarModel::SectionCount));
        QCOMPARE(model.sectionIndex(SidebarModel::TagsSection).data().toString(), QStringLiteral("Tags"));
        const QStringList library = rowNames(model, SidebarModel::LibrarySection);
        QCOMPARE(library.first(), QStringLiteral("All"));
        QCOMPARE(library.at(1), QStringLiteral("Inbox"));
        QCOMPARE(library.at(2), QStringLiteral("New")); // the stages, in position order
        QCOMPARE(library.at(3), QStringLiteral("Saved"));
        QCOMPARE(library.at(library.size() - 2), QStringLiteral("Follow-up due"));
        QCOMPARE(library.last(), QStringLiteral("Hidden"));
        QCOMPARE(rowNames(model, SidebarModel::TagsSection),
                 (QStringList{QStringLiteral("later"), QStringLiteral("shortlist")}));
        QCOMPARE(rowNames(model, SidebarModel::SavedSearchesSection),
                 (QStringList{QStringLiteral("Well paid"), QStringLiteral("Broken")}));
        const QModelIndex shortlist = model.indexOf({ListingView::Kind::Tag, 1, {}, {}});
        QCOMPARE(shortlist.data(SidebarModel::ColorRole).toString(), QStringLiteral("#16a34a"));
        QVERIFY(model.flags(model.sectionIndex(SidebarModel::LibrarySection)).testFlag(Qt::ItemIsEnabled));
        QVERIFY(
            !model.flags(model.sectionIndex(SidebarModel::LibrarySection)).testFlag(Qt::ItemIsSelectable));
        QVERIFY(!model.flags(shortlist).testFlag(Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, 0, model.sectionIndex(SidebarModel::SavedSearchesSection)))
                    .testFlag(Qt::ItemIsEditable));
        QVERIFY(waitForCounts(model));
    }

    void countsArriveAndMatchTheFilters()
    {
        SidebarModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex all = model.indexOf(ListingView{});
        QVERIFY(model.countsPending());
        QVERIFY(!all.data(SidebarModel::CountRole).isValid()); // nothing counted on this thread
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(waitForCounts(model));
        QVERIFY(!changed.isEmpty());
        checkCountsMatchFilters(model);
        const qint64 hidden =
            model.indexOf({ListingView::Kind::Hidden, 0, {}, {}}).data(SidebarModel::CountRole).toLongLong();
        QCOMPARE(all.data(SidebarModel::CountRole).toLongLong() + hidden, qint64(Listings));
        QCOMPARE(hidden, qint64(3 + 12)); // 3 by hand (none a data scientist) + 12 data scientists
        QCOMPARE(all.data(SidebarModel::CountTextRole).toString(), QLocale().toString(Listings - hidden));
        QCOMPARE(
            model.indexOf({ListingView::Kind::Tag, 2, {}, {}}).data(SidebarModel::CountRole).toLongLong(), 0);
    }

    void aSavedSearchThatDoesNotCompileShowsADashAndWhy()
    {
        SidebarModel model(*m_db);
        QVERIFY(waitForCounts(model));
        const QModelIndex broken = model.index(1, 0, model.sectionIndex(SidebarModel::SavedSearchesSection));
        QCOMPARE(broken.data().toString(), QStringLiteral("Broken"));
        QVERIFY(!broken.data(SidebarModel::CountRole).isValid());
        QCOMPARE(broken.data(SidebarModel::CountTextRole).toString(), QStringLiteral("—"));
        QVERIFY(!broken.data(Qt::ToolTipRole).toString().isEmpty());
        const QModelIndex fine = model.index(0, 0, model.sectionIndex(SidebarModel::SavedSearchesSection));
        QCOMPARE(fine.data(Qt::ToolTipRole).toString(), QStringLiteral("salary>=90k"));
        QVERIFY(fine.data(SidebarModel::CountRole).toLongLong() > 0);
    }

    void refreshPicksUpChangesOnceAfterABurst()
    {
        SidebarModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForCounts(model));
        const QModelIndex all = model.indexOf(ListingView{});
        const qint64 before = all.data(SidebarModel::CountRole).toLongLong();

        AnnotationStore(*m_db).setHidden({1, 6}, true);
        sql::run(m_db->connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('apply soon')"));
        sql::run(m_db->connection(), QStringLiteral("INSERT INTO listing_tags (listing_id, tag_id) "
                                                    "SELECT 5, id FROM tags WHERE name = 'apply soon'"));
        QSignalSpy updated(&model, &SidebarModel::countsUpdated);
        for (int i = 0; i < 5; ++i)
            model.refresh();
        QTRY_COMPARE(all.data(SidebarModel::CountRole).toLongLong(), before - 2);
        QTest::qWait(2 * SidebarModel::RefreshDelayMs);
        QCOMPARE(updated.size(), 1); // five calls, one count
        QCOMPARE(rowNames(model, SidebarModel::TagsSection),
                 (QStringList{QStringLiteral("apply soon"), QStringLiteral("later"),
                              QStringLiteral("shortlist")}));
        checkCountsMatchFilters(model);

        // Two requests in a row: the first one's counts are stale and never shown.
        updated.clear();
        model.refreshNow();
        model.refreshNow();
        QVERIFY(updated.wait(10000));
        QTest::qWait(100);
        QCOMPARE(updated.size(), 1);

        // A renamed tag sorts elsewhere: the section is rebuilt, counts kept.
        sql::run(m_db->connection(),
                 QStringLiteral("UPDATE tags SET name = 'zz top' WHERE name = 'apply soon'"));
        model.refreshNow();
        QCOMPARE(
            rowNames(model, SidebarModel::TagsSection),
            (QStringList{QStringLiteral("later"), QStringLiteral("shortlist"), QStringLiteral("zz top")}));
        QCOMPARE(model.index(2, 0, model.sectionIndex(SidebarModel::TagsSection))
                     .data(SidebarModel::CountRole)
                     .toLongLong(),
                 1);
        QVERIFY(waitForCounts(model));

        AnnotationStore(*m_db).setHidden({1, 6}, false);
        sql::run(m_db->connection(), QStringLiteral("DELETE FROM tags WHERE name = 'zz top'"));
        model.refreshNow();
        QVERIFY(waitForCounts(model));
        QCOMPARE(all.data(SidebarModel::CountRole).toLongLong(), before);
    }

    void savedSearchEditsMoveRowsAndPersist()
    {
        test::TempLibrary dir;
        auto db = dir.open();
        SidebarModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex section = model.sectionIndex(SidebarModel::SavedSearchesSection);
        const qint64 a = model.addSavedSearch(QStringLiteral("A"), QStringLiteral("rust"));
        const qint64 b = model.addSavedSearch(QStringLiteral("B"), QStringLiteral("go"));
        const qint64 c = model.addSavedSearch(QStringLiteral("C"), QStringLiteral("zig"));
        QCOMPARE(rowNames(model, SidebarModel::SavedSearchesSection).join(QString()), QStringLiteral("ABC"));
        QVERIFY_THROWS_EXCEPTION(StoreError, model.addSavedSearch(QStringLiteral("a"), QStringLiteral("x")));
        QCOMPARE(model.rowCount(section), 3);

        model.moveSavedSearch(a, 2);
        QCOMPARE(rowNames(model, SidebarModel::SavedSearchesSection).join(QString()), QStringLiteral("BCA"));
        model.moveSavedSearch(a, 0);
        QCOMPARE(rowNames(model, SidebarModel::SavedSearchesSection).join(QString()), QStringLiteral("ABC"));

        QSignalSpy errors(&model, &SidebarModel::errorOccurred);
        QVERIFY(!model.setData(model.index(1, 0, section), QStringLiteral("c"))); // clashes with C
        QCOMPARE(errors.size(), 1);
        QVERIFY(model.setData(model.index(1, 0, section), QStringLiteral("Golang")));
        QCOMPARE(model.index(1, 0, section).data(SidebarModel::ViewRole).value<ListingView>().name,
                 QStringLiteral("Golang"));

        model.setSavedSearchQuery(c, QStringLiteral("zig OR odin"));
        QCOMPARE(model.indexOf({ListingView::Kind::SavedSearch, c, {}, {}})
                     .data(SidebarModel::ViewRole)
                     .value<ListingView>()
                     .query,
                 QStringLiteral("zig OR odin"));

        const SavedSearch removed = model.removeSavedSearch(a);
        QCOMPARE(removed.name, QStringLiteral("A"));
        QCOMPARE(rowNames(model, SidebarModel::SavedSearchesSection),
                 (QStringList{QStringLiteral("Golang"), QStringLiteral("C")}));
        model.restoreSavedSearch(removed);
        QCOMPARE(rowNames(model, SidebarModel::SavedSearchesSection),
                 (QStringList{QStringLiteral("A"), QStringLiteral("Golang"), QStringLiteral("C")}));

        // Dragging C onto the place between A and Golang.
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(2, 0, section)}));
        QVERIFY(data);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 1, 0, section));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 1, 0,
                                       model.sectionIndex(SidebarModel::TagsSection)));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, section));
        QCOMPARE(rowNames(model, SidebarModel::SavedSearchesSection),
                 (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("Golang")}));
        // Dragging A below the last row.
        data.reset(model.mimeData({model.index(0, 0, section)}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, section));
        QCOMPARE(rowNames(model, SidebarModel::SavedSearchesSection),
                 (QStringList{QStringLiteral("C"), QStringLiteral("Golang"), QStringLiteral("A")}));
        QVERIFY(waitForCounts(model));

        db.reset();
        db = dir.open();
        QList<QString> stored;
        for (const SavedSearch &search : SavedSearchStore(*db).list())
            stored.append(search.name + QLatin1Char('=') + search.query);
        QCOMPARE(stored, (QStringList{QStringLiteral("C=zig OR odin"), QStringLiteral("Golang=go"),
                                      QStringLiteral("A=rust")}));
        Q_UNUSED(b);
    }
};

QTEST_GUILESS_MAIN(TestSidebarModel)
#include "tst_sidebarmodel.moc"
