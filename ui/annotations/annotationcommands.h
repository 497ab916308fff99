// Annotation edits as undoable commands (Edit ▸ Undo): status, rating and favourite of a selection,
// one command per edit however many listings it touches. redo() writes the change and remembers each
// listing's previous value; undo() puts those back exactly (a never-annotated listing goes back to New,
// unrated) and removes the stage history rows redo() wrote. Each then calls `changed` so the window
// reloads. A command that would change nothing marks itself obsolete, so it never reaches the stack.
// An edit is based on the annotations the user was shown (setSeen(): the annotation pane's listing), else
// on the versions redo() read (AnnotationStore::basedOn); when someone else changed a listing after it was
// shown, the user is told who changed what and chooses whether to apply the edit over it. An undo puts a
// value back only where the edit's value is still there: it never takes back what someone else changed after
// the edit unless the user, told who changed what, chooses to. A step the library refuses is reported through
// `failed` and leaves the stack (it is marked obsolete), so the stack never claims a change that did not
// happen.
#pragma once

#include "annotations/annotationstore.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace jobdesk {

class Database;
class StoreError;

// What a refused write would overwrite if the user chose to: nothing to choose (None), someone else's
// change since the user was shown the listing (Edit), or since the edit being undone (Undo).
enum class AnnotationConflict
{
    None,
    Edit,
    Undo,
};

// Told of a write the library refused. For a conflict (StoreError::Kind::Stale) returns whether to write
// anyway over the other change; for None the return value is ignored.
using AnnotationFailure = std::function<bool(const StoreError &error, AnnotationConflict conflict)>;

class AnnotationCommand : public QUndoCommand
{
public:
    AnnotationCommand(const Database &db, QList<qint64> ids, std::function<void()> changed);
    void setFailureHandler(AnnotationFailure failed) { m_failed = std::move(failed); }
    // The annotations the user was shown when asking for the edit (any of its listings); the first redo
    // is based on their versions.
    void setSeen(QList<Annotation> seen) { m_seen = std::move(seen); }
    void redo() final;
    void undo() final;

protected:
    // What the command changes: write it, and put back `previous`.
    virtual void apply(AnnotationStore &store) = 0;
    // `checked`: only where the value this command set is still there (else StoreError Stale).
    virtual void restore(AnnotationStore &store, const QList<Annotation> &previous, bool checked) = 0;
    // Whether listing `annotation` would change.
    virtual bool changes(const Annotation &annotation) const = 0;

    const Database &m_db;
    QList<qint64> m_ids;

private:
    std::function<void()> m_changed;
    // One attempt of redo(): false when it did not happen (reported, the command obsolete).
    bool write();

    AnnotationFailure m_failed;
    QList<Annotation> m_previous;
    QList<Annotation> m_seen; // until the first redo
};

class SetStageCommand final : public AnnotationCommand
{
public:
    SetStageCommand(const Database &db, QList<qint64> ids, qint64 stageId, const QString &stageName,
                    std::function<void()> changed);

private:
    void apply(AnnotationStore &store) override;
    void restore(AnnotationStore &store, const QList<Annotation> &previous, bool checked) override;
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
    void restore(AnnotationStore &store, const QList<Annotation> &previous, bool checked) override;
    bool changes(const Annotation &annotation) const override { return annotation.rating != m_rating; }

    int m_rating;
};

class SetFavouriteCommand final : public AnnotationCommand
{
public:
    SetFavouriteCommand(const Database &db, QList<qint64> ids, bool favourite, std::function<void()> changed);

private:
    void apply(AnnotationStore &store) override;
    void restore(AnnotationStore &store, const QList<Annotation> &previous, bool checked) override;
    bool changes(const Annotation &annotation) const override { return annotation.favourite != m_favourite; }

    bool m_favourite;
};

} // namespace jobdesk
