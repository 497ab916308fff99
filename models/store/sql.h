// Thin helpers over QSqlQuery that turn failures into StoreError with the statement and the driver's
// message, so no caller forgets to check. Values are always bound: none of these builds SQL from data.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace jobdesk::sql {

// Prepares `statement`; throws StoreError when it does not compile.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
// Executes a prepared query; throws StoreError on failure.
void exec(QSqlQuery &query);
// Prepares, binds `values` positionally and executes.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values);
// "?,?,…,?": `count` placeholders for an IN list.
QString placeholders(qsizetype count);
// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement,
                std::initializer_list<QVariant> values = {});
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

} // namespace jobdesk::sql
