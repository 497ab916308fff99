#include "automaticbackups.h"

#include "backup.h"
#include "damagecheck.h"
#include "database.h"
#include "privatefile.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(stampFormat);
}

// NAME.<what>-YYYYMMDD-HHMMSS.sqlite beside the library.
QString besideLibrary(const QString &libraryPath, const QString &what, const QDateTime &when)
{
    const QFileInfo library(libraryPath);
    return library.absoluteDir().filePath(
        QStringLiteral("%1.%2-%3.sqlite").arg(library.completeBaseName(), what, stamp(when)));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Copies `from` to `to` (which must not exist) byte for byte, created readable by the owner only.
void copyFile(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        throw StoreError(tr("Cannot read the backup %1: %2").arg(shown(from), source.errorString()));
    createPrivateFile(to);
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw StoreError(tr("Cannot write %1: %2").arg(shown(to), target.errorString()));
    QByteArray block;
    while (!(block = source.read(1 << 20)).isEmpty()) {
        if (target.write(block) != block.size())
            throw StoreError(tr("Cannot write %1: %2").arg(shown(to), target.errorString()));
    }
    if (source.error() != QFileDevice::NoError)
        throw StoreError(tr("Cannot read the backup %1: %2").arg(shown(from), source.errorString()));
    if (!target.flush())
        throw StoreError(tr("Cannot write %1: %2").arg(shown(to), target.errorString()));
}

} // namespace

AutomaticBackups::AutomaticBackups(const QString &libraryPath)
    : m_library(QFileInfo(libraryPath).absoluteFilePath())
{}

QList<BackupFile> AutomaticBackups::list() const
{
    const QFileInfo library(m_library);
    const QString base = QRegularExpression::escape(library.completeBaseName());
    static const QString pattern = QStringLiteral(R"(^%1\.auto-(\d{8}-\d{6})\.sqlite$)");
    const QRegularExpression name(pattern.arg(base));
    QList<BackupFile> backups;
    const QFileInfoList files = library.absoluteDir().entryInfoList(
        {library.completeBaseName() + QLatin1String(".auto-*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime taken = QDateTime::fromString(match.captured(1), stampFormat);
        if (!taken.isValid())
            continue;
        taken.setTimeZone(QTimeZone::UTC);
        backups.append({file.absoluteFilePath(), taken, file.size()});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.taken > b.taken; });
    return backups;
}

std::optional<BackupFile> AutomaticBackups::latest() const
{
    const QList<BackupFile> backups = list();
    if (backups.isEmpty())
        return std::nullopt;
    return backups.first();
}

bool AutomaticBackups::isDue(const QDateTime &now) const
{
    const std::optional<BackupFile> newest = latest();
    // A backup "from the future" (a clock set back) does not stop new ones for ever.
    return !newest || newest->taken > now || newest->taken.secsTo(now) >= intervalSeconds;
}

QString AutomaticBackups::pathFor(const QDateTime &now) const
{
    return besideLibrary(m_library, QStringLiteral("auto"), now);
}

void AutomaticBackups::prune(int keep) const
{
    const QList<BackupFile> backups = list();
    for (qsizetype i = keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

AutomaticBackups::Outcome AutomaticBackups::maintain(const Database &db, const QDateTime &now,
                                                     const std::function<bool()> &cancelled) const
{
    Outcome outcome;
    const DamageCheck check = checkForDamage(db.connection(), cancelled);
    if (check.outcome == DamageCheck::Outcome::Damaged) {
        outcome.kind = Outcome::Kind::Damaged;
        outcome.detail = check.problem;
        return outcome;
    }
    if (check.outcome == DamageCheck::Outcome::NotChecked) {
        outcome.detail = check.problem;
        return outcome;
    }
    if (!isDue(now)) {
        outcome.kind = Outcome::Kind::NotDue;
        return outcome;
    }
    // Room for the copy and as much again to spare: a backup must not be what fills the disk.
    const qint64 size = QFileInfo(m_library).size();
    const QStorageInfo disk(QFileInfo(m_library).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < 2 * size) {
        outcome.kind = Outcome::Kind::NoRoom;
        outcome.detail =
            tr("%1 MB free, %2 MB needed").arg(disk.bytesAvailable() / 1'000'000).arg(2 * size / 1'000'000);
        return outcome;
    }
    const QString target = pathFor(now);
    try {
        const bool written = LibraryBackup(db).backupTo(
            target, [&cancelled](qint64, qint64) { return !cancelled || !cancelled(); });
        if (!written)
            return outcome;
    } catch (const StoreError &error) {
        outcome.detail = error.message();
        return outcome;
    }
    prune();
    outcome.kind = Outcome::Kind::BackedUp;
    outcome.path = target;
    return outcome;
}

QString AutomaticBackups::replaceWithBackup(const QString &libraryPath, const QString &backupPath,
                                            const QDateTime &now)
{
    const QString library = QFileInfo(libraryPath).absoluteFilePath();
    const QString partial = library + QLatin1String(".restoring");
    QFile::remove(partial);
    try {
        copyFile(backupPath, partial);
    } catch (const StoreError &) {
        QFile::remove(partial);
        throw;
    }
    // The damaged library keeps its -wal and -shm beside it: together they are the library as it was.
    const QString damaged = besideLibrary(library, QStringLiteral("damaged"), now);
    if (QFile::exists(library) && !QFile::rename(library, damaged)) {
        QFile::remove(partial);
        throw StoreError(tr("Cannot move the damaged library %1 aside to %2; nothing was changed.")
                             .arg(shown(library), shown(damaged)));
    }
    const QStringList journals{QStringLiteral("-wal"), QStringLiteral("-shm")};
    for (const QString &suffix : journals) {
        if (QFile::exists(library + suffix))
            QFile::rename(library + suffix, damaged + suffix);
    }
    if (!QFile::rename(partial, library)) {
        QFile::remove(partial);
        QFile::rename(damaged, library);
        for (const QString &suffix : journals)
            QFile::rename(damaged + suffix, library + suffix);
        throw StoreError(
            tr("Cannot put the backup in place of %1; the library was left as it was.").arg(shown(library)));
    }
    return damaged;
}

} // namespace jobdesk
