// File ▸ Back Up Library… / Restore Library… in the window: the work runs on a worker thread with its
// own connection while the window stays usable, and after a restore the window shows the restored
// library.
#include "testsupport.h"

#include "library/librarycontroller.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/sql.h"
#include "theme.h"

#include <QAction>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

class TestLibraryController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theFileMenuOffersBackupAndAnnotations()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        MainWindow window(db);
        QStringList texts;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu()) {
                for (QAction *action : menu->menu()->actions())
                    texts.append(action->text());
            }
        }
        for (const QString &wanted :
             {QStringLiteral("&Back Up Library…"), QStringLiteral("&Restore Library…"),
              QStringLiteral("Export &Annotations…"), QStringLiteral("Import A&nnotations…")})
            QVERIFY2(texts.contains(wanted), qPrintable(wanted));
    }

    void restoreInTheWindowShowsTheRestoredLibrary_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void restoreInTheWindowShowsTheRestoredLibrary()
    {
        QFETCH(int, theme);
        applyTheme(Theme(theme));
        test::TempLibrary dir;
        Database db(dir.path());
        test::addListings(db, 40);
        MainWindow window(db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingModel()->rowCount(), 40);

        auto *controller = window.findChild<LibraryController *>(QStringLiteral("libraryController"));
        QVERIFY(controller);
        controller->setShowErrors(false);
        QSignalSpy finished(controller, &LibraryController::finished);
        QSignalSpy changed(controller, &LibraryController::libraryChanged);

        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        controller->backUpTo(backup);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
        QCOMPARE(changed.size(), 0);

        test::addListings(db, 70, QDateTime::currentDateTimeUtc().addDays(1));
        controller->restoreFrom(backup);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(finished.last().at(0).toString().contains(QLatin1String("before-restore")));
        QTRY_COMPARE_WITH_TIMEOUT(window.listingModel()->rowCount(), 40, 10000);
        QCOMPARE(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM listings")).toInt(), 40);

        // A bad file: refused, said why, nothing reloaded.
        const QString bad = dir.filePath(QStringLiteral("notes.txt"));
        test::writeFile(bad, "just some notes");
        controller->restoreFrom(bad);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.last().at(1).toBool());
        QVERIFY(finished.last().at(0).toString().contains(QLatin1String("notes.txt")));
        QCOMPARE(changed.size(), 1);
        const QString screenshots = qEnvironmentVariable("JOBDESK_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            window.grab().save(QStringLiteral("%1/restored-%2.png")
                                   .arg(screenshots, theme == int(Theme::Light) ? QStringLiteral("light")
                                                                                : QStringLiteral("dark")));
        }
    }
};

QTEST_MAIN(TestLibraryController)
#include "tst_librarycontroller.moc"
