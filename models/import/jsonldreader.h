// schema.org JobPosting in JSON-LD: every <script type="application/ld+json"> block of an HTML page
// saved from a browser, or a .json/.jsonld file; @graph, arrays and DataFeed (dataFeedElement[].item)
// are walked; every JobPosting found becomes a record.
//
// Input that starts with '{' or '[' is one JSON-LD document (invalid JSON: ReadError with its line and
// column); anything else is read as a page. In a page, script elements are found the way a browser
// does (any attribute order, quoting and case; "application/ld+json; charset=utf-8"; commented-out
// markup and the content of other scripts are skipped) and each block is parsed on its own, after
// blanking the <!-- --> and CDATA wrappers some sites put around it. A block that is not valid JSON
// becomes a record with an error ("JSON-LD block 2 is not valid JSON at line 14, column 5: ..."); the
// other blocks are still read. No JobPosting at all (and no broken block that might have held one):
// ReadError.
//
// Objects typed "JobPosting" (also in an array of types, "schema:JobPosting", ".../JobPosting") are
// records, numbered 1.. in document order across blocks; a broken block takes a number too. Postings
// are not searched for nested postings. Property names may carry a "schema:" or schema.org URL prefix;
// values may be arrays, {"@value": ...} or {"@id": ...} references to a node elsewhere in the page.
//
// Fields (fields.h, plus the keys named below): title (or name); company from hiringOrganization;
// locations [{name, locality, region, country}] from jobLocation, or "Remote (USA)" from
// applicantLocationRequirements when there is no jobLocation; workplace "remote" for jobLocationType
// TELECOMMUTE; employment_type (string or array as given); salary_min/salary_max (numbers; a single
// value sets both), salary_currency, salary_period ("hour" ... "year") from baseSalary, else
// estimatedSalary (a baseSalary that is text goes to salary); date_posted, valid_through, url (or
// sameAs); description, and description_html when the description holds markup; skills as an array of
// strings; "qualifications" (qualifications + experienceRequirements), "experience"
// (experienceRequirements + educationRequirements), "identifier", "industry", "occupational_category"
// as text. record.raw is the posting as it came (indented JSON), rawFormat "jsonld".
#pragma once

#include "recordreader.h"

namespace jobdesk {

class JsonLdReader final : public RecordReader
{
public:
    void read(const QByteArray &data, const RecordSink &sink) const override;
};

} // namespace jobdesk
