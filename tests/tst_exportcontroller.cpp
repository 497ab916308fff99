// Exporting from the window: on a worker thread while the window keeps working, the file chosen in
// the dialog (its extension or filter decides the format), selections in the view's order, and
// cancelled or failed exports that leave no file.
#include "testsupport.h"

#include "export/exportcontroller.h"
#include "import/importer.h"
#include "store/database.h"
#include "store/listingrepository.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace jobdesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A library holding the Glassdoor postings (956 listings with descriptions).
void importGlassdoor(Database &db)
{
    const ImportReport report = Importer(db).importFile(
        test::sharedData(QStringLiteral("listings/glassdoor-ds-2020/glassdoor_jobs.csv")));
    QVERIFY(report.inserted > 500);
}

} // namespace

class TestExportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportsOnAWorkerWhileTheWindowWorks()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        importGlassdoor(db);
        const qint64 count = ListingRepository(db).count();
        QWidget window;
        window.show();
        ExportController controller(db, &window);
        QSignalSpy finished(&controller, &ExportController::finished);

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(1);
        const QString path = dir.filePath(QStringLiteral("listings.csv"));
        controller.exportTo(path, ExportFormat::Csv, ListingQuery{}, {});
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY2(ticks > 0, "the GUI thread was blocked during the export");
        QVERIFY(!controller.isRunning());

        QVERIFY(controller.lastResult().ok());
        QCOMPARE(controller.lastResult().written, count);
        QCOMPARE(finished.first().first().toString(),
                 QStringLiteral("Exported %1 listings to %2.")
                     .arg(QLocale().toString(count), QDir::toNativeSeparators(path)));
        const QByteArray csv = readAll(path);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid,title,company,")); // spreadsheets need the mark
    }

    void selectionsComeOutInTheViewsOrder()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository repository(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> ids;
        for (int n = 0; n < 5; ++n)
            ids.append(repository.upsert(test::makeListing(n), now).id);
        QWidget window;
        ExportController controller(db, &window);
        QSignalSpy finished(&controller, &ExportController::finished);
        ListingQuery byTitle;
        byTitle.sortColumn = ListingColumn::Title;
        byTitle.sortOrder = Qt::AscendingOrder;

        const QString path = dir.filePath(QStringLiteral("selection.json"));
        // "Senior Backend Engineer 0", "Frontend Developer (React) 2", "Junior QA Engineer 4".
        controller.exportTo(path, ExportFormat::JobPostingJson, byTitle, {ids.at(0), ids.at(4), ids.at(2)});
        QVERIFY(finished.wait(60000));
        const QJsonArray postings = QJsonDocument::fromJson(readAll(path)).array();
        QCOMPARE(postings.size(), 3);
        QCOMPARE(postings.at(0)[QLatin1String("title")].toString(),
                 QStringLiteral("Frontend Developer (React) 2"));
        QCOMPARE(postings.at(1)[QLatin1String("title")].toString(), QStringLiteral("Junior QA Engineer 4"));
        QCOMPARE(postings.at(2)[QLatin1String("title")].toString(),
                 QStringLiteral("Senior Backend Engineer 0"));
        QCOMPARE(finished.first().first().toString(),
                 QStringLiteral("Exported 3 listings to %1.").arg(QDir::toNativeSeparators(path)));
    }

    void cancellingKeepsTheOldFile()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        importGlassdoor(db);
        QWidget window;
        ExportController controller(db, &window);
        QSignalSpy finished(&controller, &ExportController::finished);
        const QString path = dir.filePath(QStringLiteral("listings.csv"));
        test::writeFile(path, "last week's export\n");

        controller.exportTo(path, ExportFormat::Csv, ListingQuery{}, {});
        controller.cancel(); // before the worker has opened the library
        QVERIFY(finished.wait(60000));
        QCOMPARE(controller.lastResult().outcome, ExportResult::Outcome::Cancelled);
        QVERIFY(finished.first().first().toString().startsWith(QStringLiteral("Export cancelled")));
        QCOMPARE(readAll(path), QByteArray("last week's export\n"));
    }

    void failuresSayWhy()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        QWidget window;
        ExportController controller(db, &window);
        controller.setShowErrors(false);
        QSignalSpy finished(&controller, &ExportController::finished);
        const QString path = dir.filePath(QStringLiteral("missing/folder/listings.csv"));
        controller.exportTo(path, ExportFormat::Csv, ListingQuery{}, {});
        QVERIFY(finished.wait(60000));
        const QString message = finished.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("Export failed")), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }

    void theDialogsFilterChoosesTheFormat()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        ListingRepository(db).upsert(test::makeListing(1), QDateTime::currentDateTimeUtc());
        QWidget window;
        window.show();
        ExportController controller(db, &window);
        QSignalSpy finished(&controller, &ExportController::finished);

        // Answer the file dialog once it is up: the JSON filter and a name without an extension.
        const QString typed = dir.filePath(QStringLiteral("chosen"));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->selectNameFilter(QStringLiteral("JSON (*.json)"));
            dialog->selectFile(typed);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks and takes the name
            answered = true;
        });
        controller.exportListings(ListingQuery{}, {});
        QVERIFY(answered);
        QVERIFY(finished.wait(60000));
        const QJsonArray postings = QJsonDocument::fromJson(readAll(typed + QStringLiteral(".json"))).array();
        QCOMPARE(postings.size(), 1);
        QCOMPARE(postings.at(0)[QLatin1String("@type")].toString(), QStringLiteral("JobPosting"));
    }

    void targetsFollowTheExtensionThenTheFilter()
    {
        const QString csv = QStringLiteral("CSV (*.csv)");
        const QString json = QStringLiteral("JSON (*.json)");
        const auto check = [](const ExportTarget &target, const QString &path, ExportFormat format) {
            return target.path == path && target.format == format;
        };
        QVERIFY(check(exportTargetFor(QStringLiteral("/t/a.csv"), json), QStringLiteral("/t/a.csv"),
                      ExportFormat::Csv));
        QVERIFY(check(exportTargetFor(QStringLiteral("/t/a.JSON"), csv), QStringLiteral("/t/a.JSON"),
                      ExportFormat::JobPostingJson));
        QVERIFY(check(exportTargetFor(QStringLiteral("/t/a"), json), QStringLiteral("/t/a.json"),
                      ExportFormat::JobPostingJson));
        QVERIFY(check(exportTargetFor(QStringLiteral("/t/a"), csv), QStringLiteral("/t/a.csv"),
                      ExportFormat::Csv));
        QVERIFY(check(exportTargetFor(QStringLiteral("/t/a.txt"), csv), QStringLiteral("/t/a.txt"),
                      ExportFormat::Csv));
    }
};

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
