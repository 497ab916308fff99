// The user's own data about listings (the annotations table): status along the pipeline with its
// history (stage_history), rating, favourite and hidden. An import never writes it; a row exists once
// the user has annotated the listing, and a listing without one reads as New, unrated, not favourite.
// Every write runs in one transaction and appends an entry per changed listing to the activity log.
// Stale edits: each annotation row has a version that every update advances (migration 013). A write
// updates a row only at the version it read in its own transaction, or at the version the edit was
// based on (basedOn()); an undo puts a value back only where the edit's value is still there. When someone
// else (another member of a team library, another window) changed the row in between, the whole write is
// refused with StoreError::Kind::Stale, naming who changed what, and the caller lets the user choose.
// Nobody's edit is overwritten unseen.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace jobdesk {

class Database;

// One listing's annotation as stored (the defaults when it has no row).
struct Annotation
{
    qint64 listingId = 0;
    qint64 stageId = 0; // 0: none stored, the listing is at the first stage (New)
    int rating = 0;     // 0 unrated, 1…5
    bool favourite = false;
    bool hidden = false;
    QDateTime updatedAt; // invalid when the listing has no row
    qint64 version = 0;  // the row's version (0: no row yet)

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

// One status change (a row of stage_history).
struct StageChange
{
    qint64 id = 0;
    qint64 stageId = 0; // 0 when the stage was removed since
    QString stageName;  // empty when the stage was removed since
    QDateTime changedAt;
};

class AnnotationStore final
{
public:
    explicit AnnotationStore(const Database &db);
    Q_DISABLE_COPY_MOVE(AnnotationStore)

    // The next writes through this store change only listings still at the versions in `seen` (what the
    // user saw, or what an undo step wrote); listings not in `seen` are checked against the version the
    // write reads. A listing that moved on throws StoreError::Kind::Stale and nothing is written.
    AnnotationStore &basedOn(const QList<Annotation> &seen);

    // The annotations of `ids`, in that order; ids of listings that do not exist are left out.
    QList<Annotation> annotations(const QList<qint64> &ids) const;
    Annotation annotation(qint64 listingId) const;
    // The listing's status changes, oldest first.
    QList<StageChange> stageHistory(qint64 listingId) const;

    // Moves the listings to stage `stageId`. Only listings whose stage changes get a history row (a
    // never-moved listing is at the first stage already). Returns the ids of the history rows written,
    // which restoreStages() removes again. Throws StoreError for a stage that does not exist.
    QList<qint64> setStage(const QList<qint64> &ids, qint64 stageId,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Rates the listings 0 (unrated) to 5; StoreError outside that range.
    void setRating(const QList<qint64> &ids, int rating,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    void setFavourite(const QList<qint64> &ids, bool favourite,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Hides or shows the listings. Ids of listings that no longer exist are skipped. Unhiding a listing
    // that was never annotated writes nothing.
    void setHidden(const QList<qint64> &ids, bool hidden,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Undo: puts back each listing's stage (0: none) as in `previous`, and removes the history rows
    // `historyIds` that the change being undone wrote. `edited` is the value the edit being undone set:
    // a listing that no longer has it was changed by someone since, and the undo is refused as Stale
    // (nothing written) rather than take their change back; std::nullopt undoes regardless (the user
    // chose to).
    void restoreStages(const QList<Annotation> &previous, const QList<qint64> &historyIds,
                       std::optional<qint64> edited, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void restoreRatings(const QList<Annotation> &previous, std::optional<int> edited,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    void restoreFavourites(const QList<Annotation> &previous, std::optional<bool> edited,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    // Inside a write's transaction: the annotations of `ids` now, each checked against basedOn().
    QList<Annotation> current(const QList<qint64> &ids) const;
    // Inside a write's transaction: creates the rows the listings in `changing` lack, and returns the
    // version each listing's update must find (a row created here is at 1; a listing whose row someone
    // else created since it was read is stale).
    QHash<qint64, qint64> prepareRows(const QList<Annotation> &changing, const QDateTime &now) const;
    // Sets `assignment` ("rating = ?", bound to `value`) on one listing at version `version`; Stale when
    // the row is at another one.
    void update(const QString &assignment, const QVariant &value, qint64 listingId, qint64 version,
                const QDateTime &now) const;
    [[noreturn]] void throwStale(qint64 listingId) const;
    // setFavourite() and setHidden(): `flag` is both the column and the activity's kind.
    void setFlag(const QList<qint64> &ids, const QString &flag, bool on, const QString &detail,
                 const QDateTime &now);

    const Database &m_db;
    QHash<qint64, qint64> m_seen; // listing id → the version the edit was based on
};

} // namespace jobdesk
