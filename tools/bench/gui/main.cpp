// jobdesk_bench_gui: the real main window, offscreen, on a library opened in place.
//   jobdesk_bench_gui keystrokes LIBRARY [--pause MS] [--timeout S]
//       types Query into the search field, a key every IntervalMs, and prints a Markdown table with
//       per keystroke: hits, when its text was applied, when the table painted its first rows and when
//       the whole result was in, and the longest GUI-thread block; --pause sets the search field's pause.
//   jobdesk_bench_gui memory LIBRARY [--timeout S]
//       scrolls the whole table, opens the Skills Gap dock on the full view and prints peak memory.
// Progress goes to stderr. Settings live in a temporary directory: the user's are never read or written.
#include "benchapplication.h"
#include "benchclock.h"
#include "benchwindow.h"
#include "heartbeat.h"
#include "keystrokereplay.h"
#include "memoryrun.h"
#include "procstatus.h"

#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "search/searchfield.h"
#include "store/storeerror.h"

#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace jobdesk;
using namespace jobdesk::bench;

namespace {

// Broad to selective: "s" matches nearly every listing (the last word matches as a prefix), "senior"
// most, "senior python" fewer, "senior python django" few. 20 characters.
constexpr char Query[] = "senior python django";
constexpr int IntervalMs = 80;

QString ms(double value)
{
    return value < 0 ? QStringLiteral("—") : QString::number(value, 'f', 1);
}

// Nearest-rank percentile of `values` (not empty).
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

void print(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

int keystrokes(BenchApplication &app, BenchWindow &bench, int pauseMs, double timeoutMs)
{
    MainWindow &window = bench.window();
    window.searchField()->setPause(pauseMs);
    Heartbeat heartbeat;
    heartbeat.start();
    KeystrokeReplay replay(window, app, heartbeat, QString::fromLatin1(Query), IntervalMs);
    std::fprintf(stderr, "keystrokes: typing \"%s\", pause %d ms\n", Query, pauseMs);
    const double start = nowMs();
    const bool done = replay.run(timeoutMs);
    const QList<KeystrokeReplay::Keystroke> &keys = replay.keystrokes();

    QString out = QStringLiteral("**Search field pause %1 ms**%2 — the window was ready %3 ms after show() "
                                 "(table loaded %4 ms, skills gap analysed %5 ms).\n\n")
                      .arg(pauseMs)
                      .arg(pauseMs == SearchField::PauseMs ? QStringLiteral(" (as shipped)")
                                                           : QStringLiteral(" (bench-only setting)"))
                      .arg(ms(qMax(bench.loadedAfterMs(), bench.analysedAfterMs())),
                           ms(bench.loadedAfterMs()), ms(bench.analysedAfterMs()));
    out += QStringLiteral("| key | text | hits | applied (ms) | first rows (ms) | complete (ms) | "
                          "longest GUI block (ms) |\n|---:|---|---:|---:|---:|---:|---:|\n");
    QList<double> firstRows, blocks;
    int shown = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const KeystrokeReplay::Keystroke &key = keys.at(i);
        const auto after = [&key](double t) { return t < 0 ? -1.0 : t - key.keyMs; };
        out += QStringLiteral("| %1 | `%2` | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(i + 1)
                   .arg(key.text, key.hits < 0 ? QStringLiteral("—") : QString::number(key.hits),
                        ms(after(key.appliedMs)), ms(after(key.firstRowsMs)), ms(after(key.completeMs)),
                        ms(key.blockedMs));
        blocks.append(key.blockedMs);
        if (key.firstRowsMs >= 0) {
            ++shown;
            firstRows.append(key.firstRowsMs - key.keyMs);
        }
    }
    const KeystrokeReplay::Keystroke &last = keys.constLast();
    out += QStringLiteral("\nTimes are after the key was sent. A result was shown for %1 of %2 keystrokes; "
                          "the last: first rows %3 ms, complete %4 ms (%5 hits).")
               .arg(shown)
               .arg(keys.size())
               .arg(ms(last.firstRowsMs < 0 ? -1 : last.firstRowsMs - last.keyMs),
                    ms(last.completeMs < 0 ? -1 : last.completeMs - last.keyMs), QString::number(last.hits));
    if (!firstRows.isEmpty())
        out += QStringLiteral(" First rows over the shown keystrokes: p50 %1 ms, p95 %2 ms.")
                   .arg(ms(percentile(firstRows, 50)), ms(percentile(firstRows, 95)));
    out += QStringLiteral(" Longest GUI block per keystroke: p95 %1 ms, max %2 ms.\n")
               .arg(ms(percentile(blocks, 95)), ms(percentile(blocks, 100)));
    const QString slow = app.slowEventsMarkdown(start, nowMs());
    if (!slow.isEmpty())
        out += QStringLiteral("\nEvent handlers that held the GUI thread ≥ %1 ms during the replay (the "
                              "outer ones include the inner):\n\n")
                   .arg(BenchApplication::SlowMs) +
               slow;
    print(out + QLatin1Char('\n'));
    if (!done) {
        std::fprintf(stderr, "keystrokes: the last keystroke's result did not arrive in time\n");
        return 1;
    }
    return 0;
}

int memoryFigures(BenchApplication &app, BenchWindow &bench, double appMs, double timeoutMs)
{
    std::fprintf(stderr, "memory: scrolling the whole table\n");
    const double start = nowMs();
    const MemoryFigures f = measureMemory(bench, timeoutMs);
    // Peak and current resident memory, and how much of it SQLite's allocator holds (all connections).
    const auto memoryCells = [](const Memory &m) {
        return QStringLiteral("%1 | %2 | %3 / %4")
            .arg(ms(m.peakMiB), ms(m.currentMiB), ms(m.sqlitePeakMiB), ms(m.sqliteMiB));
    };
    QString out =
        QStringLiteral("| step | time (ms) | peak RSS (MiB) | RSS (MiB) | SQLite peak / now (MiB) |\n"
                       "|---|---:|---:|---:|---:|\n");
    out += QStringLiteral("| window ready (table loaded, gap analysed) | %1 | %2 |\n")
               .arg(ms(qMax(bench.loadedAfterMs(), bench.analysedAfterMs())), memoryCells(f.start));
    out += QStringLiteral("| table scrolled end to end (%1 steps of %2 rows, %3 pages read) | %4 | %5 |\n")
               .arg(f.scrollSteps)
               .arg(f.scrollStepRows)
               .arg(f.pagesRead)
               .arg(ms(f.scrollMs), memoryCells(f.scrolled));
    out += QStringLiteral("| Skills Gap dock shown, full view analysed again | %1 | %2 |\n")
               .arg(ms(f.panelMs), memoryCells(f.panel));
    out +=
        QStringLiteral(
            "\nOn the GUI thread: one page of %1 rows read by id (the model's loadPage) takes median %2 ms, "
            "longest %3 ms; the longest scroll step (set the scroll bar, paint) %4 ms with a page read, "
            "%5 ms without.\n")
            .arg(ListingTableModel::PageSize)
            .arg(ms(f.pageReadMedianMs), ms(f.pageReadLongestMs), ms(f.longestStepWithReadMs),
                 ms(f.longestStepMs));
    out += QStringLiteral(
               "\nStart-up in this process: QApplication %1 ms after main(), library opened in %2 ms, "
               "main window constructed in %3 ms, first frame painted %4 ms after show().\n")
               .arg(ms(appMs), ms(bench.openMs()), ms(bench.constructMs()), ms(bench.firstPaintAfterMs()));
    const QString slow = app.slowEventsMarkdown(start, nowMs(), 5);
    if (!slow.isEmpty())
        out +=
            QStringLiteral("\nSlowest GUI-thread event handlers while scrolling and analysing:\n\n") + slow;
    print(out + QLatin1Char('\n'));
    return f.panelMs < 0 ? 1 : 0;
}

int usage()
{
    std::fprintf(stderr, "usage: jobdesk_bench_gui keystrokes|memory LIBRARY [--pause MS] [--timeout S]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3)
        return usage();
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString library = QString::fromLocal8Bit(argv[2]);
    int pauseMs = SearchField::PauseMs;
    double timeoutMs = 600 * 1000.0;
    for (int i = 3; i + 1 < argc; i += 2) {
        const QByteArray option(argv[i]);
        if (option == "--pause")
            pauseMs = QByteArray(argv[i + 1]).toInt();
        else if (option == "--timeout")
            timeoutMs = QByteArray(argv[i + 1]).toDouble() * 1000;
        else
            return usage();
    }
    if (mode != QLatin1String("keystrokes") && mode != QLatin1String("memory"))
        return usage();

    // Throwaway settings, data and cache: nothing of the user's is read or written.
    const QTemporaryDir home;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QByteArray(home.path().toLocal8Bit() + '/' + variable));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    nowMs(); // starts the clock
    BenchApplication app(argc, argv);
    const double appMs = nowMs();
    QCoreApplication::setOrganizationName(QStringLiteral("jobdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("jobdesk"));

    try {
        BenchWindow bench(library);
        std::fprintf(stderr, "%s: waiting for the window to load %s\n", qPrintable(mode),
                     qPrintable(library));
        if (!bench.waitUntilReady(timeoutMs)) {
            std::fprintf(stderr, "%s: the window did not finish loading\n", qPrintable(mode));
            return 1;
        }
        return mode == QLatin1String("keystrokes") ? keystrokes(app, bench, pauseMs, timeoutMs)
                                                   : memoryFigures(app, bench, appMs, timeoutMs);
    } catch (const StoreError &error) {
        std::fprintf(stderr, "jobdesk_bench_gui: %s\n", qPrintable(error.message()));
        return 1;
    }
}
