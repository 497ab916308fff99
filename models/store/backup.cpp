#include "backup.h"

#include "sqlitehandle.h"

#include "database.h"
#include "privatefile.h"
#include "readonlyconnection.h"
#include "sql.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <atomic>
#include <filesystem>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

// Pages per step: small enough for a smooth progress bar, large enough not to crawl.
constexpr int stepPages = 256;
// After this many restarts (another connection wrote while we copied) the rest is copied in one step,
// under one read transaction, which in WAL mode does not block writers.
constexpr int maxRestarts = 3;
// How long a busy destination is waited for, in 20 ms naps.
constexpr int maxBusyNaps = 500;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    sqlite3 *h = sqliteHandle(db);
    if (!h)
        throw StoreError(tr("The library connection is not an open SQLite connection."));
    return h;
}

QString errorOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// A file opened with the SQLite API only: the destination of a backup.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (rc != SQLITE_OK) {
            const QString reason = m_handle ? errorOf(m_handle) : QString::fromUtf8(sqlite3_errstr(rc));
            sqlite3_close_v2(m_handle);
            throw StoreError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
        }
        sqlite3_busy_timeout(m_handle, 5000);
    }
    ~RawConnection() { close(); }
    Q_DISABLE_COPY_MOVE(RawConnection)

    sqlite3 *handle() const { return m_handle; }
    void close()
    {
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }

private:
    sqlite3 *m_handle = nullptr;
};

// Copies the main database of `source` into `destination` in steps. Returns false when cancelled
// (the destination is then as it was: its write transaction is rolled back).
bool copyPages(sqlite3 *destination, sqlite3 *source, const BackupProgress &progress)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        throw StoreError(errorOf(destination));
    int pages = stepPages;
    int restarts = 0;
    int busyNaps = 0;
    int lastRemaining = -1;
    for (;;) {
        const int rc = sqlite3_backup_step(backup, pages);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busyNaps > maxBusyNaps) {
                sqlite3_backup_finish(backup);
                throw StoreError(tr("The library stayed busy; please try again."));
            }
            sqlite3_sleep(20);
            continue;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE) {
            sqlite3_backup_finish(backup);
            throw StoreError(errorOf(destination));
        }
        const int remaining = sqlite3_backup_remaining(backup);
        const int total = sqlite3_backup_pagecount(backup);
        if (rc == SQLITE_OK && lastRemaining >= 0 && remaining >= lastRemaining && ++restarts >= maxRestarts)
            pages = -1;
        lastRemaining = remaining;
        if (progress && !progress(total - remaining, total) && rc != SQLITE_DONE) {
            sqlite3_backup_finish(backup);
            return false;
        }
        if (rc == SQLITE_DONE)
            break;
    }
    if (sqlite3_backup_finish(backup) != SQLITE_OK)
        throw StoreError(errorOf(destination));
    return true;
}

bool samePath(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

// Writes `source` to `target` through a partial file, so `target` appears only complete.
bool writeCopy(sqlite3 *source, const QString &target, const BackupProgress &progress)
{
    const QString partial = target + QLatin1String(".partial");
    QFile::remove(partial);
    createPrivateFile(partial);
    {
        RawConnection destination(partial);
        bool done = false;
        try {
            done = copyPages(destination.handle(), source, progress);
        } catch (const StoreError &error) {
            destination.close();
            QFile::remove(partial);
            throw StoreError(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), error.message()));
        }
        if (!done) {
            destination.close();
            QFile::remove(partial);
            return false;
        }
        // One self-contained file, whatever the journal mode of the library.
        sqlite3_exec(destination.handle(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(target).toStdString(),
                            error);
    if (error) {
        QFile::remove(partial);
        throw StoreError(tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(error.message())));
    }
    return true;
}

} // namespace

LibraryBackup::LibraryBackup(const Database &db)
    : m_db(db)
{}

void LibraryBackup::checkSqliteLibrary(const Database &db)
{
    if (!db.isFile())
        db.dialect().backup(db.connection(), {}); // a team library: says who backs it up, and throws
    const QString linked = QString::fromUtf8(sqlite3_libversion());
    const QString driver = sql::scalar(db.connection(), QStringLiteral("SELECT sqlite_version()")).toString();
    if (linked != driver) {
        throw StoreError(tr("Backups need the SQLite library Qt uses: Jobdesk was built with SQLite %1 but "
                            "Qt's driver runs SQLite %2.")
                             .arg(linked, driver));
    }
}

QString LibraryBackup::automaticBackupPath(const QString &libraryPath, const QDateTime &now)
{
    const QFileInfo library(libraryPath);
    return library.absoluteDir().filePath(
        QStringLiteral("%1.before-restore-%2.sqlite")
            .arg(library.completeBaseName(), now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

bool LibraryBackup::backupTo(const QString &target, const BackupProgress &progress) const
{
    if (samePath(target, m_db.path()))
        throw StoreError(
            tr("Cannot back up the library onto itself (%1).").arg(QDir::toNativeSeparators(target)));
    checkSqliteLibrary(m_db);
    return writeCopy(handleOf(m_db.connection()), target, progress);
}

bool LibraryBackup::restoreFrom(const QString &source, RestoreResult *result, const BackupProgress &progress)
{
    const QString shown = QDir::toNativeSeparators(source);
    const auto refuse = [&shown](const QString &reason) {
        return StoreError(tr("Cannot restore from %1: %2 The library was not changed.").arg(shown, reason));
    };
    checkSqliteLibrary(m_db);
    if (!QFileInfo(source).isFile())
        throw refuse(tr("there is no such file."));
    if (samePath(source, m_db.path()))
        throw refuse(tr("it is the open library itself."));
    {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            throw refuse(tr("it cannot be read (%1).").arg(file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            throw refuse(tr("it is not a Jobdesk library (not an SQLite database)."));
    }

    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw refuse(tr("no temporary folder (%1).").arg(scratch.errorString()));
    const QString copy = scratch.filePath(QStringLiteral("restore.sqlite"));
    int version = 0;
    {
        ReadOnlyConnection candidate(source);
        if (!candidate.isOpen())
            throw refuse(tr("it cannot be opened (%1).").arg(candidate.error()));
        const QSqlDatabase db = candidate.connection();
        try {
            const QString integrity = sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString();
            if (integrity != QLatin1String("ok"))
                throw refuse(tr("it is damaged (integrity check: %1).").arg(integrity));
            m_db.dialect().checkIdentity(db, shown);
            version = m_db.dialect().schemaVersion(db);
        } catch (const StoreError &error) {
            if (error.message().startsWith(tr("Cannot restore from %1:").arg(shown)))
                throw;
            if (error.message().contains(QLatin1String("not a Jobdesk library")))
                throw refuse(tr("it is not a Jobdesk library."));
            throw refuse(tr("it is damaged (%1).").arg(error.message()));
        }
        if (version <= 0)
            throw refuse(tr("it is not a Jobdesk library."));
        if (version > Database::latestSchemaVersion()) {
            throw refuse(tr("it was written by a newer version of Jobdesk (library version %1; this version "
                            "knows up to %2).")
                             .arg(version)
                             .arg(Database::latestSchemaVersion()));
        }
        try {
            writeCopy(handleOf(db), copy, {});
        } catch (const StoreError &error) {
            throw refuse(error.message());
        }
    }

    // The copy is migrated (an older library) and checked by opening it like any library.
    std::unique_ptr<Database> restored;
    try {
        restored = std::make_unique<Database>(copy);
    } catch (const StoreError &error) {
        QString reason = error.message();
        reason.replace(copy, shown);
        throw refuse(reason);
    }

    RestoreResult done;
    done.restoredVersion = version;
    done.safetyCopy = automaticBackupPath(m_db.path(), QDateTime::currentDateTimeUtc());
    backupTo(done.safetyCopy);

    if (!copyPages(handleOf(m_db.connection()), handleOf(restored->connection()), progress))
        return false;
    if (result)
        *result = done;
    return true;
}

} // namespace jobdesk
