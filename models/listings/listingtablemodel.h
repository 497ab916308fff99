// The listing table over the store. The matching ids, in order, are read off the GUI thread by a
// ListingIdLoader (the first rows arrive before the whole result; a newer filter or sort makes an
// older request stale); the rows a view shows are then read by id, a page of 64 (a screenful: a paint
// reads one or two) at a time, and at most 256 pages are kept. Until a new result arrives the table keeps the
// last one, so typing never empties it. Sorting is done by the database, never by loading rows.
#pragma once

#include "listingcolumns.h"
#include "listingquery.h"

#include "domain/listing.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace jobdesk {

class Database;
class ListingIdLoader;

class ListingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingTableModel)

public:
    static constexpr int PageSize = 64;
    static constexpr int MaxCachedPages = 256;

    explicit ListingTableModel(const Database &db, QObject *parent = nullptr);
    ~ListingTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ListingQuery &query() const { return m_query; }
    void setFilter(const SqlFilter &filter);
    void setMatchExpression(const QString &expression);
    // Reads the result again (after an import or an edit); cached rows are dropped when it arrives.
    void refresh();

    // True from a request until its whole result is in.
    bool isLoading() const { return m_loading; }
    qint64 listingId(int row) const;
    // Every row's listing id in row order (shared, not copied); the whole result once loaded() fired.
    const QList<qint64> &listingIds() const { return m_ids; }
    // The row showing listing `id`, or -1.
    int rowOfListing(qint64 id) const;
    // How many pages were read from the database since construction (for tests and benchmarks).
    int pagesLoaded() const { return m_pagesLoaded; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The whole result of the latest request is in: rowCount() is the number of matching listings.
    void loaded();
    void loadFailed(const QString &message);

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
        QString tags;
        QVariant match;
        EmploymentType employmentType = EmploymentType::Unknown;
        Seniority seniority = Seniority::Unknown;
        QString source;
        QString url;
    };

    void request();
    void receive(quint64 generation, const QList<qint64> &ids, bool complete);
    void fail(quint64 generation, const QString &message);
    void setLoading(bool loading);
    const Row *rowAt(int row) const;
    void loadPage(int page) const;
    void dropPages() const;
    QVariant display(const Row &row, ListingColumn column) const;
    QVariant sortValue(const Row &row, ListingColumn column) const;

    const Database &m_db;
    ListingIdLoader *m_loader;
    ListingQuery m_query;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_partial = false; // m_ids holds only the first chunk of the current result
    QList<qint64> m_ids;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    mutable int m_pagesLoaded = 0;
};

} // namespace jobdesk
