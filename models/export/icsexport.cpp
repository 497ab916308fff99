#include "icsexport.h"

#include "annotations/datestore.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace jobdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IcsExport", text);
}

QString withCompany(const QString &title, const QString &company)
{
    return company.isEmpty() ? title : tr("%1 — %2").arg(title, company);
}

QByteArray utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray dateStamp(QDate day)
{
    return day.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QString description(const QString &url, const QString &note)
{
    QStringList parts;
    if (!note.trimmed().isEmpty())
        parts.append(note.trimmed());
    if (!url.isEmpty())
        parts.append(url);
    return parts.join(QStringLiteral("\n\n"));
}

// The part of the FROM clause every SqlFilter is written against.
const QString filterJoins = QStringLiteral(" LEFT JOIN annotations ON annotations.listing_id = listings.id "
                                           "LEFT JOIN stages ON stages.id = annotations.stage_id ");

QString where(const SqlFilter &filter, const QString &condition)
{
    return QLatin1String(" WHERE ") + condition +
           (filter.isEmpty() ? QString() : QLatin1String(" AND (") + filter.condition + QLatin1Char(')'));
}

} // namespace

namespace ics {

QString escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += QLatin1String("\\n");
        } else if (c == u'\n') {
            escaped += QLatin1String("\\n");
        } else if (c.unicode() < 0x20 && c != u'\t') {
            continue; // control characters are not allowed in TEXT
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray foldLine(const QByteArray &line)
{
    static constexpr qsizetype limit = 75;
    QByteArray folded;
    qsizetype from = 0;
    bool first = true;
    while (true) {
        const qsizetype room = first ? limit : limit - 1; // a continuation starts with a space
        qsizetype to = std::min(from + room, line.size());
        // Never end a line inside a UTF-8 sequence: back off to the start of the character.
        while (to < line.size() && to > from && (uchar(line.at(to)) & 0xC0) == 0x80)
            --to;
        if (!first)
            folded += ' ';
        folded += line.mid(from, to - from);
        folded += "\r\n";
        if (to >= line.size())
            break;
        from = to;
        first = false;
    }
    return folded;
}

QByteArray calendar(const QList<CalendarEvent> &events, const QDateTime &stamp)
{
    QByteArray out;
    const auto add = [&out](const QByteArray &name, const QString &value) {
        out += foldLine(name + ':' + value.toUtf8());
    };
    add("BEGIN", QStringLiteral("VCALENDAR"));
    add("VERSION", QStringLiteral("2.0"));
    add("PRODID", QStringLiteral("-//Jobdesk//Jobdesk//EN"));
    add("CALSCALE", QStringLiteral("GREGORIAN"));
    add("METHOD", QStringLiteral("PUBLISH"));
    add("X-WR-CALNAME", QStringLiteral("Jobdesk"));
    for (const CalendarEvent &event : events) {
        add("BEGIN", QStringLiteral("VEVENT"));
        add("UID", event.uid);
        add("DTSTAMP", QString::fromLatin1(utcStamp(stamp)));
        if (event.day.isValid()) {
            add("DTSTART;VALUE=DATE", QString::fromLatin1(dateStamp(event.day)));
            add("DTEND;VALUE=DATE", QString::fromLatin1(dateStamp(event.day.addDays(1))));
            add("TRANSP", QStringLiteral("TRANSPARENT"));
        } else {
            add("DTSTART", QString::fromLatin1(utcStamp(event.start)));
            if (event.end.isValid())
                add("DTEND", QString::fromLatin1(utcStamp(event.end)));
        }
        add("SUMMARY", escapeText(event.summary));
        if (!event.location.isEmpty())
            add("LOCATION", escapeText(event.location));
        if (!event.description.isEmpty())
            add("DESCRIPTION", escapeText(event.description));
        if (const QUrl url(event.url); url.isValid() && !url.host().isEmpty())
            add("URL", QString::fromLatin1(url.toEncoded()));
        add("END", QStringLiteral("VEVENT"));
    }
    add("END", QStringLiteral("VCALENDAR"));
    return out;
}

} // namespace ics

IcsExport::IcsExport(const Database &db)
    : m_db(db)
{}

QString IcsExport::followUpSummary(const QString &title, const QString &company)
{
    return tr("Follow up: %1").arg(withCompany(title, company));
}

QList<CalendarEvent> IcsExport::events(const SqlFilter &filter) const
{
    QList<CalendarEvent> events;
    const QSqlDatabase db = m_db.connection();
    QSqlQuery followUps =
        sql::run(db,
                 QLatin1String("SELECT listings.id, listings.title, listings.company, listings.url, "
                               "annotations.follow_up_at FROM listings") +
                     filterJoins + where(filter, QStringLiteral("annotations.follow_up_at IS NOT NULL")),
                 filter.values);
    while (followUps.next()) {
        CalendarEvent event;
        event.uid = QStringLiteral("follow-up-%1@jobdesk").arg(followUps.value(0).toLongLong());
        event.day = DateStore::followUpDate(followUps.value(4).toLongLong());
        event.summary = followUpSummary(followUps.value(1).toString(), followUps.value(2).toString());
        event.url = followUps.value(3).toString();
        event.description = description(event.url, {});
        events.append(event);
    }
    QSqlQuery dated =
        sql::run(db,
                 QLatin1String("SELECT e.uid, e.kind, e.starts_at, e.ends_at, e.title, e.location, e.note, "
                               "listings.title, listings.company, listings.url FROM listing_events e "
                               "JOIN listings ON listings.id = e.listing_id") +
                     filterJoins + where(filter, QStringLiteral("TRUE")),
                 filter.values);
    while (dated.next()) {
        CalendarEvent event;
        event.uid = dated.value(0).toString();
        event.start = QDateTime::fromSecsSinceEpoch(dated.value(2).toLongLong(), QTimeZone::UTC);
        if (!dated.value(3).isNull())
            event.end = QDateTime::fromSecsSinceEpoch(dated.value(3).toLongLong(), QTimeZone::UTC);
        const QString what = dated.value(4).toString().isEmpty()
                                 ? eventKindLabel(EventKind(dated.value(1).toInt()))
                                 : dated.value(4).toString();
        event.summary =
            tr("%1: %2").arg(what, withCompany(dated.value(7).toString(), dated.value(8).toString()));
        event.location = dated.value(5).toString();
        event.url = dated.value(9).toString();
        event.description = description(event.url, dated.value(6).toString());
        events.append(event);
    }
    // By start; a follow-up day counts from its local start.
    const auto key = [](const CalendarEvent &event) {
        return event.day.isValid() ? QDateTime(event.day, QTime(0, 0), QTimeZone::LocalTime) : event.start;
    };
    std::stable_sort(events.begin(), events.end(),
                     [&](const CalendarEvent &a, const CalendarEvent &b) { return key(a) < key(b); });
    return events;
}

IcsResult IcsExport::write(const QString &path, const SqlFilter &filter, const QDateTime &stamp) const
{
    const QList<CalendarEvent> all = events(filter);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {0, tr("Cannot write %1: %2").arg(path, file.errorString())};
    const QByteArray content = ics::calendar(all, stamp);
    if (file.write(content) != content.size() || !file.commit())
        return {0, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {all.size(), {}};
}

} // namespace jobdesk
