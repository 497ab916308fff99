#include "heartbeat.h"

#include "benchclock.h"

#include <QTimer>

namespace jobdesk::bench {

Heartbeat::Heartbeat(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(int(IntervalMs));
    connect(m_timer, &QTimer::timeout, this, [this] {
        const double now = nowMs();
        if (m_last >= 0 && now - m_last > 2 * IntervalMs)
            m_gaps.append({m_last, now});
        m_last = now;
    });
}

void Heartbeat::start()
{
    m_last = nowMs();
    m_timer->start();
}

const Heartbeat::Gap *Heartbeat::longest(double fromMs, double toMs) const
{
    const Gap *best = nullptr;
    for (const Gap &gap : m_gaps) {
        if (gap.to < fromMs || gap.from > toMs)
            continue;
        if (!best || gap.to - gap.from > best->to - best->from)
            best = &gap;
    }
    return best;
}

double Heartbeat::blockedMs(double fromMs, double toMs) const
{
    const Gap *gap = longest(fromMs, toMs);
    return gap ? gap->to - gap->from - IntervalMs : 0;
}

double Heartbeat::blockStartMs(double fromMs, double toMs) const
{
    const Gap *gap = longest(fromMs, toMs);
    return gap ? gap->from : -1;
}

} // namespace jobdesk::bench
