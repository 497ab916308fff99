#include "listingtablemodel.h"

#include "domain/format.h"
#include "domain/vocabulary.h"
#include "store/database.h"
#include "store/sql.h"

#include <QLocale>
#include <QTimeZone>

#include <limits>

namespace jobdesk {

ListingTableModel::ListingTableModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

int ListingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ListingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ListingColumn::Count);
}

QVariant ListingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = ListingColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ToolTipRole:
        return column == ListingColumn::Title ? QVariant(row->title + QLatin1String(" — ") + row->company)
                                              : display(*row, column);
    case Qt::TextAlignmentRole:
        if (column == ListingColumn::Salary || column == ListingColumn::Rating)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case ListingIdRole:
        return row->id;
    case SortValueRole:
        return sortValue(*row, column);
    default:
        return {};
    }
}

QVariant ListingTableModel::display(const Row &row, ListingColumn column) const
{
    switch (column) {
    case ListingColumn::Title:
        return row.title;
    case ListingColumn::Company:
        return row.company;
    case ListingColumn::Location:
        return row.location;
    case ListingColumn::Workplace:
        return row.workplace == Workplace::Unknown ? QString() : label(row.workplace);
    case ListingColumn::Salary:
        return formatSalary(row.salary);
    case ListingColumn::Posted:
        return formatDate(row.posted);
    case ListingColumn::Status:
        return row.status;
    case ListingColumn::Rating:
        return row.rating > 0 ? QString(row.rating, QChar(0x2605)) : QString();
    case ListingColumn::Count:
        break;
    }
    return {};
}

QVariant ListingTableModel::sortValue(const Row &row, ListingColumn column) const
{
    switch (column) {
    case ListingColumn::Workplace:
        return int(row.workplace);
    case ListingColumn::Salary:
        return row.yearly ? QVariant(*row.yearly) : QVariant();
    case ListingColumn::Posted:
        return row.posted;
    case ListingColumn::Rating:
        return row.rating;
    default:
        return display(row, column);
    }
}

QVariant ListingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (ListingColumn(section)) {
    case ListingColumn::Title:
        return tr("Title");
    case ListingColumn::Company:
        return tr("Company");
    case ListingColumn::Location:
        return tr("Location");
    case ListingColumn::Workplace:
        return tr("Workplace");
    case ListingColumn::Salary:
        return tr("Salary");
    case ListingColumn::Posted:
        return tr("Posted");
    case ListingColumn::Status:
        return tr("Status");
    case ListingColumn::Rating:
        return tr("Rating");
    case ListingColumn::Count:
        break;
    }
    return {};
}

void ListingTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(ListingColumn::Count))
        return;
    if (m_query.sortColumn == ListingColumn(column) && m_query.sortOrder == order)
        return;
    beginResetModel();
    m_query.sortColumn = ListingColumn(column);
    m_query.sortOrder = order;
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
}

void ListingTableModel::setFilter(const SqlFilter &filter)
{
    m_query.filter = filter;
    refresh();
}

void ListingTableModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void ListingTableModel::reload()
{
    m_pages.clear();
    m_pageUse.clear();
    QSqlQuery count = sql::run(m_db.connection(), m_query.countStatement(), m_query.filter.values);
    const qint64 total = count.next() ? count.value(0).toLongLong() : 0;
    // A view addresses rows with int; beyond that the table shows the first 2^31-1 rows.
    m_rowCount = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
}

qint64 ListingTableModel::listingId(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->id : 0;
}

const ListingTableModel::Row *ListingTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        loadPage(page);
        it = m_pages.constFind(page);
    } else if (m_pageUse.last() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void ListingTableModel::loadPage(int page) const
{
    QList<Row> rows;
    rows.reserve(PageSize);
    QSqlQuery query = sql::run(m_db.connection(), m_query.pageStatement(),
                               m_query.pageValues(PageSize, qint64(page) * PageSize));
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.company = query.value(2).toString();
        row.location = query.value(3).toString();
        row.workplace = Workplace(query.value(4).toInt());
        const auto number = [&](int i) {
            const QVariant v = query.value(i);
            return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
        };
        row.salary = {number(5), number(6), query.value(7).toString(), SalaryPeriod(query.value(8).toInt())};
        row.yearly = number(9);
        const QVariant posted = query.value(10);
        if (!posted.isNull())
            row.posted = QDateTime::fromSecsSinceEpoch(posted.toLongLong(), QTimeZone::UTC);
        row.status = query.value(11).toString();
        row.rating = query.value(12).toInt();
        rows.append(std::move(row));
    }
    if (m_pages.size() >= MaxCachedPages) {
        m_pages.remove(m_pageUse.takeFirst());
    }
    m_pages.insert(page, std::move(rows));
    m_pageUse.append(page);
    ++m_pagesLoaded;
}

} // namespace jobdesk
