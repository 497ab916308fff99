// How Jobdesk recognises a listing it already has (see docs/import.md): first by its normalised URL,
// then by a fingerprint of normalised company, title and description. The content hash tells an
// identical re-import (nothing to write) from an update.
#pragma once

#include <QString>

namespace jobdesk {

struct Listing;

// Lower-cased scheme and host, no "www.", no fragment, no tracking parameters (utm_*, ref, source,
// gclid, fbclid ...), no trailing slash. Empty when `url` is not an http(s) URL.
QString normaliseUrl(const QString &url);
qint64 listingFingerprint(const Listing &listing);
// Every imported field; dates through the raw source record when there is one (a record that says
// "3 days ago" is unchanged when imported again tomorrow).
qint64 listingContentHash(const Listing &listing);

} // namespace jobdesk
