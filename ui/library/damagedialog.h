// The question asked when a library is found damaged: what is wrong and, when an automatic backup
// exists, whether to restore the newest one. Used at opening (the library cannot be opened at all) and
// by the window's maintenance (the check found damage in an open library).
#pragma once

#include "store/automaticbackups.h"

#include <QString>

#include <optional>

class QWidget;

namespace jobdesk {

class StoreError;

// Shows the dialog (object name "damagedLibraryDialog") and returns true when the user chose to restore
// `backup`. Without a backup it only informs and returns false.
bool askToRestoreBackup(QWidget *parent, const QString &libraryPath, const QString &problem,
                        const std::optional<BackupFile> &backup);

// At start, `error` said the library at `libraryPath` cannot be opened. When it is damaged (or no longer
// looks like a library) and an automatic backup of it exists, asks whether to put the newest one in its
// place (AutomaticBackups::replaceWithBackup, the damaged file kept aside) and does. Returns true when
// the caller should open the library again; otherwise the user was told why it cannot be opened.
bool recoverUnopenableLibrary(const QString &libraryPath, const StoreError &error, QWidget *parent = nullptr);

} // namespace jobdesk
