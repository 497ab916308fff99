#include "calendarcommand.h"

#include "cliio.h"

#include "export/icsexport.h"
#include "search/searchquery.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace jobdesk::app {
namespace {

const QString synopsis = QStringLiteral("jobdesk calendar [--database PATH] [--query Q] FILE.ics");

int usageError(const QString &problem)
{
    err() << "jobdesk: " << problem << "\n" << tr("Usage: %1").arg(synopsis) << Qt::endl;
    return 2;
}

} // namespace

int calendarCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption query(
        QStringLiteral("query"), tr("Only the dates of the listings matching <query> (see docs/search.md)."),
        tr("query"));
    parser.addOptions({databaseOption(), query});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(synopsis) << Qt::endl;
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give one file to write"));

    // The query is read before the library is opened: a typo never creates a library.
    search::CompileContext context;
    context.now = QDateTime::currentDateTimeUtc();
    context.prefixLastWord = false;
    const QString library =
        parser.isSet(databaseOption()) ? parser.value(databaseOption()) : Database::defaultPath();
    context.dialect = &SqlDialect::forPath(library);
    const search::CompiledSearch search = search::compileSearch(parser.value(query), context);
    if (!search.ok()) {
        printQueryError(parser.value(query), *search.error);
        return 2;
    }
    const Database db(library);
    const QString path = parser.positionalArguments().first();
    const IcsResult result = IcsExport(db).write(path, search.filter);
    if (!result.ok()) {
        err() << "jobdesk: " << result.error << Qt::endl;
        return 1;
    }
    out() << (result.events == 1
                  ? tr("1 date written to %1").arg(path)
                  : QCoreApplication::translate("Cli", "%n dates written to %1", nullptr, int(result.events))
                        .arg(path))
          << Qt::endl;
    return 0;
}

} // namespace jobdesk::app
