#include "listingspane.h"

#include "externallink.h"
#include "listings/listingcolumns.h"
#include "listings/listingtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QScopeGuard>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

const QString headerStateKey = QStringLiteral("listings/header");

// Default widths in average characters, and which columns a new user sees.
struct ColumnDefault
{
    int width;
    bool visible;
};
constexpr ColumnDefault columnDefaults[] = {
    {28, true},  // title
    {16, true},  // company
    {16, true},  // location
    {9, true},   // workplace
    {16, true},  // salary
    {12, true},  // posted
    {13, true},  // status
    {13, true},  // rating: five stars
    {14, true},  // tags
    {7, true},   // match (empty until a profile is chosen)
    {10, false}, // employment type
    {10, false}, // seniority
    {12, false}, // source
};
static_assert(std::size(columnDefaults) == std::size_t(ListingColumn::Count));

} // namespace

ListingsPane::ListingsPane(ListingTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_openLink(new QAction(tr("&Open Link"), this))
    , m_copyLink(new QAction(tr("&Copy Link"), this))
    , m_hide(new QAction(tr("&Hide"), this))
    , m_hideCompany(new QAction(tr("Hide &Company Everywhere"), this))
    , m_announce(new QTimer(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("listingTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows it does not show.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // The indicator first: enabling sorting sorts by whatever the indicator shows.
    header->setSortIndicator(int(m_model->query().sortColumn), m_model->query().sortOrder);
    m_view->setSortingEnabled(true);
    resetColumns();
    restoreState();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_openLink->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_hide->setShortcut(QKeySequence::Delete);
    m_hideCompany->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    for (QAction *action : {m_openLink, m_copyLink, m_hide, m_hideCompany}) {
        // Only while the table has focus: Enter and Delete mean something else in the search field.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    connect(m_openLink, &QAction::triggered, this, &ListingsPane::openCurrentLink);
    connect(m_copyLink, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            QApplication::clipboard()->setText(current.data(ListingUrlRole).toString());
    });
    connect(m_hide, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedListingIds();
        if (!ids.isEmpty())
            Q_EMIT hideRequested(ids);
    });
    connect(m_hideCompany, &QAction::triggered, this, [this] {
        const QString company = currentCompany();
        if (!company.isEmpty())
            Q_EMIT hideCompanyRequested(company);
    });
    connect(this, &ListingsPane::currentListingChanged, this, &ListingsPane::updateActions);
    updateActions();

    connect(header, &QWidget::customContextMenuRequested, this, &ListingsPane::showHeaderMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ListingsPane::showContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &ListingsPane::openCurrentLink);
    // The user's moves are told at once; what a reload changed is told once the table has painted its
    // new rows (the panes that follow the current listing take longer to fill than the table).
    m_announce->setSingleShot(true);
    m_announce->setInterval(0);
    connect(m_announce, &QTimer::timeout, this, &ListingsPane::announceCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // The table's own actions follow the current row at once, also after a reload: Enter or Delete
        // pressed as the table fills acts on the row it shows (only the panes wait, below).
        updateActions();
        if (m_restoring)
            m_announce->start();
        else
            announceCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_restoring)
            m_announce->start();
        else
            announceSelection();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ListingsPane::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListingsPane::restoreCurrent);
    connect(m_model, &ListingTableModel::loaded, this, &ListingsPane::restoreCurrent);
    // The rows of a refresh that kept them all were re-read: the details may have changed.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_model->isLoading()) {
            m_announceAgain = true;
            m_announce->start();
        }
    });
    if (!m_model->isLoading())
        restoreCurrent();
}

qint64 ListingsPane::currentListingId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->listingId(current.row()) : 0;
}

QList<qint64> ListingsPane::selectedListingIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (int row : rows)
        ids.append(m_model->listingId(row));
    return ids;
}

QString ListingsPane::currentCompany() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(int(ListingColumn::Company)).data().toString()
                             : QString();
}

void ListingsPane::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectRow(row);
    // The title column, which can't be hidden: a current cell in a hidden column would not show.
    m_view->setCurrentIndex(m_model->index(row, int(ListingColumn::Title)));
}

bool ListingsPane::selectListing(qint64 id)
{
    const int row = m_model->rowOfListing(id);
    if (row < 0)
        return false;
    selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void ListingsPane::rememberCurrent()
{
    if (m_pendingId < 0)
        m_pendingId = currentListingId();
}

// After a reload: the listing that was current stays current when it is still shown; otherwise the
// first row becomes current once the whole result is in, so the details pane always shows something.
void ListingsPane::restoreCurrent()
{
    m_restoring = true;
    const auto restored = qScopeGuard([this] { m_restoring = false; });
    if (m_pendingId > 0 && selectListing(m_pendingId)) {
        m_pendingId = -1;
        return;
    }
    if (m_model->isLoading())
        return;
    m_pendingId = -1;
    if (!m_view->currentIndex().isValid()) {
        if (m_model->rowCount() > 0)
            selectRow(0);
        else
            m_announce->start();
    }
}

// Tells currentListingChanged() when the current listing is another than the one last told (or its rows
// were read again): a reload that keeps the current listing fills no pane again.
void ListingsPane::announceCurrent()
{
    m_announce->stop();
    const qint64 id = currentListingId();
    if (id != m_announced || m_announceAgain) {
        m_announced = id;
        m_announceAgain = false;
        Q_EMIT currentListingChanged(id);
    }
    announceSelection();
}

void ListingsPane::announceSelection()
{
    QList<qint64> selected = selectedListingIds();
    if (selected == m_announcedSelection)
        return;
    m_announcedSelection = std::move(selected);
    Q_EMIT selectedListingsChanged();
}

void ListingsPane::openCurrentLink()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QUrl url(current.data(ListingUrlRole).toString());
    if (isWebLink(url))
        Q_EMIT openLinkRequested(url);
}

void ListingsPane::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addActions({m_openLink, m_copyLink});
    menu.addSeparator();
    menu.addActions({m_hide, m_hideCompany});
    if (!m_contextActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextActions);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ListingsPane::addContextActions(const QList<QAction *> &actions)
{
    m_contextActions += actions;
}

void ListingsPane::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool hasLink = current.isValid() && !current.data(ListingUrlRole).toString().isEmpty();
    m_openLink->setEnabled(hasLink);
    m_copyLink->setEnabled(hasLink);
    m_hide->setEnabled(current.isValid());
    const QString company = currentCompany();
    m_hideCompany->setEnabled(!company.isEmpty());
    m_hideCompany->setText(company.isEmpty() ? tr("Hide &Company Everywhere")
                                             : tr("Hide Every Listing from “%1”").arg(company));
}

void ListingsPane::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The title column always stays: a table without it means nothing.
        action->setEnabled(column != int(ListingColumn::Title));
        connect(action, &QAction::toggled, this,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("&Reset Columns"), this, &ListingsPane::resetColumns);
    menu.exec(header->mapToGlobal(position));
}

void ListingsPane::resetColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int character = m_view->fontMetrics().averageCharWidth();
    for (int column = 0; column < int(ListingColumn::Count); ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->resizeSection(column, columnDefaults[column].width * character + 12);
        header->setSectionHidden(column, !columnDefaults[column].visible);
    }
}

void ListingsPane::saveState() const
{
    QSettings().setValue(headerStateKey, m_view->horizontalHeader()->saveState());
}

void ListingsPane::restoreState()
{
    const QByteArray state = QSettings().value(headerStateKey).toByteArray();
    QHeaderView *header = m_view->horizontalHeader();
    // A state saved before columns were added does not fit: keep the defaults then.
    if (state.isEmpty() || !header->restoreState(state) || header->count() != int(ListingColumn::Count)) {
        return;
    }
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace jobdesk
