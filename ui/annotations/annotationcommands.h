// Annotation edits as undoable commands (Edit ▸ Undo): status, rating and favourite of a selection,
// one command per edit however many listings it touches. redo() writes the change and remembers each
// listing's previous value; undo() puts those back exactly (a never-annotated listing goes back to New,
// unrated) and removes the stage history rows redo() wrote. Each then calls `changed` so the window
// reloads. A command that would change nothing marks itself obsolete, so it never reaches the stack.
#pragma once

#include "annotations/annotationstore.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace jobdesk {

class Database;

class AnnotationCommand : public QUndoCommand
{
public:
    AnnotationCommand(const Database &db, QList<qint64> ids, std::function<void()> changed);
    void redo() final;
    void undo() final;

protected:
    // What the command changes: write it, and put back `previous`.
    virtual void apply(AnnotationStore &store) = 0;
    virtual void restore(AnnotationStore &store, const QList<Annotation> &previous) = 0;
    // Whether listing `annotation` would change.
    virtual bool changes(const Annotation &annotation) const = 0;

    const Database &m_db;
    QList<qint64> m_ids;

private:
    std::function<void()> m_changed;
    QList<Annotation> m_previous;
};

class SetStageCommand final : public AnnotationCommand
{
public:
    SetStageCommand(const Database &db, QList<qint64> ids, qint64 stageId, const QString &stageName,
                    std::function<void()> changed);

private:
    void apply(AnnotationStore &store) override;
    void restore(AnnotationStore &store, const QList<Annotation> &previous) override;
    bool changes(const Annotation &annotation) const override;

    qint64 m_stageId;
    qint64 m_firstStageId = 0;
    QList<qint64> m_historyIds; // the stage_history rows the last redo() wrote
};

class SetRatingCommand final : public AnnotationCommand
{
public:
    SetRatingCommand(const Database &db, QList<qint64> ids, int rating, std::function<void()> changed);

private:
    void apply(AnnotationStore &store) override;
    void restore(AnnotationStore &store, const QList<Annotation> &previous) override;
    bool changes(const Annotation &annotation) const override { return annotation.rating != m_rating; }

    int m_rating;
};

class SetFavouriteCommand final : public AnnotationCommand
{
public:
    SetFavouriteCommand(const Database &db, QList<qint64> ids, bool favourite, std::function<void()> changed);

private:
    void apply(AnnotationStore &store) override;
    void restore(AnnotationStore &store, const QList<Annotation> &previous) override;
    bool changes(const Annotation &annotation) const override { return annotation.favourite != m_favourite; }

    bool m_favourite;
};

} // namespace jobdesk
