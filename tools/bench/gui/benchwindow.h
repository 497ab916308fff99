// The real main window on a library, as app/gui.cpp builds it, shown and waited for: the library is
// opened in place (no copy), the settings are the throwaway ones main() chose.
#pragma once

#include <memory>

#include <QString>

namespace jobdesk {
class Database;
class MainWindow;
} // namespace jobdesk

namespace jobdesk::bench {

class BenchWindow
{
public:
    explicit BenchWindow(const QString &libraryPath);
    ~BenchWindow();
    BenchWindow(const BenchWindow &) = delete;
    BenchWindow &operator=(const BenchWindow &) = delete;

    MainWindow &window() const { return *m_window; }
    // Runs the event loop until the table holds its whole first result and the skills gap pane has
    // analysed the full view (it does so at start, shown or not); false on timeout.
    bool waitUntilReady(double timeoutMs);
    // Milliseconds from show() until the table's result was in, until the gap analysis was shown.
    double loadedAfterMs() const { return m_loadedMs - m_shownMs; }
    double analysedAfterMs() const { return m_analysedMs - m_shownMs; }
    // Where start-up time goes, in ms: opening the library, constructing the window, and from show()
    // until its first frame was painted (-1 until then).
    double openMs() const { return m_openedMs - m_startMs; }
    double constructMs() const { return m_shownMs - m_openedMs; }
    double firstPaintAfterMs() const { return m_paintedMs < 0 ? -1 : m_paintedMs - m_shownMs; }

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    double m_startMs = 0;
    double m_openedMs = 0;
    double m_shownMs = 0;
    double m_paintedMs = -1;
    double m_loadedMs = -1;
    double m_analysedMs = -1;
};

} // namespace jobdesk::bench
