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

// Creates the annotation rows the listings lack (ids of missing listings add nothing).
void ensureRows(const QSqlDatabase &db, const QList<qint64> &ids, const QDateTime &now)
{
    QSqlQuery insert = sql::prepare(db, QStringLiteral("INSERT INTO annotations (listing_id, updated_at) "
                                                       "SELECT id, ? FROM listings WHERE id = ? "
                                                       "ON CONFLICT (listing_id) DO NOTHING"));
    for (const qint64 id : ids) {
        insert.addBindValue(now.toSecsSinceEpoch());
        insert.addBindValue(id);
        sql::exec(insert);
    }
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

} // namespace

AnnotationStore::AnnotationStore(const Database &db)
    : m_db(db)
{}

QList<Annotation> AnnotationStore::annotations(const QList<qint64> &ids) const
{
    QSqlQuery read = sql::prepare(
        m_db.connection(),
        QStringLiteral("SELECT listings.id, a.stage_id, a.rating, a.favourite, a.hidden, a.updated_at "
                       "FROM listings LEFT JOIN annotations a ON a.listing_id = listings.id "
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
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const QList<Annotation> before = annotations(ids);
    QList<qint64> changed;
    for (const Annotation &annotation : before) {
        if (stages.effective(annotation.stageId) != stageId)
            changed.append(annotation.listingId);
    }
    ensureRows(db, changed, now);
    QSqlQuery update = sql::prepare(
        db, QStringLiteral("UPDATE annotations SET stage_id = ?, updated_at = ? WHERE listing_id = ?"));
    QSqlQuery history = sql::prepare(
        db, QStringLiteral("INSERT INTO stage_history (listing_id, stage_id, changed_at) VALUES (?, ?, ?)"));
    ActivityLog log(m_db);
    QList<qint64> historyIds;
    for (const Annotation &annotation : before) {
        if (!changed.contains(annotation.listingId))
            continue;
        update.addBindValue(stageId);
        update.addBindValue(now.toSecsSinceEpoch());
        update.addBindValue(annotation.listingId);
        sql::exec(update);
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
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QList<Annotation> changed = annotations(ids);
    changed.removeIf([rating](const Annotation &a) { return a.rating == rating; });
    QList<qint64> changedIds;
    for (const Annotation &annotation : changed)
        changedIds.append(annotation.listingId);
    ensureRows(db, changedIds, now);
    QSqlQuery update = sql::prepare(
        db, QStringLiteral("UPDATE annotations SET rating = ?, updated_at = ? WHERE listing_id = ?"));
    ActivityLog log(m_db);
    for (const Annotation &annotation : changed) {
        update.addBindValue(rating);
        update.addBindValue(now.toSecsSinceEpoch());
        update.addBindValue(annotation.listingId);
        sql::exec(update);
        log.append({annotation.listingId}, QStringLiteral("rating"),
                   tr("Rating %1 → %2").arg(ratingText(annotation.rating), ratingText(rating)), now);
    }
    transaction.commit();
}

void AnnotationStore::setFavourite(const QList<qint64> &ids, bool favourite, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QList<qint64> changed;
    for (const Annotation &annotation : annotations(ids)) {
        if (annotation.favourite != favourite)
            changed.append(annotation.listingId);
    }
    ensureRows(db, changed, now);
    QSqlQuery update = sql::prepare(
        db, QStringLiteral("UPDATE annotations SET favourite = ?, updated_at = ? WHERE listing_id = ?"));
    for (const qint64 id : changed) {
        update.addBindValue(favourite ? 1 : 0);
        update.addBindValue(now.toSecsSinceEpoch());
        update.addBindValue(id);
        sql::exec(update);
    }
    ActivityLog(m_db).append(changed, QStringLiteral("favourite"),
                             favourite ? tr("Marked as favourite") : tr("No longer a favourite"), now);
    transaction.commit();
}

void AnnotationStore::setHidden(const QList<qint64> &ids, bool hidden, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QList<qint64> changed;
    for (const Annotation &annotation : annotations(ids)) {
        if (annotation.hidden != hidden)
            changed.append(annotation.listingId);
    }
    // Hiding creates the row when needed; showing only clears the flag of rows that have it.
    ensureRows(db, hidden ? changed : QList<qint64>(), now);
    QSqlQuery write = sql::prepare(
        db, QStringLiteral("UPDATE annotations SET hidden = ?, updated_at = ? WHERE listing_id = ?"));
    for (const qint64 id : changed) {
        write.addBindValue(hidden ? 1 : 0);
        write.addBindValue(now.toSecsSinceEpoch());
        write.addBindValue(id);
        sql::exec(write);
    }
    ActivityLog(m_db).append(changed, QStringLiteral("hidden"), hidden ? tr("Hidden") : tr("Shown again"),
                             now);
    transaction.commit();
}

void AnnotationStore::restoreStages(const QList<Annotation> &previous, const QList<qint64> &historyIds,
                                    const QDateTime &now)
{
    const StageNames stages(m_db);
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QHash<qint64, qint64> current;
    QList<qint64> ids;
    for (const Annotation &annotation : previous)
        ids.append(annotation.listingId);
    for (const Annotation &annotation : annotations(ids))
        current.insert(annotation.listingId, annotation.stageId);
    QSqlQuery update = sql::prepare(
        db, QStringLiteral("UPDATE annotations SET stage_id = ?, updated_at = ? WHERE listing_id = ?"));
    ActivityLog log(m_db);
    for (const Annotation &annotation : previous) {
        if (!current.contains(annotation.listingId) ||
            current.value(annotation.listingId) == annotation.stageId)
            continue;
        update.addBindValue(annotation.stageId > 0 ? QVariant(annotation.stageId) : QVariant());
        update.addBindValue(now.toSecsSinceEpoch());
        update.addBindValue(annotation.listingId);
        sql::exec(update);
        log.append(
            {annotation.listingId}, QStringLiteral("status"),
            tr("%1 → %2 (undone)")
                .arg(stages.name(current.value(annotation.listingId)), stages.name(annotation.stageId)),
            now);
    }
    QSqlQuery remove = sql::prepare(db, QStringLiteral("DELETE FROM stage_history WHERE id = ?"));
    for (const qint64 id : historyIds) {
        remove.addBindValue(id);
        sql::exec(remove);
    }
    transaction.commit();
}

void AnnotationStore::restoreRatings(const QList<Annotation> &previous, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QSqlQuery update = sql::prepare(
        db, QStringLiteral(
                "UPDATE annotations SET rating = ?, updated_at = ? WHERE listing_id = ? AND rating != ?"));
    ActivityLog log(m_db);
    QList<qint64> ids;
    for (const Annotation &annotation : previous)
        ids.append(annotation.listingId);
    for (const Annotation &current : annotations(ids)) {
        const auto before = std::find_if(previous.cbegin(), previous.cend(), [&](const Annotation &a) {
            return a.listingId == current.listingId;
        });
        if (current.rating == before->rating)
            continue;
        update.addBindValue(before->rating);
        update.addBindValue(now.toSecsSinceEpoch());
        update.addBindValue(current.listingId);
        update.addBindValue(before->rating);
        sql::exec(update);
        log.append({current.listingId}, QStringLiteral("rating"),
                   tr("Rating %1 → %2 (undone)").arg(ratingText(current.rating), ratingText(before->rating)),
                   now);
    }
    transaction.commit();
}

void AnnotationStore::restoreFavourites(const QList<Annotation> &previous, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QSqlQuery update = sql::prepare(
        db, QStringLiteral("UPDATE annotations SET favourite = ?, updated_at = ? WHERE listing_id = ?"));
    ActivityLog log(m_db);
    QList<qint64> ids;
    for (const Annotation &annotation : previous)
        ids.append(annotation.listingId);
    for (const Annotation &current : annotations(ids)) {
        const auto before = std::find_if(previous.cbegin(), previous.cend(), [&](const Annotation &a) {
            return a.listingId == current.listingId;
        });
        if (current.favourite == before->favourite)
            continue;
        update.addBindValue(before->favourite ? 1 : 0);
        update.addBindValue(now.toSecsSinceEpoch());
        update.addBindValue(current.listingId);
        sql::exec(update);
        log.append({current.listingId}, QStringLiteral("favourite"),
                   before->favourite ? tr("Marked as favourite (undone)")
                                     : tr("No longer a favourite (undone)"),
                   now);
    }
    transaction.commit();
}

} // namespace jobdesk
