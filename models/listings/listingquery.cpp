#include "listingquery.h"

#include "store/sql.h"
#include "store/sqldialect.h"

namespace jobdesk {
namespace {

const QString tagsExpression =
    QStringLiteral("(SELECT group_concat(name, ', ') FROM (SELECT tags.name FROM listing_tags"
                   " JOIN tags ON tags.id = listing_tags.tag_id WHERE listing_tags.listing_id = listings.id"
                   " ORDER BY tags.name COLLATE NOCASE) AS t)");

QString sortExpression(ListingColumn column, const QString &matchExpression)
{
    switch (column) {
    case ListingColumn::Title:
        return QStringLiteral("listings.title COLLATE NOCASE");
    case ListingColumn::Company:
        return QStringLiteral("listings.company COLLATE NOCASE");
    case ListingColumn::Location:
        return QStringLiteral("listings.location COLLATE NOCASE");
    case ListingColumn::Workplace:
        return QStringLiteral("listings.workplace");
    case ListingColumn::Salary:
        return QStringLiteral("listings.salary_yearly");
    case ListingColumn::Posted:
        return QStringLiteral("listings.posted_at");
    case ListingColumn::Status:
        // A listing without a stage is New, the first stage.
        return QStringLiteral("coalesce(stages.position, 0)");
    case ListingColumn::Rating:
        return QStringLiteral("coalesce(annotations.rating, 0)");
    case ListingColumn::Tags:
        return tagsExpression + QStringLiteral(" COLLATE NOCASE");
    case ListingColumn::Match:
        return QLatin1Char('(') + matchExpression + QLatin1Char(')');
    case ListingColumn::EmploymentType:
        return QStringLiteral("listings.employment_type");
    case ListingColumn::Seniority:
        return QStringLiteral("listings.seniority");
    case ListingColumn::Source:
        return QStringLiteral("listings.source COLLATE NOCASE");
    case ListingColumn::Count:
        break;
    }
    return QStringLiteral("listings.id");
}

const QString fromClause = QStringLiteral(" FROM listings"
                                          " LEFT JOIN annotations ON annotations.listing_id = listings.id"
                                          " LEFT JOIN stages ON stages.id = annotations.stage_id");

QString whereClause(const SqlFilter &filter)
{
    return filter.condition.isEmpty() ? QString() : QLatin1String(" WHERE ") + filter.condition;
}

} // namespace

SqlFilter allOf(const SqlFilter &a, const SqlFilter &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return {QLatin1Char('(') + a.condition + QLatin1String(") AND (") + b.condition + QLatin1Char(')'),
            a.values + b.values};
}

QString ListingQuery::idStatement(const SqlDialect &dialect) const
{
    // Unknown values (NULL) first: descending sorts, the default, show them last.
    const QString direction = dialect.sortDirection(sortOrder);
    return QLatin1String("SELECT listings.id") + fromClause + whereClause(filter) +
           QLatin1String(" ORDER BY ") + sortExpression(sortColumn, matchExpression) + direction +
           QLatin1String(", listings.id") + direction;
}

QString ListingQuery::rowsStatement(int count) const
{
    return QLatin1String("SELECT listings.id, listings.title, listings.company, listings.location, "
                         "listings.workplace, listings.salary_min, listings.salary_max, "
                         "listings.salary_currency, listings.salary_period, listings.salary_yearly, "
                         "listings.posted_at, coalesce(stages.name, (SELECT name FROM stages ORDER BY "
                         "position LIMIT 1)), "
                         "coalesce(annotations.rating, 0), ") +
           tagsExpression + QLatin1String(", (") + matchExpression +
           QLatin1String("), listings.employment_type, listings.seniority, listings.source, listings.url") +
           fromClause + QLatin1String(" WHERE listings.id IN (") + sql::placeholders(count) +
           QLatin1Char(')');
}

QString ListingQuery::countStatement() const
{
    return QLatin1String("SELECT count(*)") + fromClause + whereClause(filter);
}

} // namespace jobdesk
