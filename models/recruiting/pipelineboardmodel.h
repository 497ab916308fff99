// The pipeline board of one opening as a two-level tree: the top-level rows are the recruiter's stages
// in order (StageStore, StageSet::Candidates), their children the opening's pipelines at that stage
// (one card per candidate), ordered by candidate name as PipelineStore::forOpening reads them. Cards are
// dragged between stages (the private mime type carries pipeline ids); a drop, or moveToStage() from a
// menu or the keyboard, moves them in the library (PipelineStore::moveTo, history kept) and then in the
// model with proper row moves, so views keep their roots and selections. reload() picks up changes made
// elsewhere the same way. docs/recruiting.md.
#pragma once

#include "annotations/stagestore.h"
#include "pipelinestore.h"

#include <QAbstractItemModel>
#include <QList>

namespace jobdesk {

class Database;

class PipelineBoardModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineBoardModel)

public:
    enum Role : int
    {
        StageIdRole = Qt::UserRole + 1, // qint64, on stage rows and on cards (the card's stage)
        StageNameRole,                  // QString, the stage's name without its count
        ColorRole,                      // QString "#rrggbb" of the stage (empty for none)
        CountRole,                      // int, on stage rows: the cards at the stage
        PipelineIdRole,                 // qint64, on cards
        ProfileIdRole,                  // qint64, on cards: the candidate
        NextStepRole,                   // QString, on cards (empty for none)
        NextStepAtRole,                 // QDateTime, on cards (invalid for none)
        UpdatedRole,                    // QDateTime, on cards: the pipeline's last change
    };

    // What a dragged card carries: the pipeline ids, as ASCII decimal numbers separated by commas.
    static QString mimeType() { return QStringLiteral("application/x-jobdesk-pipeline-ids"); }

    explicit PipelineBoardModel(const Database &db, QObject *parent = nullptr);

    // The opening shown (a listing id), 0 for none: then the model has no rows. Choosing another
    // opening resets the model; the same one reloads it. Throws StoreError when the library cannot be
    // read (the model then stays as it was).
    void setOpening(qint64 listingId);
    qint64 opening() const { return m_listingId; }
    // Re-reads the stages and pipelines. Cards that moved, came or went elsewhere move, come and go
    // row by row; a change of the stages themselves (added, removed, reordered) resets the model.
    // Throws StoreError as setOpening().
    void reload();

    QModelIndex stageIndex(qint64 stageId) const;
    QModelIndex pipelineIndex(qint64 pipelineId) const;
    // The cards on the board, at every stage.
    int pipelineCount() const;
    QList<Stage> stages() const;

    // Moves the pipelines to the stage in the library and on the board; emits moved() for each that
    // changed stage. Every id must be a card of this board still in the library and the stage one of
    // its stages: otherwise moveFailed() says why and nothing changes. Returns whether it succeeded
    // (true as well when the cards were at the stage already).
    bool moveToStage(const QList<qint64> &pipelineIds, qint64 stageId);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    // A drop onto a stage row or onto a card (meaning the card's stage); the row is ignored, as cards
    // are ordered by name.
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // After the pipeline was moved to the stage, in the library and on the board.
    void moved(qint64 pipelineId, qint64 stageId);
    // A move was refused or failed; the message is for people.
    void moveFailed(const QString &message);

private:
    struct Column
    {
        Stage stage;
        QList<Pipeline> pipelines;
    };
    struct Location
    {
        int stage = -1;
        int row = -1;
    };

    QList<Column> read(qint64 listingId) const;
    void sync(QList<Column> columns);
    void syncCards(const QList<Column> &columns);
    qint64 dropStage(const QModelIndex &parent) const;
    void place(const Pipeline &pipeline);
    void stageChanged(int stageRow);
    int stageRow(qint64 stageId) const;
    Location locate(qint64 pipelineId) const;
    const Pipeline *pipelineAt(const QModelIndex &index) const;
    QString checkMove(const QList<qint64> &pipelineIds, qint64 stageId) const;

    const Database &m_db;
    qint64 m_listingId = 0;
    QList<Column> m_columns;
};

} // namespace jobdesk
