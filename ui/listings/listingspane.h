// The listing table: a view over ListingTableModel with sorting done by the store, a column chooser,
// column widths, order, visibility and sort kept between runs, and the current listing kept across
// reloads. It asks for actions (open a link, hide) through signals; the window carries them out.
#pragma once

#include <QList>
#include <QUrl>
#include <QWidget>

class QAction;
class QTableView;
class QTimer;

namespace jobdesk {

class ListingTableModel;

class ListingsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingsPane)

public:
    explicit ListingsPane(ListingTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    qint64 currentListingId() const;
    // The selected listings in table order (the current one when nothing else is selected).
    QList<qint64> selectedListingIds() const;
    QString currentCompany() const;
    void selectRow(int row);
    // Selects the row of listing `id`; false when the table does not show it.
    bool selectListing(qint64 id);
    void saveState() const;
    void resetColumns();

    // The table's own actions, for the window's menus; their shortcuts work while the table has focus.
    QAction *openLinkAction() const { return m_openLink; }
    QAction *copyLinkAction() const { return m_copyLink; }
    QAction *hideAction() const { return m_hide; }
    QAction *hideCompanyAction() const { return m_hideCompany; }
    // Actions of other parts of the window for the rows' context menu, after the table's own.
    void addContextActions(const QList<QAction *> &actions);

Q_SIGNALS:
    // 0 when nothing is selected. Told when the user moves at once; after a reload, only when the current
    // listing changed (or was read again), once the table has painted.
    void currentListingChanged(qint64 id);
    // selectedListingIds() changed; told like currentListingChanged().
    void selectedListingsChanged();
    void openLinkRequested(const QUrl &url);
    void hideRequested(const QList<qint64> &ids);
    void hideCompanyRequested(const QString &company);

private:
    void restoreState();
    void showHeaderMenu(const QPoint &position);
    void showContextMenu(const QPoint &position);
    void openCurrentLink();
    void rememberCurrent();
    void restoreCurrent();
    void announceCurrent();
    void announceSelection();
    void updateActions();

    ListingTableModel *m_model;
    QTableView *m_view;
    QAction *m_openLink;
    QAction *m_copyLink;
    QAction *m_hide;
    QAction *m_hideCompany;
    QList<QAction *> m_contextActions;
    QTimer *m_announce;      // a reload's change of the current listing, told after the table painted
    qint64 m_pendingId = -1; // the listing to select again once the reloaded rows are in; -1 none
    qint64 m_announced = -1; // the listing currentListingChanged() told last; -1 none yet
    QList<qint64> m_announcedSelection; // what selectedListingsChanged() told last
    bool m_announceAgain = false; // the current listing's rows were read again: tell it even if unchanged
    bool m_restoring = false;     // selecting after a reload, not a move of the user
};

} // namespace jobdesk
