// The sidebar pane, offscreen: selecting a row emits viewChanged with that row's view; a saved search
// renamed in place keeps its new name in the library; deleting one offers Undo; saving a search asks
// for a name. The hide rules dialog adds, counts, removes and undoes.
#include "testsupport.h"

#include "sidebar/hiderulesdialog.h"
#include "sidebar/sidebarpane.h"
#include "sidebar/undobar.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "views/hiderules.h"
#include "views/savedsearches.h"
#include "views/sidebarmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace jobdesk;

class TestSidebarPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;

    static void waitForCounts(SidebarPane &pane)
    {
        if (pane.model()->countsPending()) {
            QSignalSpy updated(pane.model(), &SidebarModel::countsUpdated);
            QVERIFY(updated.wait(10000));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        test::addListings(*m_db, 10);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void selectingARowEmitsItsView()
    {
        SidebarPane pane(*m_db);
        pane.resize(240, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(pane.currentView().kind, ListingView::Kind::All);
        QSignalSpy changed(&pane, &SidebarPane::viewChanged);

        const QModelIndex inbox = pane.model()->indexOf({ListingView::Kind::Inbox, 0, {}, {}});
        QTreeView *view = pane.view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(inbox).center());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ListingView>().kind, ListingView::Kind::Inbox);

        // Down from Inbox is the first stage, New.
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(changed.size(), 2);
        const auto stage = changed.at(1).at(0).value<ListingView>();
        QCOMPARE(stage.kind, ListingView::Kind::Stage);
        QCOMPARE(stage.name, QStringLiteral("New"));
        QVERIFY(stage.id > 0);

        pane.selectView({ListingView::Kind::Hidden, 0, {}, {}});
        QCOMPARE(changed.size(), 3);
        QCOMPARE(pane.currentView().kind, ListingView::Kind::Hidden);
        // Clicking a section heading changes nothing.
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {},
            view->visualRect(pane.model()->sectionIndex(SidebarModel::LibrarySection)).center());
        QCOMPARE(changed.size(), 3);
        waitForCounts(pane);
    }

    void renamingASavedSearchInPlacePersists()
    {
        SidebarPane pane(*m_db);
        const qint64 id =
            pane.model()->addSavedSearch(QStringLiteral("Remote"), QStringLiteral("workplace:remote"));
        pane.resize(240, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.selectView({ListingView::Kind::SavedSearch, id, {}, {}});
        QSignalSpy changed(&pane, &SidebarPane::viewChanged);

        QTreeView *view = pane.view();
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Remote only"));
        QTest::keyClick(editor, Qt::Key_Return);

        // The delegate commits on its next event loop turn.
        QTRY_COMPARE(SavedSearchStore(*m_db).find(id)->name, QStringLiteral("Remote only"));
        QCOMPARE(changed.size(), 1); // the current view's name changed
        QCOMPARE(changed.at(0).at(0).value<ListingView>().name, QStringLiteral("Remote only"));
        waitForCounts(pane);
        pane.model()->removeSavedSearch(id);
    }

    void deletingTheCurrentSavedSearchOffersUndo()
    {
        SidebarPane pane(*m_db);
        const qint64 id = pane.model()->addSavedSearch(QStringLiteral("Go"), QStringLiteral("golang"));
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        pane.view()->setFocus();
        pane.selectView({ListingView::Kind::SavedSearch, id, {}, {}});
        QSignalSpy changed(&pane, &SidebarPane::viewChanged);

        QTest::keyClick(pane.view(), Qt::Key_Delete); // a shortcut of the list
        QVERIFY(!SavedSearchStore(*m_db).find(id));
        QTRY_COMPARE(pane.currentView().kind, ListingView::Kind::All); // its view is gone
        QCOMPARE(changed.size(), 1);
        QVERIFY(pane.undoBar()->isVisible());
        QVERIFY(pane.undoBar()->message().contains(QLatin1String("Go")));

        pane.undoBar()->undoButton()->click();
        QCOMPARE(SavedSearchStore(*m_db).find(id)->query, QStringLiteral("golang"));
        QVERIFY(pane.model()->indexOf({ListingView::Kind::SavedSearch, id, {}, {}}).isValid());
        waitForCounts(pane);
        pane.model()->removeSavedSearch(id);
    }

    void theSelectedTagSurvivesTagsAddedElsewhere()
    {
        sql::run(m_db->connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('m-tag')"));
        const qint64 tag =
            sql::scalar(m_db->connection(), QStringLiteral("SELECT id FROM tags WHERE name = 'm-tag'"))
                .toLongLong();
        SidebarPane pane(*m_db);
        pane.show();
        pane.selectView({ListingView::Kind::Tag, tag});
        QCOMPARE(pane.currentView().id, tag);
        QSignalSpy changed(&pane, &SidebarPane::viewChanged);

        // Sorted before and after it: rows are inserted around the selected one.
        sql::run(m_db->connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('a-tag'), ('z-tag')"));
        pane.model()->refreshNow();
        QCOMPARE(pane.model()->rowCount(pane.model()->sectionIndex(SidebarModel::TagsSection)), 3);
        // Renamed so that it sorts first: the section is rebuilt, the selection put back.
        sql::run(m_db->connection(), QStringLiteral("UPDATE tags SET name = '0-tag' WHERE id = ?"), {tag});
        pane.model()->refreshNow();
        QTest::qWait(20);
        QCOMPARE(pane.view()->currentIndex(), pane.model()->indexOf({ListingView::Kind::Tag, tag}));
        QCOMPARE(changed.size(), 1); // the name changed, not the view
        QCOMPARE(pane.currentView().name, QStringLiteral("0-tag"));

        sql::run(m_db->connection(), QStringLiteral("DELETE FROM tags WHERE id = ?"), {tag});
        pane.model()->refreshNow();
        QTRY_COMPARE(pane.currentView().kind, ListingView::Kind::All);
        sql::run(m_db->connection(), QStringLiteral("DELETE FROM tags"));
        waitForCounts(pane);
    }

    void savingASearchAsksForAName()
    {
        SidebarPane pane(*m_db);
        pane.show();
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->textValue(), QStringLiteral("senior -intern"));
            dialog->setTextValue(QStringLiteral("Senior, no interns"));
            dialog->accept();
        });
        const qint64 id = pane.saveCurrentSearch(QStringLiteral("  senior -intern "));
        QVERIFY(id > 0);
        const auto saved = SavedSearchStore(*m_db).find(id);
        QCOMPARE(saved->name, QStringLiteral("Senior, no interns"));
        QCOMPARE(saved->query, QStringLiteral("senior -intern"));
        QVERIFY(pane.model()->indexOf({ListingView::Kind::SavedSearch, id, {}, {}}).isValid());

        QTimer::singleShot(0, this, [] { QApplication::activeModalWidget()->close(); });
        QCOMPARE(pane.saveCurrentSearch(QStringLiteral("rust")), 0); // cancelled
        QCOMPARE(pane.saveCurrentSearch(QStringLiteral("   ")), 0);  // nothing to save
        waitForCounts(pane);
    }

    void hideRulesDialogAddsRemovesAndUndoes()
    {
        test::TempLibrary dir;
        const auto db = dir.open();
        ListingRepository repository(*db);
        for (int i = 0; i < 10; ++i)
            repository.upsert(test::makeListing(i), QDateTime::currentDateTimeUtc());
        HideRulesDialog dialog(*db);
        QSignalSpy changed(&dialog, &HideRulesDialog::rulesChanged);
        QTreeWidget *list = dialog.rulesList();
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!dialog.addButton()->isEnabled());

        // A title pattern (the default kind): six of the ten titles are engineers.
        dialog.patternEdit()->setText(QStringLiteral("*engineer*"));
        dialog.addButton()->click();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(HideRulesDialog::PatternColumn), QStringLiteral("*engineer*"));
        QCOMPARE(list->topLevelItem(0)->text(HideRulesDialog::CountColumn), QStringLiteral("6"));
        QVERIFY(dialog.patternEdit()->text().isEmpty());
        QCOMPARE(changed.size(), 1);

        // A company, entered with Return.
        dialog.kindBox()->setCurrentIndex(0);
        dialog.patternEdit()->setText(QStringLiteral("acme robotics"));
        QTest::keyClick(dialog.patternEdit(), Qt::Key_Return);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(HideRuleStore(*db).list().size(), 2);
        QCOMPARE(changed.size(), 2);

        // One that would hide everything is refused, with the reason in the strip.
        dialog.kindBox()->setCurrentIndex(1);
        dialog.patternEdit()->setText(QStringLiteral("*"));
        dialog.addButton()->click();
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(!dialog.undoBar()->isHidden());
        QVERIFY(dialog.undoBar()->undoButton()->isHidden());

        list->setCurrentItem(list->topLevelItem(1));
        const QString removedPattern = list->topLevelItem(1)->text(HideRulesDialog::PatternColumn);
        dialog.removeButton()->click();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(HideRuleStore(*db).list().size(), 1);
        QCOMPARE(changed.size(), 3);
        QVERIFY(!dialog.undoBar()->undoButton()->isHidden());
        dialog.undoBar()->undoButton()->click();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(list->currentItem()->text(HideRulesDialog::PatternColumn), removedPattern);
    }
};

QTEST_MAIN(TestSidebarPane)
#include "tst_sidebarpane.moc"
