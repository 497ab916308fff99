// RSS 2.0 and Atom job feeds: each <item> or <entry> becomes a record. Reading is safe against hostile
// XML (no external entities are fetched, no DTD entity is expanded).
//
// Documents: <rss> (RSS 0.9x/2.0), <rdf:RDF> (RSS 1.0) and Atom 1.0/0.3 <feed>; any other root element
// is "not an RSS or Atom feed", a feed without items gives no records. Bytes are decoded with
// decodeText() (byte-order marks, UTF-16, UTF-8, else Windows-1252, which ISO-8859-1 and US-ASCII
// declarations get too), or as declared when the declaration names another encoding Qt knows.
//
// Each item, numbered from 1, gives (fields.h keys; the first value stated wins):
//   title        <title>; "Senior Go Engineer at Acme (Remote)" and "Acme: Senior Go Engineer" give the
//                company too when the pattern is clear (see headline:: in textreader.h) and no company
//                element names another one
//   url          Atom <link rel="alternate" href> (or without rel), RSS <link> text, another <link href>,
//                a <url>/<apply_url> element, a permalink <guid>
//   description  content:encoded, Atom <content>, <description>, <summary>: the text, or the markup as
//                written when it holds elements (type="xhtml"); the mapper sanitises HTML
//   date_posted  Atom <published>, <pubDate>, <dc:date>, Atom <updated>
//   company      <company>, <job:company>, <employer>, <hiringOrganization> ...; else the title's; else
//                Atom <author><name>, <dc:creator>, the name in RSS <author> ("jobs@x (Acme)")
//   locations    each <location>/<job:location> (text, or <city>/<region>/<country> parts); else the
//                item's own <city>, <region>/<state>, <country>
//   salary       <salary>, <job:salary>, <compensation> text, or their <min>/<max>/<currency>/<period>;
//                <salary_min>, <salary_max>, <currency>, <salary_period>
//   employment_type <job_type>, <type>, <employment_type>; else a <category> Jobdesk knows ("Full-Time")
//   workplace    <workplace>, <remote> (true/false), <location_type>; else a <category> naming it
//   seniority, valid_through  <seniority>/<level>, <valid_through>/<expires>/<deadline>
//   categories   the <category> values (at most 100)
//   other simple child elements (text only), under their lower-case local name (at most 100 names;
//   repeated ones as an array); entity references an external DTD would define stay "&name;"
// raw is the item's XML exactly as in the file; rawFormat "rss" (RSS 0.9x-2.0, RDF) or "atom".
//
// Errors (ReadError, nothing of the file is imported; records read before the error were already
// given to the sink): a DOCTYPE declaring entities ("the feed declares XML entities, which Jobdesk
// does not expand"), malformed XML ("not valid XML at line 4, column 21: <reader's message>"),
// elements nested deeper than 1,000 levels.
#pragma once

#include "recordreader.h"

namespace jobdesk {

class FeedReader final : public RecordReader
{
public:
    void read(const QByteArray &data, const RecordSink &sink) const override;
};

} // namespace jobdesk
