// The fixed set of searches the query benchmark times (docs/benchmarks.md): every kind of term of the
// search language, typed prefixes, both sorts, and a mix of selective and broad queries. Fixed, so
// figures of different runs and sizes compare.
#pragma once

#include "listings/listingcolumns.h"

#include <QList>
#include <QString>

namespace jobdesk::bench {

struct BenchQuery
{
    QString text; // as typed in the search field; empty: the whole view
    ListingColumn sortColumn = ListingColumn::Posted;
    Qt::SortOrder sortOrder = Qt::DescendingOrder; // the table's default: newest first

    // The text, with the sort when it is not the default: "engineer ↓salary".
    QString label() const;
};

const QList<BenchQuery> &benchQueries();

// The search of the panel benchmark's selective view.
QString selectivePanelQuery();

} // namespace jobdesk::bench
