#include "windowhost.h"

#include "library/libraryopener.h"
#include "library/recentlibraries.h"
#include "mainwindow.h"

#include "store/database.h"

#include <QMessageBox>
#include <QStatusBar>

namespace jobdesk {

WindowHost::WindowHost(std::unique_ptr<Database> library)
    : m_library(std::move(library))
{
    RecentLibraries::add(m_library->path());
    build();
}

WindowHost::~WindowHost() = default;

void WindowHost::build()
{
    m_window = std::make_unique<MainWindow>(*m_library);
    // Queued: the old window is deleted by open(), which must not run inside its own menu's delivery.
    connect(m_window.get(), &MainWindow::openLibraryRequested, this, &WindowHost::open, Qt::QueuedConnection);
}

bool WindowHost::open(const QString &location)
{
    if (location == m_library->path()) {
        m_window->statusBar()->showMessage(tr("%1 is the library open now.").arg(location), 8000);
        return false;
    }
    if (const QString busy = m_window->busyWith(); !busy.isEmpty()) {
        QMessageBox::information(m_window.get(), tr("Open Another Library"),
                                 busy + QLatin1Char(' ') +
                                     tr("Open another library once it has finished; this one stays open."));
        return false;
    }
    std::unique_ptr<Database> next = LibraryOpener::open(m_window.get(), location);
    if (!next)
        return false;
    m_window->saveLayout(); // the new window takes its size, docks and columns
    std::unique_ptr<MainWindow> old = std::move(m_window);
    std::unique_ptr<Database> previous = std::move(m_library);
    m_library = std::move(next);
    build();
    m_window->maintainLibrary(3000);
    m_window->watchLibrary();
    m_window->show();
    old->close();
    old.reset();      // saves what its notes editor still held, into the previous library
    previous.reset(); // then that library closes
    RecentLibraries::add(m_library->path());
    Q_EMIT windowReplaced(m_window.get());
    return true;
}

} // namespace jobdesk
