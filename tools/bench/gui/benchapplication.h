// The benchmark's QApplication: times the delivery of every event on the GUI thread, so a benchmark learns
// when a paint has finished (not only begun) and which handlers kept the GUI thread busy for long.
#pragma once

#include <QApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace jobdesk::bench {

class BenchApplication final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchApplication)

public:
    // Events whose delivery took at least this long are remembered (one frame at 60 Hz).
    static constexpr double SlowMs = 16.0;

    struct SlowEvent
    {
        QString what; // receiver, its parent and the event type
        int depth;    // 0 for an event the event loop delivered, more for one sent from a handler
        double startMs;
        double durationMs;
    };

    BenchApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    // Called after every event was delivered, with its receiver and type.
    void setAfterEvent(std::function<void(QObject *, int)> afterEvent)
    {
        m_afterEvent = std::move(afterEvent);
    }
    // The slow events that began in [fromMs, toMs].
    QList<SlowEvent> slowEvents(double fromMs, double toMs) const;
    // A Markdown list of the slowest handlers in [fromMs, toMs], the longest first; empty when none.
    QString slowEventsMarkdown(double fromMs, double toMs, int limit = 8) const;

private:
    std::function<void(QObject *, int)> m_afterEvent;
    QList<SlowEvent> m_slow;
    int m_depth = 0;
};

} // namespace jobdesk::bench
