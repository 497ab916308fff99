// What the listing table shows: a filter (an SQL condition with bound values, produced by the search
// language) and an order. It compiles to the statements the table model runs; values are always bound.
#pragma once

#include "listingcolumns.h"

#include <QString>
#include <QVariantList>

namespace jobdesk {

struct SqlFilter
{
    QString condition; // over the listings table (alias-free); empty means every listing
    QVariantList values;

    bool isEmpty() const { return condition.isEmpty(); }
};

// Both filters at once: (a) AND (b), values in order; an empty side is left out.
SqlFilter allOf(const SqlFilter &a, const SqlFilter &b);

struct ListingQuery
{
    SqlFilter filter;
    ListingColumn sortColumn = ListingColumn::Posted;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    // SELECT of the table's row fields, one page at a time (two trailing placeholders: limit, offset).
    QString pageStatement() const;
    QString countStatement() const;
    // The filter's values followed by `limit` and `offset`.
    QVariantList pageValues(int limit, qint64 offset) const;
};

} // namespace jobdesk
