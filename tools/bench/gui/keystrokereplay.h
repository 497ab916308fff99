// Types a query into the real search field one character at a time, at a fixed interval driven by timers
// (the event loop runs between keys, as when a person types), and records for every keystroke when its
// text was applied, when the table first painted rows of its result, when the whole result was in, and
// the longest time the GUI thread was blocked from the key until its result showed (or the next key).
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace jobdesk {
class MainWindow;
}

namespace jobdesk::bench {

class BenchApplication;
class Heartbeat;

class KeystrokeReplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeystrokeReplay)

public:
    // Times in ms on the bench clock; -1 when it did not happen.
    struct Keystroke
    {
        QString text;            // the field's text after this key
        double keyMs = -1;       // just before the key was sent
        double appliedMs = -1;   // the field reported this text (after its pause)
        double firstRowsMs = -1; // the table's first paint after rows of this result arrived
        double completeMs = -1;  // the model's whole result for this text was in
        int hits = -1;
        double blockedMs = 0; // the longest GUI-thread block from the key to the result or the next key
        double blockStartMs = -1;
    };

    KeystrokeReplay(MainWindow &window, BenchApplication &app, Heartbeat &heartbeat, QString query,
                    int intervalMs, QObject *parent = nullptr);

    // Types the query; returns when the last keystroke's result is complete or `timeoutMs` passed.
    bool run(double timeoutMs);
    const QList<Keystroke> &keystrokes() const { return m_keys; }

private:
    void sendKey(int index);
    void applied(const QString &text);
    void rowsArrived();
    void paintFinished();
    void loaded();
    void measureBlocks();

    MainWindow &m_window;
    BenchApplication &m_app;
    Heartbeat &m_heartbeat;
    QString m_query;
    int m_intervalMs;
    double m_startMs = 0;
    QList<Keystroke> m_keys;
    int m_current = -1;    // the keystroke whose text the table was last asked to show
    bool m_rowsIn = false; // the model holds rows of m_current's result; the next paint shows them
};

} // namespace jobdesk::bench
