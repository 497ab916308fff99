// The window as a person searches it, offscreen: typing a query narrows the table to what the same
// question asked in SQL returns, a wrong query is marked and keeps the last result, and the keyboard
// habits of the table (Delete hides, Undo brings back, / focuses the search) hold.
#include "testsupport.h"

#include "listings/listingspane.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "samples/samplelibrary.h"
#include "search/searchfield.h"
#include "shortcutsdialog.h"
#include "sidebar/sidebarpane.h"
#include "store/database.h"
#include "store/sql.h"
#include "views/listingview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <optional>

using namespace jobdesk;

class TestSearchWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;

    QSet<qint64> tableIds(MainWindow &window)
    {
        QSet<qint64> ids;
        const ListingTableModel *model = window.listingModel();
        for (int row = 0; row < model->rowCount(); ++row)
            ids.insert(model->listingId(row));
        return ids;
    }

    QSet<qint64> sqlIds(const QString &condition)
    {
        QSet<qint64> ids;
        QSqlQuery query = sql::run(m_db->connection(),
                                   QStringLiteral("SELECT listings.id FROM listings LEFT JOIN annotations"
                                                  " ON annotations.listing_id = listings.id WHERE "
                                                  "coalesce(annotations.hidden, 0) = 0 AND ") +
                                       condition);
        while (query.next())
            ids.insert(query.value(0).toLongLong());
        return ids;
    }

    // Types `text` as a person would and waits for the table to settle.
    static bool type(MainWindow &window, const QString &text)
    {
        SearchField *field = window.searchField();
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QSignalSpy searched(field, &SearchField::searchChanged);
        QTest::keyClicks(field, text);
        if (!searched.wait(2000))
            return false;
        return test::waitUntilLoaded(*window.listingModel());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        QVERIFY(samples::load(*m_db).inserted >= 300);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void typingNarrowsTheTable_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("sql");
        QTest::newRow("workplace") << "workplace:remote" << "listings.workplace = 3";
        QTest::newRow("salary") << "salary>=120k" << "listings.salary_yearly >= 120000";
        QTest::newRow("both") << "workplace:remote salary>=120k"
                              << "listings.workplace = 3 AND listings.salary_yearly >= 120000";
        QTest::newRow("or and not")
            << "(workplace:hybrid OR workplace:onsite) -salary<60000"
            << "listings.workplace IN (1, 2) AND NOT coalesce(listings.salary_yearly < 60000, FALSE)";
    }

    void typingNarrowsTheTable()
    {
        QFETCH(QString, query);
        QFETCH(QString, sql);
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        const int all = window.listingModel()->rowCount();
        QVERIFY(type(window, query));
        const QSet<qint64> expected = sqlIds(sql);
        QVERIFY2(!expected.isEmpty() && expected.size() < all,
                 "the sample library should split on this query");
        QCOMPARE(tableIds(window), expected);
        QVERIFY(!window.searchField()->error());
    }

    void aWrongQueryIsMarkedAndKeepsTheLastResult()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(type(window, QStringLiteral("workplace:remote")));
        const QSet<qint64> remote = tableIds(window);
        SearchField *field = window.searchField();
        QSignalSpy searched(field, &SearchField::searchChanged);
        QTest::keyClicks(field, QStringLiteral(" salary>="));
        QVERIFY(searched.wait(2000));
        QVERIFY(field->error());
        QVERIFY(field->error()->position >= int(QStringLiteral("workplace:remote ").size()));
        QVERIFY(field->toolTip().contains(field->error()->message.toHtmlEscaped()));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(tableIds(window), remote);
        // Finishing the term clears the mark and narrows further.
        QTest::keyClicks(field, QStringLiteral("100k"));
        QVERIFY(searched.wait(2000));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QVERIFY(!field->error());
        QCOMPARE(tableIds(window),
                 sqlIds(QStringLiteral("listings.workplace = 3 AND listings.salary_yearly >= 100000")));
    }

    void deleteHidesAndUndoBringsBack()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QTableView *table = window.listingsPane()->view();
        const int before = window.listingModel()->rowCount();
        window.listingsPane()->selectRow(2);
        const qint64 id = window.listingsPane()->currentListingId();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingModel()->rowCount(), before - 1);
        QCOMPARE(window.listingModel()->rowOfListing(id), -1);
        QCOMPARE(sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT hidden FROM annotations WHERE listing_id = ?"), {id})
                     .toInt(),
                 1);

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingModel()->rowCount(), before);
        QVERIFY(window.listingModel()->rowOfListing(id) >= 0);
    }

    void theSidebarChoosesWhatTheTableShows()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        window.listingsPane()->selectRow(4);
        const qint64 id = window.listingsPane()->currentListingId();
        window.listingsPane()->hideAction()->trigger();
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingModel()->rowOfListing(id), -1);

        window.sidebarPane()->selectView(ListingView(ListingView::Kind::Hidden));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(tableIds(window), QSet<qint64>{id});
        // The search narrows within the view.
        QVERIFY(type(window, QStringLiteral("salary>=1")));
        QVERIFY(tableIds(window).size() <= 1);

        window.sidebarPane()->selectView(ListingView(ListingView::Kind::All));
        QVERIFY(type(window, QString()));
        QCOMPARE(window.listingModel()->rowOfListing(id), -1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QVERIFY(window.listingModel()->rowOfListing(id) >= 0);
    }

    void hidingACompanyHidesAllItsListings()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        window.listingsPane()->selectRow(0);
        const QString company = window.listingsPane()->currentCompany();
        QVERIFY(!company.isEmpty());
        const int ofCompany =
            sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM listings WHERE company = ?"),
                        {company})
                .toInt();
        const int before = window.listingModel()->rowCount();
        window.listingsPane()->hideCompanyAction()->trigger();
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingModel()->rowCount(), before - ofCompany);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingModel()->rowCount(), before);
    }

    // The table's actions (Enter opens the link, Delete hides, Shift+Delete hides the company) act on the
    // current row as soon as a reload has made one current: a keystroke right after the table filled was
    // lost while they waited one turn of the event loop for the panes that follow the current listing.
    void theTableActionsFollowTheCurrentRowAtOnce()
    {
        MainWindow window(*m_db);
        ListingsPane *pane = window.listingsPane();
        struct Seen
        {
            qint64 current = 0;
            bool openLink = false;
            bool hide = false;
            bool hideCompany = false;
        };
        std::optional<Seen> whenLoaded;
        // Runs after the pane's own handler of loaded(), which makes the first row current.
        connect(window.listingModel(), &ListingTableModel::loaded, this, [&] {
            if (!whenLoaded)
                whenLoaded = Seen{pane->currentListingId(), pane->openLinkAction()->isEnabled(),
                                  pane->hideAction()->isEnabled(), pane->hideCompanyAction()->isEnabled()};
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(whenLoaded);
        QVERIFY(whenLoaded->current > 0);
        QVERIFY(whenLoaded->openLink);
        QVERIFY(whenLoaded->hide);
        QVERIFY(whenLoaded->hideCompany);
    }

    void slashFocusesTheSearchAndEnterOpensTheLink()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QTableView *table = window.listingsPane()->view();
        window.activateWindow();
        table->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy open(window.listingsPane(), &ListingsPane::openLinkRequested);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QVERIFY(open.first().first().toUrl().scheme().startsWith(QStringLiteral("http")));
        QTest::keyClick(table, Qt::Key_Slash);
        QVERIFY(window.searchField()->hasFocus());
        QCOMPARE(window.searchField()->text(), QString()); // the slash is not typed into the field
    }

    void shortcutsAreListed()
    {
        MainWindow window(*m_db);
        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entries(window.menuBar());
        QStringList actions;
        for (const auto &entry : entries)
            actions.append(entry.action + QLatin1Char('=') + entry.keys);
        const QString all = actions.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Find=Ctrl+F")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Import Files=Ctrl+I")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Hide=Del")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Undo=Ctrl+Z")), qPrintable(all));
    }

    void docksAreRestoredAfterARestart()
    {
        {
            MainWindow window(*m_db);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
            QVERIFY(details && details->isVisible());
            details->close();
            window.close();
        }
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
        QVERIFY(!details->isVisible());
        details->toggleViewAction()->trigger();
        QVERIFY(details->isVisible());
        window.close();
    }
};

QTEST_MAIN(TestSearchWindow)
#include "tst_searchwindow.moc"
