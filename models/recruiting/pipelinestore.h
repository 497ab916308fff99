// Pipelines: one candidate considered for one opening (table `pipelines`): the stage they are at (the
// recruiter's stages, StageStore with StageSet::Candidates), Markdown notes, the next step and its date,
// and a history of what happened (`pipeline_history`: created, every stage change, notes sittings, next
// steps), oldest first. Every change and its history entry are written in one transaction; errors are
// StoreError with a message for people. docs/recruiting.md.
#pragma once

#include "annotations/notestore.h"

#include <QDateTime>
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
    void setNextStep(qint64 id, const QString &text, const QDateTime &at,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    QString notes(qint64 id) const;
    // Stores an edit of the notes that started from `base`, merged with changes made meanwhile like a
    // listing's notes (NoteStore::saveEdit). One "note" history entry per sitting (ten minutes).
    NoteStore::Save saveNotes(qint64 id, const QString &text, const QString &base,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Removes the pipeline with its notes and history, erased from the file.
    void remove(qint64 id);
    QList<PipelineEvent> history(qint64 id) const;

private:
    void record(qint64 id, const QString &kind, qint64 stageId, const QString &detail,
                const QDateTime &now) const;
    QString stageName(qint64 stageId) const;

    const Database &m_db;
};

} // namespace jobdesk
