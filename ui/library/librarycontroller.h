// File ▸ Back Up Library…, Restore Library…, Export Annotations… and Import Annotations… for the window.
// Backup and restore run on a worker thread with its own connection to the library behind a progress
// dialog, so the window stays responsive (and may keep reading: the backup API copies a consistent
// snapshot, and a restore replaces the content in one transaction that every connection then sees).
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QThread;
class QWidget;

namespace jobdesk {

class Database;

class LibraryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryController)

public:
    LibraryController(Database &db, QWidget *window);
    ~LibraryController() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Ask for a file (and, for a restore, a confirmation), then run.
    void backUp();
    void restore();
    void exportAnnotations();
    void importAnnotations();
    // The same without dialogs (tests, callers that know the file).
    void backUpTo(const QString &path);
    void restoreFrom(const QString &path);
    // Whether a failure also shows a message box (tests turn it off).
    void setShowErrors(bool show) { m_showErrors = show; }

Q_SIGNALS:
    // On the GUI thread when an operation ended: what happened, for the status bar.
    void finished(const QString &message, bool ok);
    // The library's content was replaced or merged into: everything shown must be read again.
    void libraryChanged();

private:
    enum class Job
    {
        Backup,
        Restore
    };
    void run(Job job, const QString &path);
    void done(Job job, bool ok, const QString &message);
    QString askFile(bool save, const QString &title, const QString &filter);

    Database &m_db;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    QString m_lastDirectory;
    bool m_showErrors = true;
};

} // namespace jobdesk
