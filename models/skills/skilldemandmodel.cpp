#include "skilldemandmodel.h"

#include "matchdistribution.h"

#include <QLocale>

#include <algorithm>

namespace jobdesk {
namespace {

QString money(const std::optional<double> &value)
{
    if (!value)
        return QString();
    // Currencies are not converted (docs/storage.md): a median is a number, shown without a symbol.
    return QLocale().toString(*value / 1000.0, 'f', 0) + QLatin1Char('k');
}

} // namespace

SkillDemandModel::SkillDemandModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SkillDemandModel::setGap(const ViewGap &gap)
{
    beginResetModel();
    m_gap = gap;
    QSet<qint64> kept;
    for (const SkillDemand &skill : std::as_const(m_gap.skills)) {
        if (checkable(skill) && m_learned.contains(skill.skillId))
            kept.insert(skill.skillId);
    }
    m_learned = kept;
    std::stable_sort(m_gap.skills.begin(), m_gap.skills.end(),
                     [this](const SkillDemand &a, const SkillDemand &b) {
                         const QVariant x = sortValue(a, m_sortColumn);
                         const QVariant y = sortValue(b, m_sortColumn);
                         const auto c = QVariant::compare(x, y);
                         return m_sortOrder == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                                                  : c == QPartialOrdering::Greater;
                     });
    endResetModel();
}

void SkillDemandModel::setWhatIfEnabled(bool enabled)
{
    if (enabled == m_whatIf)
        return;
    beginResetModel();
    m_whatIf = enabled;
    m_learned.clear();
    endResetModel();
}

QStringList SkillDemandModel::learnedNames() const
{
    QStringList names;
    for (const SkillDemand &skill : m_gap.skills) {
        if (m_learned.contains(skill.skillId))
            names.append(skill.name);
    }
    return names;
}

int SkillDemandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gap.skills.size());
}

int SkillDemandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkillDemandModel::sortValue(const SkillDemand &skill, int column) const
{
    switch (column) {
    case Skill:
        return skill.name.toLower();
    case Demand:
        return skill.listings;
    case Have:
        return skill.have ? 1 : 0;
    case MedianWith:
        return skill.medianWith.value_or(-1);
    case MedianWithout:
        return skill.medianWithout.value_or(-1);
    case LearnNext:
        return skill.learnNext;
    default:
        return {};
    }
}

QVariant SkillDemandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SkillDemand &skill = m_gap.skills.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Skill:
            return skill.name;
        case Demand:
            return tr("%1 % · %2").arg(qRound(skill.share * 100)).arg(skill.listings);
        case Have:
            return skill.have ? tr("have") : tr("missing");
        case MedianWith:
            return money(skill.medianWith);
        case MedianWithout:
            return money(skill.medianWithout);
        case LearnNext:
            return skill.have ? QString() : QLocale().toString(skill.learnNext * 100, 'f', 1);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() != Skill || !checkable(skill))
            return {};
        return m_learned.contains(skill.skillId) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (index.column() == Skill && checkable(skill))
            return tr("Tick to see the match scores below as if you had learned %1 (at level %2).")
                .arg(skill.name)
                .arg(MatchDistribution::LearnedLevel);
        if (index.column() == Demand)
            return tr("%1 of %2 listings ask for %3 (%4 as required)")
                .arg(skill.listings)
                .arg(m_gap.listings)
                .arg(skill.name)
                .arg(skill.required);
        if (index.column() == LearnNext)
            return tr(
                "Learn-next rank = demand × (1 + salary lift); lift = median with / median without − 1, "
                "between −50 % and +100 %. Skills you have rank 0.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Skill || index.column() == Have
                   ? QVariant()
                   : QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case SkillIdRole:
        return skill.skillId;
    case ShareRole:
        return skill.share;
    case HaveRole:
        return skill.have;
    case SortRole:
        return sortValue(skill, index.column());
    default:
        return {};
    }
}

bool SkillDemandModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const qint64 id = m_gap.skills.at(index.row()).skillId;
    const bool tick = value.toInt() == Qt::Checked;
    if (tick == m_learned.contains(id))
        return true;
    if (tick)
        m_learned.insert(id);
    else
        m_learned.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT learnedChanged();
    return true;
}

Qt::ItemFlags SkillDemandModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Skill && checkable(m_gap.skills.at(index.row())))
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant SkillDemandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Skill && m_whatIf)
        return tr("Tick skills you lack to see below how the view's match scores would move if you "
                  "learned them.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Skill:
        return tr("Skill");
    case Demand:
        return tr("Demand");
    case Have:
        return tr("You");
    case MedianWith:
        return tr("Median with");
    case MedianWithout:
        return tr("without");
    case LearnNext:
        return tr("Learn next");
    default:
        return {};
    }
}

void SkillDemandModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    setGap(ViewGap(m_gap));
}

} // namespace jobdesk
