// Times searches as the window runs them: from the text typed to (a) the first 100 rows readable
// through the table model's data() and (b) the model complete with its row count. A real
// ListingTableModel is used, so the ids are read on its loader thread and the rows a page at a time.
#pragma once

#include "benchqueries.h"

#include "timing.h"

#include <QJsonObject>

namespace jobdesk {
class Database;
}

namespace jobdesk::bench {

// One warm-up run, then the timed runs of `query`. The result holds the samples in milliseconds
// ("first", "complete", and "cpu": the process's CPU time of the complete run), the hits, and the two
// statements the model ran with their values inlined
// ("id_sql", "rows_sql": the ids of the result, the rows of its first page).
QJsonObject benchQuery(const Database &db, const BenchQuery &query, const Repetitions &repeat);

} // namespace jobdesk::bench
