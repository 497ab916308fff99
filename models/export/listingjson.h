// A listing as JSON with every normalised field (the `jobdesk list --format json` and export shape).
// Keys are stable keywords; absent values are left out rather than written as null.
#pragma once

#include <QJsonObject>

namespace jobdesk {

struct Listing;

QJsonObject listingToJson(const Listing &listing);

} // namespace jobdesk
