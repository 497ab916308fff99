// The skills of a view as a table (ViewGap): skill, demand (share of the view's listings, drawn as a bar
// by the view's delegate), have/missing, median salaries with and without it, learn-next rank. Sorted
// in the model (at most a few hundred rows). Filled by the skills-gap pane from a background analysis.
//
// The what-if: while enabled (a profile is chosen), the Skill cell of a skill the profile lacks is
// checkable, "If learned" (Qt::CheckStateRole). The ticks are skill ids: a new gap keeps those still
// listed and still missing, so they survive a refresh of the view and a view that lists the skill too.
#pragma once

#include "gapanalysis.h"

#include <QAbstractTableModel>
#include <QSet>

namespace jobdesk {

class SkillDemandModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkillDemandModel)

public:
    enum Column
    {
        Skill,
        Demand,
        Have,
        MedianWith,
        MedianWithout,
        LearnNext,
        ColumnCount
    };
    enum Role
    {
        SkillIdRole = Qt::UserRole + 1,
        ShareRole, // 0..1, for the demand bar
        HaveRole,  // bool
        SortRole,
    };

    explicit SkillDemandModel(QObject *parent = nullptr);

    void setGap(const ViewGap &gap);
    const ViewGap &gap() const { return m_gap; }

    // Whether missing skills are checkable; disabling it clears the ticks.
    void setWhatIfEnabled(bool enabled);
    bool whatIfEnabled() const { return m_whatIf; }
    // The ticked ("if learned") skills.
    QSet<qint64> learned() const { return m_learned; }
    // Their names, in the table's order.
    QStringList learnedNames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // A tick was set or cleared by the user (not when a new gap drops ticks: the gap's owner knows).
    void learnedChanged();

private:
    QVariant sortValue(const SkillDemand &skill, int column) const;
    bool checkable(const SkillDemand &skill) const { return m_whatIf && !skill.have; }

    ViewGap m_gap;
    QSet<qint64> m_learned;
    bool m_whatIf = true;
    int m_sortColumn = Demand;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace jobdesk
