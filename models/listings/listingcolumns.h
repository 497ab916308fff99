// The columns of the listing table and the item data roles its model serves (one place for both).
#pragma once

#include <Qt>

namespace jobdesk {

enum class ListingColumn : int
{
    Title,
    Company,
    Location,
    Workplace,
    Salary,
    Posted,
    Status,
    Rating,
    Tags,
    Match,
    EmploymentType,
    Seniority,
    Source,
    Count
};

enum ListingRole : int
{
    ListingIdRole = Qt::UserRole + 1, // qint64 id of the row's listing
    SortValueRole,                    // the underlying value (number, date) behind the display text
    ListingUrlRole,                   // the listing's link, empty when it has none
};

} // namespace jobdesk
