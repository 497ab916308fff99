#include "librarycommands.h"
#include "cliio.h"

#include "export/annotationjson.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/librarycopy.h"
#include "store/librarylocation.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace jobdesk::app {
namespace {

const QString backupSynopsis = QStringLiteral("jobdesk backup FILE [--database PATH]");
const QString restoreSynopsis = QStringLiteral("jobdesk restore FILE [--database PATH]");
const QString copySynopsis = QStringLiteral("jobdesk copy --from LIBRARY --to LIBRARY");
const QString annotationsSynopsis =
    QStringLiteral("jobdesk annotations export|import FILE [--database PATH]");

// Parses `arguments` (the command's name first) expecting one FILE; false when it printed a usage
// error or the help (then `code` is the exit code).
bool parseFile(const QStringList &arguments, const QString &synopsis, QString *file, QString *database,
               int *code)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << "jobdesk: " << parser.errorText() << "\n" << tr("Usage: %1").arg(synopsis) << Qt::endl;
        *code = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(synopsis) << Qt::endl;
        *code = 0;
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("jobdesk: one FILE expected") << "\n" << tr("Usage: %1").arg(synopsis) << Qt::endl;
        *code = 2;
        return false;
    }
    *file = parser.positionalArguments().first();
    *database = parser.isSet(databaseOption()) ? parser.value(databaseOption()) : Database::defaultPath();
    return true;
}

// Percent on a terminal's standard error; nothing when it is redirected.
BackupProgress terminalProgress(const QString &what)
{
    if (!isatty(fileno(stderr)))
        return {};
    return [what](qint64 done, qint64 total) {
        err() << "\r\033[K" << what << ' ' << (total > 0 ? done * 100 / total : 100) << '%' << Qt::flush;
        return true;
    };
}

void endProgress()
{
    if (isatty(fileno(stderr)))
        err() << "\r\033[K" << Qt::flush;
}

} // namespace

int backupCommand(const QStringList &arguments)
{
    QString file;
    QString database;
    int code = 0;
    if (!parseFile(arguments, backupSynopsis, &file, &database, &code))
        return code;
    Database db(database);
    LibraryBackup(db).backupTo(file, terminalProgress(tr("Backing up")));
    endProgress();
    out() << tr("Backed up %1 to %2").arg(QDir::toNativeSeparators(db.path()), QDir::toNativeSeparators(file))
          << Qt::endl;
    return 0;
}

int restoreCommand(const QStringList &arguments)
{
    QString file;
    QString database;
    int code = 0;
    if (!parseFile(arguments, restoreSynopsis, &file, &database, &code))
        return code;
    Database db(database);
    RestoreResult result;
    LibraryBackup(db).restoreFrom(file, &result, terminalProgress(tr("Restoring")));
    endProgress();
    out() << tr("Restored %1 from %2; the library as it was is in %3")
                 .arg(QDir::toNativeSeparators(db.path()), QDir::toNativeSeparators(file),
                      QDir::toNativeSeparators(result.safetyCopy))
          << Qt::endl;
    return 0;
}

int copyCommand(const QStringList &arguments)
{
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The library to copy (a file or postgresql://...)."), tr("LIBRARY"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The new library to copy it into."), tr("LIBRARY"));
    QCommandLineParser parser;
    parser.addOptions({from, to});
    parser.addHelpOption();
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty() ||
        (!parser.isSet(QStringLiteral("help")) && (!parser.isSet(from) || !parser.isSet(to)))) {
        err() << "jobdesk: "
              << (parser.errorText().isEmpty() ? tr("--from and --to are both needed") : parser.errorText())
              << "\n"
              << tr("Usage: %1").arg(copySynopsis) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(copySynopsis) << Qt::endl;
        return 0;
    }
    const Database source(parser.value(from));
    const Database target(parser.value(to));
    if (source.location().toString() == target.location().toString())
        throw StoreError(tr("%1 cannot be copied onto itself.").arg(source.location().toString()));
    qint64 rows = 0;
    const QList<CopiedTable> copied = LibraryCopy(source, target).run([](const CopiedTable &table) {
        if (isatty(fileno(stderr)))
            err() << "\r\033[K" << tr("Copied %1 (%2 rows)").arg(table.table).arg(table.rows) << Qt::flush;
    });
    endProgress();
    for (const CopiedTable &table : copied)
        rows += table.rows;
    const auto countOf = [&copied](const char *table) {
        for (const CopiedTable &t : copied) {
            if (t.table == QLatin1String(table))
                return t.rows;
        }
        return qint64(0);
    };
    out() << tr("Copied %1 to %2: %3 listings, %4 profiles, %5 rows in %6 tables, every count checked.")
                 .arg(source.location().toString(), target.location().toString())
                 .arg(countOf("listings"))
                 .arg(countOf("profiles"))
                 .arg(rows)
                 .arg(copied.size())
          << Qt::endl;
    return 0;
}

int annotationsCommand(const QStringList &arguments)
{
    const QString subcommand = arguments.value(1);
    QString file;
    QString database;
    int code = 0;
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        out() << tr("Usage: %1").arg(annotationsSynopsis) << Qt::endl;
        return 0;
    }
    if (subcommand != QLatin1String("export") && subcommand != QLatin1String("import")) {
        err() << "jobdesk: "
              << (subcommand.isEmpty() ? tr("annotations needs a subcommand: export or import")
                                       : tr("unknown annotations subcommand '%1'").arg(subcommand))
              << "\n"
              << tr("Usage: %1").arg(annotationsSynopsis) << Qt::endl;
        return 2;
    }
    // The subcommand stands where QCommandLineParser expects the program's name.
    if (!parseFile(arguments.mid(1), annotationsSynopsis, &file, &database, &code))
        return code;
    Database db(database);
    if (subcommand == QLatin1String("export")) {
        const int count = AnnotationJson(db).exportToFile(file);
        out() << QCoreApplication::translate("Cli", "Wrote the annotations of %n listing(s) to %1", nullptr,
                                             count)
                     .arg(QDir::toNativeSeparators(file))
              << Qt::endl;
        return 0;
    }
    const AnnotationImportReport report = AnnotationJson(db).importFile(file);
    for (const QString &unmatched : report.unmatched)
        err() << tr("not in the library: %1").arg(unmatched) << Qt::endl;
    out() << report.summary() << Qt::endl;
    return 0;
}

} // namespace jobdesk::app
