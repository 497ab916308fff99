// How many listings each sidebar view shows, in a few statements rather than one count(*) per view:
// one scan of the listings (All, Hidden) plus one grouped pass over the annotated listings (each stage,
// Inbox, Follow-up due); one GROUP BY for every tag; one count per saved search. Still a full scan of
// a large library, so the sidebar runs it on a thread of its own (SidebarCounter).
#pragma once

#include "savedsearches.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

#include <functional>

namespace jobdesk {

class Database;

struct SavedSearchCount
{
    qint64 count = 0;
    QString error; // the query does not compile: why (and `count` means nothing)
};

struct ViewCounts
{
    qint64 all = 0;
    qint64 inbox = 0;
    qint64 followUpDue = 0;
    qint64 hidden = 0;
    QHash<qint64, qint64> stages; // by stage id; New counts listings without a stage too
    QHash<qint64, qint64> tags;   // by tag id; tags without a visible listing are missing
    QHash<qint64, SavedSearchCount> savedSearches;
};

// The counts of every view at `now`, each equal to what viewFilter() of that view selects. `cancelled`
// is asked between statements; when it returns true the counts so far are returned, incomplete.
ViewCounts countViews(const Database &db, const QList<SavedSearch> &searches, const QDateTime &now,
                      const std::function<bool()> &cancelled = {});

} // namespace jobdesk

Q_DECLARE_METATYPE(jobdesk::ViewCounts)
