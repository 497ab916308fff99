// The stored fields of a listing as one SELECT list and the code that reads them back, shared by
// ListingRepository::find() and the exporter's batches, so a column is added in one place.
#pragma once

#include "domain/listing.h"

#include <QSqlQuery>
#include <QString>

namespace jobdesk::listingrow {

// "listings.id, listings.title, … listing_text.raw_format": every field of a listing but the raw
// source and the stated skills, over `listings LEFT JOIN listing_text`. Callers append their own
// columns after these.
QString columns();
inline constexpr int Count = 19;
// A listing from the columns() at the start of `row`.
Listing read(const QSqlQuery &row);

QDateTime timeFrom(const QVariant &value);
std::optional<double> numberFrom(const QVariant &value);

} // namespace jobdesk::listingrow
