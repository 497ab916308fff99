// Pipelines: one candidate considered for one opening (table `pipelines`): the stage they are at (the
// recruiter's stages, StageStore with StageSet::Candidates), Markdown notes, the next step and its date,
// and a history of what happened (`pipeline_history`: created, every stage change, notes sittings, next
// steps), oldest first. Every change and its history entry are written in one transaction; errors are
// StoreError with a message for people. docs/recruiting.md.
// Stale edits: on a team library another member may change the pipeline between what this user saw and
// their edit. setNextStep() writes only at the version the edit was based on (basedOn(): what the user
// saw) or, without one, at the version its own transaction read; a pipeline that moved on is refused with
// StoreError::Kind::Stale, naming who changed what, and nothing is written. Notes are merged line by line
// instead (saveNotes), and the merge is written only over the notes it was made with.
#pragma once

#include "annotations/notestore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

class Database;

struct Pipeline
{
    qint64 id = 0;
    qint64 profileId = 0;
    qint64 listingId = 0;
    qint64 stageId = 0;
    QString candidate; // the candidate's name
    QString opening;   // the listing's title
    QString company;   // the listing's company
    QString notes;
    QString nextStep;
    QDateTime nextStepAt; // invalid: none
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0; // the row's version (row_version), advanced by every update (migration 013)
};

struct PipelineEvent
{
    QDateTime at;
    QString kind;       // "created", "stage", "note", "next"
    qint64 stageId = 0; // the new stage of a "stage" event (0 when that stage was removed since)
    QString detail;     // for people: "Screening → Submitted", the first line of the notes, …
    QString member;     // who: the database role on a team library; empty in a personal file
};

class PipelineStore final
{
public:
    explicit PipelineStore(const Database &db);
    Q_DISABLE_COPY_MOVE(PipelineStore)

    // The next setNextStep() through this store changes a pipeline in `seen` only while it is still at
    // the version seen there; else it throws StoreError::Kind::Stale and writes nothing.
    PipelineStore &basedOn(const QList<Pipeline> &seen);

    // The pipelines of an opening, in stage order, then by candidate name.
    QList<Pipeline> forOpening(qint64 listingId) const;
    // The pipelines of a candidate, newest first.
    QList<Pipeline> forCandidate(qint64 profileId) const;
    std::optional<Pipeline> find(qint64 id) const;
    std::optional<Pipeline> find(qint64 profileId, qint64 listingId) const;

    // Puts the candidate into the opening's pipeline at `stageId` (0: the first stage) and returns the
    // pipeline's id; a candidate already in it keeps their pipeline (its id is returned). Throws
    // StoreError when the profile is not a candidate or the listing is not an opening.
    qint64 add(qint64 profileId, qint64 listingId, qint64 stageId = 0,
               const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Moves the pipeline to the stage and records it ("Sourced → Contacted"). Returns false when it was
    // at that stage already (nothing is written). Throws for an unknown pipeline or stage.
    bool moveTo(qint64 id, qint64 stageId, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The next step (text and date, either may be empty/invalid to clear it), recorded in the history.
    // Stale (nothing written) when the pipeline changed since the version it was based on (basedOn()).
    void setNextStep(qint64 id, const QString &text, const QDateTime &at,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    QString notes(qint64 id) const;
    // Stores an edit of the notes that started from `base`, merged with changes made meanwhile like a
    // listing's notes (NoteStore::saveEdit). One "note" history entry per sitting (ten minutes). The
    // merge replaces only the notes it was made with: when another member's save lands in between, it
    // is merged again with theirs (nothing lost).
    NoteStore::Save saveNotes(qint64 id, const QString &text, const QString &base,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Removes the pipeline with its notes and history, erased from the file.
    void remove(qint64 id);
    QList<PipelineEvent> history(qint64 id) const;

private:
    void record(qint64 id, const QString &kind, qint64 stageId, const QString &detail,
                const QDateTime &now) const;
    QString stageName(qint64 stageId) const;
    // Who changed the pipeline last and how (its latest history entry), as a Stale error.
    [[noreturn]] void throwStale(qint64 id) const;

    const Database &m_db;
    QHash<qint64, qint64> m_seen; // pipeline id → the version the edit was based on
};

} // namespace jobdesk
