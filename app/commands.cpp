#include "commands.h"
#include "calendarcommand.h"
#include "cliio.h"
#include "gapcommand.h"
#include "librarycommands.h"

#include "domain/format.h"
#include "domain/vocabulary.h"
#include "export/listingbatch.h"
#include "export/listingexporter.h"
#include "import/importer.h"
#include "listings/listingquery.h"
#include "profilecommands.h"
#include "recruitingcommands.h"
#include "search/searchquery.h"
#include "skillcommands.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "views/listingview.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace jobdesk::app {
namespace {

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(databaseOption()) ? parser.value(databaseOption()) : Database::defaultPath();
}

// Parses a command's options; on a usage error prints it and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis)
{
    parser.addOption(databaseOption());
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

// `--query` could not be compiled: the place and the reason, then the query with a caret line under
// the part it is about.

// One listing a line, tab-separated: id, title, company, location, workplace, salary, posted date.
void printTsv(const Database &db, const QList<qint64> &ids)
{
    for (qsizetype start = 0; start < ids.size(); start += ListingExporter::BatchSize) {
        for (const ExportedListing &exported :
             readListingBatch(db, ids.mid(start, ListingExporter::BatchSize))) {
            const Listing &listing = exported.listing;
            QStringList fields{QString::number(listing.id),
                               listing.title,
                               listing.company,
                               listing.locationText(),
                               keyword(listing.workplace),
                               formatSalary(listing.salary, QLocale::c()),
                               listing.postedAt.isValid() ? listing.postedAt.date().toString(Qt::ISODate)
                                                          : QString()};
            for (QString &field : fields)
                field.replace(QLatin1Char('\t'), QLatin1Char(' '))
                    .replace(QLatin1Char('\n'), QLatin1Char(' '));
            out() << fields.join(QLatin1Char('\t')) << '\n';
        }
    }
    out().flush();
}

int listCommand(const QStringList &arguments)
{
    const QString synopsis =
        QStringLiteral("jobdesk list [--database PATH] [--query Q] [--include-hidden] [--limit N] "
                       "[--format tsv|csv|json|jsonld] [--count]");
    QCommandLineParser parser;
    const QCommandLineOption query(QStringLiteral("query"),
                                   tr("Only the listings matching <query>, in the search language of the "
                                      "window's search field (see docs/search.md)."),
                                   tr("query"));
    const QCommandLineOption includeHidden(QStringLiteral("include-hidden"),
                                           tr("Also the hidden listings, which the All view leaves out."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Print at most <n> listings."), tr("n"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("tsv (default), csv (as File > Export writes it), json (Jobdesk's fields) or jsonld "
           "(schema.org JobPosting)."),
        tr("format"), QStringLiteral("tsv"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Print only the number of listings."));
    parser.addOptions({query, includeHidden, limit, format, count});
    if (!parse(parser, arguments, synopsis))
        return 2;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(synopsis) << Qt::endl;
        return 0;
    }
    bool limitOk = true;
    const qint64 maxRows = parser.isSet(limit) ? parser.value(limit).toLongLong(&limitOk) : -1;
    static const std::map<QString, std::optional<ExportFormat>> formats{
        {QStringLiteral("tsv"), std::nullopt},
        {QStringLiteral("csv"), ExportFormat::Csv},
        {QStringLiteral("json"), ExportFormat::ListingJson},
        {QStringLiteral("jsonld"), ExportFormat::JobPostingJson},
    };
    const auto chosen = formats.find(parser.value(format));
    if (!limitOk || (parser.isSet(limit) && maxRows < 0) || chosen == formats.cend() ||
        !parser.positionalArguments().isEmpty()) {
        err() << tr("jobdesk: bad arguments\nUsage: %1").arg(synopsis) << Qt::endl;
        return 2;
    }

    // The query is read before the library is opened: a typo never creates a library.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    search::CompileContext context;
    context.now = now;
    context.prefixLastWord = false; // a finished query, not one being typed
    context.dialect = &SqlDialect::forPath(databasePath(parser));
    const search::CompiledSearch search = search::compileSearch(parser.value(query), context);
    if (!search.ok()) {
        printQueryError(parser.value(query), *search.error);
        return 2;
    }

    Database db(databasePath(parser));
    ListingQuery listings; // the window's default order: newest first
    listings.filter = parser.isSet(includeHidden)
                          ? search.filter
                          : allOf(viewFilter(ListingView{}, now, db.dialect()), search.filter);
    if (parser.isSet(count)) {
        QSqlQuery counted = sql::run(db.connection(), listings.countStatement(), listings.filter.values);
        out() << (counted.next() ? counted.value(0).toLongLong() : 0) << Qt::endl;
        return 0;
    }
    const ListingExporter exporter(db);
    const QList<qint64> ids = exporter.matchingIds(listings, maxRows);
    if (!chosen->second) {
        printTsv(db, ids);
        return 0;
    }
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
        err() << "jobdesk: " << standardOutput.errorString() << Qt::endl;
        return 1;
    }
    ExportOptions options;
    options.format = *chosen->second;
    const ExportResult result = exporter.write(ids, standardOutput, options);
    standardOutput.flush();
    if (!result.ok()) {
        err() << "jobdesk: " << result.error << Qt::endl;
        return 1;
    }
    return 0;
}

using Command = std::function<int(const QStringList &)>;

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("calendar"), calendarCommand},
        {QStringLiteral("gap"), gapCommand},
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("list"), listCommand},
        {QStringLiteral("profile"), profileCommand},
        {QStringLiteral("skills"), skillsCommand},
        {QStringLiteral("backup"), backupCommand},
        {QStringLiteral("restore"), restoreCommand},
        {QStringLiteral("copy"), copyCommand},
        {QStringLiteral("annotations"), annotationsCommand},
        {QStringLiteral("candidates"), candidatesCommand},
        {QStringLiteral("openings"), openingsCommand},
        {QStringLiteral("rank"), rankCommand},
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
              "  list [--database PATH] [--query Q] [--include-hidden] [--limit N]\n"
              "       [--format tsv|csv|json|jsonld] [--count]\n"
              "                                     print the listings of a library, or those\n"
              "                                     matching a search\n"
              "  backup FILE [--database PATH]      copy the whole library to FILE (safe while the\n"
              "                                     window is open)\n"
              "  restore FILE [--database PATH]     replace the library with the backup FILE, keeping\n"
              "                                     the current one beside it\n"
              "  copy --from LIBRARY --to LIBRARY   copy a whole library into a new, empty one: a\n"
              "                                     file to a team library (postgresql://...) or back\n"
              "  annotations export|import FILE [--database PATH]\n"
              "                                     the annotations (status, rating, notes, tags ...)\n"
              "                                     as JSON, matched to listings by URL and content\n"
              "  profile import FILE.json [--database PATH] [--name NAME]\n"
              "                                     make or update a profile from a JSON Resume\n"
              "  profile list [--database PATH]     print the profiles: name, kind, skill count\n"
              "  skills extract [--database PATH] [FILE|-]\n"
              "                                     print the skills found in a text: name,\n"
              "                                     category, required or optional, mentions\n"
              "  skills add|alias|unalias|merge|unmerge|ignore|unignore ... [--database PATH]\n"
              "                                     edit the library's skills dictionary\n"
              "  skills list [--user] [--ignored] [--database PATH]\n"
              "                                     print the dictionary: name, category, origin,\n"
              "                                     ignored, aliases\n"
              "  gap [--database PATH] [--profile NAME] [--query Q] [--listing ID]\n"
              "      [--format text|json|md] [--limit N]\n"
              "                                     the skills gap of a view, or one listing's match\n"
              "  calendar [--database PATH] [--query Q] FILE.ics\n"
              "                                     write the follow-up and interview dates as an\n"
              "                                     iCalendar file\n"
              "  candidates import PATH... [--database PATH]\n"
              "                                     import candidates from JSON Resume files or folders\n"
              "  candidates list [--database PATH] [--query Q] [--format tsv|json]\n"
              "                                     print the candidates, or those matching a search\n"
              "  candidates export ID|NAME [--database PATH] [--output FILE]\n"
              "                                     everything held about a candidate, as JSON\n"
              "  candidates delete ID|NAME [--database PATH]\n"
              "                                     delete a candidate, erased from the library file\n"
              "  openings list|add ID...|remove ID... [--database PATH]\n"
              "                                     the listings a recruiter fills\n"
              "  rank --opening ID|--candidate ID|NAME [--format text|json] [--database PATH]\n"
              "                                     candidates for an opening (or openings for a\n"
              "                                     candidate), best match first, with what is missing\n"
              "Run 'jobdesk COMMAND --help' for a command's options.\n");
}

} // namespace jobdesk::app
