#include "viewcounts.h"

#include "listingview.h"

#include "store/database.h"
#include "store/sql.h"

namespace jobdesk {
namespace {

// A condition as a number to add up, 1 or 0 (unknown: 0): SQLite's conditions are numbers already,
// PostgreSQL's are booleans, which neither sum() nor coalesce(…, 0) takes.
QString oneIf(const QString &condition)
{
    return QLatin1String("CASE WHEN ") + condition + QLatin1String(" THEN 1 ELSE 0 END");
}

// The FROM clause every view filter is written against (see SqlFilter).
const QString fromClause = QStringLiteral(" FROM listings"
                                          " LEFT JOIN annotations ON annotations.listing_id = listings.id"
                                          " LEFT JOIN stages ON stages.id = annotations.stage_id");

void countLibrary(const Database &db, const QDateTime &now, ViewCounts &counts)
{
    const QSqlDatabase c = db.connection();
    // Every listing, with the hidden test evaluated once per row: All and Hidden. No GROUP BY here, as
    // sorting a million rows would cost as much again.
    QSqlQuery totals = sql::run(c, QLatin1String("SELECT count(*), coalesce(sum(h), 0) FROM (SELECT ") +
                                       oneIf(viewsql::hidden()) + QLatin1String(" AS h") + fromClause +
                                       QLatin1String(") AS rows"));
    if (totals.next()) {
        counts.hidden = totals.value(1).toLongLong();
        counts.all = totals.value(0).toLongLong() - counts.hidden;
    }
    // Annotated listings only (the few the user has touched), grouped: stages, Inbox, Follow-up due.
    // A listing without an annotation is New, in the Inbox and has no follow-up.
    qint64 visibleAnnotated = 0;
    QSqlQuery annotated = sql::run(
        c,
        QLatin1String("SELECT stage, hidden, inbox, due, count(*) FROM (SELECT ") + viewsql::stageKey() +
            QLatin1String(" AS stage, ") + oneIf(viewsql::hidden()) + QLatin1String(" AS hidden, ") +
            oneIf(viewsql::inbox()) + QLatin1String(" AS inbox, ") + oneIf(viewsql::followUpDue()) +
            QLatin1String(" AS due FROM annotations JOIN listings ON listings.id = annotations.listing_id"
                          " LEFT JOIN stages ON stages.id = annotations.stage_id) AS annotated"
                          " GROUP BY stage, hidden, inbox, due"),
        {now.toSecsSinceEpoch()});
    while (annotated.next()) {
        if (annotated.value(1).toInt() != 0)
            continue;
        const qint64 n = annotated.value(4).toLongLong();
        visibleAnnotated += n;
        if (!annotated.value(0).isNull())
            counts.stages[annotated.value(0).toLongLong()] += n;
        if (annotated.value(2).toInt() != 0)
            counts.inbox += n;
        if (annotated.value(3).toInt() != 0)
            counts.followUpDue += n;
    }
    const qint64 visibleUnannotated = counts.all - visibleAnnotated;
    counts.inbox += visibleUnannotated;
    const QVariant newStage = sql::scalar(c, QStringLiteral("SELECT id FROM stages WHERE name = 'New'"));
    if (newStage.isValid())
        counts.stages[newStage.toLongLong()] += visibleUnannotated;
}

void countTags(const Database &db, ViewCounts &counts)
{
    QSqlQuery query = sql::run(db.connection(),
                               QLatin1String("SELECT lt.tag_id, count(*) FROM listing_tags lt"
                                             " JOIN listings ON listings.id = lt.listing_id"
                                             " LEFT JOIN annotations ON annotations.listing_id = listings.id"
                                             " LEFT JOIN stages ON stages.id = annotations.stage_id"
                                             " WHERE NOT ") +
                                   viewsql::hidden() + QLatin1String(" GROUP BY lt.tag_id"));
    while (query.next())
        counts.tags.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
}

SavedSearchCount countSavedSearch(const Database &db, const SavedSearch &search, const QDateTime &now)
{
    SavedSearchCount result;
    const ListingView view{ListingView::Kind::SavedSearch, search.id, search.name, search.query};
    const SqlFilter filter = viewFilter(view, now, db.dialect(), &result.error);
    if (!result.error.isEmpty())
        return result;
    QSqlQuery query =
        sql::run(db.connection(),
                 QLatin1String("SELECT count(*)") + fromClause + QLatin1String(" WHERE ") + filter.condition,
                 filter.values);
    result.count = query.next() ? query.value(0).toLongLong() : 0;
    return result;
}

} // namespace

ViewCounts countViews(const Database &db, const QList<SavedSearch> &searches, const QDateTime &now,
                      const std::function<bool()> &cancelled)
{
    const auto stop = [&] { return cancelled && cancelled(); };
    ViewCounts counts;
    if (stop())
        return counts;
    countLibrary(db, now, counts);
    if (stop())
        return counts;
    countTags(db, counts);
    for (const SavedSearch &search : searches) {
        if (stop())
            return counts;
        counts.savedSearches.insert(search.id, countSavedSearch(db, search, now));
    }
    return counts;
}

} // namespace jobdesk
