#include "profiles/profileskillmodel.h"

#include "skills/skilltaxonomy.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace jobdesk {

ProfileSkillModel::ProfileSkillModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

QList<ProfileSkillModel::Row> ProfileSkillModel::readRows() const
{
    if (m_profileId == 0)
        return {};
    QHash<qint64, int> categories;
    QSqlQuery query = sql::run(m_db.connection(),
                               QStringLiteral("SELECT s.id, s.category FROM profile_skills ps "
                                              "JOIN skills s ON s.id = ps.skill_id WHERE ps.profile_id = ?"),
                               {m_profileId});
    while (query.next())
        categories.insert(query.value(0).toLongLong(), query.value(1).toInt());
    QList<Row> rows;
    for (const ProfileSkill &skill : ProfileStore(m_db).skills(m_profileId))
        rows.append({skill, categories.value(skill.skillId)});
    return rows;
}

void ProfileSkillModel::setProfile(qint64 profileId)
{
    beginResetModel();
    m_profileId = profileId;
    try {
        m_rows = readRows();
    } catch (const StoreError &error) {
        m_rows.clear();
        endResetModel();
        Q_EMIT editFailed(error.message());
        return;
    }
    endResetModel();
}

int ProfileSkillModel::rowOfSkill(qint64 skillId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].skill.skillId == skillId)
            return row;
    }
    return -1;
}

bool ProfileSkillModel::write(const ProfileSkill &skill)
{
    try {
        ProfileStore(m_db).setSkill(m_profileId, skill.skillId, skill.level, skill.years);
    } catch (const StoreError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
    Q_EMIT profileEdited(m_profileId);
    return true;
}

int ProfileSkillModel::addSkill(qint64 skillId, int level)
{
    if (m_profileId == 0)
        return -1;
    if (const int existing = rowOfSkill(skillId); existing >= 0)
        return existing;
    if (!write({skillId, {}, level, std::nullopt}))
        return -1;
    // Re-read, so the new row has the dictionary's name and sits where the store's order puts it.
    QList<Row> rows;
    try {
        rows = readRows();
    } catch (const StoreError &error) {
        Q_EMIT editFailed(error.message());
        return -1;
    }
    int row = 0;
    while (row < rows.size() && rows[row].skill.skillId != skillId)
        ++row;
    if (row == rows.size() || rows.size() != m_rows.size() + 1)
        return -1; // the library changed under us; the next setProfile() shows it
    beginInsertRows({}, row, row);
    m_rows = rows;
    endInsertRows();
    return row;
}

void ProfileSkillModel::removeSkills(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool any = false;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        try {
            ProfileStore(m_db).removeSkill(m_profileId, m_rows[row].skill.skillId);
        } catch (const StoreError &error) {
            Q_EMIT editFailed(error.message());
            break;
        }
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        any = true;
    }
    if (any)
        Q_EMIT profileEdited(m_profileId);
}

int ProfileSkillModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileSkillModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileSkillModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == SkillIdRole)
        return row.skill.skillId;
    switch (index.column()) {
    case Skill:
        if (role == Qt::DisplayRole)
            return row.skill.name;
        break;
    case Category:
        if (role == Qt::DisplayRole)
            return label(skillCategoryFromInt(row.category));
        break;
    case Level:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.skill.level;
        if (role == Qt::ToolTipRole)
            return tr("1 = beginner … 5 = expert; counts in the match score (0.5 + 0.1 × level)");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case Years:
        if (role == Qt::DisplayRole)
            return row.skill.years ? QLocale().toString(*row.skill.years, 'g', 3) : QString();
        if (role == Qt::EditRole)
            return row.skill.years ? QVariant(*row.skill.years) : QVariant(0.0);
        if (role == Qt::ToolTipRole)
            return tr("Years of experience (shown next to the skill; 0 or empty: not stated)");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProfileSkillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Skill:
        return tr("Skill");
    case Category:
        return tr("Category");
    case Level:
        return tr("Level");
    case Years:
        return tr("Years");
    default:
        return {};
    }
}

Qt::ItemFlags ProfileSkillModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Level || index.column() == Years))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ProfileSkillModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ProfileSkill skill = m_rows[index.row()].skill;
    bool ok = false;
    if (index.column() == Level) {
        skill.level = value.toInt(&ok);
    } else if (index.column() == Years) {
        if (value.isNull() || value.toString().trimmed().isEmpty()) {
            skill.years.reset();
            ok = true;
        } else {
            const double years = value.toDouble(&ok);
            if (ok)
                skill.years = years > 0 ? std::optional<double>(years) : std::nullopt;
        }
    }
    if (!ok) {
        Q_EMIT editFailed(tr("“%1” is not a number.").arg(value.toString()));
        return false;
    }
    if (skill == m_rows[index.row()].skill)
        return true;
    if (!write(skill))
        return false;
    m_rows[index.row()].skill = skill;
    Q_EMIT dataChanged(index.siblingAtColumn(Level), index.siblingAtColumn(Years));
    return true;
}

} // namespace jobdesk
