#include "listingtablemodel.h"

#include "listingidloader.h"

#include "domain/format.h"
#include "domain/vocabulary.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QTimeZone>

#include <limits>

namespace jobdesk {

ListingTableModel::ListingTableModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_loader(new ListingIdLoader(db.path(), this))
{
    connect(m_loader, &ListingIdLoader::idsReady, this, &ListingTableModel::receive);
    connect(m_loader, &ListingIdLoader::failed, this, &ListingTableModel::fail);
    request();
}

ListingTableModel::~ListingTableModel() = default;

int ListingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ListingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ListingColumn::Count);
}

QVariant ListingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == ListingIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole &&
        role != SortValueRole && role != ListingUrlRole)
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = ListingColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ToolTipRole:
        return column == ListingColumn::Title && !row->company.isEmpty()
                   ? QVariant(row->title + QLatin1String(" — ") + row->company)
                   : display(*row, column);
    case Qt::TextAlignmentRole:
        if (column == ListingColumn::Salary || column == ListingColumn::Match)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortValueRole:
        return sortValue(*row, column);
    case ListingUrlRole:
        return row->url;
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
    case ListingColumn::Tags:
        return row.tags;
    case ListingColumn::Match:
        return row.match.isNull() ? QString() : tr("%1 %").arg(qRound(row.match.toDouble()));
    case ListingColumn::EmploymentType:
        return row.employmentType == EmploymentType::Unknown ? QString() : label(row.employmentType);
    case ListingColumn::Seniority:
        return row.seniority == Seniority::Unknown ? QString() : label(row.seniority);
    case ListingColumn::Source:
        return row.source;
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
    case ListingColumn::Match:
        return row.match;
    case ListingColumn::EmploymentType:
        return int(row.employmentType);
    case ListingColumn::Seniority:
        return int(row.seniority);
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
    case ListingColumn::Tags:
        return tr("Tags");
    case ListingColumn::Match:
        return tr("Match");
    case ListingColumn::EmploymentType:
        return tr("Type");
    case ListingColumn::Seniority:
        return tr("Seniority");
    case ListingColumn::Source:
        return tr("Source");
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
    m_query.sortColumn = ListingColumn(column);
    m_query.sortOrder = order;
    request();
}

void ListingTableModel::setFilter(const SqlFilter &filter)
{
    if (filter == m_query.filter && !m_loading)
        return;
    m_query.filter = filter;
    request();
}

void ListingTableModel::setMatchExpression(const QString &expression)
{
    m_query.matchExpression = expression.isEmpty() ? QStringLiteral("NULL") : expression;
    request();
}

void ListingTableModel::refresh()
{
    request();
}

void ListingTableModel::request()
{
    m_generation = m_loader->load(m_query);
    setLoading(true);
}

void ListingTableModel::receive(quint64 generation, const QList<qint64> &ids, bool complete)
{
    if (generation != m_generation)
        return;
    // A view addresses rows with int; beyond that the table shows the first 2^31-1 rows.
    const QList<qint64> shown =
        ids.size() > std::numeric_limits<int>::max() ? ids.first(std::numeric_limits<int>::max()) : ids;
    const auto startsWith = [](const QList<qint64> &list, const QList<qint64> &prefix) {
        return list.size() >= prefix.size() && std::equal(prefix.cbegin(), prefix.cend(), list.cbegin());
    };
    if (!complete && !m_partial && startsWith(m_ids, shown)) {
        // The first chunk of what is likely the same result (a refresh): wait for the whole of it.
        return;
    }
    if (complete && m_partial && startsWith(shown, m_ids)) {
        // The rest of a result whose first chunk is already shown.
        const qsizetype before = m_ids.size();
        if (shown.size() > before) {
            beginInsertRows({}, int(before), int(shown.size() - 1));
            m_ids = shown;
            if (before % PageSize != 0)
                m_pages.remove(int(before / PageSize)); // that page was cut short
            endInsertRows();
        }
    } else if (complete && !m_partial && shown == m_ids) {
        // Same listings in the same order (an edit or an import that changed no membership): the view
        // keeps its selection and scroll position and only repaints.
        dropPages();
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size() - 1), columnCount() - 1));
    } else {
        beginResetModel();
        m_ids = shown;
        dropPages();
        endResetModel();
    }
    m_partial = !complete;
    if (complete) {
        setLoading(false);
        Q_EMIT loaded();
    }
}

void ListingTableModel::fail(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_partial = false;
    setLoading(false);
    Q_EMIT loadFailed(message);
}

void ListingTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

qint64 ListingTableModel::listingId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ListingTableModel::rowOfListing(qint64 id) const
{
    return id > 0 ? int(m_ids.indexOf(id)) : -1;
}

void ListingTableModel::dropPages() const
{
    m_pages.clear();
    m_pageUse.clear();
}

const ListingTableModel::Row *ListingTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
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
    const qsizetype first = qsizetype(page) * PageSize;
    const int count = int(qMin<qsizetype>(PageSize, m_ids.size() - first));
    QVariantList ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids.append(m_ids.at(first + i));

    QHash<qint64, Row> byId;
    byId.reserve(count);
    QSqlQuery query;
    try {
        query = sql::run(m_db.connection(), m_query.rowsStatement(count), ids);
    } catch (const StoreError &error) {
        // Called from data(), inside painting: an exception must not reach Qt. The page shows empty
        // rows (kept until the next refresh, so the failure is reported once) and the window says why.
        QMetaObject::invokeMethod(
            const_cast<ListingTableModel *>(this),
            [model = const_cast<ListingTableModel *>(this), message = error.message()] {
                Q_EMIT model->loadFailed(message);
            },
            Qt::QueuedConnection);
    }
    while (query.isActive() && query.next()) {
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
        row.tags = query.value(13).toString();
        row.match = query.value(14);
        row.employmentType = EmploymentType(query.value(15).toInt());
        row.seniority = Seniority(query.value(16).toInt());
        row.source = query.value(17).toString();
        row.url = query.value(18).toString();
        byId.insert(row.id, std::move(row));
    }

    QList<Row> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qint64 id = m_ids.at(first + i);
        // A listing deleted since the ids were read keeps its row, empty, until the next refresh.
        Row row = byId.take(id);
        row.id = id;
        rows.append(std::move(row));
    }
    if (m_pages.size() >= MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pages.insert(page, std::move(rows));
    m_pageUse.append(page);
    ++m_pagesLoaded;
}

} // namespace jobdesk
