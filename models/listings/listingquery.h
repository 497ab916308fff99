// What the listing table shows: a filter (an SQL condition with bound values, produced by the views and
// the search language) and an order. It compiles to the two statements the table model runs: one that
// lists the matching ids in order (run off the GUI thread) and one that reads the visible rows by id.
// Values are always bound.
#pragma once

#include "listingcolumns.h"

#include <QString>
#include <QVariantList>

namespace jobdesk {

class SqlDialect;

struct SqlFilter
{
    // Over `FROM listings LEFT JOIN annotations ON annotations.listing_id = listings.id
    // LEFT JOIN stages ON stages.id = annotations.stage_id`; empty means every listing.
    QString condition;
    QVariantList values;

    bool isEmpty() const { return condition.isEmpty(); }
    friend bool operator==(const SqlFilter &, const SqlFilter &) = default;
};

// Both filters at once: (a) AND (b), values in order; an empty side is left out.
SqlFilter allOf(const SqlFilter &a, const SqlFilter &b);

struct ListingQuery
{
    SqlFilter filter;
    ListingColumn sortColumn = ListingColumn::Posted;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    // The SQL expression of a listing's match % (the skills-gap engine provides it); NULL until then.
    QString matchExpression = QStringLiteral("NULL");

    // The ids of the matching listings in display order, as the library's engine (`dialect`) orders
    // them; binds filter.values.
    QString idStatement(const SqlDialect &dialect) const;
    // The table's row fields for `count` listings given by id (bound in order), in no particular order.
    QString rowsStatement(int count) const;
    QString countStatement() const;
};

} // namespace jobdesk
