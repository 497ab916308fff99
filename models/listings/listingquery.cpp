#include "listingquery.h"

namespace jobdesk {
namespace {

QString sortExpression(ListingColumn column)
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
        return QStringLiteral("stages.position");
    case ListingColumn::Rating:
        return QStringLiteral("annotations.rating");
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

QString ListingQuery::pageStatement() const
{
    const QString direction =
        sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QLatin1String(
               "SELECT listings.id, listings.title, listings.company, listings.location, "
               "listings.workplace, listings.salary_min, listings.salary_max, listings.salary_currency, "
               "listings.salary_period, listings.salary_yearly, listings.posted_at, stages.name, "
               "coalesce(annotations.rating, 0)") +
           fromClause + whereClause(filter) + QLatin1String(" ORDER BY ") + sortExpression(sortColumn) +
           direction + QLatin1String(", listings.id") + direction + QLatin1String(" LIMIT ? OFFSET ?");
}

QString ListingQuery::countStatement() const
{
    return QLatin1String("SELECT count(*)") + fromClause + whereClause(filter);
}

QVariantList ListingQuery::pageValues(int limit, qint64 offset) const
{
    QVariantList values = filter.values;
    values << limit << offset;
    return values;
}

} // namespace jobdesk
