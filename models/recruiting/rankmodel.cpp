#include "rankmodel.h"

#include "annotations/stagestore.h"
#include "ranking.h"

#include <QLocale>

namespace jobdesk {

RankModel::RankModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void RankModel::showCandidatesFor(qint64 listingId)
{
    m_subject = listingId > 0 ? Subject::Opening : Subject::None;
    m_subjectId = listingId;
    reload();
}

void RankModel::showOpeningsFor(qint64 profileId)
{
    m_subject = profileId > 0 ? Subject::Candidate : Subject::None;
    m_subjectId = profileId;
    reload();
}

void RankModel::clear()
{
    m_subject = Subject::None;
    m_subjectId = 0;
    setRows({});
}

void RankModel::reload()
{
    QList<Row> rows;
    if (m_subject == Subject::Opening) {
        for (const CandidateRank &rank : rankCandidates(m_db, m_subjectId))
            rows.append({rank.candidate.id, rank.candidate.name, rank.candidate.headline, rank.match,
                         rank.pipelineId, rank.stageId});
    } else if (m_subject == Subject::Candidate) {
        for (const OpeningRank &rank : rankOpenings(m_db, m_subjectId))
            rows.append({rank.opening.listingId, rank.opening.title, rank.opening.company, rank.match,
                         rank.pipelineId, rank.stageId});
    }
    m_stageNames.clear();
    if (m_subject != Subject::None) {
        for (const jobdesk::Stage &stage : StageStore(m_db, StageSet::Candidates).list())
            m_stageNames.insert(stage.id, stage.name);
    }
    setRows(std::move(rows));
}

void RankModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RankModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case PipelineIdRole:
        return row.pipelineId;
    case ScoreRole:
        return row.match.hasSkills() ? QVariant(row.match.score) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Score:
            return row.match.hasSkills()
                       ? QVariant(QLocale().toString(qRound(row.match.score)) + QLatin1Char('%'))
                       : QVariant(QStringLiteral("–"));
        case Name:
            return row.detail.isEmpty() ? row.name : tr("%1 · %2").arg(row.name, row.detail);
        case Missing: {
            QStringList names;
            for (const MatchedSkill &skill : row.match.missing)
                names.append(skill.required ? skill.name : tr("(%1)").arg(skill.name));
            return names.isEmpty() && row.match.hasSkills() ? tr("none") : names.join(QStringLiteral(", "));
        }
        case Stage:
            return row.pipelineId > 0 ? m_stageNames.value(row.stageId) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Score || index.column() == Missing)
            return row.match.hasSkills() ? row.match.formulaText()
                                         : tr("No skills were found in this listing: its match is unknown.");
        if (index.column() == Stage && row.pipelineId == 0)
            return tr("Not in the pipeline");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Score:
        return tr("Match");
    case Name:
        return m_subject == Subject::Candidate ? tr("Opening") : tr("Candidate");
    case Missing:
        return tr("Missing Skills");
    case Stage:
        return tr("Stage");
    default:
        return {};
    }
}

} // namespace jobdesk
