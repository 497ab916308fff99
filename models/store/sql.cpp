#include "sql.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace jobdesk::sql {
namespace {

// SQLite's primary result code of a failed statement (the low byte of an extended code), or -1.
int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

// SQLITE_BUSY or SQLITE_LOCKED: another connection (another window, an import, `jobdesk import` in a
// shell) held the library's write lock longer than the busy timeout.
bool busy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == 5 || code == 6;
}

// SQLITE_CORRUPT or SQLITE_NOTADB: the file is damaged (docs/reliability.md, "Damage").
bool damaged(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == 11 || code == 26;
}

// SQLITE_FULL: the disk (or the file's size limit) is full.
bool full(const QSqlError &error)
{
    return primaryCode(error) == 13;
}

// SQLITE_IOERR: the operating system refused a read or a write.
bool inputOutput(const QSqlError &error)
{
    return primaryCode(error) == 10;
}

[[noreturn]] void fail(const QSqlQuery &query, const QString &statement, const QString &library = {})
{
    const QSqlError error = query.lastError();
    const QString which = library.isEmpty()
                              ? QCoreApplication::translate("Store", "The library")
                              : QCoreApplication::translate("Store", "The library %1").arg(library);
    const QString where = statement.simplified().left(200);
    if (busy(error)) {
        throw StoreError(QCoreApplication::translate("Store",
                                                     "%1 is busy: another Jobdesk window or an import is "
                                                     "writing to it and did not finish in time. Nothing "
                                                     "was changed; please try again when it is done.")
                             .arg(which),
                         StoreError::Kind::Busy);
    }
    if (damaged(error)) {
        throw StoreError(QCoreApplication::translate("Store", "%1 is damaged: %2 (in: %3)")
                             .arg(which, error.text(), where),
                         StoreError::Kind::Damaged);
    }
    // The write transaction is rolled back by its owner (Transaction), so nothing of it stays.
    if (full(error)) {
        throw StoreError(QCoreApplication::translate("Store",
                                                     "%1 could not grow: the disk is full. Nothing of this "
                                                     "change was written; free some space and try again.")
                             .arg(which),
                         StoreError::Kind::DiskFull);
    }
    if (inputOutput(error)) {
        throw StoreError(QCoreApplication::translate("Store",
                                                     "%1 could not be read or written: the disk reported an "
                                                     "error (%2). Nothing of this change was written.")
                             .arg(which, error.text()));
    }
    throw StoreError(
        QCoreApplication::translate("Store", "Database error: %1 (in: %2)").arg(error.text(), where));
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
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
    QSqlQuery query = prepare(db, statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
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
