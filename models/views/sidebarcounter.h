// Counts the sidebar's views (countViews()) on a thread of its own, with its own connection to the
// library, so a recount over a million listings never blocks the window. Requests carry a generation
// number: a newer request makes older ones stale; a stale request stops between statements and reports
// nothing.
#pragma once

#include "savedsearches.h"
#include "viewcounts.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace jobdesk {

class SidebarCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidebarCounter)

public:
    explicit SidebarCounter(const QString &databasePath, QObject *parent = nullptr);
    ~SidebarCounter() override;

    // Queues a count of every view (follow-ups due at the time it runs); returns its generation.
    quint64 count(const QList<SavedSearch> &searches);
    quint64 latestGeneration() const { return m_latest->load(); }

Q_SIGNALS:
    void countsReady(quint64 generation, const jobdesk::ViewCounts &counts);
    void failed(quint64 generation, const QString &message);

private:
    class Worker;

    QThread *m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace jobdesk
