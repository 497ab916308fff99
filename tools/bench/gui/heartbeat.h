// How long the GUI thread was blocked: a 1 ms precise timer on it records every tick, and a gap between
// two ticks longer than the interval is time in which the event loop did not run (a slow handler, a
// query, a paint). blockedMs() answers for any window of time after the fact.
#pragma once

#include <QList>
#include <QObject>

class QTimer;

namespace jobdesk::bench {

class Heartbeat final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Heartbeat)

public:
    static constexpr double IntervalMs = 1.0;

    explicit Heartbeat(QObject *parent = nullptr);

    void start();
    // The longest block (gap minus the interval) that overlaps [fromMs, toMs], 0 when there was none.
    double blockedMs(double fromMs, double toMs) const;
    // Where that longest block began (the last tick before it), or -1.
    double blockStartMs(double fromMs, double toMs) const;

private:
    struct Gap
    {
        double from;
        double to;
    };
    const Gap *longest(double fromMs, double toMs) const;

    QTimer *m_timer;
    double m_last = -1;
    QList<Gap> m_gaps; // only gaps longer than twice the interval: the rest is the loop running
};

} // namespace jobdesk::bench
