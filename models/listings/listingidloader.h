// Runs a ListingQuery's id statement on a thread of its own, with its own connection to the library,
// so a keystroke in the search field never waits for the database. Requests carry a generation number:
// a newer request makes every older one stale, and a stale request stops reading and reports nothing.
// The first rows are reported before the whole result, so the table fills while a large result is still
// being read.
#pragma once

#include "listingquery.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace jobdesk {

class Database;

class ListingIdLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingIdLoader)

public:
    // How many ids are reported early, before the rest of a large result.
    static constexpr int FirstChunk = 512;

    explicit ListingIdLoader(const QString &databasePath, QObject *parent = nullptr);
    ~ListingIdLoader() override;

    // Queues a request; returns its generation. Thread-safe only from the thread that created the loader.
    quint64 load(const ListingQuery &query);

Q_SIGNALS:
    // `ids` in display order; `complete` is false for the early first chunk of a larger result.
    void idsReady(quint64 generation, const QList<qint64> &ids, bool complete);
    void failed(quint64 generation, const QString &message);

private:
    class Worker;

    QThread *m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace jobdesk
