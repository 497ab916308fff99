#include "cliio.h"

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

} // namespace jobdesk::app
