#include "cliio.h"

#include "search/searchquery.h"

#include <QCoreApplication>

namespace jobdesk::app {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option(QStringLiteral("database"), tr("The library to use."), tr("path"));
    return option;
}

void printQueryError(const QString &query, const search::SearchError &error)
{
    err() << "jobdesk: query:" << error.position + 1 << ": " << error.message << "\n  " << query << "\n  ";
    // Tabs stay tabs so the carets line up however the terminal shows them.
    for (int i = 0; i < error.position && i < query.size(); ++i)
        err() << (query.at(i) == QLatin1Char('\t') ? '\t' : ' ');
    err() << QString(qMax(error.length, 1), QLatin1Char('^')) << Qt::endl;
}

} // namespace jobdesk::app
