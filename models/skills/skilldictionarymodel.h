// The skills dictionary as a table for the dictionary dialog: name, category, aliases (its own and the
// names of the skills merged into it), shipped or the user's, ignored, and how many listings ask for
// it. Skills merged into another are not rows. The rows are read at once (a few thousand, no join with
// the listings); the listing counts, whose cost grows with the library, are set apart once a background
// read has them.
#pragma once

#include "skilldictionary.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jobdesk {

class Database;

class SkillDictionaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkillDictionaryModel)

public:
    enum Column
    {
        Name,
        Category,
        Aliases,
        Origin,
        Ignored,
        Listings,
        ColumnCount
    };
    enum Role
    {
        SkillIdRole = Qt::UserRole + 1,
        IgnoredRole, // bool
        FilterRole,  // name and aliases, for a filter field
        SortRole,    // numbers as numbers, text folded
    };

    explicit SkillDictionaryModel(QObject *parent = nullptr);

    // Reads the dictionary again. Throws StoreError.
    void reload(const Database &db);
    // Skill id -> listings asking for it (SkillDictionary::listingCounts); absent ids count 0.
    void setListingCounts(const QHash<qint64, int> &counts);
    bool hasListingCounts() const { return m_countsKnown; }
    const DictionarySkill &skillAt(int row) const { return m_skills.at(row); }
    // -1 when no row has that id.
    int rowOf(qint64 skillId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString aliasText(const DictionarySkill &skill) const;

    QList<DictionarySkill> m_skills;
    QHash<qint64, int> m_counts;
    bool m_countsKnown = false;
};

} // namespace jobdesk
