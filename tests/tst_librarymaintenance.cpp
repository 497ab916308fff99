// The window's library care (ui/library/librarymaintenance.h): a sound library gets its automatic backup
// once a day; a damaged one opens the dialog, whose Restore Backup brings the newest backup back into
// the open window; without a backup the dialog only informs.
#include "testsupport.h"

#include "library/librarycontroller.h"
#include "library/librarymaintenance.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "store/automaticbackups.h"
#include "store/damagecheck.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace jobdesk;

namespace {

constexpr int listingCount = 300;

// Clicks the button `buttonName` (or, when empty, its OK button) of the damage dialog as
// soon as it is shown; `seen` records the dialog's texts.
void answerDamageDialog(const QString &buttonName, QStringList *seen)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonName, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("damagedLibraryDialog"))
            return;
        *seen << box->text() << box->informativeText();
        if (const QByteArray dir = qgetenv("JOBDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            const QString name =
                QStringLiteral("damage-dialog-%1-%2.png")
                    .arg(buttonName.isEmpty() ? QStringLiteral("nobackup") : QStringLiteral("backup"),
                         qApp->palette().color(QPalette::Window).lightness() < 128 ? QStringLiteral("dark")
                                                                                   : QStringLiteral("light"));
            box->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
        }
        QAbstractButton *button = buttonName.isEmpty() ? box->button(QMessageBox::Ok)
                                                       : box->findChild<QAbstractButton *>(buttonName);
        if (!button || (buttonName.isEmpty() &&
                        box->findChild<QAbstractButton *>(QStringLiteral("restoreBackupButton"))))
            *seen << QStringLiteral("UNEXPECTED BUTTONS");
        timer->deleteLater();
        if (button)
            button->click();
        else
            box->reject();
    });
    timer->start(20);
}

AutomaticBackups::Outcome runMaintenance(MainWindow &window)
{
    window.maintainLibrary(0);
    QSignalSpy done(window.libraryMaintenance(), &LibraryMaintenance::finished);
    if (!done.wait(30000))
        return {};
    return done.first().first().value<AutomaticBackups::Outcome>();
}

} // namespace

class TestLibraryMaintenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<AutomaticBackups::Outcome>();
    }

    void aSoundLibraryIsBackedUpOnceADay()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        test::addListings(db, listingCount);
        MainWindow window(db);
        window.show();

        const AutomaticBackups::Outcome first = runMaintenance(window);
        QCOMPARE(first.kind, AutomaticBackups::Outcome::Kind::BackedUp);
        QVERIFY(QFile::exists(first.path));
        QCOMPARE(ListingRepository(Database(first.path)).count(), listingCount);
        QCOMPARE(runMaintenance(window).kind, AutomaticBackups::Outcome::Kind::NotDue);
        QCOMPARE(AutomaticBackups(dir.path()).list().size(), 1);
    }

    void damageOffersTheNewestBackupAndRestoresItInTheWindow_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void damageOffersTheNewestBackupAndRestoresItInTheWindow()
    {
        QFETCH(int, theme);
        applyTheme(Theme(theme));
        test::TempLibrary dir;
        {
            const Database db(dir.path());
            test::addListings(db, listingCount);
            AutomaticBackups(dir.path()).maintain(db, QDateTime::currentDateTimeUtc().addDays(-2));
        }
        test::damageTable(dir.path(), QStringLiteral("listings"));

        Database db(dir.path());
        MainWindow window(db); // the window opens on the damaged library without crashing
        window.show();
        QStringList seen;
        answerDamageDialog(QStringLiteral("restoreBackupButton"), &seen);
        QSignalSpy restored(window.findChild<LibraryController *>(QStringLiteral("libraryController")),
                            &LibraryController::finished);
        QCOMPARE(runMaintenance(window).kind, AutomaticBackups::Outcome::Kind::Damaged);
        QVERIFY2(seen.join(QLatin1Char(' ')).contains(dir.path()), qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY2(seen.join(QLatin1Char(' ')).contains(QStringLiteral("newest automatic backup")),
                 qPrintable(seen.join(QLatin1Char('\n'))));

        QVERIFY(restored.wait(30000));
        QVERIFY2(restored.first().at(1).toBool(), qPrintable(restored.first().at(0).toString()));
        QCOMPARE(checkForDamage(db.connection()).outcome, DamageCheck::Outcome::Sound);
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QTRY_COMPARE(window.listingModel()->rowCount(), listingCount);
        // No automatic backup was taken of the damaged library.
        QCOMPARE(AutomaticBackups(dir.path()).list().size(), 1);
    }

    void withoutABackupTheDialogOnlyInforms()
    {
        test::TempLibrary dir;
        {
            const Database db(dir.path());
            test::addListings(db, listingCount);
        }
        test::damageTable(dir.path(), QStringLiteral("listings"));
        Database db(dir.path());
        MainWindow window(db);
        window.show();
        QStringList seen;
        answerDamageDialog(QString(), &seen);
        QCOMPARE(runMaintenance(window).kind, AutomaticBackups::Outcome::Kind::Damaged);
        const QString texts = seen.join(QLatin1Char('\n'));
        QVERIFY2(texts.contains(QStringLiteral("no automatic backup")), qPrintable(texts));
        QVERIFY2(!texts.contains(QStringLiteral("UNEXPECTED")), qPrintable(texts));
        QCOMPARE(AutomaticBackups(dir.path()).list().size(), 0);
    }
};

QTEST_MAIN(TestLibraryMaintenance)
#include "tst_librarymaintenance.moc"
