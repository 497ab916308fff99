// Counts the sidebar's views (countViews()) on a BackgroundReader, so a recount over a million listings
// never blocks the window. A newer request makes older ones stale; a stale request stops between
// statements and reports nothing.
#pragma once

#include "savedsearches.h"
#include "viewcounts.h"

#include <QObject>

namespace jobdesk {

class BackgroundReader;

class SidebarCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidebarCounter)

public:
    explicit SidebarCounter(const QString &databasePath, QObject *parent = nullptr);

    // Queues a count of every view (follow-ups due at the time it runs); returns its generation.
    quint64 count(const QList<SavedSearch> &searches);

Q_SIGNALS:
    void countsReady(quint64 generation, const jobdesk::ViewCounts &counts);
    void failed(quint64 generation, const QString &message);

private:
    BackgroundReader *m_reader;
};

} // namespace jobdesk
