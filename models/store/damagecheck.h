// Looks for damage in a library with SQLite's `PRAGMA quick_check`: every page is read and every
// b-tree's structure, cell sizes, record formats and the free list are checked (not that indexes
// match their tables, which the full integrity_check adds at several times the cost). Bytes changed
// inside a stored value that still parses are beyond any check without checksums. Reads the whole
// file: seconds for a large library, so the window runs it on a worker thread (LibraryMaintenance).
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace jobdesk {

struct DamageCheck
{
    enum class Outcome
    {
        Sound,
        Damaged,
        NotChecked, // cancelled, or the check itself failed (a busy or unreadable file): see `problem`
    };
    Outcome outcome = Outcome::Sound;
    // What SQLite found, in its words (the first few problems); why the check did not finish.
    QString problem;
};

// Checks the library on `db`. `cancelled`, polled while the check runs, stops it early.
DamageCheck checkForDamage(const QSqlDatabase &db, const std::function<bool()> &cancelled = {});

} // namespace jobdesk
