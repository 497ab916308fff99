// The sidebar: the library's views (All, Inbox, each stage, Follow-up due, Hidden), tags and saved
// searches with live counts, over SidebarModel. Selecting a row emits viewChanged(). Saved searches are
// renamed in place (F2 or the context menu), deleted with an Undo strip, moved with the menu or by
// dragging; hide rules are managed from the Hidden row's menu.
#pragma once

#include "views/listingview.h"

#include <QWidget>

class QTreeView;

namespace jobdesk {

class Database;
class SidebarModel;
class UndoBar;

class SidebarPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidebarPane)

public:
    explicit SidebarPane(Database &db, QWidget *parent = nullptr);

    SidebarModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    UndoBar *undoBar() const { return m_undoBar; }
    // The selected view (All at first).
    ListingView currentView() const { return m_current; }
    // Selects the row of the same view (kind and id); emits viewChanged() when that changes the view.
    void selectView(const ListingView &view);

    // Asks for a name and saves `query` as a saved search (asking again after a name clash). Returns the
    // new search's id, 0 when the user cancelled or the query is empty.
    qint64 saveCurrentSearch(const QString &query);
    // Opens the hide rules dialog (modal).
    void showHideRules();
    // Recounts (debounced): call after imports, hiding, annotating, hide rule changes.
    void refresh();

Q_SIGNALS:
    void viewChanged(const jobdesk::ListingView &view);
    // Hide rules were added or removed in the dialog: the listing table needs reloading (the sidebar
    // has already refreshed itself).
    void hideRulesChanged();

private:
    void currentRowChanged(const QModelIndex &current);
    void setCurrent(const ListingView &view);
    void modelChanged();
    void restoreCurrent();
    void showContextMenu(const QPoint &position);
    void deleteSavedSearch(qint64 id);
    void moveSavedSearch(qint64 id, int delta);
    void updateSections();
    void showError(const QString &message);

    Database &m_db;
    SidebarModel *m_model;
    QTreeView *m_view;
    UndoBar *m_undoBar;
    ListingView m_current;
    // Set while the model removes or resets rows: the selection model then moves the current row on
    // its own, which is not the user choosing a view.
    bool m_modelChanging = false;
    bool m_restoreQueued = false;
};

} // namespace jobdesk
