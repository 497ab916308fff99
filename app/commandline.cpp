#include "commandline.h"

#include "commands.h"
#include "gui.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace jobdesk::app {
namespace {

QStringList arguments(int argc, char *argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("jobdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("jobdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBDESK_VERSION));
}

} // namespace

int run(int argc, char *argv[])
{
    setIdentity();
    const QStringList args = arguments(argc, argv);
    if (args.size() > 1 && isCommand(args.at(1))) {
        QCoreApplication app(argc, argv);
        return runCommand(args.mid(1));
    }

    QCommandLineParser parser;
    GuiOptions::declare(parser);
    if (!parser.parse(args)) {
        std::fprintf(stderr, "jobdesk: %s\n\n%s", qPrintable(parser.errorText()), qPrintable(usage(parser)));
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("jobdesk %s\n", JOBDESK_VERSION);
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(usage(parser)));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "jobdesk: unknown command '%s'\n\n%s",
                     qPrintable(parser.positionalArguments().first()), qPrintable(usage(parser)));
        return 2;
    }
    return runGui(argc, argv, GuiOptions::from(parser));
}

} // namespace jobdesk::app
