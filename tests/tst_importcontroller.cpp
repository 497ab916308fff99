// Importing from the window: on a worker thread while the window keeps working, by menu, drag and
// drop and paste, with the table refreshed at the end.
#include "testsupport.h"

#include "import/importcontroller.h"
#include "import/importreport.h"
#include "listings/listingspane.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/listingrepository.h"

#include <QApplication>
#include <QClipboard>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace jobdesk;

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestImportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsOnAWorkerAndRefreshesTheTable()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ImportController *controller = window.importController();
        controller->setShowSummary(false);
        QSignalSpy finished(controller, &ImportController::finished);

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(5);
        controller->importPaths({test::sharedData(QStringLiteral("listings/remote-boards-2025"))});
        QVERIFY(controller->isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY2(ticks > 0, "the GUI thread was blocked during the import");

        const ImportReport report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.inserted, 125);
        QCOMPARE(report.failed, 0);
        QVERIFY(!controller->isRunning());
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingsPane()->view()->model()->rowCount(), 125);
        QCOMPARE(ListingRepository(db).count(), 125);
    }

    void dropsOfFilesImportThem()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.importController()->setShowSummary(false);
        QSignalSpy finished(window.importController(), &ImportController::finished);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(
            test::sharedData(QStringLiteral("listings/remote-boards-2025/jobicy_jobs.json")))});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(60000));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingsPane()->view()->model()->rowCount(), 30);
    }

    void webPagesAndTextAreNotDroppedAsFiles()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        MainWindow window(db);
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://jobs.example.com/1"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void pastedTextBecomesAListing()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        MainWindow window(db);
        window.show();
        window.importController()->setShowSummary(false);
        QSignalSpy finished(window.importController(), &ImportController::finished);
        QGuiApplication::clipboard()->setText(
            QStringLiteral("Senior Rust Engineer\nFerrous Systems\nRemote (EU)\n\n"
                           "We build embedded tooling in Rust and C++."));
        QAction *paste = findAction(&window, QStringLiteral("Paste Listing"));
        QVERIFY(paste);
        paste->trigger();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<ImportReport>().inserted, 1);
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingsPane()->view()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Senior Rust Engineer"));
    }
};

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
