#include "gui.h"

#include "commands.h"

#include "application.h"
#include "firstpaintexit.h"
#include "library/damagedialog.h"
#include "library/firststartoffer.h"
#include "library/libraryopener.h"
#include "mainwindow.h"
#include "samples/samplelibrary.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/storeerror.h"
#include "theme.h"
#include "windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace jobdesk::app {
namespace {

const QString databaseOption = QStringLiteral("database");
const QString demoOption = QStringLiteral("demo");
const QString themeOption = QStringLiteral("theme");
const QString searchOption = QStringLiteral("search");

bool haveDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// The installed theme icon (packaging/linux), else the one compiled in (resources/icons).
QIcon windowIcon()
{
    QIcon fallback;
    for (const int size : {16, 32, 48, 64, 128, 256})
        fallback.addFile(QStringLiteral(":/icons/jobdesk-%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral(JOBDESK_APP_ID), fallback);
}

void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("jobdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

QString libraryPath(const GuiOptions &options)
{
    if (!options.database.isEmpty())
        return options.database;
    return options.demo ? samples::demoDatabasePath() : Database::defaultPath();
}

std::unique_ptr<Database> openLibrary(const GuiOptions &options)
{
    auto db = std::make_unique<Database>(libraryPath(options));
    if (options.demo && ListingRepository(*db).count() == 0)
        samples::load(*db);
    return db;
}

// The library again after its damage was repaired; null (the user told) when it still cannot be opened.
std::unique_ptr<Database> reopen(const GuiOptions &options)
{
    try {
        return openLibrary(options);
    } catch (const StoreError &again) {
        std::fprintf(stderr, "jobdesk: %s\n", qPrintable(again.message()));
        QMessageBox::critical(nullptr, QApplication::translate("Cli", "Cannot open the library"),
                              again.message());
        return nullptr;
    }
}

} // namespace

void GuiOptions::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {databaseOption, QApplication::translate("Cli", "Open the library at <path>."),
         QApplication::translate("Cli", "path")},
        {demoOption, QApplication::translate("Cli", "Open the demo library of bundled sample listings.")},
        {themeOption, QApplication::translate("Cli", "Appearance: system, light or dark."),
         QApplication::translate("Cli", "theme")},
        {searchOption, QApplication::translate("Cli", "Start with <query> in the search field."),
         QApplication::translate("Cli", "query")},
    });
    parser.addHelpOption();
    parser.addVersionOption();
}

GuiOptions GuiOptions::from(const QCommandLineParser &parser)
{
    return {parser.value(databaseOption), parser.isSet(demoOption), parser.value(themeOption),
            parser.value(searchOption)};
}

QString usage(const QCommandLineParser &)
{
    return QApplication::translate(
               "Cli", "Usage: jobdesk [--database PATH | --demo]   start the window\n"
                      "       jobdesk COMMAND [OPTIONS] [ARGS]     run a command without a display\n"
                      "\n"
                      "Options:\n"
                      "  --database PATH   open the library at PATH instead of the default one\n"
                      "  --demo            open the demo library of bundled sample listings\n"
                      "  --theme NAME      appearance: system, light or dark\n"
                      "  --search QUERY    start with QUERY in the search field\n"
                      "  -h, --help        show this help\n"
                      "  -v, --version     show the version\n"
                      "\n") +
           commandsUsage();
}

int runGui(int &argc, char *argv[], const GuiOptions &options)
{
    if (!haveDisplay()) {
        std::fprintf(stderr, "%s",
                     qPrintable(QApplication::translate(
                         "Cli", "jobdesk: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                                "Start it from a desktop session, or without one under a virtual "
                                "display:\n  xvfb-run -a jobdesk ...\n"
                                "Commands such as 'jobdesk list' need no display.\n")));
        return 1;
    }
    Application app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Jobdesk"));
    QApplication::setDesktopFileName(QStringLiteral(JOBDESK_APP_ID));
    QApplication::setWindowIcon(windowIcon());
    installTranslators(app);
    const std::optional<Theme> theme = options.theme.isEmpty() ? savedTheme() : parseTheme(options.theme);
    if (!theme) {
        std::fprintf(stderr, "jobdesk: unknown theme '%s' (system, light or dark)\n",
                     qPrintable(options.theme));
        return 2;
    }
    applyTheme(*theme);

    std::unique_ptr<Database> db;
    try {
        db = openLibrary(options);
    } catch (const StoreError &error) {
        std::fprintf(stderr, "jobdesk: %s\n", qPrintable(error.message()));
        // A team library that wants a password asks for it; a damaged file is offered its backup.
        db = error.kind() == StoreError::Kind::PasswordNeeded
                 ? LibraryOpener::open(nullptr, libraryPath(options))
                 : (recoverUnopenableLibrary(libraryPath(options), error) ? reopen(options) : nullptr);
        if (!db)
            return 1;
    }
    WindowHost host(std::move(db));
    const auto reportStoreFailures = [&app](MainWindow *window) {
        QObject::connect(&app, &Application::storeFailed, window, [window](const QString &message) {
            window->statusBar()->showMessage(message, 15000);
        });
    };
    QObject::connect(&host, &WindowHost::windowReplaced, &app, reportStoreFailures);
    MainWindow &window = host.window();
    reportStoreFailures(&window);
    // Damage check and automatic backup, once the first search had the machine to itself.
    window.maintainLibrary(3000);
    window.watchLibrary();
    if (options.database.isEmpty() && !options.demo && FirstStartOffer::wanted(host.library()))
        window.offerFirstStart();
    if (!options.search.isEmpty())
        window.search(options.search);
    if (qEnvironmentVariable("JOBDESK_EXIT_AFTER_FIRST_PAINT") == QLatin1String("1"))
        window.installEventFilter(new FirstPaintExit(&window));
    window.show();
    return QApplication::exec();
}

} // namespace jobdesk::app
