// Helpers of the crash-safety and two-at-once tests: large import files made from real listings,
// child processes to kill or freeze, and what a reopened library must show.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace jobdesk {
class Database;
} // namespace jobdesk

namespace jobdesk::test {

// Writes `count` JSON Lines listings to `path`: the real Remotive records of ../shared/data, cycled,
// each given a new id, URL and title (`tag` and its number), so every one is new to a library.
void writeManyListings(const QString &path, int count, const QString &tag);

// Starts the real executable (JOBDESK_BINARY) headless, or the helper (JOBDESK_ANNOTATION_WRITER)
// offscreen; stdout is read by the caller, stderr kept.
std::unique_ptr<QProcess> startJobdesk(const QStringList &arguments);
std::unique_ptr<QProcess> startWriter(const QStringList &arguments);
// Waits until the process prints a line; returns the lines read so far (appended to `lines`).
bool waitForLine(QProcess &process, QStringList *lines, int timeoutMs = 30000);
// Kills the process with SIGKILL and reaps it.
void killHard(QProcess &process);

// SIGSTOP / SIGCONT, returning once every thread of the process is stopped (or it has exited).
void freeze(qint64 pid);
void thaw(qint64 pid);

// PRAGMA integrity_check (one line per problem; "ok" when none) and foreign_key_check (empty).
QString integrityCheck(const Database &db);
qint64 countRows(const Database &db, const QString &table);
// Every row of every table but the shipped skills dictionary (which only counts): what must be equal
// after an import was killed. Much faster than dumpTables() on a library with the dictionary.
QStringList dumpLibrary(const Database &db);
// Every row of the tables holding the user's own data (annotations, history, tags, activity, …).
QStringList dumpAnnotations(const Database &db);
// Annotates the listings as a user would: a status, a rating, notes and two tags on each.
void annotate(const Database &db, const QList<qint64> &ids);

// A fixed seed from JOBDESK_TEST_SEED or a fresh one, printed so a failure can be repeated.
quint32 testSeed();
// Whether this build runs under AddressSanitizer (everything is several times slower).
constexpr bool sanitized()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#else
    return false;
#endif
}

} // namespace jobdesk::test
