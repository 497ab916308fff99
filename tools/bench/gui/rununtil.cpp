#include "rununtil.h"

#include "benchclock.h"

#include <QEventLoop>
#include <QTimer>

namespace jobdesk::bench {

bool runUntil(const std::function<bool()> &done, double timeoutMs)
{
    if (done())
        return true;
    const double deadline = nowMs() + timeoutMs;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || nowMs() > deadline)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

} // namespace jobdesk::bench
