// Times the skills-gap panel's analysis of a view (analyseViewGap, as SkillGapPane runs it on its
// reader thread) for the profile the pane would choose, and writes the GROUP BY it runs, values
// inlined, for the sqlite3 shell.
#pragma once

#include "timing.h"

#include <QJsonObject>
#include <QString>

namespace jobdesk {
class Database;
}

namespace jobdesk::bench {

// The All view with `search` typed (empty: the whole view). One warm-up run, then the timed runs.
// The result holds the samples in milliseconds ("ms", and "cpu": the CPU time of the process), the view's
// listings, and "group_sql" (the demand GROUP BY of analyseViewGap over the view) and "count_sql" (the view's
// listings).
QJsonObject benchPanel(const Database &db, const QString &search, const Repetitions &repeat);

} // namespace jobdesk::bench
