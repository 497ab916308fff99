// The user's own data about listings (the annotations table): status along the pipeline with its
// history (stage_history), rating, favourite and hidden. An import never writes it; a row exists once
// the user has annotated the listing, and a listing without one reads as New, unrated, not favourite.
// Every write runs in one transaction and appends an entry per changed listing to the activity log.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

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
    // `historyIds` that the change being undone wrote.
    void restoreStages(const QList<Annotation> &previous, const QList<qint64> &historyIds,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    void restoreRatings(const QList<Annotation> &previous,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    void restoreFavourites(const QList<Annotation> &previous,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    const Database &m_db;
};

} // namespace jobdesk
