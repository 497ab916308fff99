// The first start's offer, offscreen: on an empty library at the default path the window offers the
// sample listings or an import; an answer puts it away for good; other libraries never see it. HOME is a
// temporary folder from before the application exists, and QStandardPaths is in test mode, so neither
// the user's data nor their settings are ever touched.
#include "testsupport.h"

#include "library/firststartoffer.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "samples/samplelibrary.h"
#include "store/database.h"
#include "store/listingrepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace jobdesk;

class TestFirstStart : public QObject
{
    Q_OBJECT

public:
    explicit TestFirstStart(const QString &home)
        : m_home(home)
    {}

private:
    const QString m_home;

    static void removeLibrary(const QString &path)
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("jobdesk"));
        QCoreApplication::setApplicationName(QStringLiteral("jobdesk"));
        const QString path = Database::defaultPath();
        QVERIFY2(path.startsWith(m_home + QLatin1Char('/')), qPrintable(path));
        QVERIFY2(QSettings().fileName().startsWith(m_home + QLatin1Char('/')),
                 qPrintable(QSettings().fileName()));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("firstStart"));
        removeLibrary(Database::defaultPath());
    }

    void offersTheSamplesOnANewEmptyLibrary()
    {
        Database db(Database::defaultPath());
        QVERIFY(FirstStartOffer::wanted(db));
        MainWindow window(db);
        window.offerFirstStart();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *offer = window.findChild<FirstStartOffer *>();
        QVERIFY(offer);
        QVERIFY(offer->isVisible());
        auto *load = offer->findChild<QPushButton *>(QStringLiteral("loadSamples"));
        QVERIFY(load);
        QVERIFY(offer->findChild<QPushButton *>(QStringLiteral("importFiles")));

        load->click();
        QVERIFY(ListingRepository(db).count() >= 300);
        QTRY_VERIFY(!window.findChild<FirstStartOffer *>());
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QVERIFY(window.listingModel()->rowCount() >= 300);
        QVERIFY(!FirstStartOffer::wanted(db));
    }

    void importIsOfferedToo()
    {
        FirstStartOffer offer;
        QSignalSpy import(&offer, &FirstStartOffer::importRequested);
        QSignalSpy samples(&offer, &FirstStartOffer::loadSamplesRequested);
        offer.show();
        offer.findChild<QPushButton *>(QStringLiteral("importFiles"))->click();
        QCOMPARE(import.count(), 1);
        QCOMPARE(samples.count(), 0);
        QVERIFY(offer.isHidden());

        Database db(Database::defaultPath());
        QVERIFY(!FirstStartOffer::wanted(db)); // answered
    }

    void closingItPutsItAwayForGood()
    {
        Database db(Database::defaultPath());
        QVERIFY(FirstStartOffer::wanted(db));
        MainWindow window(db);
        window.offerFirstStart();
        auto *offer = window.findChild<FirstStartOffer *>();
        QVERIFY(offer);
        offer->findChild<QToolButton *>(QStringLiteral("dismiss"))->click();
        QTRY_VERIFY(!window.findChild<FirstStartOffer *>());
        QCOMPARE(ListingRepository(db).count(), 0);
        QVERIFY(!FirstStartOffer::wanted(db));
    }

    void notOfferedOnOtherLibraries()
    {
        test::TempLibrary elsewhere;
        const std::unique_ptr<Database> other = elsewhere.open();
        QVERIFY(!FirstStartOffer::wanted(*other)); // --database

        Database db(Database::defaultPath());
        QVERIFY(samples::load(db).inserted >= 300);
        QVERIFY(!FirstStartOffer::wanted(db)); // in use already
    }
};

// QTEST_MAIN, with HOME moved before QApplication can read a setting (QSettings keeps the first path).
int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    TestFirstStart test(home.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_firststart.moc"
