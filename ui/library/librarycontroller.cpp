#include "librarycontroller.h"

#include "export/annotationjson.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

namespace jobdesk {

LibraryController::LibraryController(Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_lastDirectory(QFileInfo(db.path()).absolutePath())
{}

LibraryController::~LibraryController()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString LibraryController::askFile(bool save, const QString &title, const QString &filter)
{
    const QString path = save ? QFileDialog::getSaveFileName(m_window, title, m_lastDirectory, filter)
                              : QFileDialog::getOpenFileName(m_window, title, m_lastDirectory, filter);
    if (!path.isEmpty())
        m_lastDirectory = QFileInfo(path).absolutePath();
    return path;
}

void LibraryController::backUp()
{
    if (isRunning())
        return;
    m_lastDirectory = QDir(m_lastDirectory)
                          .filePath(QStringLiteral("jobdesk-backup-%1.sqlite")
                                        .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path =
        askFile(true, tr("Back Up Library"), tr("Jobdesk libraries (*.sqlite);;All files (*)"));
    m_lastDirectory = QFileInfo(m_lastDirectory).absolutePath();
    if (!path.isEmpty())
        backUpTo(path);
}

void LibraryController::restore()
{
    if (isRunning())
        return;
    const QString path =
        askFile(false, tr("Restore Library"), tr("Jobdesk libraries (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Restore Library"),
        tr("Replace everything in the library with the backup %1?\n\nThe library as it is now is kept as a "
           "dated copy beside it.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        restoreFrom(path);
}

void LibraryController::backUpTo(const QString &path)
{
    run(Job::Backup, path);
}

void LibraryController::restoreFrom(const QString &path)
{
    run(Job::Restore, path);
}

void LibraryController::run(Job job, const QString &path)
{
    if (isRunning())
        return;
    const QString name = QFileInfo(path).fileName();
    m_progress = new QProgressDialog(job == Job::Backup ? tr("Backing up to %1…").arg(name)
                                                        : tr("Restoring from %1…").arg(name),
                                     QString(), 0, 100, m_window);
    m_progress->setWindowTitle(job == Job::Backup ? tr("Back Up Library") : tr("Restore Library"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);

    const QString library = m_db.path();
    m_thread = QThread::create([this, job, library, path] {
        bool ok = false;
        QString message;
        const BackupProgress progress = [this](qint64 copied, qint64 total) {
            const int percent = total > 0 ? int(copied * 100 / total) : 100;
            QMetaObject::invokeMethod(
                this,
                [this, percent] {
                    if (m_progress)
                        m_progress->setValue(percent);
                },
                Qt::QueuedConnection);
            return true;
        };
        try {
            Database db(library); // this thread's own connection
            LibraryBackup backup(db);
            if (job == Job::Backup) {
                ok = backup.backupTo(path, progress);
                message = tr("Backed up the library to %1.").arg(QDir::toNativeSeparators(path));
            } else {
                RestoreResult result;
                ok = backup.restoreFrom(path, &result, progress);
                message =
                    tr("Restored the library from %1. The library as it was is in %2.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(result.safetyCopy));
            }
        } catch (const StoreError &error) {
            message = error.message();
        }
        QMetaObject::invokeMethod(
            this, [this, job, ok, message] { done(job, ok, message); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void LibraryController::done(Job job, bool ok, const QString &message)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    delete m_progress;
    if (!ok && m_showErrors) {
        QMessageBox::warning(m_window,
                             job == Job::Backup ? tr("Cannot back up the library")
                                                : tr("Cannot restore the library"),
                             message);
    }
    if (ok && job == Job::Restore)
        Q_EMIT libraryChanged();
    Q_EMIT finished(message, ok);
}

void LibraryController::exportAnnotations()
{
    const QString path = askFile(true, tr("Export Annotations"), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const int count = AnnotationJson(m_db).exportToFile(path);
        Q_EMIT finished(tr("Wrote the annotations of %n listing(s) to %1.", nullptr, count)
                            .arg(QDir::toNativeSeparators(path)),
                        true);
    } catch (const StoreError &error) {
        if (m_showErrors)
            QMessageBox::warning(m_window, tr("Cannot export the annotations"), error.message());
        Q_EMIT finished(error.message(), false);
    }
}

void LibraryController::importAnnotations()
{
    const QString path = askFile(false, tr("Import Annotations"), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const AnnotationImportReport report = AnnotationJson(m_db).importFile(path);
        Q_EMIT libraryChanged();
        if (!report.unmatched.isEmpty() && m_showErrors) {
            QMessageBox box(QMessageBox::Information, tr("Import Annotations"), report.summary(),
                            QMessageBox::Ok, m_window);
            box.setDetailedText(tr("Not in this library:\n%1").arg(report.unmatched.join(QLatin1Char('\n'))));
            box.exec();
        }
        Q_EMIT finished(report.summary(), true);
    } catch (const StoreError &error) {
        if (m_showErrors)
            QMessageBox::warning(m_window, tr("Cannot import the annotations"), error.message());
        Q_EMIT finished(error.message(), false);
    }
}

} // namespace jobdesk
