// Automatic backups of a library: dated copies beside it, NAME.auto-YYYYMMDD-HHMMSS.sqlite (UTC), at most
// one a day, the newest three kept. A copy is only taken of a library that just passed the damage check,
// so a damaged library never replaces a good backup; when the library is found damaged, the newest copy
// is what the window offers to restore (docs/reliability.md, "Damage").
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace jobdesk {

class Database;

struct BackupFile
{
    QString path;
    QDateTime taken; // UTC, from the name
    qint64 bytes = 0;
};

class AutomaticBackups final
{
public:
    // What one run of the maintenance did.
    struct Outcome
    {
        enum class Kind
        {
            BackedUp,   // the library is sound; `path` is the new backup
            NotDue,     // the library is sound; the newest backup is recent enough
            NoRoom,     // the library is sound; the disk lacks room for a copy (`detail` says how much)
            Damaged,    // `detail` is what the damage check found; no backup was taken or removed
            NotChecked, // cancelled, or the check or the copy failed (`detail`)
        };
        Kind kind = Kind::NotChecked;
        QString path;
        QString detail;
    };

    explicit AutomaticBackups(const QString &libraryPath);

    // The automatic backups of this library, newest first.
    QList<BackupFile> list() const;
    std::optional<BackupFile> latest() const;
    // Whether no backup was taken within `interval` before `now`.
    bool isDue(const QDateTime &now) const;
    QString pathFor(const QDateTime &now) const;
    // Deletes all but the newest `keep` backups.
    void prune(int keep = kept) const;

    // Checks `db` (this library, on the calling thread's own connection) for damage and, when it is
    // sound and a backup is due, writes one and prunes. `cancelled`, polled throughout, stops early.
    Outcome maintain(const Database &db, const QDateTime &now,
                     const std::function<bool()> &cancelled = {}) const;

    // For a library too damaged to open: moves it (with its -wal and -shm) aside as
    // NAME.damaged-YYYYMMDD-HHMMSS.sqlite and puts a copy of `backupPath` in its place, readable by the
    // owner only. Returns where the damaged library went. Throws StoreError, changing nothing, when the
    // copy cannot be written.
    static QString replaceWithBackup(const QString &libraryPath, const QString &backupPath,
                                     const QDateTime &now);

    static constexpr int kept = 3;
    static constexpr qint64 intervalSeconds = 24 * 60 * 60;

private:
    QString m_library;
};

} // namespace jobdesk
