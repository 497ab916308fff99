#include "exportcontroller.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>
#include <QWidget>

namespace jobdesk {
namespace {

// How often the worker reports progress to the window, at most.
constexpr qint64 progressIntervalMs = 100;

QString csvFilter()
{
    return ExportController::tr("CSV (*.csv)");
}

QString jsonFilter()
{
    return ExportController::tr("JSON (*.json)");
}

} // namespace

ExportTarget exportTargetFor(const QString &chosenPath, const QString &selectedFilter)
{
    if (const auto format = exportFormatForFile(chosenPath))
        return {chosenPath, *format};
    const bool json = selectedFilter == jsonFilter();
    const ExportFormat format = json ? ExportFormat::JobPostingJson : ExportFormat::Csv;
    // A name the user gave another extension ("listings.txt") is kept as it is.
    if (!QFileInfo(chosenPath).suffix().isEmpty())
        return {chosenPath, format};
    return {chosenPath + (json ? QLatin1String(".json") : QLatin1String(".csv")), format};
}

ExportController::ExportController(Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_lastDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
    , m_lastFilter(csvFilter())
{}

ExportController::~ExportController()
{
    if (m_thread) {
        *m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ExportController::exportListings(const ListingQuery &query, const QList<qint64> &selectedIds,
                                      QWidget *parent)
{
    if (isRunning())
        return;
    QWidget *owner = parent ? parent : m_window;
    const QString suggested =
        QDir(m_lastDirectory).filePath(selectedIds.isEmpty() ? tr("listings") : tr("selected listings"));
    const QString extension = m_lastFilter == jsonFilter() ? QStringLiteral(".json") : QStringLiteral(".csv");
    QString filter = m_lastFilter;
    const QString chosen = QFileDialog::getSaveFileName(
        owner, selectedIds.isEmpty() ? tr("Export View") : tr("Export Selection"), suggested + extension,
        csvFilter() + QLatin1String(";;") + jsonFilter(), &filter);
    if (chosen.isEmpty())
        return;
    m_lastFilter = filter;
    m_lastDirectory = QFileInfo(chosen).absolutePath();
    const ExportTarget target = exportTargetFor(chosen, filter);
    exportTo(target.path, target.format, query, selectedIds);
}

void ExportController::exportTo(const QString &path, ExportFormat format, const ListingQuery &query,
                                const QList<qint64> &selectedIds)
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_fileName = QFileInfo(path).fileName();
    m_progress = new QProgressDialog(tr("Exporting to %1…").arg(m_fileName), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Exporting listings"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancel);

    const QString library = m_db.path();
    m_thread = QThread::create([this, library, path, format, query, selectedIds, cancel = m_cancel] {
        ExportResult result;
        try {
            Database db(library); // this thread's own connection
            const ListingExporter exporter(db);
            const QList<qint64> ids = selectedIds.isEmpty() ? exporter.matchingIds(query)
                                                            : exporter.inViewOrder(query, selectedIds);
            ExportOptions options;
            options.format = format;
            options.byteOrderMark = format == ExportFormat::Csv; // spreadsheets read UTF-8 by it
            options.cancel = cancel.get();
            QElapsedTimer sinceLast;
            sinceLast.start();
            options.progress = [this, sinceLast](const ExportProgress &progress) mutable {
                if (sinceLast.elapsed() < progressIntervalMs && progress.handled < progress.total)
                    return;
                sinceLast.restart();
                QMetaObject::invokeMethod(
                    this, [this, progress] { showProgress(progress.handled, progress.total); },
                    Qt::QueuedConnection);
            };
            result = exporter.writeFile(ids, path, options);
        } catch (const StoreError &error) {
            result.outcome = ExportResult::Outcome::Failed;
            result.error = error.message();
        }
        QMetaObject::invokeMethod(this, [this, result, path] { done(result, path); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void ExportController::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void ExportController::showProgress(qint64 handled, qint64 total)
{
    if (!m_progress)
        return;
    const QLocale locale;
    m_progress->setLabelText(tr("Exporting to %1\n%2 of %3 listings")
                                 .arg(m_fileName, locale.toString(handled), locale.toString(total)));
    // QProgressDialog counts in int: scale to per mille, which a million listings also fit.
    m_progress->setMaximum(1000);
    m_progress->setValue(total > 0 ? int(handled * 1000 / total) : 0);
}

void ExportController::done(const ExportResult &result, const QString &path)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_lastResult = result;
    const QString name = QDir::toNativeSeparators(path);
    QString message;
    switch (result.outcome) {
    case ExportResult::Outcome::Done:
        message = result.written == 1
                      ? tr("Exported 1 listing to %1.").arg(name)
                      : tr("Exported %1 listings to %2.").arg(QLocale().toString(result.written), name);
        break;
    case ExportResult::Outcome::Cancelled:
        message = tr("Export cancelled: %1 was not written.").arg(name);
        break;
    case ExportResult::Outcome::Failed:
        message = tr("Export failed: %1").arg(result.error);
        if (m_showErrors) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), result.error,
                                        QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        break;
    }
    Q_EMIT finished(message);
}

} // namespace jobdesk
