#include "annotationstore.h"

#include "activitylog.h"
#include "stagestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <algorithm>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnnotationStore", text);
}

QString ratingText(int rating)
{
    return rating == 0 ? tr("unrated") : QString(rating, QChar(0x2605));
}

// Each stage's name by id, and the first stage (where never-moved listings are).
struct StageNames
{
    QHash<qint64, QString> names;
    qint64 first = 0;

    explicit StageNames(const Database &db)
    {
        for (const Stage &stage : StageStore(db).list()) {
            names.insert(stage.id, stage.name);
            if (first == 0)
                first = stage.id;
        }
    }
    qint64 effective(qint64 stageId) const { return stageId > 0 ? stageId : first; }
    QString name(qint64 stageId) const { return names.value(effective(stageId), tr("(removed stage)")); }
};

QList<qint64> listingIds(const QList<Annotation> &annotations)
{
    QList<qint64> ids;
    ids.reserve(annotations.size());
    for (const Annotation &annotation : annotations)
        ids.append(annotation.listingId);
    return ids;
}

QList<Annotation>::const_iterator findListing(const QList<Annotation> &annotations, qint64 listingId)
{
    return std::find_if(annotations.cbegin(), annotations.cend(),
                        [listingId](const Annotation &a) { return a.listingId == listingId; });
}

} // namespace

AnnotationStore::AnnotationStore(const Database &db)
    : m_db(db)
{}

AnnotationStore &AnnotationStore::basedOn(const QList<Annotation> &seen)
{
    for (const Annotation &annotation : seen)
        m_seen.insert(annotation.listingId, annotation.version);
    return *this;
}

QList<Annotation> AnnotationStore::current(const QList<qint64> &ids) const
{
    const QList<Annotation> now = annotations(ids);
    for (const Annotation &annotation : now) {
        const auto seen = m_seen.constFind(annotation.listingId);
        if (seen != m_seen.cend() && *seen != annotation.version)
            throwStale(annotation.listingId);
    }
    return now;
}

QHash<qint64, qint64> AnnotationStore::prepareRows(const QList<Annotation> &changing,
                                                   const QDateTime &now) const
{
    QSqlQuery insert =
        sql::prepare(m_db.connection(), QStringLiteral("INSERT INTO annotations (listing_id, updated_at) "
                                                       "SELECT id, ? FROM listings WHERE id = ? "
                                                       "ON CONFLICT (listing_id) DO NOTHING"));
    QHash<qint64, qint64> versions;
    for (const Annotation &annotation : changing) {
        if (annotation.version == 0) {
            insert.addBindValue(now.toSecsSinceEpoch());
            insert.addBindValue(annotation.listingId);
            sql::exec(insert);
            // Nothing inserted: someone else's row appeared since the read (on a team library, their
            // transaction committed while this one waited for the key).
            if (insert.numRowsAffected() != 1)
                throwStale(annotation.listingId);
            versions.insert(annotation.listingId, 1);
        } else {
            versions.insert(annotation.listingId, annotation.version);
        }
    }
    return versions;
}

void AnnotationStore::update(const QString &assignment, const QVariant &value, qint64 listingId,
                             qint64 version, const QDateTime &now) const
{
    QSqlQuery query =
        sql::prepare(m_db.connection(), QStringLiteral("UPDATE annotations SET %1, updated_at = ? "
                                                       "WHERE listing_id = ? AND row_version = ?")
                                            .arg(assignment));
    query.addBindValue(value);
    query.addBindValue(now.toSecsSinceEpoch());
    query.addBindValue(listingId);
    query.addBindValue(version);
    sql::exec(query);
    if (query.numRowsAffected() != 1)
        throwStale(listingId);
}

void AnnotationStore::throwStale(qint64 listingId) const
{
    // The latest entry of the listing's activity says who changed what (the write that made this one
    // stale has committed, so it is visible here).
    QSqlQuery latest = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT l.title, coalesce(a.changed_by, ''), coalesce(a.detail, '') FROM listings l "
                       "LEFT JOIN activity a ON a.listing_id = l.id WHERE l.id = ? "
                       "ORDER BY a.at DESC, a.id DESC LIMIT 1"),
        {listingId});
    const bool found = latest.next();
    const QString title = found ? latest.value(0).toString() : QString();
    const QString who = found ? latest.value(1).toString() : QString();
    const QString what = found ? latest.value(2).toString() : QString();
    QString message = who.isEmpty() ? tr("“%1” was changed elsewhere since you last saw it").arg(title)
                                    : tr("“%1” was changed by %2 since you last saw it").arg(title, who);
    if (!what.isEmpty())
        message += QStringLiteral(" (%1)").arg(what);
    throw StoreError(message + tr(". Your edit was not saved."), StoreError::Kind::Stale);
}

QList<Annotation> AnnotationStore::annotations(const QList<qint64> &ids) const
{
    QSqlQuery read = sql::prepare(
        m_db.connection(),
        QStringLiteral("SELECT listings.id, a.stage_id, a.rating, a.favourite, a.hidden, a.updated_at, "
                       "a.row_version FROM listings LEFT JOIN annotations a ON a.listing_id = listings.id "
                       "WHERE listings.id = ?"));
    QList<Annotation> result;
    result.reserve(ids.size());
    for (const qint64 id : ids) {
        read.addBindValue(id);
        sql::exec(read);
        if (!read.next())
            continue;
        Annotation annotation;
        annotation.listingId = id;
        annotation.stageId = read.value(1).toLongLong();
        annotation.rating = read.value(2).toInt();
        annotation.favourite = read.value(3).toInt() != 0;
        annotation.hidden = read.value(4).toInt() != 0;
        if (!read.value(5).isNull())
            annotation.updatedAt = QDateTime::fromSecsSinceEpoch(read.value(5).toLongLong(), QTimeZone::UTC);
        annotation.version = read.value(6).toLongLong();
        result.append(annotation);
    }
    return result;
}

Annotation AnnotationStore::annotation(qint64 listingId) const
{
    const QList<Annotation> found = annotations({listingId});
    if (found.isEmpty())
        throw StoreError(tr("The listing is no longer in the library."));
    return found.first();
}

QList<StageChange> AnnotationStore::stageHistory(qint64 listingId) const
{
    QSqlQuery query = sql::run(m_db.connection(),
                               QStringLiteral("SELECT h.id, h.stage_id, coalesce(s.name, ''), h.changed_at "
                                              "FROM stage_history h LEFT JOIN stages s ON s.id = h.stage_id "
                                              "WHERE h.listing_id = ? ORDER BY h.changed_at, h.id"),
                               {listingId});
    QList<StageChange> history;
    while (query.next())
        history.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                        QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::UTC)});
    return history;
}

QList<qint64> AnnotationStore::setStage(const QList<qint64> &ids, qint64 stageId, const QDateTime &now)
{
    const StageNames stages(m_db);
    if (!stages.names.contains(stageId))
        throw StoreError(tr("There is no such stage (it may have been removed)."));
    Transaction transaction(m_db.connection(), m_db.dialect());
    QList<Annotation> changed = current(ids);
    changed.removeIf([&](const Annotation &a) { return stages.effective(a.stageId) == stageId; });
    const QHash<qint64, qint64> versions = prepareRows(changed, now);
    QSqlQuery history = sql::prepare(
        m_db.connection(),
        QStringLiteral("INSERT INTO stage_history (listing_id, stage_id, changed_at) VALUES (?, ?, ?)"));
    ActivityLog log(m_db);
    QList<qint64> historyIds;
    for (const Annotation &annotation : changed) {
        update(QStringLiteral("stage_id = ?"), stageId, annotation.listingId,
               versions.value(annotation.listingId), now);
        history.addBindValue(annotation.listingId);
        history.addBindValue(stageId);
        history.addBindValue(now.toSecsSinceEpoch());
        sql::exec(history);
        historyIds.append(history.lastInsertId().toLongLong());
        log.append({annotation.listingId}, QStringLiteral("status"),
                   tr("%1 → %2").arg(stages.name(annotation.stageId), stages.name(stageId)), now);
    }
    transaction.commit();
    return historyIds;
}

void AnnotationStore::setRating(const QList<qint64> &ids, int rating, const QDateTime &now)
{
    if (rating < 0 || rating > 5)
        throw StoreError(tr("A rating is 0 (unrated) to 5 stars, not %1.").arg(rating));
    Transaction transaction(m_db.connection(), m_db.dialect());
    QList<Annotation> changed = current(ids);
    changed.removeIf([rating](const Annotation &a) { return a.rating == rating; });
    const QHash<qint64, qint64> versions = prepareRows(changed, now);
    ActivityLog log(m_db);
    for (const Annotation &annotation : changed) {
        update(QStringLiteral("rating = ?"), rating, annotation.listingId,
               versions.value(annotation.listingId), now);
        log.append({annotation.listingId}, QStringLiteral("rating"),
                   tr("Rating %1 → %2").arg(ratingText(annotation.rating), ratingText(rating)), now);
    }
    transaction.commit();
}

void AnnotationStore::setFavourite(const QList<qint64> &ids, bool favourite, const QDateTime &now)
{
    setFlag(ids, QStringLiteral("favourite"), favourite,
            favourite ? tr("Marked as favourite") : tr("No longer a favourite"), now);
}

void AnnotationStore::setHidden(const QList<qint64> &ids, bool hidden, const QDateTime &now)
{
    setFlag(ids, QStringLiteral("hidden"), hidden, hidden ? tr("Hidden") : tr("Shown again"), now);
}

void AnnotationStore::setFlag(const QList<qint64> &ids, const QString &flag, bool on, const QString &detail,
                              const QDateTime &now)
{
    const auto isOn = [&flag](const Annotation &a) {
        return flag == QLatin1String("hidden") ? a.hidden : a.favourite;
    };
    Transaction transaction(m_db.connection(), m_db.dialect());
    QList<Annotation> changed = current(ids);
    // Setting creates the row when needed; clearing only touches rows that have the flag (a listing
    // without a row has neither).
    changed.removeIf([&](const Annotation &a) { return isOn(a) == on; });
    const QHash<qint64, qint64> versions = prepareRows(changed, now);
    QList<qint64> changedIds;
    for (const Annotation &annotation : changed) {
        update(flag + QStringLiteral(" = ?"), on ? 1 : 0, annotation.listingId,
               versions.value(annotation.listingId), now);
        changedIds.append(annotation.listingId);
    }
    ActivityLog(m_db).append(changedIds, flag, detail, now);
    transaction.commit();
}

// Undo: each listing goes back to its value in `previous` unless it has it already, and only from the
// value the edit set; the version read here guards the write against a change in between.
void AnnotationStore::restoreStages(const QList<Annotation> &previous, const QList<qint64> &historyIds,
                                    std::optional<qint64> edited, const QDateTime &now)
{
    const StageNames stages(m_db);
    Transaction transaction(m_db.connection(), m_db.dialect());
    ActivityLog log(m_db);
    for (const Annotation &stored : current(listingIds(previous))) {
        const Annotation &before = *findListing(previous, stored.listingId);
        if (stored.stageId == before.stageId)
            continue;
        if (edited && stages.effective(stored.stageId) != *edited)
            throwStale(stored.listingId);
        update(QStringLiteral("stage_id = ?"), before.stageId > 0 ? QVariant(before.stageId) : QVariant(),
               stored.listingId, stored.version, now);
        log.append({stored.listingId}, QStringLiteral("status"),
                   tr("%1 → %2 (undone)").arg(stages.name(stored.stageId), stages.name(before.stageId)), now);
    }
    QSqlQuery remove =
        sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM stage_history WHERE id = ?"));
    for (const qint64 id : historyIds) {
        remove.addBindValue(id);
        sql::exec(remove);
    }
    transaction.commit();
}

void AnnotationStore::restoreRatings(const QList<Annotation> &previous, std::optional<int> edited,
                                     const QDateTime &now)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    ActivityLog log(m_db);
    for (const Annotation &stored : current(listingIds(previous))) {
        const Annotation &before = *findListing(previous, stored.listingId);
        if (stored.rating == before.rating)
            continue;
        if (edited && stored.rating != *edited)
            throwStale(stored.listingId);
        update(QStringLiteral("rating = ?"), before.rating, stored.listingId, stored.version, now);
        log.append({stored.listingId}, QStringLiteral("rating"),
                   tr("Rating %1 → %2 (undone)").arg(ratingText(stored.rating), ratingText(before.rating)),
                   now);
    }
    transaction.commit();
}

void AnnotationStore::restoreFavourites(const QList<Annotation> &previous, std::optional<bool> edited,
                                        const QDateTime &now)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    ActivityLog log(m_db);
    for (const Annotation &stored : current(listingIds(previous))) {
        const Annotation &before = *findListing(previous, stored.listingId);
        if (stored.favourite == before.favourite)
            continue;
        if (edited && stored.favourite != *edited)
            throwStale(stored.listingId);
        update(QStringLiteral("favourite = ?"), before.favourite ? 1 : 0, stored.listingId, stored.version,
               now);
        log.append({stored.listingId}, QStringLiteral("favourite"),
                   before.favourite ? tr("Marked as favourite (undone)")
                                    : tr("No longer a favourite (undone)"),
                   now);
    }
    transaction.commit();
}

} // namespace jobdesk
