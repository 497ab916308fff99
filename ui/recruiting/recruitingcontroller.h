// What the listings window knows of recruiter mode: the Listing ▸ Mark as Opening action (checked when
// every selected listing is an opening; toggling marks or unmarks them all) and View ▸ Recruiting…, which
// opens the one RecruitingWindow of this library.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace jobdesk {

class Database;
class ListingsPane;
class RecruitingWindow;

class RecruitingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecruitingController)

public:
    RecruitingController(const Database &db, ListingsPane *listings, QWidget *window);

    QAction *markOpeningAction() const { return m_markOpening; }
    QAction *showAction() const { return m_show; }
    // Opens (or raises) the recruiting window.
    RecruitingWindow *showWindow();
    // The recruiting window while it is open, else null.
    RecruitingWindow *window() const;
    // Marks (true) or unmarks the listings as openings; false when refused (said in the status line).
    bool setOpenings(const QList<qint64> &listingIds, bool openings);

Q_SIGNALS:
    // Candidates were added, changed or removed in the recruiting window.
    void profilesChanged();
    // For the window's status bar.
    void message(const QString &text);

private:
    void updateAction();

    const Database &m_db;
    ListingsPane *m_listings;
    QWidget *m_window;
    QAction *m_markOpening;
    QAction *m_show;
    QPointer<RecruitingWindow> m_recruiting;
};

} // namespace jobdesk
