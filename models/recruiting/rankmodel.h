// A ranked list of matches as a table (ranking.h): the candidates for one opening, or the openings for
// one candidate, best first. Columns: the match score, who or what, the skills they miss (required
// first) and the pipeline stage when they are in it. The score's tooltip is the explanation the seeker's
// panel gives (MatchBreakdown::formulaText).
#pragma once

#include "skills/matchscore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jobdesk {

class Database;

class RankModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankModel)

public:
    enum Column
    {
        Score,
        Name,
        Missing,
        Stage,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the candidate's profile id, or the opening's listing id
        PipelineIdRole,            // 0 when not in the pipeline
        ScoreRole,                 // double, invalid when unknown
    };

    explicit RankModel(const Database &db, QObject *parent = nullptr);

    // Throw StoreError. 0: empty.
    void showCandidatesFor(qint64 listingId);
    void showOpeningsFor(qint64 profileId);
    // The same ranking again (after a pipeline or profile changed).
    void reload();
    void clear();

    const MatchBreakdown &breakdown(int row) const { return m_rows.at(row).match; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString detail; // headline, or company
        MatchBreakdown match;
        qint64 pipelineId = 0;
        qint64 stageId = 0;
    };
    enum class Subject
    {
        None,
        Opening,
        Candidate,
    };

    void setRows(QList<Row> rows);

    const Database &m_db;
    Subject m_subject = Subject::None;
    qint64 m_subjectId = 0;
    QList<Row> m_rows;
    QHash<qint64, QString> m_stageNames;
};

} // namespace jobdesk
