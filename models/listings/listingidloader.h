// Reads a ListingQuery's ids, in display order, on a BackgroundReader, so a keystroke in the search
// field never waits for the database. A newer request makes older ones stale (they stop and report
// nothing). The first rows are reported before the whole result, so the table fills while a large
// result is still being read.
#pragma once

#include "listingquery.h"

#include <QList>
#include <QObject>
#include <QString>

namespace jobdesk {

class BackgroundReader;

class ListingIdLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingIdLoader)

public:
    // How many ids are reported early, before the rest of a large result.
    static constexpr int FirstChunk = 512;

    explicit ListingIdLoader(const QString &databasePath, QObject *parent = nullptr);

    // Queues a request; returns its generation.
    quint64 load(const ListingQuery &query);

Q_SIGNALS:
    // `ids` in display order; `complete` is false for the early first chunk of a larger result.
    void idsReady(quint64 generation, const QList<qint64> &ids, bool complete);
    void failed(quint64 generation, const QString &message);

private:
    BackgroundReader *m_reader;
};

} // namespace jobdesk
