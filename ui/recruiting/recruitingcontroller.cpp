#include "recruitingcontroller.h"

#include "listings/listingspane.h"
#include "recruiting/openingstore.h"
#include "recruitingwindow.h"
#include "store/storeerror.h"

#include <QAction>
#include <QWidget>

namespace jobdesk {

RecruitingController::RecruitingController(const Database &db, ListingsPane *listings, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_listings(listings)
    , m_window(window)
    , m_markOpening(new QAction(tr("Mark as &Opening"), this))
    , m_show(new QAction(tr("&Recruiting…"), this))
{
    m_markOpening->setObjectName(QStringLiteral("markOpeningAction"));
    m_markOpening->setCheckable(true);
    m_markOpening->setStatusTip(
        tr("A listing you recruit for: its candidates' pipeline is in View ▸ Recruiting…"));
    m_show->setObjectName(QStringLiteral("showRecruitingAction"));
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_show->setStatusTip(tr("Candidates, openings and their pipelines"));
    listings->addContextActions({m_markOpening});
    connect(m_markOpening, &QAction::triggered, this,
            [this](bool checked) { setOpenings(m_listings->selectedListingIds(), checked); });
    connect(m_show, &QAction::triggered, this, &RecruitingController::showWindow);
    connect(listings, &ListingsPane::selectedListingsChanged, this, &RecruitingController::updateAction);
    updateAction();
}

void RecruitingController::updateAction()
{
    const QList<qint64> ids = m_listings->selectedListingIds();
    bool all = !ids.isEmpty();
    try {
        OpeningStore openings(m_db);
        for (const qint64 id : ids) {
            if (!openings.isOpening(id)) {
                all = false;
                break;
            }
        }
    } catch (const StoreError &) {
        all = false; // the window reports an unreadable library elsewhere
    }
    m_markOpening->setEnabled(!ids.isEmpty());
    m_markOpening->setChecked(all);
}

bool RecruitingController::setOpenings(const QList<qint64> &listingIds, bool openings)
{
    if (listingIds.isEmpty())
        return false;
    try {
        if (openings) {
            const int added = OpeningStore(m_db).mark(listingIds);
            Q_EMIT message(tr("%n listing(s) marked as openings: View ▸ Recruiting… shows their pipelines.",
                              nullptr, added));
        } else {
            const int removed = OpeningStore(m_db).unmark(listingIds);
            Q_EMIT message(
                tr("%n listing(s) are no longer openings; their pipelines are kept.", nullptr, removed));
        }
    } catch (const StoreError &error) {
        Q_EMIT message(error.message());
        updateAction();
        return false;
    }
    updateAction();
    if (m_recruiting)
        m_recruiting->reload();
    return true;
}

RecruitingWindow *RecruitingController::window() const
{
    return m_recruiting;
}

RecruitingWindow *RecruitingController::showWindow()
{
    if (!m_recruiting) {
        // A window of its own (not a dialog), closed and deleted with the listings window.
        m_recruiting = new RecruitingWindow(m_db, m_window);
        m_recruiting->setWindowFlag(Qt::Window);
        m_recruiting->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_recruiting, &RecruitingWindow::profilesChanged, this,
                &RecruitingController::profilesChanged);
    }
    m_recruiting->show();
    m_recruiting->raise();
    m_recruiting->activateWindow();
    return m_recruiting;
}

} // namespace jobdesk
