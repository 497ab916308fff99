#include "damagecheck.h"

#include "sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

namespace jobdesk {
namespace {

// SQLite calls this every few thousand virtual-machine steps; non-zero interrupts the statement.
int stopWhenCancelled(void *context)
{
    const auto *cancelled = static_cast<const std::function<bool()> *>(context);
    return (*cancelled)() ? 1 : 0;
}

// How many problems the check lists before it stops: enough to say what is wrong.
constexpr int reportedProblems = 5;

} // namespace

DamageCheck checkForDamage(const QSqlDatabase &db, const std::function<bool()> &cancelled)
{
    sqlite3 *handle = sqliteHandle(db);
    if (handle && cancelled)
        sqlite3_progress_handler(handle, 10000, stopWhenCancelled,
                                 const_cast<std::function<bool()> *>(&cancelled));
    DamageCheck result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList problems;
    if (query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(reportedProblems))) {
        while (query.next())
            problems << query.value(0).toString();
    }
    const QSqlError error = query.lastError();
    if (handle && cancelled)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);

    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (cancelled && cancelled()) {
        result.outcome = DamageCheck::Outcome::NotChecked;
    } else if (error.type() != QSqlError::NoError) {
        // SQLITE_CORRUPT or SQLITE_NOTADB: the file is too damaged for SQLite to walk it, damage too.
        const bool damaged = ok && (code == SQLITE_CORRUPT || code == SQLITE_NOTADB);
        result.outcome = damaged ? DamageCheck::Outcome::Damaged : DamageCheck::Outcome::NotChecked;
        result.problem = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    } else if (problems != QStringList{QStringLiteral("ok")}) {
        result.outcome = DamageCheck::Outcome::Damaged;
        result.problem = problems.join(QLatin1String("; "));
    }
    return result;
}

} // namespace jobdesk
