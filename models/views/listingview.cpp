#include "listingview.h"

#include "search/searchquery.h"
#include "store/sqldialect.h"

namespace jobdesk {

namespace viewsql {

QString hidden()
{
    // Each kind of rule is tested only when a rule of that kind exists: the uncorrelated EXISTS is
    // evaluated once per statement, and without it SQLite would read every listing's row for its
    // company and title (at 100k listings the All view's ids took 6 times as long with no rule at all).
    // Companies are one IN list built once; title patterns need a LIKE per rule.
    return QStringLiteral(
        "(coalesce(annotations.hidden, 0) = 1"
        " OR (EXISTS (SELECT 1 FROM hide_rules WHERE kind = 0)"
        " AND listings.company COLLATE NOCASE IN (SELECT pattern FROM hide_rules WHERE kind = 0))"
        " OR (EXISTS (SELECT 1 FROM hide_rules WHERE kind = 1)"
        " AND EXISTS (SELECT 1 FROM hide_rules r WHERE r.kind = 1 AND listings.title LIKE "
        "r.title_like ESCAPE '\\')))");
}

QString inbox()
{
    return QStringLiteral("(annotations.stage_id IS NULL OR stages.name = 'New')");
}

QString stageKey()
{
    return QStringLiteral("coalesce(annotations.stage_id, (SELECT id FROM stages WHERE name = 'New'))");
}

QString followUpDue()
{
    return QStringLiteral("annotations.follow_up_at <= ?");
}

} // namespace viewsql

namespace {

SqlFilter visible(SqlFilter filter)
{
    return allOf(filter, {QLatin1String("NOT ") + viewsql::hidden(), {}});
}

} // namespace

SqlFilter viewFilter(const ListingView &view, const QDateTime &now, const SqlDialect &dialect, QString *error)
{
    switch (view.kind) {
    case ListingView::Kind::All:
        return visible({});
    case ListingView::Kind::Inbox:
        return visible({viewsql::inbox(), {}});
    case ListingView::Kind::Stage:
        return visible({viewsql::stageKey() + QLatin1String(" = ?"), {view.id}});
    case ListingView::Kind::FollowUpDue:
        return visible({viewsql::followUpDue(), {now.toSecsSinceEpoch()}});
    case ListingView::Kind::Hidden:
        return {viewsql::hidden(), {}};
    case ListingView::Kind::Tag:
        return visible({QStringLiteral("EXISTS (SELECT 1 FROM listing_tags lt "
                                       "WHERE lt.listing_id = listings.id AND lt.tag_id = ?)"),
                        {view.id}});
    case ListingView::Kind::SavedSearch: {
        search::CompileContext context;
        context.now = now;
        context.prefixLastWord = false; // a saved search is a finished query, not one being typed
        context.dialect = &dialect;
        const search::CompiledSearch compiled = search::compileSearch(view.query, context);
        if (!compiled.ok()) {
            if (error)
                *error = compiled.error->message;
            return {QStringLiteral("FALSE"), {}};
        }
        return visible(compiled.filter);
    }
    }
    return visible({});
}

} // namespace jobdesk
