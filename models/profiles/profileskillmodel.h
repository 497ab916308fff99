// The skills of one profile as an editable table: skill, category, level (1..5) and years. Every edit is
// written to the library at once through ProfileStore (there is no "Save": closing the editor loses
// nothing) and the row is re-read from it, so the table always shows what is stored. Errors of the store
// (a level out of range, negative years) leave the row unchanged and are reported by editFailed().
#pragma once

#include "profiles/profilestore.h"

#include <QAbstractTableModel>

namespace jobdesk {

class Database;

class ProfileSkillModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSkillModel)

public:
    enum Column
    {
        Skill,
        Category,
        Level,
        Years,
        ColumnCount
    };
    enum Role
    {
        SkillIdRole = Qt::UserRole + 1,
    };

    explicit ProfileSkillModel(const Database &db, QObject *parent = nullptr);

    // Shows the profile's skills (0: none).
    void setProfile(qint64 profileId);
    qint64 profileId() const { return m_profileId; }

    // Adds the skill at `level` (or, when the profile has it, leaves it as it is) and returns its row;
    // -1 after a store error (reported by editFailed()).
    int addSkill(qint64 skillId, int level = 3);
    // Removes the skills of these rows from the profile.
    void removeSkills(QList<int> rows);
    int rowOfSkill(qint64 skillId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The profile's skills changed in the library (the match scores depend on them).
    void profileEdited(qint64 profileId);
    void editFailed(const QString &message);

private:
    struct Row
    {
        ProfileSkill skill;
        int category = 0;
    };
    QList<Row> readRows() const;
    bool write(const ProfileSkill &skill);

    const Database &m_db;
    qint64 m_profileId = 0;
    QList<Row> m_rows;
};

} // namespace jobdesk
