// A listing as a row of Jobdesk's CSV export. The column names are stable (scripts and spreadsheets
// refer to them) and are ones Jobdesk's own CSV import recognises, so an export reads back in.
#pragma once

#include <QStringList>

namespace jobdesk {

struct ExportedListing;

// id, title, company, location, workplace, employment_type, seniority, salary_min, salary_max,
// salary_currency, salary_period, salary_yearly, posted, valid_through, url, source, status, rating,
// tags, description.
QStringList listingCsvHeader();
// The cells of one listing, in header order: keywords for the enumerations (empty when unknown),
// numbers as plain decimals, times as ISO 8601 in UTC, tags joined by ", ", the description as plain
// text. Text cells are guarded against formula injection (csvformat.h).
QStringList listingCsvFields(const ExportedListing &exported);

} // namespace jobdesk
