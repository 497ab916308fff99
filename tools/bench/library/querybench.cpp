#include "querybench.h"

#include "benchcontext.h"
#include "sqlliteral.h"

#include "listings/listingtablemodel.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <stdexcept>

namespace jobdesk::bench {
namespace {

constexpr int FirstRows = 100;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Run
{
    double first = -1;   // ms from the text to the first rows read
    double complete = 0; // ms to the model complete
    double cpu = 0;      // CPU ms of the process meanwhile
};

// Reads every column of the first rows, as a view painting them would.
void readFirstRows(const ListingTableModel &model)
{
    const int rows = qMin(FirstRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.data(model.index(row, column));
    }
}

class Session
{
public:
    Session(const Database &db, const BenchQuery &query)
        : m_model(db)
        , m_context(searchContext(db, windowProfile(db)))
        , m_filter(allViewFilter(query.text, m_context))
    {
        QObject::connect(&m_model, &ListingTableModel::loadFailed,
                         [this](const QString &message) { m_failure = message; });
        m_model.setMatchExpression(m_context.matchExpression);
        m_model.sort(int(query.sortColumn), query.sortOrder);
        wait();
    }

    // One search typed over a table showing another result (as when a keystroke changes the line);
    // returns its times.
    Run run(const QString &text)
    {
        // Nothing matches "1 = 0" (either engine): the table then shows a result the search's first ids
        // cannot extend.
        m_model.setFilter({QStringLiteral("1 = 0"), {}});
        wait();
        Run run;
        const double cpuStart = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        m_model.setFilter(allViewFilter(text, m_context));
        for (;;) {
            const bool complete = !m_model.isLoading();
            if (run.first < 0 && (complete || m_model.rowCount() >= FirstRows)) {
                readFirstRows(m_model);
                run.first = elapsedMs(timer);
            }
            if (complete)
                break;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        run.complete = elapsedMs(timer);
        run.cpu = processCpuMs() - cpuStart;
        check();
        return run;
    }

    const ListingTableModel &model() const { return m_model; }
    const SqlFilter &filter() const { return m_filter; }

private:
    void wait()
    {
        while (m_model.isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        check();
    }
    void check() const
    {
        if (!m_failure.isEmpty())
            throw std::runtime_error(m_failure.toStdString());
    }

    ListingTableModel m_model;
    search::CompileContext m_context;
    SqlFilter m_filter;
    QString m_failure;
};

} // namespace

QJsonObject benchQuery(const Database &db, const BenchQuery &query, const Repetitions &repeat)
{
    Session session(db, query);
    QJsonArray first;
    QJsonArray complete;
    QJsonArray cpu;
    session.run(query.text); // warm-up: caches, prepared statements
    double spent = 0;
    while (repeat.more(int(complete.size()), spent)) {
        const Run run = session.run(query.text);
        spent += run.complete;
        first.append(run.first);
        complete.append(run.complete);
        cpu.append(run.cpu);
    }

    const ListingTableModel &model = session.model();
    const int pageRows = qMin(ListingTableModel::PageSize, model.rowCount());
    QVariantList pageIds;
    for (int row = 0; row < pageRows; ++row)
        pageIds.append(model.listingId(row));
    return {
        {QStringLiteral("query"), query.label()},
        {QStringLiteral("hits"), model.rowCount()},
        {QStringLiteral("first"), first},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("cpu"), cpu},
        {QStringLiteral("id_sql"),
         inlineValues(model.query().idStatement(db.dialect()), session.filter().values)},
        {QStringLiteral("rows_sql"), inlineValues(model.query().rowsStatement(pageRows), pageIds)},
    };
}

} // namespace jobdesk::bench
