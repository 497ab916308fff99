// What every command shares: its translated strings, standard output and error as text streams, and
// the --database option.
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QTextStream>

namespace jobdesk::app {

QString tr(const char *text);
QTextStream &out();
QTextStream &err();
// --database PATH.
const QCommandLineOption &databaseOption();

} // namespace jobdesk::app
