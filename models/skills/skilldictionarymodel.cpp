#include "skilldictionarymodel.h"

#include "store/database.h"

namespace jobdesk {

SkillDictionaryModel::SkillDictionaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SkillDictionaryModel::reload(const Database &db)
{
    QList<DictionarySkill> skills = SkillDictionary(db).skills();
    beginResetModel();
    m_skills = std::move(skills);
    endResetModel();
}

void SkillDictionaryModel::setListingCounts(const QHash<qint64, int> &counts)
{
    m_counts = counts;
    m_countsKnown = true;
    if (!m_skills.isEmpty())
        Q_EMIT dataChanged(index(0, Listings), index(rowCount() - 1, Listings));
}

int SkillDictionaryModel::rowOf(qint64 skillId) const
{
    for (int row = 0; row < m_skills.size(); ++row) {
        if (m_skills[row].id == skillId)
            return row;
    }
    return -1;
}

int SkillDictionaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_skills.size());
}

int SkillDictionaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SkillDictionaryModel::aliasText(const DictionarySkill &skill) const
{
    QStringList parts = skill.aliases;
    for (const QString &name : skill.merged)
        parts.append(tr("%1 (merged)").arg(name));
    return parts.join(QStringLiteral(", "));
}

QVariant SkillDictionaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DictionarySkill &skill = m_skills.at(index.row());
    switch (role) {
    case SkillIdRole:
        return skill.id;
    case IgnoredRole:
        return skill.ignored;
    case FilterRole:
        return QStringList{skill.name, skill.aliases.join(QLatin1Char(' ')),
                           skill.merged.join(QLatin1Char(' '))}
            .join(QLatin1Char(' '));
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return role == SortRole ? QVariant(skill.name.toCaseFolded()) : QVariant(skill.name);
        case Category:
            return label(skill.category);
        case Aliases:
            return aliasText(skill);
        case Origin:
            return skill.user ? tr("Yours") : tr("Shipped");
        case Ignored:
            if (role == SortRole)
                return skill.ignored;
            return skill.ignored ? tr("Ignored") : QString();
        case Listings:
            if (!m_countsKnown)
                return role == SortRole ? QVariant(-1) : QVariant();
            return m_counts.value(skill.id);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Aliases && (!skill.aliases.isEmpty() || !skill.merged.isEmpty()))
            return aliasText(skill);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Listings)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SkillDictionaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Skill");
    case Category:
        return tr("Category");
    case Aliases:
        return tr("Aliases");
    case Origin:
        return tr("From");
    case Ignored:
        return tr("Ignored");
    case Listings:
        return tr("Listings");
    default:
        return {};
    }
}

} // namespace jobdesk
