#include "keystrokereplay.h"

#include "benchapplication.h"
#include "benchclock.h"
#include "heartbeat.h"
#include "rununtil.h"

#include "listings/listingspane.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "search/searchfield.h"

#include <QEvent>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace jobdesk::bench {

KeystrokeReplay::KeystrokeReplay(MainWindow &window, BenchApplication &app, Heartbeat &heartbeat,
                                 QString query, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_app(app)
    , m_heartbeat(heartbeat)
    , m_query(std::move(query))
    , m_intervalMs(intervalMs)
{
    for (qsizetype i = 1; i <= m_query.size(); ++i)
        m_keys.append({m_query.left(i)});
    // Connected after the window's own connection: applied() runs once the window has passed the text on
    // to the model.
    connect(m_window.searchField(), &SearchField::searchChanged, this, &KeystrokeReplay::applied);
    ListingTableModel *model = m_window.listingModel();
    connect(model, &QAbstractItemModel::modelReset, this, &KeystrokeReplay::rowsArrived);
    connect(model, &QAbstractItemModel::rowsInserted, this, &KeystrokeReplay::rowsArrived);
    connect(model, &QAbstractItemModel::dataChanged, this, &KeystrokeReplay::rowsArrived);
    connect(model, &ListingTableModel::loaded, this, &KeystrokeReplay::loaded);
    QObject *viewport = m_window.listingsPane()->view()->viewport();
    m_app.setAfterEvent([this, viewport](QObject *receiver, int type) {
        if (receiver == viewport && type == QEvent::Paint)
            paintFinished();
    });
}

bool KeystrokeReplay::run(double timeoutMs)
{
    m_window.searchField()->setFocus(Qt::OtherFocusReason);
    m_startMs = nowMs();
    sendKey(0);
    // Done when the last result is in and painted; a result that paints nothing new (the same rows)
    // is given a second.
    const bool done = runUntil(
        [this] {
            const Keystroke &last = m_keys.constLast();
            return last.completeMs >= 0 && (last.firstRowsMs >= 0 || nowMs() - last.completeMs > 1000);
        },
        timeoutMs);
    m_app.setAfterEvent({});
    measureBlocks();
    return done;
}

// Each key is due at start + index × interval; a late timer makes that key late, not every later one.
void KeystrokeReplay::sendKey(int index)
{
    Keystroke &key = m_keys[index];
    key.keyMs = nowMs();
    QTest::keyClick(m_window.searchField(), m_query.at(index).toLatin1());
    if (index + 1 < m_keys.size()) {
        const double due = m_startMs + (index + 1) * m_intervalMs;
        QTimer::singleShot(qMax(0, int(due - nowMs())), Qt::PreciseTimer, this,
                           [this, index] { sendKey(index + 1); });
    }
}

void KeystrokeReplay::applied(const QString &text)
{
    m_current = -1;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).text == text)
            m_current = int(i);
    }
    m_rowsIn = false;
    if (m_current < 0)
        return;
    Keystroke &key = m_keys[m_current];
    key.appliedMs = nowMs();
    // The same filter as before (e.g. a trailing space): the model asked nothing, its rows are the result.
    if (!m_window.listingModel()->isLoading()) {
        key.firstRowsMs = key.completeMs = key.appliedMs;
        key.hits = m_window.listingModel()->rowCount();
    }
}

void KeystrokeReplay::rowsArrived()
{
    if (m_current >= 0)
        m_rowsIn = true;
}

void KeystrokeReplay::paintFinished()
{
    if (m_current < 0 || !m_rowsIn)
        return;
    Keystroke &key = m_keys[m_current];
    if (key.firstRowsMs < 0)
        key.firstRowsMs = nowMs();
}

void KeystrokeReplay::loaded()
{
    if (m_current < 0)
        return;
    Keystroke &key = m_keys[m_current];
    if (key.completeMs >= 0)
        return;
    key.completeMs = nowMs();
    key.hits = m_window.listingModel()->rowCount();
    // A result equal to what the table showed changes no row: it is on screen as it arrives.
    if (!m_rowsIn && key.firstRowsMs < 0)
        key.firstRowsMs = key.completeMs;
}

void KeystrokeReplay::measureBlocks()
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        Keystroke &key = m_keys[i];
        double until = i + 1 < m_keys.size() ? m_keys.at(i + 1).keyMs : key.keyMs + m_intervalMs;
        until = qMax(until, qMax(key.firstRowsMs, key.completeMs));
        key.blockedMs = m_heartbeat.blockedMs(key.keyMs, until);
        key.blockStartMs = m_heartbeat.blockStartMs(key.keyMs, until);
    }
}

} // namespace jobdesk::bench
