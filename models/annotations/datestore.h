// The dates of listings: the follow-up date (annotations.follow_up_at) and the dated events of a
// listing, interviews first (table listing_events, migration 010). Every edit runs in one transaction
// together with its entries in the activity history. A follow-up is a day: it is stored as the start
// of that day in local time, so the Follow-up due view shows it from the morning of that day.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

class Database;

// The numeric values are stored in the database: never renumber, only append.
enum class EventKind : quint8
{
    Interview = 0,
    Call = 1,
    Assessment = 2,
    Other = 3,
};
// "Interview", "Call", ... in the user's language.
QString eventKindLabel(EventKind kind);

struct ListingEvent
{
    qint64 id = 0;
    qint64 listingId = 0;
    EventKind kind = EventKind::Interview;
    QDateTime start;
    QDateTime end; // invalid when the event has no end
    QString title;
    QString location; // a place or a meeting link
    QString note;
    QString uid; // the calendar UID; made when the event is added

    friend bool operator==(const ListingEvent &, const ListingEvent &) = default;
};

class DateStore final
{
public:
    explicit DateStore(const Database &db);
    Q_DISABLE_COPY_MOVE(DateStore)

    // Sets (or, with nullopt, clears) the follow-up date of the listings, in one transaction with an
    // activity entry per listing that changed. Ids of listings that do not exist are skipped. Throws
    // StoreError for an invalid date.
    void setFollowUp(const QList<qint64> &ids, std::optional<QDate> date,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    std::optional<QDate> followUp(qint64 listingId) const;
    // The stored follow-up times (Unix seconds, nullopt for none) of the listings, and putting them back
    // exactly as they were: what undo needs.
    QHash<qint64, std::optional<qint64>> followUpTimes(const QList<qint64> &ids) const;
    void restoreFollowUps(const QHash<qint64, std::optional<qint64>> &times,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Adds the event (its id is ignored; a uid is made when it has none) and returns its id. Throws
    // StoreError when the listing does not exist, the start is missing or the end is before the start.
    qint64 addEvent(const ListingEvent &event, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Changes every field of the event with event.id but its listing and uid.
    void updateEvent(const ListingEvent &event, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void removeEvent(qint64 eventId, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Puts a removed event back with its id and uid (undo of removeEvent).
    void restoreEvent(const ListingEvent &event, const QDateTime &now = QDateTime::currentDateTimeUtc());
    std::optional<ListingEvent> event(qint64 eventId) const;
    // The listing's events, earliest first.
    QList<ListingEvent> events(qint64 listingId) const;

    // A follow-up day as stored (the start of the day in local time), and back.
    static qint64 followUpSeconds(QDate date);
    static QDate followUpDate(qint64 seconds);

private:
    void validate(const ListingEvent &event) const;
    // Inserts (with its id when it has one: a restored event) or updates; returns the event's id.
    qint64 writeEvent(const ListingEvent &event, bool insert, const QDateTime &now) const;

    const Database &m_db;
};

} // namespace jobdesk
