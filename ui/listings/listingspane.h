// The listing table: a view over ListingTableModel with sorting done by the store, column widths,
// order and sort kept between runs.
#pragma once

#include <QWidget>

class QTableView;

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
    void selectRow(int row);
    void saveState() const;

Q_SIGNALS:
    // 0 when nothing is selected.
    void currentListingChanged(qint64 id);

private:
    void restoreState();

    ListingTableModel *m_model;
    QTableView *m_view;
};

} // namespace jobdesk
