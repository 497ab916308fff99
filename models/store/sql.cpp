#include "sql.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace jobdesk::sql {
namespace {

[[noreturn]] void fail(const QSqlQuery &query, const QString &statement)
{
    throw StoreError(QCoreApplication::translate("Store", "Database error: %1 (in: %2)")
                         .arg(query.lastError().text(), statement.simplified().left(200)));
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query, statement);
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
    exec(query);
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
