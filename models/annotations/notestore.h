// A listing's notes: free Markdown text kept in annotations.notes. Reading a listing nobody annotated
// gives empty notes; writing creates the annotations row when needed and appends a "note" entry to the
// listing's activity in the same transaction (one per sitting: saves within ten minutes of the latest
// entry, when that is a "note" one, add none). Writing the text that is already stored writes nothing.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

namespace jobdesk {

class Database;

class NoteStore final
{
public:
    explicit NoteStore(const Database &db);
    Q_DISABLE_COPY_MOVE(NoteStore)

    // The listing's notes; empty when it has none (or does not exist).
    QString notes(qint64 listingId) const;
    // Stores `text` as the listing's notes, whatever is stored (a command, an import of annotations).
    // Returns false when nothing had to be written (same text). Throws StoreError when the listing does
    // not exist or the library refuses the write.
    bool setNotes(qint64 listingId, const QString &text,
                  const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    struct Save
    {
        bool written = false;    // the stored notes changed
        bool merged = false;     // they had changed since `base`: `text` is the merge of both edits
        bool conflicted = false; // both edits changed the same lines: both versions are kept, marked
        QString text;            // the notes as stored now: the editor's new base
    };
    // Stores an edit of the notes that started from `base` (the stored text the editor showed). When the
    // stored notes changed since (another window, another process), the edit is merged into them line
    // by line (mergeNotes) inside the same transaction, so neither edit is lost.
    Save saveEdit(qint64 listingId, const QString &text, const QString &base,
                  const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The line put between two versions of the same lines edited in two places at once.
    static QString conflictSeparator();
    // What saving `text`, edited from `base`, makes of the stored `current` notes (written stays false):
    // `text` when nobody changed them meanwhile, else the line merge of both edits. Shared by every store
    // of notes (a pipeline's notes too, models/recruiting/pipelinestore.h).
    static Save resolve(const QString &text, const QString &base, const QString &current);
    // The notes as stored and the version of their row (null: no row yet), read in one statement.
    struct Stored
    {
        QString notes;
        QVariant version;
    };
    // Inside the caller's transaction: resolves `text` against the stored notes (`read`) and writes the
    // result with `write` only over the version it was made with; `write` returns false when another save
    // moved the row on meanwhile (nothing written), and the merge is made again with their notes. In a
    // file the write transaction holds the notes still; on a team library another member's save can land
    // between the read and the write. After a few rounds lost `giveUp` throws (StoreError Stale). `written`
    // tells whether anything was written. Shared by every store of notes.
    static Save mergeOver(const QString &text, const QString &base, const std::function<Stored()> &read,
                          const std::function<bool(const QString &merged, const QVariant &version)> &write,
                          const std::function<void()> &giveUp);

private:
    // Inside the caller's transaction: the listing's stored notes (null when it has no annotations row).
    QVariant stored(qint64 listingId) const;
    // The same and the annotation row's version (both null without a row), read in one statement.
    std::pair<QVariant, QVariant> storedWithVersion(qint64 listingId) const;
    // Inside the caller's transaction: writes `text` and the activity entry.
    void write(qint64 listingId, const QString &text, const QDateTime &now) const;
    // Inside the caller's transaction: writes `text` only over the annotation at `version` (invalid: no
    // annotation row yet). False when another connection wrote it meanwhile (nothing written).
    bool writeOver(qint64 listingId, const QString &text, const QVariant &version,
                   const QDateTime &now) const;
    // Inside the caller's transaction: the "note" activity entry, one per sitting.
    void recordSitting(qint64 listingId, const QString &text, const QDateTime &now) const;

    const Database &m_db;
};

} // namespace jobdesk
