// A listing as a schema.org JobPosting (https://schema.org/JobPosting), the shape job boards publish
// and other tools read. Jobdesk's own import reads it back (see docs/export.md for what survives).
#pragma once

#include <QJsonObject>

namespace jobdesk {

struct Listing;

// @context, @type, title, description (the sanitised HTML when there is one, else the text),
// datePosted, validThrough, hiringOrganization, jobLocation, jobLocationType, employmentType,
// baseSalary, url. Unknown values are left out.
QJsonObject listingToJobPosting(const Listing &listing);

} // namespace jobdesk
