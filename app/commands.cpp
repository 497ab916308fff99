#include "commands.h"

#include "domain/format.h"
#include "domain/vocabulary.h"
#include "export/listingjson.h"
#include "import/importer.h"
#include "listings/listingquery.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <map>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace jobdesk::app {
namespace {

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

const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The library to use."), tr("path"));

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
}

// Parses a command's options; on a usage error prints it and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis)
{
    parser.addOption(databaseOption);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << "jobdesk: " << parser.errorText() << "\n" << tr("Usage: %1").arg(synopsis) << Qt::endl;
        return false;
    }
    return true;
}

int importCommand(const QStringList &arguments)
{
    const QString synopsis = QStringLiteral(
        "jobdesk import [--database PATH] [--format auto|jsonld|json|jsonl|csv|rss|text] PATH...");
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("The files' format (default: detected)."),
                                    tr("format"), QStringLiteral("auto"));
    parser.addOption(format);
    if (!parse(parser, arguments, synopsis))
        return 2;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(synopsis) << Qt::endl;
        return 0;
    }
    const std::optional<ImportFormat> chosen = parseImportFormat(parser.value(format));
    if (parser.positionalArguments().isEmpty() || !chosen) {
        err() << (chosen ? tr("jobdesk: no files to import")
                         : tr("jobdesk: unknown format '%1'").arg(parser.value(format)))
              << "\n"
              << tr("Usage: %1").arg(synopsis) << Qt::endl;
        return 2;
    }
    Database db(databasePath(parser));
    ImportOptions options;
    options.format = *chosen;
    const bool terminal = isatty(fileno(stderr));
    if (terminal) {
        options.progress = [](const ImportProgress &progress) {
            err() << "\r\033[K"
                  << tr("%1 (%2/%3): %4 records")
                         .arg(QFileInfo(progress.file).fileName())
                         .arg(progress.fileIndex + 1)
                         .arg(progress.fileCount)
                         .arg(progress.records)
                  << Qt::flush;
            return true;
        };
    }
    const ImportReport report = Importer(db).importPaths(parser.positionalArguments(), options);
    if (terminal)
        err() << "\r\033[K" << Qt::flush;
    for (const ImportProblem &problem : report.problems) {
        err() << problem.file;
        if (problem.record > 0)
            err() << ':' << problem.record;
        err() << ": " << problem.reason << Qt::endl;
    }
    out() << report.summary() << Qt::endl;
    return report.failed > 0 ? 1 : 0;
}

int listCommand(const QStringList &arguments)
{
    const QString synopsis =
        QStringLiteral("jobdesk list [--database PATH] [--limit N] [--format tsv|json] [--count]");
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Print at most <n> listings."), tr("n"));
    const QCommandLineOption format(QStringLiteral("format"), tr("tsv (default) or json."), tr("format"),
                                    QStringLiteral("tsv"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Print only the number of listings."));
    parser.addOptions({limit, format, count});
    if (!parse(parser, arguments, synopsis))
        return 2;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(synopsis) << Qt::endl;
        return 0;
    }
    bool limitOk = true;
    const int maxRows = parser.isSet(limit) ? parser.value(limit).toInt(&limitOk) : -1;
    const QString formatName = parser.value(format);
    if (!limitOk || (formatName != QLatin1String("tsv") && formatName != QLatin1String("json")) ||
        !parser.positionalArguments().isEmpty()) {
        err() << tr("jobdesk: bad arguments\nUsage: %1").arg(synopsis) << Qt::endl;
        return 2;
    }

    Database db(databasePath(parser));
    ListingRepository repository(db);
    if (parser.isSet(count)) {
        out() << repository.count() << Qt::endl;
        return 0;
    }
    const ListingQuery query;
    QSqlQuery rows = sql::run(db.connection(), query.pageStatement(), query.pageValues(maxRows, 0));
    QJsonArray json;
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        if (formatName == QLatin1String("json")) {
            if (const auto listing = repository.find(id))
                json.append(listingToJson(*listing));
            continue;
        }
        const Salary salary{rows.value(5).isNull() ? std::nullopt : std::optional(rows.value(5).toDouble()),
                            rows.value(6).isNull() ? std::nullopt : std::optional(rows.value(6).toDouble()),
                            rows.value(7).toString(), SalaryPeriod(rows.value(8).toInt())};
        const QVariant posted = rows.value(10);
        const QStringList fields{
            QString::number(id),
            rows.value(1).toString(),
            rows.value(2).toString(),
            rows.value(3).toString(),
            keyword(Workplace(rows.value(4).toInt())),
            formatSalary(salary, QLocale::c()),
            posted.isNull() ? QString()
                            : QDateTime::fromSecsSinceEpoch(posted.toLongLong(), QTimeZone::UTC)
                                  .date()
                                  .toString(Qt::ISODate),
        };
        QStringList clean;
        for (QString field : fields)
            clean.append(field.replace(QLatin1Char('\t'), QLatin1Char(' '))
                             .replace(QLatin1Char('\n'), QLatin1Char(' ')));
        out() << clean.join(QLatin1Char('\t')) << '\n';
    }
    if (formatName == QLatin1String("json"))
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    out().flush();
    return 0;
}

using Command = std::function<int(const QStringList &)>;

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("list"), listCommand},
    };
    return table;
}

} // namespace

bool isCommand(const QString &name)
{
    return commands().count(name) > 0;
}

int runCommand(const QStringList &arguments)
{
    try {
        return commands().at(arguments.first())(arguments);
    } catch (const StoreError &error) {
        err() << "jobdesk: " << error.message() << Qt::endl;
        return 1;
    }
}

QString commandsUsage()
{
    return tr("Commands:\n"
              "  import [--database PATH] [--format F] PATH...\n"
              "                                     import listing files or folders (JSON-LD pages,\n"
              "                                     JSON, JSON Lines, CSV/TSV, RSS/Atom, text)\n"
              "  list [--database PATH] [--limit N] [--format tsv|json] [--count]\n"
              "                                     print the listings of a library\n"
              "Run 'jobdesk COMMAND --help' for a command's options.\n");
}

} // namespace jobdesk::app
