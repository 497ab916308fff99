#include "importcontroller.h"

#include "csvmappingdialog.h"
#include "importsummarydialog.h"

#include "import/csvmapping.h"
#include "import/csvmappingstore.h"
#include "import/csvreader.h"
#include "import/importer.h"
#include "import/recordreader.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

namespace jobdesk {
namespace {

// How often the worker reports progress to the window, at most.
constexpr qint64 progressIntervalMs = 100;

} // namespace

ImportController::ImportController(Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
{}

ImportController::~ImportController()
{
    if (m_thread) {
        *m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportController::importPaths(const QStringList &paths)
{
    if (isRunning() || paths.isEmpty())
        return;
    if (!chooseCsvMappings(Importer::expandPaths(paths, nullptr)))
        return;
    start([paths](Importer &importer, const ImportOptions &options) {
        return importer.importPaths(paths, options);
    });
}

void ImportController::importText(const QString &text)
{
    if (isRunning() || text.trimmed().isEmpty())
        return;
    const QByteArray data = text.toUtf8();
    const QString name = tr("pasted text");
    start([data, name](Importer &importer, const ImportOptions &options) {
        return importer.importData(data, name, options);
    });
}

bool ImportController::chooseCsvMappings(const QStringList &files)
{
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray head = file.read(256 * 1024);
        if (detectImportFormat(head, path) != ImportFormat::Csv)
            continue;
        QStringList header;
        try {
            header = CsvReader::readHeader(head);
        } catch (const ReadError &) {
            continue; // the import reports it
        }
        CsvMappingStore store(m_db);
        const CsvMapping automatic = autoMapCsvHeader(header);
        if (automatic.complete || store.find(header))
            continue;
        CsvMappingDialog dialog(QFileInfo(path).fileName(), header, automatic, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        try {
            store.remember(header, dialog.mapping(), QDateTime::currentDateTimeUtc());
        } catch (const StoreError &) {
            // Not remembered: the import still uses the automatic mapping.
        }
    }
    return true;
}

void ImportController::start(std::function<ImportReport(Importer &, const ImportOptions &)> job)
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_clock.start();
    m_progress = new QProgressDialog(tr("Preparing the import…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Importing listings"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });

    const QString path = m_db.path();
    const auto cancel = m_cancel;
    m_thread = QThread::create([this, path, cancel, job = std::move(job)] {
        ImportReport report;
        try {
            Database db(path); // this thread's own connection
            Importer importer(db);
            ImportOptions options;
            QElapsedTimer sinceLast;
            sinceLast.start();
            options.progress = [this, cancel, sinceLast](const ImportProgress &progress) mutable {
                if (progress.records == 0 || sinceLast.elapsed() >= progressIntervalMs) {
                    sinceLast.restart();
                    QMetaObject::invokeMethod(
                        this,
                        [this, file = progress.file, index = progress.fileIndex, count = progress.fileCount,
                         total = progress.totalRecords] { showProgress(file, index, count, total); },
                        Qt::QueuedConnection);
                }
                return !*cancel;
            };
            report = job(importer, options);
        } catch (const StoreError &error) {
            report.failed = 1;
            report.problems.append({path, 0, error.message()});
        }
        QMetaObject::invokeMethod(this, [this, report] { done(report); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void ImportController::showProgress(const QString &file, int fileIndex, int fileCount, qint64 records)
{
    if (!m_progress)
        return;
    const QLocale locale;
    const double seconds = qMax<qint64>(m_clock.elapsed(), 1) / 1000.0;
    QString text = fileCount > 1 ? tr("Importing %1 (file %2 of %3)")
                                       .arg(QFileInfo(file).fileName())
                                       .arg(fileIndex + 1)
                                       .arg(fileCount)
                                 : tr("Importing %1").arg(QFileInfo(file).fileName());
    text +=
        QLatin1Char('\n') + tr("%1 listings read · %2 per second")
                                .arg(locale.toString(records), locale.toString(qRound64(records / seconds)));
    m_progress->setLabelText(text);
    if (fileCount > 1) {
        m_progress->setMaximum(fileCount);
        m_progress->setValue(fileIndex);
    }
}

void ImportController::done(const ImportReport &report)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_lastReport = report;
    Q_EMIT finished(report);
    if (m_showSummary) {
        auto *summary = new ImportSummaryDialog(report, m_window);
        summary->setAttribute(Qt::WA_DeleteOnClose);
        summary->open();
    }
}

} // namespace jobdesk
