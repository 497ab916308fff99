// Runs imports for the window: on a worker thread with its own connection to the library, with a
// progress dialog (count, rate, current file, Cancel) and a summary at the end. The window stays
// responsive; CSV files whose columns are not all recognised ask for a mapping first (on this thread).
#pragma once

#include "import/importreport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace jobdesk {

class Database;
struct ImportOptions;

class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(Database &db, QWidget *window);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Files and folders.
    void importPaths(const QStringList &paths);
    // Text pasted by the user (a listing copied from a page, or JSON-LD, CSV ...).
    void importText(const QString &text);
    // Whether a summary dialog is shown at the end (tests turn it off).
    void setShowSummary(bool show) { m_showSummary = show; }
    const ImportReport &lastReport() const { return m_lastReport; }

Q_SIGNALS:
    // Emitted on the GUI thread when an import has ended and its writes are committed.
    void finished(const jobdesk::ImportReport &report);

private:
    void start(std::function<ImportReport(class Importer &, const ImportOptions &)> job);
    bool chooseCsvMappings(const QStringList &files);
    void showProgress(const QString &file, int fileIndex, int fileCount, qint64 records);
    void done(const ImportReport &report);

    Database &m_db;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QElapsedTimer m_clock;
    ImportReport m_lastReport;
    bool m_showSummary = true;
};

} // namespace jobdesk
