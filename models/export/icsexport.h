// The dates of listings as an iCalendar file (RFC 5545) for any calendar program: each follow-up as an
// all-day event on its day, each interview or other event with its start and end in UTC. Every event
// has a UID that stays the same across exports (a follow-up's is made from its listing, an event's is
// stored with it), so importing a newer file updates events instead of adding copies. The file is
// written through QSaveFile: a failed export leaves an existing file as it was.
#pragma once

#include "listings/listingquery.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jobdesk {

class Database;

struct CalendarEvent
{
    QString uid;
    QDate day;       // an all-day event (a follow-up) when valid
    QDateTime start; // otherwise its start…
    QDateTime end;   // …and end (invalid when none)
    QString summary;
    QString location;
    QString description;
    QString url;
};

namespace ics {

// TEXT escaping: backslash, semicolon, comma and newlines.
QString escapeText(const QString &text);
// One content line (UTF-8, without line break) folded to lines of at most 75 octets, each ending in
// CRLF; a continuation begins with a space and a UTF-8 character is never split.
QByteArray foldLine(const QByteArray &line);
// The whole VCALENDAR; DTSTAMP is `stamp`.
QByteArray calendar(const QList<CalendarEvent> &events, const QDateTime &stamp);

} // namespace ics

struct IcsResult
{
    qsizetype events = 0;
    QString error; // for people, naming the file; empty on success

    bool ok() const { return error.isEmpty(); }
};

class IcsExport final
{
public:
    explicit IcsExport(const Database &db);
    Q_DISABLE_COPY_MOVE(IcsExport)

    // The follow-ups and events of the listings matching `filter` (every listing when it is empty),
    // by start.
    QList<CalendarEvent> events(const SqlFilter &filter = {}) const;
    IcsResult write(const QString &path, const SqlFilter &filter = {},
                    const QDateTime &stamp = QDateTime::currentDateTimeUtc()) const;

    // "Follow up: <title> — <company>" and the like.
    static QString followUpSummary(const QString &title, const QString &company);

private:
    const Database &m_db;
};

} // namespace jobdesk
