// What every command shares: its translated strings, standard output and error as text streams, the
// --database option, and how a query error is shown.
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QTextStream>

namespace jobdesk::search {
struct SearchError;
}

namespace jobdesk::app {

QString tr(const char *text);
QTextStream &out();
QTextStream &err();
// --database PATH.
const QCommandLineOption &databaseOption();
// A query that does not parse: the message, the query, and carets under the bad part.
void printQueryError(const QString &query, const search::SearchError &error);

} // namespace jobdesk::app
