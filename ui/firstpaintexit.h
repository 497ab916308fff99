// Measuring start-up (tools/bench/part-start): installed on a window, prints when its first frame was
// painted, as CLOCK_REALTIME nanoseconds on stdout, and quits the application. The window gets its paint
// event before its children, so the time is taken in a queued call, after the whole frame was painted.
// Header-only and nothing but Qt Widgets, so the benchmark's minimal reference window uses exactly the
// same code as Jobdesk (JOBDESK_EXIT_AFTER_FIRST_PAINT=1 in app/gui.cpp).
#pragma once

#include <QApplication>
#include <QEvent>
#include <QObject>

#include <cstdio>
#include <ctime>

namespace jobdesk {

class FirstPaintExit final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                [] {
                    timespec now{};
                    clock_gettime(CLOCK_REALTIME, &now);
                    std::printf("%lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                    std::fflush(stdout);
                    QApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace jobdesk
