#include "benchapplication.h"

#include "benchclock.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>

namespace jobdesk::bench {
namespace {

QString describe(const QObject *object)
{
    if (!object)
        return QStringLiteral("-");
    const QString name = object->objectName();
    const QString type = QString::fromLatin1(object->metaObject()->className());
    return name.isEmpty() ? type : type + QLatin1Char('[') + name + QLatin1Char(']');
}

} // namespace

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    // notify() also delivers the events of the reader threads: only the GUI thread's are of interest.
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const int type = event->type();
    const double start = nowMs();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const double took = nowMs() - start;
    if (took >= SlowMs) {
        // The parent says which QTimer, viewport or line edit of which pane it was.
        const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        m_slow.append({describe(receiver) + QLatin1String(" in ") + describe(receiver->parent()) +
                           QLatin1String(": ") + QString::fromLatin1(typeName ? typeName : "?"),
                       m_depth, start, took});
    }
    if (m_afterEvent)
        m_afterEvent(receiver, type);
    return result;
}

QList<BenchApplication::SlowEvent> BenchApplication::slowEvents(double fromMs, double toMs) const
{
    QList<SlowEvent> found;
    for (const SlowEvent &event : m_slow) {
        if (event.startMs >= fromMs && event.startMs <= toMs)
            found.append(event);
    }
    return found;
}

QString BenchApplication::slowEventsMarkdown(double fromMs, double toMs, int limit) const
{
    // The same handler is listed once, with how often it was slow and its longest time.
    struct Seen
    {
        int count = 0;
        double longest = 0;
        int depth = 0;
    };
    QHash<QString, Seen> seen;
    for (const SlowEvent &event : slowEvents(fromMs, toMs)) {
        Seen &entry = seen[event.what];
        ++entry.count;
        if (event.durationMs > entry.longest) {
            entry.longest = event.durationMs;
            entry.depth = event.depth;
        }
    }
    QList<std::pair<QString, Seen>> sorted;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.second.longest > b.second.longest; });
    QString text;
    for (qsizetype i = 0; i < qMin<qsizetype>(limit, sorted.size()); ++i) {
        const auto &[what, entry] = sorted.at(i);
        text += QStringLiteral("- %1 ms, %2× (nesting depth %3): `%4`\n")
                    .arg(entry.longest, 0, 'f', 1)
                    .arg(entry.count)
                    .arg(entry.depth)
                    .arg(what);
    }
    return text;
}

} // namespace jobdesk::bench
