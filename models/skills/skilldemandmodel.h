// The skills of a view as a table (ViewGap): skill, demand (share of the view's listings, drawn as a bar
// by the view's delegate), have/missing, median salaries with and without it, learn-next rank. Sorted
// in the model (at most a few hundred rows). Filled by the skills-gap pane from a background analysis.
#pragma once

#include "gapanalysis.h"

#include <QAbstractTableModel>

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortValue(const SkillDemand &skill, int column) const;

    ViewGap m_gap;
    int m_sortColumn = Demand;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace jobdesk
