// The candidates table of recruiter mode: one row per candidate the search selects (CandidateStore),
// columns name, headline, location, top skills, active pipelines and last activity. Candidates are a
// recruiter's hundreds or thousands, not a million listings: the rows are read whole on each reload
// (a few indexed queries) and sorted in memory.
#pragma once

#include "candidatestore.h"

#include <QAbstractTableModel>

namespace jobdesk {

class Database;

class CandidateTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateTableModel)

public:
    enum Column
    {
        Name,
        Headline,
        Location,
        TopSkills,
        ActivePipelines,
        LastActivity,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit CandidateTableModel(const Database &db, QObject *parent = nullptr);

    // Which candidates (SearchTarget::Candidates), then reload(). Empty: all.
    void setFilter(const SqlFilter &filter);
    // Reads the rows again (after an import, an edit, a deletion). Throws StoreError.
    void reload();

    const CandidateSummary &candidate(int row) const { return m_rows.at(row); }
    // The row of a candidate, -1 when not shown.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortKey(const CandidateSummary &candidate, int column) const;

    const Database &m_db;
    SqlFilter m_filter;
    QList<CandidateSummary> m_rows;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace jobdesk
