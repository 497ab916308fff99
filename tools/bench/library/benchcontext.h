// What the window would set up for a library, fixed for benchmarks: the clock of the data (the
// generator's reference date, so posted<14d selects the same listings whatever day it runs), the
// profile the skills-gap pane would choose, and the sidebar's All view combined with a search.
#pragma once

#include "listings/listingquery.h"
#include "search/searchquery.h"

#include <QDateTime>

namespace jobdesk {
class Database;
}

namespace jobdesk::bench {

// tools/bench/generate.py writes listings posted before this moment.
QDateTime referenceNow();
// The first "me" profile, as the skills-gap pane chooses at start; 0 when the library has none.
qint64 windowProfile(const Database &db);
// The compile context of the search field on `db` (its engine) for `profileId`.
search::CompileContext searchContext(const Database &db, qint64 profileId);
// The filter the window gives the table for `text` typed over the All view (MainWindow::updateFilter).
// Throws std::runtime_error when the text does not compile. `context` comes from searchContext().
SqlFilter allViewFilter(const QString &text, const search::CompileContext &context);

} // namespace jobdesk::bench
