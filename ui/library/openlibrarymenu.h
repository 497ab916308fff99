// The File menu's way to another library: Open Library… (a file), Open Team Library… (a PostgreSQL
// server, teamlibrarydialog.h) and Open Recent (recentlibraries.h). It only asks where; whoever holds
// the window and its library (WindowHost) opens it on openRequested().
#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace jobdesk {

class OpenLibraryMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenLibraryMenu)

public:
    // Adds the three entries to `menu`; `current` (the open library's location) is left out of the
    // recent ones.
    OpenLibraryMenu(QMenu *menu, const QString &current, QWidget *window);

Q_SIGNALS:
    void openRequested(const QString &location);

private:
    void openFile();
    void openTeamLibrary();
    void fillRecent();

    QMenu *m_recent;
    QString m_current;
    QWidget *m_window;
};

} // namespace jobdesk
