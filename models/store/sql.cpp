#include "sql.h"

#include "postgresqlstatement.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace jobdesk::sql {
namespace {

// A failed statement's cause, from SQLite's result code or PostgreSQL's SQLSTATE.
enum class Cause
{
    Other,
    Busy,        // another connection held a lock longer than the timeout
    Damaged,     // the engine found its files corrupt
    Full,        // no room to write
    InputOutput, // the operating system refused a read or a write
};

Cause causeOf(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString native = error.nativeErrorCode();
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        // lock_not_available (lock_timeout), deadlock_detected, serialization_failure
        if (native == QLatin1String("55P03") || native == QLatin1String("40P01") ||
            native == QLatin1String("40001"))
            return Cause::Busy;
        if (native == QLatin1String("XX001") || native == QLatin1String("XX002")) // data/index corrupted
            return Cause::Damaged;
        if (native == QLatin1String("53100")) // disk_full
            return Cause::Full;
        if (native == QLatin1String("58030")) // io_error
            return Cause::InputOutput;
        return Cause::Other;
    }
    // SQLite's primary result code: the low byte of an extended code.
    bool ok = false;
    const int code = native.toInt(&ok) & 0xff;
    if (!ok)
        return Cause::Other;
    switch (code) {
    case 5: // SQLITE_BUSY: another window, an import or `jobdesk import` held the write lock
    case 6: // SQLITE_LOCKED
        return Cause::Busy;
    case 11: // SQLITE_CORRUPT (docs/reliability.md, "Damage")
    case 26: // SQLITE_NOTADB
        return Cause::Damaged;
    case 13: // SQLITE_FULL: the disk (or the file's size limit) is full
        return Cause::Full;
    case 10: // SQLITE_IOERR
        return Cause::InputOutput;
    default:
        return Cause::Other;
    }
}

[[noreturn]] void fail(const QSqlQuery &query, const QString &statement, const QString &library = {})
{
    const QSqlError error = query.lastError();
    const QString which = library.isEmpty()
                              ? QCoreApplication::translate("Store", "The library")
                              : QCoreApplication::translate("Store", "The library %1").arg(library);
    const QString where = statement.simplified().left(200);
    const Cause cause = causeOf(query);
    if (cause == Cause::Busy) {
        throw StoreError(QCoreApplication::translate("Store",
                                                     "%1 is busy: another Jobdesk window or an import is "
                                                     "writing to it and did not finish in time. Nothing "
                                                     "was changed; please try again when it is done.")
                             .arg(which),
                         StoreError::Kind::Busy);
    }
    if (cause == Cause::Damaged) {
        throw StoreError(QCoreApplication::translate("Store", "%1 is damaged: %2 (in: %3)")
                             .arg(which, error.text(), where),
                         StoreError::Kind::Damaged);
    }
    // The write transaction is rolled back by its owner (Transaction), so nothing of it stays.
    if (cause == Cause::Full) {
        throw StoreError(QCoreApplication::translate("Store",
                                                     "%1 could not grow: the disk is full. Nothing of this "
                                                     "change was written; free some space and try again.")
                             .arg(which),
                         StoreError::Kind::DiskFull);
    }
    if (cause == Cause::InputOutput) {
        throw StoreError(QCoreApplication::translate("Store",
                                                     "%1 could not be read or written: the disk reported an "
                                                     "error (%2). Nothing of this change was written.")
                             .arg(which, error.text()));
    }
    throw StoreError(
        QCoreApplication::translate("Store", "Database error: %1 (in: %2)").arg(error.text(), where));
}

// The statement as the connection's engine takes it: SQLite's as written, PostgreSQL's rewritten.
QString onEngine(const QSqlDatabase &db, const QString &statement)
{
    return db.driver()->dbmsType() == QSqlDriver::PostgreSQL ? postgresqlStatement(statement) : statement;
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &sqliteStatement)
{
    const QString statement = onEngine(db, sqliteStatement);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query, statement, db.databaseName());
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    // PostgreSQL prepares only queries and data changes, not SET, BEGIN or CREATE: a statement without
    // values runs as it is there (each one is our own text, never data).
    if (values.isEmpty() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(postgresqlStatement(statement)))
            fail(query, statement, db.databaseName());
        return query;
    }
    QSqlQuery query = prepare(db, statement);
    const bool postgresql = db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    for (const QVariant &value : values) {
        // PostgreSQL's text cannot hold U+0000 (SQLite's can): a NUL in a bound string, which only
        // hostile input has (a search line, a pasted name), becomes U+FFFD instead of failing.
        if (postgresql && value.typeId() == QMetaType::QString && value.toString().contains(QChar(0)))
            query.addBindValue(QString(value.toString()).replace(QChar(0), QChar::ReplacementCharacter));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        fail(query, statement, db.databaseName());
    return query;
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return run(db, statement, QVariantList(values));
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return scalar(db, statement, QVariantList(values));
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

QString placeholders(qsizetype count)
{
    QString result;
    result.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        result += i == 0 ? QLatin1String("?") : QLatin1String(",?");
    return result;
}

} // namespace jobdesk::sql
