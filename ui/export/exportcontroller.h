// Runs exports for the window: asks for the file (CSV or schema.org JSON), then writes it on a worker
// thread with its own connection to the library, behind a progress dialog with Cancel, so the window
// stays responsive. The file appears only when the whole export succeeded (ListingExporter).
#pragma once

#include "export/listingexporter.h"
#include "listings/listingquery.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace jobdesk {

class Database;

// Where a file dialog's answer says to write, and how: the extension decides (.csv, .json, .jsonld);
// a name without one gets the chosen filter's.
struct ExportTarget
{
    QString path;
    ExportFormat format = ExportFormat::Csv;
};
ExportTarget exportTargetFor(const QString &chosenPath, const QString &selectedFilter);

class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    ExportController(Database &db, QWidget *window);
    ~ExportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Asks for a file, then exports the listings `query` shows — only `selectedIds` of them, in the
    // view's order, when not empty. Dialogs are shown over `parent` (the window when null).
    void exportListings(const ListingQuery &query, const QList<qint64> &selectedIds,
                        QWidget *parent = nullptr);
    // The same without asking (tests, callers that know the file).
    void exportTo(const QString &path, ExportFormat format, const ListingQuery &query,
                  const QList<qint64> &selectedIds);
    // Stops the running export; its file is not written.
    void cancel();
    // Whether a failed export also shows a message box (tests turn it off).
    void setShowErrors(bool show) { m_showErrors = show; }
    const ExportResult &lastResult() const { return m_lastResult; }

Q_SIGNALS:
    // On the GUI thread when an export has ended, for the status bar: what was written where, or why
    // nothing was.
    void finished(const QString &message);

private:
    void showProgress(qint64 handled, qint64 total);
    void done(const ExportResult &result, const QString &path);

    Database &m_db;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_fileName; // of the running export, for the progress label
    QString m_lastDirectory;
    QString m_lastFilter;
    ExportResult m_lastResult;
    bool m_showErrors = true;
};

} // namespace jobdesk
