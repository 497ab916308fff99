#include "pipelineboardmodel.h"

#include "store/storeerror.h"

#include <QLocale>
#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <optional>

namespace jobdesk {
namespace {

// Stage rows have internal id 0; a card's internal id is its stage's row + 1.
constexpr quintptr stageRowId = 0;

// SQLite's NOCASE, as PipelineStore::forOpening orders the cards: ASCII letters folded, the rest as is.
int compareNoCase(const QString &a, const QString &b)
{
    const auto fold = [](QChar c) {
        const char16_t u = c.unicode();
        return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
    };
    const qsizetype common = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t x = fold(a.at(i));
        const char16_t y = fold(b.at(i));
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

bool sortsBefore(const Pipeline &a, const Pipeline &b)
{
    const int byName = compareNoCase(a.candidate, b.candidate);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

// What a card shows: a change in any of these is a dataChanged().
bool sameCard(const Pipeline &a, const Pipeline &b)
{
    return a.profileId == b.profileId && a.stageId == b.stageId && a.candidate == b.candidate &&
           a.nextStep == b.nextStep && a.nextStepAt == b.nextStepAt && a.updatedAt == b.updatedAt;
}

// The stage's colour as a QColor for views. QColor belongs to QtGui, which this library does not link:
// the conversion from "#rrggbb" is QtGui's own, there whenever the application has QtGui (always with
// widgets). Without it the role is empty; ColorRole has the text either way.
QVariant colorValue(const QString &color)
{
    if (color.isEmpty())
        return {};
    const QMetaType colorType(QMetaType::QColor);
    if (!colorType.isValid())
        return {};
    QVariant value(color);
    return value.convert(colorType) ? value : QVariant();
}

QString shortDate(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QString nextStepText(const Pipeline &pipeline)
{
    if (!pipeline.nextStep.isEmpty() && pipeline.nextStepAt.isValid())
        return PipelineBoardModel::tr("Next step: %1, %2")
            .arg(pipeline.nextStep, shortDate(pipeline.nextStepAt));
    if (!pipeline.nextStep.isEmpty())
        return PipelineBoardModel::tr("Next step: %1").arg(pipeline.nextStep);
    if (pipeline.nextStepAt.isValid())
        return PipelineBoardModel::tr("Next step on %1").arg(shortDate(pipeline.nextStepAt));
    return PipelineBoardModel::tr("No next step");
}

QString cardToolTip(const Pipeline &pipeline)
{
    QStringList lines{pipeline.candidate, nextStepText(pipeline)};
    if (pipeline.updatedAt.isValid())
        lines.append(PipelineBoardModel::tr("Last change: %1").arg(shortDate(pipeline.updatedAt)));
    return lines.join(QLatin1Char('\n'));
}

// The ids a drag carries; empty when it carries none or anything else.
QList<qint64> idsFrom(const QMimeData *data)
{
    if (!data || !data->hasFormat(PipelineBoardModel::mimeType()))
        return {};
    QList<qint64> ids;
    const QList<QByteArray> parts = data->data(PipelineBoardModel::mimeType()).split(',');
    for (const QByteArray &part : parts) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return {};
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace

PipelineBoardModel::PipelineBoardModel(const Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
{}

void PipelineBoardModel::setOpening(qint64 listingId)
{
    if (listingId == m_listingId) {
        reload();
        return;
    }
    QList<Column> columns = read(listingId);
    beginResetModel();
    m_listingId = listingId;
    m_columns = std::move(columns);
    endResetModel();
}

void PipelineBoardModel::reload()
{
    sync(read(m_listingId));
}

QList<PipelineBoardModel::Column> PipelineBoardModel::read(qint64 listingId) const
{
    if (listingId == 0)
        return {};
    QList<Column> columns;
    for (const Stage &stage : StageStore(m_db, StageSet::Candidates).list())
        columns.append({stage, {}});
    // In stage order, then by name: each column's cards come out sorted.
    for (const Pipeline &pipeline : PipelineStore(m_db).forOpening(listingId)) {
        for (Column &column : columns) {
            if (column.stage.id == pipeline.stageId) {
                column.pipelines.append(pipeline);
                break;
            }
        }
    }
    return columns;
}

void PipelineBoardModel::sync(QList<Column> columns)
{
    const bool sameStages =
        std::equal(m_columns.cbegin(), m_columns.cend(), columns.cbegin(), columns.cend(),
                   [](const Column &a, const Column &b) { return a.stage.id == b.stage.id; });
    if (!sameStages) {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
        return;
    }
    QList<std::pair<Stage, qsizetype>> shown;
    for (const Column &column : std::as_const(m_columns))
        shown.append({column.stage, column.pipelines.size()});
    for (int row = 0; row < m_columns.size(); ++row)
        m_columns[row].stage = columns.at(row).stage;
    syncCards(columns);
    for (int row = 0; row < m_columns.size(); ++row) {
        if (shown.at(row).first != m_columns.at(row).stage ||
            shown.at(row).second != m_columns.at(row).pipelines.size())
            stageChanged(row);
    }
}

void PipelineBoardModel::syncCards(const QList<Column> &columns)
{
    QSet<qint64> wanted;
    for (const Column &column : columns) {
        for (const Pipeline &pipeline : column.pipelines)
            wanted.insert(pipeline.id);
    }
    // Cards gone elsewhere leave one by one.
    for (int stage = 0; stage < m_columns.size(); ++stage) {
        QList<Pipeline> &cards = m_columns[stage].pipelines;
        for (int row = int(cards.size()) - 1; row >= 0; --row) {
            if (wanted.contains(cards.at(row).id))
                continue;
            beginRemoveRows(index(stage, 0), row, row);
            cards.removeAt(row);
            endRemoveRows();
        }
    }
    // Then each place in turn gets its card: moved from where it is (always further on: every place
    // before it already holds its own card), or inserted when new. What is left after a stage's last
    // place belongs to later stages and moves there when their turn comes.
    for (int stage = 0; stage < columns.size(); ++stage) {
        const QModelIndex parent = index(stage, 0);
        const QList<Pipeline> &target = columns.at(stage).pipelines;
        for (int row = 0; row < target.size(); ++row) {
            const Pipeline &card = target.at(row);
            const Location at = locate(card.id);
            if (at.stage < 0) {
                beginInsertRows(parent, row, row);
                m_columns[stage].pipelines.insert(row, card);
                endInsertRows();
                continue;
            }
            if (at.stage != stage || at.row != row) {
                beginMoveRows(index(at.stage, 0), at.row, at.row, parent, row);
                const Pipeline moving = m_columns[at.stage].pipelines.takeAt(at.row);
                m_columns[stage].pipelines.insert(row, moving);
                endMoveRows();
            }
            Pipeline &shownCard = m_columns[stage].pipelines[row];
            if (!sameCard(shownCard, card)) {
                shownCard = card;
                const QModelIndex changed = index(row, 0, parent);
                Q_EMIT dataChanged(changed, changed);
            }
        }
    }
}

void PipelineBoardModel::stageChanged(int stageRow)
{
    const QModelIndex changed = index(stageRow, 0);
    Q_EMIT dataChanged(changed, changed);
}

int PipelineBoardModel::stageRow(qint64 stageId) const
{
    for (int row = 0; row < m_columns.size(); ++row) {
        if (m_columns.at(row).stage.id == stageId)
            return row;
    }
    return -1;
}

PipelineBoardModel::Location PipelineBoardModel::locate(qint64 pipelineId) const
{
    for (int stage = 0; stage < m_columns.size(); ++stage) {
        const QList<Pipeline> &cards = m_columns.at(stage).pipelines;
        for (int row = 0; row < cards.size(); ++row) {
            if (cards.at(row).id == pipelineId)
                return {stage, row};
        }
    }
    return {};
}

QModelIndex PipelineBoardModel::stageIndex(qint64 stageId) const
{
    const int row = stageRow(stageId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex PipelineBoardModel::pipelineIndex(qint64 pipelineId) const
{
    const Location at = locate(pipelineId);
    return at.stage < 0 ? QModelIndex() : index(at.row, 0, index(at.stage, 0));
}

int PipelineBoardModel::pipelineCount() const
{
    int count = 0;
    for (const Column &column : m_columns)
        count += int(column.pipelines.size());
    return count;
}

QList<Stage> PipelineBoardModel::stages() const
{
    QList<Stage> stages;
    for (const Column &column : m_columns)
        stages.append(column.stage);
    return stages;
}

QString PipelineBoardModel::checkMove(const QList<qint64> &pipelineIds, qint64 stageId) const
{
    if (stageRow(stageId) < 0)
        return tr("There is no such stage on this board (it may have been removed).");
    const PipelineStore store(m_db);
    for (const qint64 id : pipelineIds) {
        const Location at = locate(id);
        if (at.stage < 0)
            return tr("The candidate (pipeline %1) is not on this opening's board.").arg(id);
        const std::optional<Pipeline> stored = store.find(id);
        if (!stored || stored->listingId != m_listingId) {
            return tr("%1 is no longer in this opening's pipeline: they were removed from it meanwhile.")
                .arg(m_columns.at(at.stage).pipelines.at(at.row).candidate);
        }
    }
    return {};
}

bool PipelineBoardModel::moveToStage(const QList<qint64> &pipelineIds, qint64 stageId)
{
    if (pipelineIds.isEmpty())
        return true;
    try {
        // Everything is checked first, so a bad id moves none of the others.
        if (const QString refusal = checkMove(pipelineIds, stageId); !refusal.isEmpty()) {
            Q_EMIT moveFailed(refusal);
            return false;
        }
        PipelineStore store(m_db);
        for (const qint64 id : pipelineIds) {
            const bool changed = store.moveTo(id, stageId);
            // Placed even when the library had it there already (moved elsewhere meanwhile).
            if (const std::optional<Pipeline> stored = store.find(id))
                place(*stored);
            if (changed)
                Q_EMIT moved(id, stageId);
        }
    } catch (const StoreError &error) {
        Q_EMIT moveFailed(error.message());
        return false;
    }
    return true;
}

void PipelineBoardModel::place(const Pipeline &pipeline)
{
    const Location from = locate(pipeline.id);
    const int to = stageRow(pipeline.stageId);
    if (from.stage < 0 || to < 0)
        return;
    if (from.stage == to) {
        m_columns[to].pipelines[from.row] = pipeline;
        const QModelIndex changed = index(from.row, 0, index(to, 0));
        Q_EMIT dataChanged(changed, changed);
        return;
    }
    const QList<Pipeline> &target = m_columns.at(to).pipelines;
    const int row = int(std::count_if(target.cbegin(), target.cend(),
                                      [&](const Pipeline &other) { return sortsBefore(other, pipeline); }));
    beginMoveRows(index(from.stage, 0), from.row, from.row, index(to, 0), row);
    m_columns[from.stage].pipelines.removeAt(from.row);
    m_columns[to].pipelines.insert(row, pipeline);
    endMoveRows();
    const QModelIndex changed = index(row, 0, index(to, 0));
    Q_EMIT dataChanged(changed, changed);
    stageChanged(from.stage);
    stageChanged(to);
}

QModelIndex PipelineBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!parent.isValid())
        return row < m_columns.size() ? createIndex(row, 0, stageRowId) : QModelIndex();
    if (parent.internalId() != stageRowId || parent.column() != 0 || parent.row() >= m_columns.size() ||
        row >= m_columns.at(parent.row()).pipelines.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex PipelineBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == stageRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, stageRowId);
}

int PipelineBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.internalId() != stageRowId || parent.column() != 0 || parent.row() >= m_columns.size())
        return 0;
    return int(m_columns.at(parent.row()).pipelines.size());
}

int PipelineBoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const Pipeline *PipelineBoardModel::pipelineAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == stageRowId)
        return nullptr;
    const qsizetype stage = qsizetype(index.internalId() - 1);
    if (stage >= m_columns.size() || index.row() >= m_columns.at(stage).pipelines.size())
        return nullptr;
    return &m_columns.at(stage).pipelines.at(index.row());
}

QVariant PipelineBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == stageRowId) {
        const Column &column = m_columns.at(index.row());
        const int count = int(column.pipelines.size());
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 (%2)").arg(column.stage.name, QLocale().toString(count));
        case Qt::AccessibleTextRole:
            return tr("%1, %n candidates", nullptr, count).arg(column.stage.name);
        case Qt::DecorationRole:
            return colorValue(column.stage.color);
        case StageIdRole:
            return column.stage.id;
        case StageNameRole:
            return column.stage.name;
        case ColorRole:
            return column.stage.color;
        case CountRole:
            return count;
        default:
            return {};
        }
    }
    const Pipeline *pipeline = pipelineAt(index);
    if (!pipeline)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return pipeline->candidate;
    case Qt::ToolTipRole:
        return cardToolTip(*pipeline);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(pipeline->candidate, nextStepText(*pipeline));
    case StageIdRole:
        return pipeline->stageId;
    case PipelineIdRole:
        return pipeline->id;
    case ProfileIdRole:
        return pipeline->profileId;
    case NextStepRole:
        return pipeline->nextStep;
    case NextStepAtRole:
        return pipeline->nextStepAt;
    case UpdatedRole:
        return pipeline->updatedAt;
    default:
        return {};
    }
}

Qt::ItemFlags PipelineBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == stageRowId)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled |
           Qt::ItemNeverHasChildren;
}

Qt::DropActions PipelineBoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PipelineBoardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *PipelineBoardModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        if (const Pipeline *pipeline = pipelineAt(index); pipeline && !ids.contains(pipeline->id))
            ids.append(pipeline->id);
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArrayList parts;
    for (const qint64 id : std::as_const(ids))
        parts.append(QByteArray::number(id));
    auto *data = new QMimeData;
    data->setData(mimeType(), parts.join(','));
    return data;
}

qint64 PipelineBoardModel::dropStage(const QModelIndex &parent) const
{
    // Views ask about any place, the viewport's root too: no checkIndex() warnings.
    if (!parent.isValid() || parent.model() != this)
        return 0;
    const quintptr id = parent.internalId();
    const qsizetype stage = id == stageRowId ? parent.row() : qsizetype(id - 1);
    return stage >= 0 && stage < m_columns.size() ? m_columns.at(stage).stage.id : 0;
}

bool PipelineBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    return action == Qt::MoveAction && m_listingId != 0 && dropStage(parent) != 0 && !idsFrom(data).isEmpty();
}

bool PipelineBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // The move is done here; a view that removes the dragged rows after a move finds removeRows() a
    // no-op (this model removes nothing that way).
    return moveToStage(idsFrom(data), dropStage(parent));
}

} // namespace jobdesk
