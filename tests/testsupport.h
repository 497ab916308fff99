// Shared helpers of the tests: temporary libraries, listings to store, paths to real data.
#pragma once

#include "domain/listing.h"
#include "store/storeerror.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace jobdesk {
class Database;
struct ImportOptions;
class ListingTableModel;
} // namespace jobdesk

namespace jobdesk::test {

// A directory removed at the end of the test, with a library path inside it. When the test runs
// against PostgreSQL (usesPostgreSql(): CTest's NAME_postgresql variant of a store test), the library
// is a fresh database on the test server (tools/pgserver) instead, dropped at the end, and path() is
// its postgresql:// address; filePath() stays a temporary directory for other files.
class TempLibrary
{
public:
    TempLibrary();
    ~TempLibrary();
    Q_DISABLE_COPY_MOVE(TempLibrary)
    QString path() const;
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<Database> open() const;

private:
    QTemporaryDir m_dir;
    QString m_serverDatabase; // the database's name on the test server, or empty
};

// Whether this run's libraries are on PostgreSQL: JOBDESK_TEST_BACKEND=postgresql, with the server's
// address in JOBDESK_TEST_POSTGRES (tools/pgserver env). Fails the test when the backend is asked for
// and the server's address is missing.
bool usesPostgreSql();
// A connection to the test server's administrative database (creates and drops test databases).
QSqlDatabase serverAdministration();

// A plausible listing; `n` varies title, company, salary and date so rows sort differently.
Listing makeListing(int n);
// Stores makeListing(0) … makeListing(count - 1), imported at `at`, in one transaction.
void addListings(const Database &db, int count, const QDateTime &at = QDateTime::currentDateTimeUtc());
// The ids of the library's first `count` listings, lowest first.
QList<qint64> firstListings(const Database &db, int count);
// Import options whose import time (and the "now" relative dates count from) is `now`.
ImportOptions importAt(const QDateTime &now);
// ../shared/data/<relative>
QString sharedData(const QString &relative);
// Writes `content` to `path`; fails the test when it cannot.
void writeFile(const QString &path, const QByteArray &content);
// What a run of the real executable (env JOBDESK_BINARY) printed and returned; -1 when it crashed or
// hung. It runs without a display, as commands must.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
Run runJobdesk(const QStringList &arguments, const QByteArray &input = {});
// Waits until the table model holds the whole result of its latest request (it loads off the GUI thread).
bool waitUntilLoaded(ListingTableModel &model, int timeoutMs = 10000);
// How many listings the full-text index holds (FTS5's docsize rows; PostgreSQL's document rows).
qint64 indexedListings(const Database &db);
// The listings whose full text matches an FTS5 query, asked the library's engine's way.
qint64 fullTextMatches(const Database &db, const QString &fts5Query);
// The full-text index holds exactly the listings' current text: FTS5's own integrity check (it compares
// the index with what its triggers and batches wrote), or on PostgreSQL every listing's document equal
// to the one its text makes now.
bool fullTextIndexIsExact(const Database &db);
// A history entry as the window shows it: `detail`, followed on a team library by the member who made
// it (the test server's role; a personal file records none).
QString shownWithMember(const Database &db, const QString &detail);
// Every row of every user table, as text: equal when two libraries hold the same data.
QStringList dumpTables(const Database &db);
// Runs `action`, which should throw StoreError, and returns its message (empty when nothing was thrown).
template <typename Action>
QString errorOf(Action action)
{
    try {
        action();
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}
// Makes the library refuse one kind of write to `table` from now on, the way a failing write does half-way
// through a change: every `write` ("INSERT", "UPDATE" or "DELETE") of a row for which `condition` holds
// (SQL on the row's NEW values, e.g. "NEW.listing_id = 3"; empty: every row) fails with an error that
// says `message`. A trigger on both engines (SQLite's RAISE(ABORT), PostgreSQL's PL/pgSQL exception), so
// it holds on every connection of the library; it goes with the test library, or with acceptWrites().
struct WriteRefusal
{
    QString trigger;
    QString table;
};
WriteRefusal refuseWrites(const Database &db, const QString &table, const QString &condition = {},
                          const QString &write = QStringLiteral("INSERT"),
                          const QString &message = QStringLiteral("refused by the test"));
// Takes a refusal back: those writes succeed again.
void acceptWrites(const Database &db, const WriteRefusal &refusal);
// Damages the closed library at `path` the way a failing disk does: the root page of `table` (an
// interior page once the table spans several) is overwritten with pseudo-random bytes. The schema on
// page 1 is untouched, so the library still opens.
void damageTable(const QString &path, const QString &table);

} // namespace jobdesk::test
