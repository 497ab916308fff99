#include "funnel.h"

#include "store/database.h"
#include "store/sql.h"

#include <QHash>

#include <algorithm>

namespace jobdesk {
namespace {

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

bool forward(const Stage &stage)
{
    return stage.kind != Stage::Kind::Closed;
}

} // namespace

Funnel computeFunnel(const Database &db)
{
    Funnel funnel;
    const QList<Stage> stages = StageStore(db).list();
    if (stages.isEmpty())
        return funnel;
    QHash<qint64, int> indexOf;
    for (int i = 0; i < stages.size(); ++i)
        indexOf.insert(stages[i].id, i);

    // Per listing: which stages it has been at (a bit per stage index) and when it first got to each.
    struct Path
    {
        QList<bool> visited;
        QHash<int, qint64> firstAt;
    };
    QHash<qint64, Path> paths;
    const QSqlDatabase connection = db.connection();
    QSqlQuery listings =
        sql::run(connection, QStringLiteral("SELECT listings.id, a.stage_id FROM listings "
                                            "LEFT JOIN annotations a ON a.listing_id = listings.id"));
    while (listings.next()) {
        Path &path = paths[listings.value(0).toLongLong()];
        path.visited = QList<bool>(stages.size(), false);
        path.visited[0] = true;
        if (const auto current = indexOf.constFind(listings.value(1).toLongLong()); current != indexOf.cend())
            path.visited[*current] = true;
    }
    funnel.listings = int(paths.size());
    QSqlQuery history =
        sql::run(connection, QStringLiteral("SELECT listing_id, stage_id, changed_at FROM stage_history "
                                            "WHERE stage_id IS NOT NULL ORDER BY changed_at, id"));
    while (history.next()) {
        const auto path = paths.find(history.value(0).toLongLong());
        const auto stage = indexOf.constFind(history.value(1).toLongLong());
        if (path == paths.end() || stage == indexOf.cend())
            continue;
        path->visited[*stage] = true;
        if (!path->firstAt.contains(*stage))
            path->firstAt.insert(*stage, history.value(2).toLongLong());
    }

    for (const Stage &stage : stages)
        funnel.stages.append({stage, 0, std::nullopt, 0});
    for (const Path &path : std::as_const(paths)) {
        // The furthest open or success stage the listing has been at: it went through every one before.
        int furthest = -1;
        for (int i = 0; i < stages.size(); ++i) {
            if (path.visited[i] && forward(stages[i]))
                furthest = i;
        }
        for (int i = 0; i < stages.size(); ++i) {
            if (path.visited[i] || i < furthest)
                ++funnel.stages[i].reached;
        }
    }

    for (int i = 0; i < stages.size(); ++i) {
        if (!forward(stages[i]))
            continue;
        int next = i + 1;
        while (next < stages.size() && !forward(stages[next]))
            ++next;
        if (next >= stages.size())
            continue;
        QList<double> days;
        for (const Path &path : std::as_const(paths)) {
            const auto from = path.firstAt.constFind(i);
            const auto to = path.firstAt.constFind(next);
            if (from != path.firstAt.cend() && to != path.firstAt.cend() && *to >= *from)
                days.append(double(*to - *from) / 86400.0);
        }
        funnel.stages[i].timedListings = int(days.size());
        funnel.stages[i].medianDaysToNext = median(days);
    }

    int applied = -1;
    int response = -1;
    for (const FunnelStage &stage : std::as_const(funnel.stages)) {
        if (stage.stage.role == QLatin1String("applied"))
            applied = stage.reached;
        else if (stage.stage.role == QLatin1String("response"))
            response = stage.reached;
    }
    if (applied > 0 && response >= 0)
        funnel.responseRate = double(response) / double(applied);
    return funnel;
}

} // namespace jobdesk
