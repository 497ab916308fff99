// The listing table over the store. Rows are read lazily, a page of 256 at a time when a view first
// asks for them, and at most 64 pages are kept: opening a million listings costs one count and one
// page. Sorting is done by the database (ORDER BY over indexed columns), never by loading rows.
#pragma once

#include "listingcolumns.h"
#include "listingquery.h"

#include "domain/listing.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace jobdesk {

class Database;

class ListingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingTableModel)

public:
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 64;

    explicit ListingTableModel(const Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ListingQuery &query() const { return m_query; }
    void setFilter(const SqlFilter &filter);
    // Re-reads the count and drops cached rows (after an import or an edit).
    void refresh();
    qint64 listingId(int row) const;
    // How many pages were read from the database since construction (for tests and benchmarks).
    int pagesLoaded() const { return m_pagesLoaded; }

private:
    struct Row
    {
        qint64 id = 0;
        QString title;
        QString company;
        QString location;
        Workplace workplace = Workplace::Unknown;
        Salary salary;
        std::optional<double> yearly;
        QDateTime posted;
        QString status;
        int rating = 0;
    };

    const Row *rowAt(int row) const;
    void loadPage(int page) const;
    QVariant display(const Row &row, ListingColumn column) const;
    QVariant sortValue(const Row &row, ListingColumn column) const;
    void reload();

    const Database &m_db;
    ListingQuery m_query;
    int m_rowCount = 0;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    mutable int m_pagesLoaded = 0;
};

} // namespace jobdesk
