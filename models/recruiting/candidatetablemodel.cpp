#include "candidatetablemodel.h"

#include <QLocale>

#include <algorithm>

namespace jobdesk {

CandidateTableModel::CandidateTableModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void CandidateTableModel::setFilter(const SqlFilter &filter)
{
    m_filter = filter;
    reload();
}

void CandidateTableModel::reload()
{
    QList<CandidateSummary> rows = CandidateStore(m_db).list(m_filter);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    sort(m_sortColumn, m_sortOrder);
}

int CandidateTableModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return int(row);
    }
    return -1;
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::sortKey(const CandidateSummary &candidate, int column) const
{
    switch (column) {
    case Headline:
        return candidate.headline;
    case Location:
        return candidate.location;
    case TopSkills:
        return candidate.skillCount;
    case ActivePipelines:
        return candidate.activePipelines;
    case LastActivity:
        return candidate.lastActivity.toSecsSinceEpoch();
    default:
        return candidate.name;
    }
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateSummary &candidate = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return candidate.id;
    case SortRole:
        return sortKey(candidate, index.column());
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return candidate.name;
        case Headline:
            return candidate.headline;
        case Location:
            return candidate.location;
        case TopSkills:
            return candidate.topSkills.join(QStringLiteral(", "));
        case ActivePipelines:
            return candidate.activePipelines;
        case LastActivity:
            return QLocale().toString(candidate.lastActivity.toLocalTime().date(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TopSkills)
            return tr("%n skill(s) in the profile", nullptr, candidate.skillCount);
        if (index.column() == ActivePipelines)
            return tr("In %n opening(s)' pipelines at an open stage", nullptr, candidate.activePipelines);
        if (index.column() == Name && !candidate.tags.isEmpty())
            return tr("Tags: %1").arg(candidate.tags.join(QStringLiteral(", ")));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ActivePipelines)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Headline:
        return tr("Headline");
    case Location:
        return tr("Location");
    case TopSkills:
        return tr("Top Skills");
    case ActivePipelines:
        return tr("Active");
    case LastActivity:
        return tr("Last Activity");
    default:
        return {};
    }
}

void CandidateTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row()).id);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const CandidateSummary &a, const CandidateSummary &b) {
        const QVariant left = sortKey(a, column);
        const QVariant right = sortKey(b, column);
        const QPartialOrdering ordering = QVariant::compare(left, right);
        const bool less = left.typeId() == QMetaType::QString
                              ? left.toString().compare(right.toString(), Qt::CaseInsensitive) < 0
                              : ordering == QPartialOrdering::Less;
        const bool greater = left.typeId() == QMetaType::QString
                                 ? left.toString().compare(right.toString(), Qt::CaseInsensitive) > 0
                                 : ordering == QPartialOrdering::Greater;
        return order == Qt::AscendingOrder ? less : greater;
    });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids[i]), before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace jobdesk
