#include "damagedialog.h"

#include "store/librarylocation.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LibraryDamage", text);
}

} // namespace

bool askToRestoreBackup(QWidget *parent, const QString &libraryPath, const QString &problem,
                        const std::optional<BackupFile> &backup)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("damagedLibraryDialog"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("The Library Is Damaged"));
    box.setText(tr("The library %1 is damaged. Listings or annotations stored in the damaged "
                   "parts may fail to show or to save.")
                    .arg(QDir::toNativeSeparators(libraryPath)));
    box.setDetailedText(problem);
    QPushButton *restore = nullptr;
    if (backup) {
        const QLocale locale;
        box.setInformativeText(
            tr("The newest automatic backup is from %1 (%2). Restoring it replaces the library "
               "with that copy: changes made since then are lost. The damaged library is kept "
               "beside it as a dated copy first.")
                .arg(locale.toString(backup->taken.toLocalTime(), QLocale::LongFormat),
                     locale.formattedDataSize(backup->bytes)));
        restore = box.addButton(tr("Restore Backup"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreBackupButton"));
        box.addButton(tr("Not Now"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
    } else {
        box.setInformativeText(tr(
            "There is no automatic backup of it yet. Keep what can still be read with File ▸ Export "
            "Annotations…, and restore a backup of your own with File ▸ Restore Library… if you have one."));
        box.addButton(QMessageBox::Ok);
    }
    box.exec();
    return restore && box.clickedButton() == restore;
}

bool recoverUnopenableLibrary(const QString &libraryPath, const StoreError &error, QWidget *parent)
{
    // A team library's backups are the server's (pg_dump), not Jobdesk's.
    const bool damaged =
        (error.kind() == StoreError::Kind::Damaged || error.kind() == StoreError::Kind::NotALibrary) &&
        !LibraryLocation::isServerAddress(libraryPath);
    const std::optional<BackupFile> backup =
        damaged ? AutomaticBackups(libraryPath).latest() : std::optional<BackupFile>();
    if (!backup) {
        QMessageBox::critical(parent, tr("Cannot Open the Library"), error.message());
        return false;
    }
    if (!askToRestoreBackup(parent, libraryPath, error.message(), backup))
        return false;
    try {
        AutomaticBackups::replaceWithBackup(libraryPath, backup->path, QDateTime::currentDateTimeUtc());
        return true;
    } catch (const StoreError &failure) {
        QMessageBox::critical(parent, tr("Cannot Restore the Backup"), failure.message());
        return false;
    }
}

} // namespace jobdesk
