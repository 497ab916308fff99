// Starting the window: options, display check, opening the library.
#pragma once

#include <QString>

class QCommandLineParser;

namespace jobdesk::app {

struct GuiOptions
{
    QString database; // empty: the user's library
    bool demo = false;
    QString theme;  // empty: the saved one
    QString search; // a query to start with

    static void declare(QCommandLineParser &parser);
    static GuiOptions from(const QCommandLineParser &parser);
};

// The text of `jobdesk --help`: window options and the commands.
QString usage(const QCommandLineParser &parser);
int runGui(int &argc, char *argv[], const GuiOptions &options);

} // namespace jobdesk::app
