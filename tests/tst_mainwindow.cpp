// The window on a demo library, offscreen: the table shows the samples, the details pane follows the
// selection, and the text people read is actually painted.
#include "testsupport.h"

#include "aboutdialog.h"
#include "annotations/annotationpane.h"
#include "annotations/annotationstore.h"
#include "details/detailspane.h"
#include "listings/listingspane.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "samples/samplelibrary.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace jobdesk;

namespace {

// How many pixels of `widget` differ clearly from its background colour.
int inkPixels(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    const QColor background = widget->palette().color(widget->backgroundRole());
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.lightness() - background.lightness()) > 80)
                ++ink;
        }
    }
    return ink;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;

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

    void showsTheSampleListings_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void showsTheSampleListings()
    {
        QFETCH(int, theme);
        applyTheme(Theme(theme));
        MainWindow window(*m_db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));

        QTableView *table = window.listingsPane()->view();
        QVERIFY(table->model()->rowCount() >= 300);
        QCOMPARE(table->currentIndex().row(), 0);
        const QString firstTitle = table->model()->index(0, 0).data().toString();
        QVERIFY(!firstTitle.isEmpty());
        // The table announces its current listing after it has painted (ListingsPane): wait for it.
        QTRY_COMPARE(window.detailsPane()->titleText(), firstTitle);
        QVERIFY(window.detailsPane()->descriptionText().size() > 1000);

        // Text is painted in a colour that stands out from the background, in both palettes.
        QVERIFY2(inkPixels(table->viewport()) > 2000, "the table shows no readable text");
        auto *title = window.detailsPane()->findChild<QLabel *>(QStringLiteral("detailsTitle"));
        QVERIFY(title);
        QVERIFY2(inkPixels(title) > 100, "the details title is invisible");
        auto *description =
            window.detailsPane()->findChild<QTextBrowser *>(QStringLiteral("detailsDescription"));
        QVERIFY2(inkPixels(description->viewport()) > 2000, "the description is invisible");
    }

    // Another member (or window) adds listings and rates one: this window shows both without any action.
    void othersChangesShowWithoutARestart()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 3);
        MainWindow window(*db);
        window.watchLibrary(100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingModel()->rowCount(), 3);

        const std::unique_ptr<Database> other = library.open();
        ListingRepository repository(*other);
        for (const int n : {10, 11})
            repository.upsert(test::makeListing(n), QDateTime::currentDateTimeUtc());
        repository.flushFullText();
        QTRY_COMPARE_WITH_TIMEOUT(window.listingModel()->rowCount(), 5, 10000);
        QCOMPARE(window.listingModel()->listingIds().size(), 5);

        window.listingsPane()->selectRow(0);
        const qint64 listing = window.listingModel()->listingIds().value(0);
        AnnotationStore(*other).setRating({listing}, 4, QDateTime::currentDateTimeUtc());
        const QModelIndex rating = window.listingModel()->index(0, int(ListingColumn::Rating));
        QTRY_COMPARE_WITH_TIMEOUT(rating.data(SortValueRole).toInt(), 4, 10000);
    }

    // The pane showed a rating; another member changed it before the user clicked a star: the window asks
    // (in both palettes, legible), and "Keep Their Change" keeps theirs. JOBDESK_SCREENSHOT_DIR keeps the
    // pictures.
    void anEditOverSomeoneElsesNewerChangeAsksFirst()
    {
        const QString dir = qEnvironmentVariable("JOBDESK_SCREENSHOT_DIR");
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 3);
        const std::unique_ptr<Database> other = library.open();
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme);
            MainWindow window(*db);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(test::waitUntilLoaded(*window.listingModel()));
            window.listingsPane()->selectRow(0);
            const qint64 listing = window.listingModel()->listingIds().value(0);
            QTRY_COMPARE(window.annotationPane()->shown().listingId, listing);
            const int theirs = theme == Theme::Light ? 2 : 3;
            AnnotationStore(*other).setRating({listing}, theirs, QDateTime::currentDateTimeUtc());

            QString question;
            auto *poll = new QTimer(&window);
            connect(poll, &QTimer::timeout, poll, [&, poll] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != QLatin1String("overwriteQuestion"))
                    return;
                poll->stop();
                question = box->text() + QLatin1Char('\n') + box->informativeText();
                const QLabel *text = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
                QVERIFY(text);
                QCOMPARE(text->palette().color(QPalette::WindowText),
                         QApplication::palette().color(QPalette::WindowText));
                if (!dir.isEmpty())
                    box->grab().save(dir + (theme == Theme::Dark
                                                ? QLatin1String("/changed-meanwhile-dark.png")
                                                : QLatin1String("/changed-meanwhile-light.png")));
                for (QAbstractButton *button : box->buttons()) {
                    if (button->text() == tr("Keep Their Change"))
                        button->click();
                }
            });
            poll->start(20);
            Q_EMIT window.annotationPane()->ratingRequested(5);
            QVERIFY2(question.contains(QStringLiteral("since you last saw it")), qPrintable(question));
            QCOMPARE(AnnotationStore(*db).annotation(listing).rating, theirs);
            QCOMPARE(window.annotationPane()->shown().rating, theirs); // the pane shows their change
            QVERIFY(!window.undoStack()->canUndo());
            if (!dir.isEmpty()) // its history names the member on a team library
                window.annotationPane()->grab().save(
                    dir + (theme == Theme::Dark ? QLatin1String("/annotation-history-dark.png")
                                                : QLatin1String("/annotation-history-light.png")));
        }
        applyTheme(Theme::Light);
    }

    void detailsFollowTheSelection()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QTableView *table = window.listingsPane()->view();
        const QModelIndex tenth = table->model()->index(10, 0);
        table->setCurrentIndex(tenth);
        QTRY_COMPARE(window.detailsPane()->titleText(), tenth.data().toString());

        // Sorting by another column keeps the pane consistent with the table.
        table->sortByColumn(0, Qt::AscendingOrder);
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        window.listingsPane()->selectRow(0);
        QTRY_COMPARE(window.detailsPane()->titleText(), table->model()->index(0, 0).data().toString());
    }

    // Help ▸ About: the version of project(VERSION), the licence and every source of bundled data, legible
    // in both palettes (JOBDESK_SCREENSHOT_DIR keeps the pictures).
    void aboutNamesTheVersionLicenceAndDataSources()
    {
        const QString dir = qEnvironmentVariable("JOBDESK_SCREENSHOT_DIR");
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme); // as the user opens it: after the palette is chosen
            AboutDialog about;
            const QLabel *text = about.findChild<QLabel *>();
            QVERIFY(text);
            for (const char *expected :
                 {JOBDESK_VERSION, "GitHub Linguist", "ESCO", "O*NET", "CC BY 4.0", "USDOL/ETA"})
                QVERIFY2(text->text().contains(QLatin1String(expected)), expected);
            QVERIFY(text->text().contains(QLatin1String("All rights reserved")) ||
                    text->text().contains(QLatin1String("is licensed under")));
            about.show();
            QVERIFY(QTest::qWaitForWindowExposed(&about));
            QCOMPARE(text->palette().color(QPalette::WindowText),
                     QApplication::palette().color(QPalette::WindowText));
            if (!dir.isEmpty())
                about.grab().save(dir + (theme == Theme::Dark ? QLatin1String("/about-dark.png")
                                                              : QLatin1String("/about-light.png")));
        }
        applyTheme(Theme::Light);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
