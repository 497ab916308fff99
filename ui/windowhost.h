// The application's window and the library it shows. Opening another library (the window's File ▸ Open
// Library…, Open Team Library…, Open Recent) replaces both: the new library is opened first
// (LibraryOpener: password prompt, progress, damage), then a new window is built on it and shown, and only
// then does the old window close (its notes saved, its layout kept for the new one) and the old library
// with it. Whatever cannot be opened leaves the current window and library as they were.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace jobdesk {

class Database;
class MainWindow;

class WindowHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowHost)

public:
    explicit WindowHost(std::unique_ptr<Database> library);
    ~WindowHost() override;

    MainWindow &window() const { return *m_window; }
    Database &library() const { return *m_library; }
    // Opens `location` in place of the current library. False when it stays (busy, cancelled, failed:
    // the user was told).
    bool open(const QString &location);

Q_SIGNALS:
    // A new window shows the library just opened (the old one is gone).
    void windowReplaced(jobdesk::MainWindow *window);

private:
    void build();

    std::unique_ptr<Database> m_library; // declared first: destroyed after the window using it
    std::unique_ptr<MainWindow> m_window;
};

} // namespace jobdesk
