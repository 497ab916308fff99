#include "datestore.h"

#include "activitylog.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

namespace jobdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DateStore", text);
}

QString dayText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant seconds(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A QString without text binds as NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime utc(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

QString eventDetail(const ListingEvent &event, const char *what)
{
    return tr(what).arg(eventKindLabel(event.kind), timeText(event.start));
}

const QString eventColumns = QStringLiteral(
    "id, listing_id, kind, starts_at, ends_at, title, location, note, uid FROM listing_events");

ListingEvent readEvent(const QSqlQuery &query)
{
    ListingEvent event;
    event.id = query.value(0).toLongLong();
    event.listingId = query.value(1).toLongLong();
    event.kind = EventKind(query.value(2).toInt());
    event.start = utc(query.value(3));
    event.end = utc(query.value(4));
    event.title = query.value(5).toString();
    event.location = query.value(6).toString();
    event.note = query.value(7).toString();
    event.uid = query.value(8).toString();
    return event;
}

} // namespace

QString eventKindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Interview:
        return tr("Interview");
    case EventKind::Call:
        return tr("Call");
    case EventKind::Assessment:
        return tr("Assessment");
    case EventKind::Other:
        return tr("Event");
    }
    return tr("Event");
}

DateStore::DateStore(const Database &db)
    : m_db(db)
{}

qint64 DateStore::followUpSeconds(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::LocalTime).toSecsSinceEpoch();
}

QDate DateStore::followUpDate(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::LocalTime).date();
}

void DateStore::setFollowUp(const QList<qint64> &ids, std::optional<QDate> date, const QDateTime &now)
{
    if (date && !date->isValid())
        throw StoreError(tr("A follow-up needs a valid date."));
    QHash<qint64, std::optional<qint64>> times;
    for (const qint64 id : ids)
        times.insert(id, date ? std::optional(followUpSeconds(*date)) : std::nullopt);
    restoreFollowUps(times, now);
}

std::optional<QDate> DateStore::followUp(qint64 listingId) const
{
    const std::optional<qint64> time = followUpTimes({listingId}).value(listingId);
    return time ? std::optional(followUpDate(*time)) : std::nullopt;
}

QHash<qint64, std::optional<qint64>> DateStore::followUpTimes(const QList<qint64> &ids) const
{
    QHash<qint64, std::optional<qint64>> times;
    QSqlQuery query = sql::prepare(
        m_db.connection(), QStringLiteral("SELECT follow_up_at FROM annotations WHERE listing_id = ?"));
    for (const qint64 id : ids) {
        query.addBindValue(id);
        sql::exec(query);
        const bool set = query.next() && !query.value(0).isNull();
        times.insert(id, set ? std::optional(query.value(0).toLongLong()) : std::nullopt);
    }
    return times;
}

void DateStore::restoreFollowUps(const QHash<qint64, std::optional<qint64>> &times, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    const QHash<qint64, std::optional<qint64>> before = followUpTimes(times.keys());
    Transaction transaction(db, m_db.dialect());
    // Setting creates the annotations row when needed (selected from listings, so a vanished id adds
    // nothing); clearing only touches rows that have a date.
    QSqlQuery set = sql::prepare(
        db, QStringLiteral("INSERT INTO annotations (listing_id, follow_up_at, updated_at) "
                           "SELECT id, ?, ? FROM listings WHERE id = ? "
                           "ON CONFLICT (listing_id) DO UPDATE SET follow_up_at = excluded.follow_up_at, "
                           "updated_at = excluded.updated_at"));
    QSqlQuery clear = sql::prepare(
        db,
        QStringLiteral("UPDATE annotations SET follow_up_at = NULL, updated_at = ? WHERE listing_id = ?"));
    const ActivityLog log(m_db);
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        if (it.value()) {
            set.addBindValue(*it.value());
            set.addBindValue(now.toSecsSinceEpoch());
            set.addBindValue(it.key());
            sql::exec(set);
            log.append({it.key()}, QStringLiteral("follow-up"),
                       tr("Follow-up on %1").arg(dayText(followUpDate(*it.value()))), now);
        } else {
            clear.addBindValue(now.toSecsSinceEpoch());
            clear.addBindValue(it.key());
            sql::exec(clear);
            log.append({it.key()}, QStringLiteral("follow-up"), tr("Follow-up cleared"), now);
        }
    }
    transaction.commit();
}

void DateStore::validate(const ListingEvent &event) const
{
    if (!event.start.isValid())
        throw StoreError(tr("An event needs a start date and time."));
    if (event.end.isValid() && event.end < event.start)
        throw StoreError(
            tr("The event ends (%1) before it starts (%2).").arg(timeText(event.end), timeText(event.start)));
    if (int(event.kind) > int(EventKind::Other))
        throw StoreError(tr("Unknown kind of event."));
    if (!sql::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM listings WHERE id = ?"),
                     {event.listingId})
             .isValid())
        throw StoreError(tr("Listing %1 does not exist (any more).").arg(event.listingId));
}

qint64 DateStore::writeEvent(const ListingEvent &event, bool insert, const QDateTime &now) const
{
    const QVariantList values{int(event.kind),
                              event.start.toSecsSinceEpoch(),
                              seconds(event.end),
                              text(event.title.trimmed()),
                              text(event.location.trimmed()),
                              text(event.note),
                              now.toSecsSinceEpoch()};
    if (insert) {
        // A new event's id comes from the database (a PostgreSQL identity refuses an explicit NULL).
        const bool restored = event.id != 0;
        return sql::scalar(
                   m_db.connection(),
                   QStringLiteral("INSERT INTO listing_events (kind, starts_at, ends_at, title, location, "
                                  "note, updated_at, listing_id, uid%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?%2) "
                                  "RETURNING id")
                       .arg(restored ? QLatin1String(", id") : QLatin1String(),
                            restored ? QLatin1String(", ?") : QLatin1String()),
                   values + QVariantList{event.listingId, event.uid} +
                       (restored ? QVariantList{event.id} : QVariantList{}))
            .toLongLong();
    }
    QSqlQuery update =
        sql::run(m_db.connection(),
                 QStringLiteral("UPDATE listing_events SET kind = ?, starts_at = ?, ends_at = ?, title = ?, "
                                "location = ?, note = ?, updated_at = ? WHERE id = ?"),
                 values + QVariantList{event.id});
    if (update.numRowsAffected() != 1)
        throw StoreError(tr("The event no longer exists."));
    return event.id;
}

qint64 DateStore::addEvent(const ListingEvent &event, const QDateTime &now)
{
    validate(event);
    ListingEvent added = event;
    added.id = 0;
    if (added.uid.isEmpty())
        added.uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1String("@jobdesk");
    Transaction transaction(m_db.connection(), m_db.dialect());
    const qint64 id = writeEvent(added, true, now);
    ActivityLog(m_db).append({event.listingId}, QStringLiteral("event"),
                             eventDetail(added, QT_TRANSLATE_NOOP("DateStore", "%1 added: %2")), now);
    transaction.commit();
    return id;
}

void DateStore::updateEvent(const ListingEvent &event, const QDateTime &now)
{
    const std::optional<ListingEvent> before = this->event(event.id);
    if (!before)
        throw StoreError(tr("The event no longer exists."));
    ListingEvent changed = event;
    changed.listingId = before->listingId;
    changed.uid = before->uid;
    validate(changed);
    if (changed == *before)
        return;
    Transaction transaction(m_db.connection(), m_db.dialect());
    writeEvent(changed, false, now);
    ActivityLog(m_db).append({changed.listingId}, QStringLiteral("event"),
                             eventDetail(changed, QT_TRANSLATE_NOOP("DateStore", "%1 changed: %2")), now);
    transaction.commit();
}

void DateStore::removeEvent(qint64 eventId, const QDateTime &now)
{
    const std::optional<ListingEvent> removed = event(eventId);
    if (!removed)
        return;
    Transaction transaction(m_db.connection(), m_db.dialect());
    sql::run(m_db.connection(), QStringLiteral("DELETE FROM listing_events WHERE id = ?"), {eventId});
    ActivityLog(m_db).append({removed->listingId}, QStringLiteral("event"),
                             eventDetail(*removed, QT_TRANSLATE_NOOP("DateStore", "%1 removed: %2")), now);
    transaction.commit();
}

void DateStore::restoreEvent(const ListingEvent &event, const QDateTime &now)
{
    validate(event);
    if (event.id == 0 || event.uid.isEmpty())
        throw StoreError(tr("Only a removed event can be restored."));
    Transaction transaction(m_db.connection(), m_db.dialect());
    writeEvent(event, true, now);
    ActivityLog(m_db).append({event.listingId}, QStringLiteral("event"),
                             eventDetail(event, QT_TRANSLATE_NOOP("DateStore", "%1 added: %2")), now);
    transaction.commit();
}

std::optional<ListingEvent> DateStore::event(qint64 eventId) const
{
    QSqlQuery query =
        sql::run(m_db.connection(), QLatin1String("SELECT ") + eventColumns + QLatin1String(" WHERE id = ?"),
                 {eventId});
    return query.next() ? std::optional(readEvent(query)) : std::nullopt;
}

QList<ListingEvent> DateStore::events(qint64 listingId) const
{
    QSqlQuery query = sql::run(m_db.connection(),
                               QLatin1String("SELECT ") + eventColumns +
                                   QLatin1String(" WHERE listing_id = ? ORDER BY starts_at, id"),
                               {listingId});
    QList<ListingEvent> events;
    while (query.next())
        events.append(readEvent(query));
    return events;
}

} // namespace jobdesk
