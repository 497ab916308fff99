#include "openlibrarymenu.h"

#include "recentlibraries.h"
#include "teamlibrarydialog.h"

#include "store/librarylocation.h"
#include "store/storeerror.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace jobdesk {

OpenLibraryMenu::OpenLibraryMenu(QMenu *menu, const QString &current, QWidget *window)
    : QObject(window)
    , m_recent(new QMenu(tr("Open &Recent"), menu))
    , m_current(current)
    , m_window(window)
{
    QAction *open = menu->addAction(tr("&Open Library…"), this, &OpenLibraryMenu::openFile);
    open->setObjectName(QStringLiteral("openLibraryAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *team = menu->addAction(tr("Open &Team Library…"), this, &OpenLibraryMenu::openTeamLibrary);
    team->setObjectName(QStringLiteral("openTeamLibraryAction"));
    m_recent->setObjectName(QStringLiteral("recentLibrariesMenu"));
    menu->addMenu(m_recent);
    connect(m_recent, &QMenu::aboutToShow, this, &OpenLibraryMenu::fillRecent);
    fillRecent(); // enabled or not from the start
}

void OpenLibraryMenu::openFile()
{
    const QString directory = m_current.isEmpty() || LibraryLocation::isServerAddress(m_current)
                                  ? QDir::homePath()
                                  : QFileInfo(m_current).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Library"), directory,
                                     tr("Jobdesk libraries (*.sqlite *.db *.jobdesk);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openRequested(path);
}

void OpenLibraryMenu::openTeamLibrary()
{
    TeamLibraryDialog dialog(m_window);
    if (LibraryLocation::isServerAddress(m_current))
        dialog.setAddress(m_current);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT openRequested(dialog.address());
}

void OpenLibraryMenu::fillRecent()
{
    m_recent->clear();
    const QStringList recent = RecentLibraries::list();
    for (const QString &location : recent) {
        if (location == m_current)
            continue;
        QString name;
        try {
            name = LibraryLocation::parse(location).displayName();
        } catch (const StoreError &) {
            continue; // an address this version cannot use
        }
        QAction *entry = m_recent->addAction(
            tr("%1 — %2").arg(name, LibraryLocation::isServerAddress(location)
                                        ? location
                                        : QDir::toNativeSeparators(QFileInfo(location).absolutePath())),
            this, [this, location] { Q_EMIT openRequested(location); });
        entry->setData(location);
    }
    if (m_recent->isEmpty()) {
        m_recent->setEnabled(false);
        return;
    }
    m_recent->setEnabled(true);
    m_recent->addSeparator();
    m_recent->addAction(tr("&Clear Menu"), this, [this] {
        RecentLibraries::clear();
        // Not while the triggered entry is still being delivered: fillRecent() deletes it.
        QMetaObject::invokeMethod(this, &OpenLibraryMenu::fillRecent, Qt::QueuedConnection);
    });
}

} // namespace jobdesk
