// jobdesk_bench_query: the application's side of the query and panel benchmarks (docs/benchmarks.md).
//
//   jobdesk_bench_query query LIBRARY [--repeat R] [--budget S]   the fixed searches through the listing
//   table model jobdesk_bench_query panel LIBRARY [--repeat R] [--budget S]   the skills-gap analysis of the
//   All view and of a search
//
// Prints a JSON array on stdout, one object per query or view, with the raw samples in milliseconds and
// the SQL that ran with its values inlined; tools/bench/part-query and part-panel run that SQL in the
// sqlite3 shell and compute the percentiles of both. Progress goes to stderr. The library is opened as
// the window opens it and only read.
#include "benchqueries.h"
#include "panelbench.h"
#include "querybench.h"

#include "store/database.h"
#include "store/librarylocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <stdexcept>

using namespace jobdesk;

namespace {

QTextStream &progress()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times searches and the skills-gap analysis of a library."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("query or panel"));
    parser.addPositionalArgument(QStringLiteral("library"), QStringLiteral("the library (.sqlite)"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Timed runs of each query after a warm-up (15)."),
                                          QStringLiteral("R"), QStringLiteral("15"));
    const QCommandLineOption budgetOption(
        QStringLiteral("budget"),
        QStringLiteral("Seconds of timed runs after which a query stops at 3 runs (10)."),
        QStringLiteral("S"), QStringLiteral("10"));
    parser.addOptions({repeatOption, budgetOption});
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    bool repeatOk = false;
    bool budgetOk = false;
    const bench::Repetitions repeat{parser.value(repeatOption).toInt(&repeatOk),
                                    parser.value(budgetOption).toDouble(&budgetOk) * 1000};
    if (arguments.size() != 2 ||
        !QStringList{QStringLiteral("query"), QStringLiteral("panel")}.contains(arguments[0]) || !repeatOk ||
        !budgetOk || repeat.runs < 1) {
        progress() << parser.helpText();
        return 2;
    }
    // Database creates a missing file; a benchmark must not time an empty library.
    if (!LibraryLocation::isServerAddress(arguments[1]) && !QFileInfo(arguments[1]).isFile()) {
        progress() << "no library at " << arguments[1] << "\n";
        return 1;
    }

    try {
        const Database db(arguments[1]);
        QJsonArray results;
        if (arguments[0] == QLatin1String("query")) {
            for (const bench::BenchQuery &query : bench::benchQueries()) {
                progress() << "query: " << query.label() << Qt::endl;
                results.append(bench::benchQuery(db, query, repeat));
            }
        } else {
            for (const QString &search : {QString(), bench::selectivePanelQuery()}) {
                progress() << "panel: " << (search.isEmpty() ? QStringLiteral("All") : search) << Qt::endl;
                results.append(bench::benchPanel(db, search, repeat));
            }
        }
        const QByteArray json = QJsonDocument(results).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return 0;
    } catch (const std::exception &error) { // StoreError's message too
        progress() << error.what() << Qt::endl;
    }
    return 1;
}
