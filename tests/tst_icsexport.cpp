// The calendar export: the .ics file is parsed back (lines unfolded, TEXT unescaped) and every event is
// checked against the library; folding keeps lines within 75 octets without splitting a UTF-8
// character; a search narrows the export; `jobdesk calendar` writes the same file from a shell.
#include "testsupport.h"

#include "annotations/datestore.h"
#include "export/icsexport.h"
#include "search/searchquery.h"
#include "store/database.h"
#include "store/listingrepository.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <optional>
#include <utility>

using namespace jobdesk;

namespace {

struct Property
{
    QString name;
    QStringList parameters;
    QString value;
};
using Component = QList<Property>;

// RFC 5545 3.1: unfold (CRLF followed by a space or tab), then split name;params:value.
QList<Property> parseLines(const QByteArray &data)
{
    QByteArray unfolded = data;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "");
    QList<Property> properties;
    const QList<QByteArray> lines = unfolded.split('\n');
    for (const QByteArray &raw : lines) {
        if (raw.isEmpty())
            continue;
        if (!raw.endsWith('\r'))
            qFatal("line without CRLF: %s", raw.constData());
        const QString line = QString::fromUtf8(raw.chopped(1));
        const qsizetype colon = line.indexOf(u':');
        QStringList head = line.left(colon).split(u';');
        properties.append({head.takeFirst(), head, line.mid(colon + 1)});
    }
    return properties;
}

QString unescape(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            plain += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            plain += text.at(i);
        }
    }
    return plain;
}

QList<Component> events(const QByteArray &data)
{
    QList<Component> events;
    std::optional<Component> current;
    for (const Property &property : parseLines(data)) {
        if (property.name == QLatin1String("BEGIN") && property.value == QLatin1String("VEVENT"))
            current = Component{};
        else if (property.name == QLatin1String("END") && property.value == QLatin1String("VEVENT"))
            events.append(*std::exchange(current, std::nullopt));
        else if (current)
            current->append(property);
    }
    return events;
}

const Property *find(const Component &event, const char *name)
{
    for (const Property &property : event)
        if (property.name == QLatin1String(name))
            return &property;
    return nullptr;
}

QString value(const Component &event, const char *name)
{
    const Property *property = find(event, name);
    return property ? property->value : QString();
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::UTC);
}

// A library with an awkward title (every character TEXT escapes, a long UTF-8 run), follow-ups and two
// events. Returns the ids: listing with the title, another listing.
void fill(const Database &db)
{
    test::addListings(db, 3);
    Listing awkward = test::makeListing(7);
    awkward.title = QStringLiteral("Ingénieur·e logiciel, Qt; C++ \\ embarqué — Zürich/Genève, "
                                   "équipe « Plateforme » für Übergrößen 🚀 und mehr Käse");
    awkward.company = QStringLiteral("Ünïcode, Ltd.");
    awkward.url = QStringLiteral("https://jobs.example.com/ingénieur?x=1&y=2");
    ListingRepository(db).upsert(awkward, QDateTime::currentDateTimeUtc());
}

} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping()
    {
        QCOMPARE(ics::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
        QCOMPARE(unescape(ics::escapeText(QStringLiteral("x, y; z\\\n"))), QStringLiteral("x, y; z\\\n"));
    }

    void foldingNeverSplitsACharacter()
    {
        // 1 + 3 + 4-byte characters in a row: a naive fold at 75 octets would cut one of them.
        QString text = QStringLiteral("DESCRIPTION:");
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("aé€🚀");
        const QByteArray line = text.toUtf8();
        const QByteArray folded = ics::foldLine(line);
        const QList<QByteArray> lines = folded.split('\n');
        QVERIFY(lines.size() > 5);
        QVERIFY(lines.last().isEmpty()); // ends with CRLF
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray &physical = lines.at(i);
            QVERIFY(physical.endsWith('\r'));
            const QByteArray content = physical.chopped(1);
            QVERIFY2(content.size() <= 75, content.constData());
            QCOMPARE(content.startsWith(' '), i > 0);
            // Every physical line is valid UTF-8 on its own.
            const QByteArray payload = i > 0 ? content.mid(1) : content;
            QVERIFY2(QString::fromUtf8(payload).toUtf8() == payload &&
                         !QString::fromUtf8(payload).contains(QChar::ReplacementCharacter),
                     payload.constData());
            if (i + 2 < lines.size()) // all but the last: filled but for a character that did not fit
                QVERIFY(content.size() >= 72);
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, QByteArray(line + "\r\n"));
        QCOMPARE(ics::foldLine("SHORT:x"), QByteArray("SHORT:x\r\n"));
        const QByteArray exact(75, 'x');
        QCOMPARE(ics::foldLine(exact), QByteArray(exact + "\r\n"));
    }

    void roundTrip()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        fill(*db);
        DateStore dates(*db);
        dates.setFollowUp({1, 4}, QDate(2026, 12, 5));
        ListingEvent interview;
        interview.listingId = 4;
        interview.kind = EventKind::Interview;
        interview.start = utc(2026, 12, 8, 13, 30);
        interview.end = utc(2026, 12, 8, 14, 15);
        interview.location = QStringLiteral("Bahnhofstrasse 1, 8001 Zürich; 3rd floor");
        interview.note = QStringLiteral("Ask about the team,\nthe stack; and \\ remote days");
        const qint64 interviewId = dates.addEvent(interview);
        ListingEvent call;
        call.listingId = 2;
        call.kind = EventKind::Call;
        call.title = QStringLiteral("Recruiter call");
        call.start = utc(2026, 11, 30, 9, 0);
        dates.addEvent(call);

        const QString path = library.filePath(QStringLiteral("dates.ics"));
        const QDateTime stamp = utc(2026, 11, 20, 8, 0);
        const IcsResult result = IcsExport(*db).write(path, {}, stamp);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.events, 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        QVERIFY(data.endsWith("END:VCALENDAR\r\n"));
        for (const QByteArray &line : data.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR

        const QList<Component> parsed = events(data);
        QCOMPARE(parsed.size(), 4);
        const auto byUid = [&](const QString &uid) -> const Component & {
            for (const Component &event : parsed)
                if (value(event, "UID") == uid)
                    return event;
            qFatal("no event %s", qPrintable(uid));
        };
        for (const Component &event : parsed)
            QCOMPARE(value(event, "DTSTAMP"), QStringLiteral("20261120T080000Z"));

        // Follow-ups: all-day on their day, summary with title and company, the link in the description.
        const ListingRepository listings(*db);
        for (const qint64 id : {1, 4}) {
            const Component &event = byUid(QStringLiteral("follow-up-%1@jobdesk").arg(id));
            const Listing listing = *listings.find(id);
            QCOMPARE(find(event, "DTSTART")->parameters, QStringList{QStringLiteral("VALUE=DATE")});
            QCOMPARE(value(event, "DTSTART"), QStringLiteral("20261205"));
            QCOMPARE(value(event, "DTEND"), QStringLiteral("20261206"));
            QCOMPARE(unescape(value(event, "SUMMARY")),
                     QStringLiteral("Follow up: %1 — %2").arg(listing.title, listing.company));
            QCOMPARE(unescape(value(event, "DESCRIPTION")), listing.url);
        }

        // The interview: UTC times, location and note unescaped as they were stored.
        const ListingEvent stored = *dates.event(interviewId);
        const Component &onsite = byUid(stored.uid);
        QCOMPARE(value(onsite, "DTSTART"), QStringLiteral("20261208T133000Z"));
        QCOMPARE(value(onsite, "DTEND"), QStringLiteral("20261208T141500Z"));
        QCOMPARE(unescape(value(onsite, "LOCATION")), interview.location);
        const Listing awkward = *listings.find(4);
        QCOMPARE(unescape(value(onsite, "SUMMARY")),
                 QStringLiteral("Interview: %1 — %2").arg(awkward.title, awkward.company));
        QCOMPARE(unescape(value(onsite, "DESCRIPTION")),
                 QString(interview.note + QLatin1String("\n\n") + awkward.url));
        QVERIFY(value(onsite, "URL").startsWith(QLatin1String("https://jobs.example.com/ing%C3%A9nieur")));

        const Component &recruiter = byUid(dates.events(2).first().uid);
        QCOMPARE(value(recruiter, "DTSTART"), QStringLiteral("20261130T090000Z"));
        QVERIFY(!find(recruiter, "DTEND"));
        QVERIFY(unescape(value(recruiter, "SUMMARY")).startsWith(QLatin1String("Recruiter call: ")));

        // The UIDs stay the same in the next export.
        const QByteArray again = ics::calendar(IcsExport(*db).events(), stamp);
        QCOMPARE(again, data);
    }

    void searchNarrowsTheExport()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        fill(*db);
        DateStore(*db).setFollowUp({1, 2, 3, 4}, QDate(2026, 12, 5));
        search::CompileContext context;
        context.dialect = &db->dialect(); // how the library's engine searches full text
        context.prefixLastWord = false;
        const search::CompiledSearch search = search::compileSearch(QStringLiteral("company:Acme"), context);
        QVERIFY(search.ok());
        const QList<CalendarEvent> acme = IcsExport(*db).events(search.filter);
        QCOMPARE(acme.size(), 1);
        QCOMPARE(acme.first().uid, QStringLiteral("follow-up-1@jobdesk"));
    }

    void unwritableFileKeepsNothing()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        const IcsResult result = IcsExport(*db).write(library.filePath(QStringLiteral("missing/dir/x.ics")));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QLatin1String("x.ics")));
    }

    void commandLine()
    {
        test::TempLibrary library;
        {
            const std::unique_ptr<Database> db = library.open();
            fill(*db);
            DateStore dates(*db);
            dates.setFollowUp({1, 2}, QDate(2026, 12, 5));
            ListingEvent interview;
            interview.listingId = 2;
            interview.start = utc(2026, 12, 8, 13, 30);
            dates.addEvent(interview);
        }
        const QString path = library.filePath(QStringLiteral("cli.ics"));
        test::Run run = test::runJobdesk(
            {QStringLiteral("calendar"), path, QStringLiteral("--database"), library.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("3 dates written to ")), qPrintable(run.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(events(file.readAll()).size(), 3);
        file.close();

        run =
            test::runJobdesk({QStringLiteral("calendar"), path, QStringLiteral("--database"), library.path(),
                              QStringLiteral("--query"), QStringLiteral("company:Northwind")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<Component> northwind = events(file.readAll());
        QCOMPARE(northwind.size(), 2); // listing 2's follow-up and interview
        for (const Component &event : northwind)
            QVERIFY(unescape(value(event, "SUMMARY")).contains(QLatin1String("Northwind Data")));
        file.close();

        run = test::runJobdesk({QStringLiteral("calendar"), path, QStringLiteral("--database"),
                                library.path(), QStringLiteral("--query"), QStringLiteral("salary>=lots")});
        QCOMPARE(run.exitCode, 2);
        run = test::runJobdesk({QStringLiteral("calendar"), QStringLiteral("--database"), library.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("Usage")));
    }
};

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
