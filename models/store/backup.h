// Backup and restore of a whole library with SQLite's online backup API, page by page on the handle of
// the library's Qt connection. Both are safe while the window (another connection, even another
// process) reads and writes the library: a backup is a consistent snapshot of one moment, a restore
// replaces the content inside one write transaction of the live file, so every other connection sees
// either the old library or the restored one.
//
// A restore first checks the file (it opens, integrity_check is ok, it is a Jobdesk library whose
// version is not newer than this build's; an older one is migrated on a temporary copy) and writes an
// automatic copy of the current library beside it. A file that fails a check changes nothing, and the
// StoreError names the file and says why.
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace jobdesk {

class Database;

// Pages copied so far and pages in all; returning false cancels (nothing is written then).
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

struct RestoreResult
{
    QString safetyCopy;      // the automatic backup of the library as it was before the restore
    int restoredVersion = 0; // the file's schema version before migration
};

class LibraryBackup final
{
public:
    explicit LibraryBackup(const Database &db);
    Q_DISABLE_COPY_MOVE(LibraryBackup)

    // Writes a consistent copy of the library to `target` (replacing it only once the copy is complete).
    // Returns false when `progress` cancelled; throws StoreError on failure.
    bool backupTo(const QString &target, const BackupProgress &progress = {}) const;
    // Replaces the library's content with the library in `source` (see above). Returns false when
    // `progress` cancelled before the library changed.
    bool restoreFrom(const QString &source, RestoreResult *result = nullptr,
                     const BackupProgress &progress = {});

    // Where the automatic copy before a restore at `now` goes: NAME.before-restore-YYYYMMDD-HHMMSS.sqlite.
    static QString automaticBackupPath(const QString &libraryPath, const QDateTime &now);
    // Throws StoreError when the SQLite library Jobdesk is linked with is not the one Qt's QSQLITE
    // driver runs on (handles cannot be shared then).
    static void checkSqliteLibrary(const Database &db);

private:
    const Database &m_db;
};

} // namespace jobdesk
