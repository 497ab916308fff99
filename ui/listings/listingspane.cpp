#include "listingspane.h"

#include "listings/listingcolumns.h"
#include "listings/listingtablemodel.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

const QString headerStateKey = QStringLiteral("listings/header");

} // namespace

ListingsPane::ListingsPane(ListingTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("listingTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows it does not show.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // The indicator first: enabling sorting sorts by whatever the indicator shows.
    header->setSortIndicator(int(m_model->query().sortColumn), m_model->query().sortOrder);
    m_view->setSortingEnabled(true);
    // Default widths in average characters; the user's own widths are restored below.
    const int character = m_view->fontMetrics().averageCharWidth();
    const int widths[] = {30, 18, 18, 9, 16, 12, 10, 7};
    static_assert(std::size(widths) == std::size_t(ListingColumn::Count));
    for (int column = 0; column < int(ListingColumn::Count); ++column)
        header->resizeSection(column, widths[column] * character + 12);
    restoreState();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentListingChanged(current.isValid() ? m_model->listingId(current.row()) : 0);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { Q_EMIT currentListingChanged(0); });
}

qint64 ListingsPane::currentListingId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->listingId(current.row()) : 0;
}

void ListingsPane::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void ListingsPane::saveState() const
{
    QSettings().setValue(headerStateKey, m_view->horizontalHeader()->saveState());
}

void ListingsPane::restoreState()
{
    const QByteArray state = QSettings().value(headerStateKey).toByteArray();
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state))
        return;
    const QHeaderView *header = m_view->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace jobdesk
