// parseDate on the date fields of the real sources under ../shared/data/listings (Remotive
// "publication_date", Jobicy "posted_at", Adzuna "date_posted", djinni "date_posted", Indeed
// "time_posted") and the other formats boards and feeds use.
#include "import/dateparser.h"

#include <QTest>
#include <QTimeZone>

using namespace jobdesk;
using namespace Qt::StringLiterals;

namespace {
QDateTime at(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::UTC);
}
// The moment relative dates are resolved against.
const QDateTime now = at(2025, 7, 30, 12, 0, 0);
} // namespace

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void relativeNeedsNow();
    void relativeFromZonedNow();
};

void TestDateParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: the text is no date

    // ISO 8601, as the sources write it.
    QTest::newRow("iso date") << u"2025-02-24"_s << at(2025, 2, 24);
    QTest::newRow("jobicy scraped_date") << u"2025-07-13"_s << at(2025, 7, 13);
    QTest::newRow("remotive no zone") << u"2025-07-28T22:51:16"_s << at(2025, 7, 28, 22, 51, 16);
    QTest::newRow("adzuna Z") << u"2025-02-24T16:53:14Z"_s << at(2025, 2, 24, 16, 53, 14);
    QTest::newRow("jobicy +00:00") << u"2025-07-11T19:17:50+00:00"_s << at(2025, 7, 11, 19, 17, 50);
    QTest::newRow("offset +02:00") << u"2025-02-24T18:53:14+02:00"_s << at(2025, 2, 24, 16, 53, 14);
    QTest::newRow("offset -05:00") << u"2025-02-24T11:53:14-05:00"_s << at(2025, 2, 24, 16, 53, 14);
    QTest::newRow("offset +0530") << u"2025-02-24T22:23:14+0530"_s << at(2025, 2, 24, 16, 53, 14);
    QTest::newRow("offset crosses day") << u"2025-02-24T01:00:00+02:00"_s << at(2025, 2, 23, 23, 0, 0);
    QTest::newRow("djinni microseconds")
        << u"2026-02-15T20:46:02.912021"_s << at(2026, 2, 15, 20, 46, 2, 912);
    QTest::newRow("djinni seconds") << u"2026-02-15T20:46:02"_s << at(2026, 2, 15, 20, 46, 2);
    QTest::newRow("millis Z") << u"2025-02-24T16:53:14.25Z"_s << at(2025, 2, 24, 16, 53, 14, 250);
    QTest::newRow("space no seconds") << u"2025-07-28 22:51"_s << at(2025, 7, 28, 22, 51);
    QTest::newRow("space UTC") << u"2025-07-28 22:51:16 UTC"_s << at(2025, 7, 28, 22, 51, 16);
    QTest::newRow("surrounding spaces") << u"  2025-02-24\n"_s << at(2025, 2, 24);
    QTest::newRow("slashes") << u"2025/02/24"_s << at(2025, 2, 24);
    QTest::newRow("compact") << u"20250224"_s << at(2025, 2, 24);
    // RFC 2822 (RSS feeds).
    QTest::newRow("rfc +0000") << u"Mon, 24 Feb 2025 16:53:14 +0000"_s << at(2025, 2, 24, 16, 53, 14);
    QTest::newRow("rfc GMT") << u"Mon, 24 Feb 2025 16:53:14 GMT"_s << at(2025, 2, 24, 16, 53, 14);
    QTest::newRow("rfc +0100") << u"Mon, 24 Feb 2025 17:53:14 +0100"_s << at(2025, 2, 24, 16, 53, 14);
    QTest::newRow("rfc EST") << u"24 Feb 2025 11:53:14 EST"_s << at(2025, 2, 24, 16, 53, 14);
    QTest::newRow("rfc no weekday") << u"24 Feb 2025 16:53 +0000"_s << at(2025, 2, 24, 16, 53);
    // Epoch.
    QTest::newRow("epoch seconds") << u"1740415994"_s << at(2025, 2, 24, 16, 53, 14);
    QTest::newRow("epoch millis") << u"1740415994123"_s << at(2025, 2, 24, 16, 53, 14, 123);
    // Relative to now (2025-07-30 12:00 UTC); the Indeed rows are from linkedin-indeed-ca-2018.
    QTest::newRow("indeed hours") << u"4 hours ago"_s << now.addSecs(-4 * 3600);
    QTest::newRow("indeed 30+ days") << u"30+ days ago"_s << now.addDays(-30);
    QTest::newRow("indeed 1 day") << u"1 day ago"_s << now.addDays(-1);
    QTest::newRow("just posted") << u"Just posted"_s << now;
    QTest::newRow("today") << u"today"_s << now;
    QTest::newRow("posted today") << u"Posted Today"_s << now;
    QTest::newRow("yesterday") << u"Yesterday"_s << now.addDays(-1);
    QTest::newRow("week") << u"1 week ago"_s << now.addDays(-7);
    QTest::newRow("months") << u"2 months ago"_s << at(2025, 5, 30, 12, 0);
    QTest::newRow("an hour") << u"an hour ago"_s << now.addSecs(-3600);
    QTest::newRow("a month") << u"a month ago"_s << at(2025, 6, 30, 12, 0);
    QTest::newRow("a year") << u"a year ago"_s << at(2024, 7, 30, 12, 0);
    QTest::newRow("minutes") << u"15 minutes ago"_s << now.addSecs(-15 * 60);
    QTest::newRow("posted prefix") << u"Posted 3 days ago"_s << now.addDays(-3);
    QTest::newRow("reposted") << u"Reposted 2 weeks ago"_s << now.addDays(-14);
    QTest::newRow("short hours") << u"3h ago"_s << now.addSecs(-3 * 3600);
    QTest::newRow("short days") << u"2d ago"_s << now.addDays(-2);
    QTest::newRow("short months") << u"5mo ago"_s << at(2025, 2, 28, 12, 0);
    // Written dates.
    QTest::newRow("d mon y") << u"24 Feb 2025"_s << at(2025, 2, 24);
    QTest::newRow("d month y") << u"24 February 2025"_s << at(2025, 2, 24);
    QTest::newRow("month d, y") << u"February 24, 2025"_s << at(2025, 2, 24);
    QTest::newRow("mon d y") << u"Feb 24 2025"_s << at(2025, 2, 24);
    QTest::newRow("abbrev dot") << u"Sept. 5, 2025"_s << at(2025, 9, 5);
    QTest::newRow("ordinal") << u"24th February 2025"_s << at(2025, 2, 24);
    QTest::newRow("month ordinal") << u"February 24th, 2025"_s << at(2025, 2, 24);
    QTest::newRow("dashed") << u"24-Feb-2025"_s << at(2025, 2, 24);
    QTest::newRow("weekday and time") << u"Monday, February 24, 2025 10:30 AM"_s << at(2025, 2, 24, 10, 30);
    QTest::newRow("pm") << u"February 24, 2025 at 4:53 PM"_s << at(2025, 2, 24, 16, 53);
    QTest::newRow("dotted") << u"24.02.2025"_s << at(2025, 2, 24);
    QTest::newRow("dashed numeric") << u"24-02-2025"_s << at(2025, 2, 24);
    QTest::newRow("day first slash") << u"24/02/2025"_s << at(2025, 2, 24);
    QTest::newRow("month first slash") << u"02/24/2025"_s << at(2025, 2, 24);
    // Not dates.
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("indeed save job") << u"save job"_s << QDateTime();
    QTest::newRow("indeed city") << u"Irvine"_s << QDateTime();
    QTest::newRow("indeed company") << u"SJVC Inc."_s << QDateTime();
    QTest::newRow("month 13") << u"2025-13-01"_s << QDateTime();
    QTest::newRow("february 30") << u"2025-02-30"_s << QDateTime();
    QTest::newRow("bad time") << u"2025-02-24T25:00:00"_s << QDateTime();
    QTest::newRow("trailing junk") << u"2025-02-24T16:53:14Z please"_s << QDateTime();
    QTest::newRow("ambiguous slash") << u"03/04/2025"_s << QDateTime();
    QTest::newRow("no day") << u"Feb 2025"_s << QDateTime();
    QTest::newRow("tomorrow") << u"tomorrow"_s << QDateTime();
    QTest::newRow("no ago") << u"30 days"_s << QDateTime();
    QTest::newRow("unknown unit") << u"3 fortnights ago"_s << QDateTime();
    QTest::newRow("year only") << u"2025"_s << QDateTime();
    QTest::newRow("short number") << u"12345"_s << QDateTime();
    QTest::newRow("glassdoor -1") << u"-1"_s << QDateTime();
    QTest::newRow("n/a") << u"N/A"_s << QDateTime();
}

void TestDateParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime result = parseDate(text, now);
    QCOMPARE(result.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(result, expected);
    QCOMPARE(result.timeSpec(), Qt::UTC);
}

void TestDateParser::relativeNeedsNow()
{
    QVERIFY(!parseDate(u"4 hours ago", QDateTime()).isValid());
    QVERIFY(!parseDate(u"today", QDateTime()).isValid());
    QCOMPARE(parseDate(u"2025-02-24", QDateTime()), at(2025, 2, 24)); // absolute dates need no now
}

void TestDateParser::relativeFromZonedNow()
{
    const QDateTime berlin(QDate(2025, 7, 30), QTime(14, 0), QTimeZone::fromSecondsAheadOfUtc(7200));
    const QDateTime result = parseDate(u"2 hours ago", berlin);
    QCOMPARE(result, at(2025, 7, 30, 10, 0));
    QCOMPARE(result.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
