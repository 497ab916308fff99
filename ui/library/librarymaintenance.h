// The library's care while the window is open: a few seconds after the window starts, a worker thread
// with its own connection and idle priority checks the library for damage and takes the day's
// automatic backup (AutomaticBackups::maintain). When it finds damage, a dialog says what is wrong and
// offers to restore the newest automatic backup through the LibraryController (which keeps the damaged
// library as a dated copy first). Destroying it stops a check or a copy under way.
#pragma once

#include "store/automaticbackups.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
class QWidget;

namespace jobdesk {

class Database;
class LibraryController;

class LibraryMaintenance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryMaintenance)

public:
    LibraryMaintenance(const Database &db, LibraryController &library, QWidget *window);
    ~LibraryMaintenance() override;

    // Starts one run after `delayMs` (the window's first seconds belong to the user's first search).
    void start(int delayMs = 0);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    // A line for the status bar: the backup written, or why none could be.
    void message(const QString &text);
    // One run ended (after the dialog, when damage was found).
    void finished(const jobdesk::AutomaticBackups::Outcome &outcome);

private:
    void run();
    void done(const AutomaticBackups::Outcome &outcome);

    const Database &m_db;
    LibraryController &m_library;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace jobdesk
