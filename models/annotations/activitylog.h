// The activity history of listings (table `activity`, migration 008): every annotation edit appends one
// entry per listing it changed, in the same transaction as the edit, so the history and the state never
// disagree. Entries are never edited; they go when their listing goes. On a team library the server
// records who wrote each entry (column changed_by, migration 013); nobody passes it in.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace jobdesk {

class Database;

struct ActivityEntry
{
    qint64 id = 0;
    qint64 listingId = 0;
    QDateTime at;
    QString kind;   // stable keyword: "status", "rating", "favourite", "hidden", "tag", "note", ...
    QString detail; // what changed, for people ("Applied → Screening", "+remote")
    QString member; // who: the database role on a team library; empty in a personal file
};

class ActivityLog final
{
public:
    explicit ActivityLog(const Database &db);
    Q_DISABLE_COPY_MOVE(ActivityLog)

    // Appends an entry for each listing (ids of listings that do not exist are skipped). Call it inside
    // the edit's transaction.
    void append(const QList<qint64> &listingIds, const QString &kind, const QString &detail,
                const QDateTime &at = QDateTime::currentDateTimeUtc()) const;
    // The listing's entries, oldest first.
    QList<ActivityEntry> entries(qint64 listingId) const;

private:
    const Database &m_db;
};

} // namespace jobdesk
