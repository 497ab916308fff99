#include "import/dateparser.h"

#include <QTimeZone>
#include <utility>

namespace jobdesk {
namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A read position in the text, with the small steps every format is made of.
struct Cursor
{
    QStringView s;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    QChar peek(qsizetype k = 0) const { return i + k < s.size() ? s[i + k] : QChar(); }
    void skipSpaces()
    {
        while (!atEnd() && s[i].isSpace())
            ++i;
    }
    bool eat(QChar c)
    {
        if (peek() != c)
            return false;
        ++i;
        return true;
    }
    // Up to maxDigits digits; returns how many were read (0: none, the cursor does not move).
    int number(int &value, int maxDigits = 9)
    {
        int count = 0;
        value = 0;
        while (count < maxDigits && isDigit(peek())) {
            value = value * 10 + (s[i++].unicode() - u'0');
            ++count;
        }
        return count;
    }
    QStringView word()
    {
        const qsizetype start = i;
        while (!atEnd() && s[i].isLetter())
            ++i;
        return s.sliced(start, i - start);
    }
    bool eatWord(const char *expected)
    {
        const qsizetype start = i;
        if (word().compare(QLatin1StringView(expected), Qt::CaseInsensitive) == 0)
            return true;
        i = start;
        return false;
    }
};

const char *const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};
const char *const kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                 "friday", "saturday", "sunday"};

// Index + 1 of the name that `w` abbreviates to at least three letters ("Feb", "Sept", "February"); 0 if
// none.
int nameIndex(QStringView w, const char *const *names, int count)
{
    if (w.size() < 3)
        return 0;
    for (int k = 0; k < count; ++k) {
        if (QLatin1StringView(names[k]).startsWith(w, Qt::CaseInsensitive))
            return k + 1;
    }
    return 0;
}

QDateTime utc(QDate date, QTime time, int offsetSeconds)
{
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::UTC).addSecs(-offsetSeconds);
}

// hh:mm[:ss[.fraction]] with an optional AM/PM; false (cursor unchanged) when there is none.
bool parseTime(Cursor &c, QTime &time)
{
    const qsizetype start = c.i;
    int h = 0, m = 0, sec = 0, ms = 0;
    if (c.number(h, 2) == 0 || !c.eat(u':') || c.number(m, 2) != 2) {
        c.i = start;
        return false;
    }
    if (c.eat(u':')) {
        if (c.number(sec, 2) != 2)
            return false;
        if (c.peek() == u'.' || c.peek() == u',') {
            ++c.i;
            int digits = 0;
            for (; isDigit(c.peek()); ++c.i, ++digits) {
                if (digits < 3)
                    ms = ms * 10 + (c.peek().unicode() - u'0');
            }
            if (digits == 0)
                return false;
            for (; digits < 3; ++digits)
                ms *= 10;
        }
    }
    const qsizetype beforeMeridiem = c.i;
    c.skipSpaces();
    const QStringView meridiem = c.word();
    const bool am = meridiem.compare(u"am", Qt::CaseInsensitive) == 0;
    const bool pm = meridiem.compare(u"pm", Qt::CaseInsensitive) == 0;
    if (am || pm) {
        if (h < 1 || h > 12)
            return false;
        h = h % 12 + (pm ? 12 : 0);
    } else {
        c.i = beforeMeridiem;
    }
    time = QTime(h, m, sec, ms);
    return time.isValid();
}

// An optional zone at the cursor: Z, +hh, +hhmm, +hh:mm, UTC, GMT, UT or a US abbreviation.
bool parseZone(Cursor &c, int &offsetSeconds)
{
    offsetSeconds = 0;
    c.skipSpaces();
    if (c.atEnd())
        return true;
    if (c.peek() == u'+' || c.peek() == u'-') {
        const int sign = c.peek() == u'-' ? -1 : 1;
        ++c.i;
        int hh = 0, mm = 0;
        const int digits = c.number(hh, 4);
        if (digits == 4) {
            mm = hh % 100;
            hh /= 100;
        } else if (digits == 2) {
            if (c.eat(u':') && c.number(mm, 2) != 2)
                return false;
        } else {
            return false;
        }
        if (hh > 14 || mm > 59)
            return false;
        offsetSeconds = sign * (hh * 3600 + mm * 60);
        return true;
    }
    struct Named
    {
        const char *name;
        int hours;
    };
    static const Named zones[] = {{"z", 0},    {"utc", 0},  {"gmt", 0},  {"ut", 0},
                                  {"est", -5}, {"edt", -4}, {"cst", -6}, {"cdt", -5},
                                  {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}};
    const QStringView w = c.word();
    for (const Named &z : zones) {
        if (w.compare(QLatin1StringView(z.name), Qt::CaseInsensitive) == 0) {
            offsetSeconds = z.hours * 3600;
            return true;
        }
    }
    return false;
}

// What may follow a date: an optional time and zone, then nothing.
QDateTime finish(Cursor &c, QDate date)
{
    c.skipSpaces();
    c.eat(u',');
    c.skipSpaces();
    c.eatWord("at");
    c.skipSpaces();
    QTime time(0, 0);
    int offset = 0;
    if (parseTime(c, time) && !parseZone(c, offset))
        return {};
    c.skipSpaces();
    return c.atEnd() ? utc(date, time, offset) : QDateTime();
}

// yyyy-MM-dd or yyyy/MM/dd, then [T| ]time[zone].
QDateTime parseIso(QStringView text)
{
    Cursor c{text};
    int y = 0, m = 0, d = 0;
    c.number(y, 4);
    const QChar sep = c.peek();
    ++c.i;
    if (c.number(m, 2) == 0 || !c.eat(sep) || c.number(d, 2) == 0)
        return {};
    const QDate date(y, m, d);
    if (c.atEnd())
        return utc(date, QTime(0, 0), 0);
    if ((c.peek() == u'T' || c.peek() == u't' || c.peek() == u' ') && isDigit(c.peek(1))) {
        ++c.i;
        QTime time;
        int offset = 0;
        if (!parseTime(c, time) || !parseZone(c, offset))
            return {};
        c.skipSpaces();
        return c.atEnd() ? utc(date, time, offset) : QDateTime();
    }
    return finish(c, date);
}

QDateTime parseEpoch(QStringView digits)
{
    if (digits.size() == 8) {
        const int ymd = digits.toInt();
        return utc(QDate(ymd / 10000, ymd / 100 % 100, ymd % 100), QTime(0, 0), 0);
    }
    if (digits.size() < 9 || digits.size() > 14)
        return {};
    const qint64 value = digits.toLongLong();
    if (value < 100'000'000'000LL)
        return QDateTime::fromSecsSinceEpoch(value, QTimeZone::UTC);
    return QDateTime::fromMSecsSinceEpoch(value, QTimeZone::UTC);
}

// Skips "st", "nd", "rd" or "th" after a day number.
void skipOrdinal(Cursor &c)
{
    const qsizetype start = c.i;
    const QStringView w = c.word();
    if (!(w == u"st" || w == u"nd" || w == u"rd" || w == u"th"))
        c.i = start;
}

// "24 Feb 2025", "February 24, 2025", "24.02.2025", with an optional weekday before and time after.
QDateTime parseWritten(QStringView text)
{
    Cursor c{text};
    const qsizetype start = c.i;
    if (nameIndex(c.word(), kWeekdays, 7) != 0) {
        c.eat(u'.');
        c.skipSpaces();
        c.eat(u',');
        c.skipSpaces();
    } else {
        c.i = start;
    }
    int day = 0, month = 0, year = 0;
    if (c.number(day, 2) > 0) {
        const QChar sep = c.peek();
        if ((sep == u'.' || sep == u'/' || sep == u'-') && isDigit(c.peek(1))) {
            ++c.i;
            int second = 0;
            if (c.number(second, 2) == 0 || !c.eat(sep) || c.number(year, 4) != 4)
                return {};
            month = second;
            if (sep == u'/' && day <= 12 && second <= 12 && day != second)
                return {}; // "03/04/2025": day first or month first cannot be told apart
            if (sep == u'/' && second > 12)
                std::swap(day, month); // "02/24/2025"
        } else {
            skipOrdinal(c);
            c.skipSpaces();
            c.eat(u'-');
            month = nameIndex(c.word(), kMonths, 12);
            c.eat(u'.');
            c.skipSpaces();
            c.eat(u'-');
            if (month == 0 || c.number(year, 4) != 4)
                return {};
        }
    } else {
        month = nameIndex(c.word(), kMonths, 12);
        c.eat(u'.');
        c.skipSpaces();
        if (month == 0 || c.number(day, 2) == 0)
            return {};
        skipOrdinal(c);
        c.eat(u',');
        c.skipSpaces();
        if (c.number(year, 4) != 4)
            return {};
    }
    if (isDigit(c.peek()))
        return {};
    return finish(c, QDate(year, month, day));
}

// "4 hours ago", "30+ days ago", "an hour ago", "3h ago", "yesterday", "just posted" ...
QDateTime parseRelative(QStringView text, const QDateTime &now)
{
    if (!now.isValid())
        return {};
    const QDateTime base = now.toUTC();
    Cursor c{text};
    const qsizetype start = c.i;
    const QStringView lead = c.word();
    if (lead.compare(u"posted", Qt::CaseInsensitive) == 0 ||
        lead.compare(u"reposted", Qt::CaseInsensitive) == 0 ||
        lead.compare(u"active", Qt::CaseInsensitive) == 0)
        c.skipSpaces();
    else
        c.i = start;

    const QStringView rest = c.s.sliced(c.i);
    for (const char *phrase : {"just posted", "just now", "now", "today"}) {
        if (rest.compare(QLatin1StringView(phrase), Qt::CaseInsensitive) == 0)
            return base;
    }
    if (rest.compare(u"yesterday", Qt::CaseInsensitive) == 0)
        return base.addDays(-1);

    int count = 0;
    if (c.number(count, 4) == 0) {
        const QStringView article = c.word();
        if (article.compare(u"a", Qt::CaseInsensitive) != 0 &&
            article.compare(u"an", Qt::CaseInsensitive) != 0 &&
            article.compare(u"one", Qt::CaseInsensitive) != 0)
            return {};
        count = 1;
    } else {
        c.eat(u'+');
    }
    c.skipSpaces();
    QStringView unit = c.word();
    c.skipSpaces();
    if (!c.eatWord("ago"))
        return {};
    c.skipSpaces();
    if (!c.atEnd())
        return {};
    if (unit.size() > 2 && (unit.endsWith(u's') || unit.endsWith(u'S')))
        unit.chop(1);
    auto is = [unit](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (unit.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (is({"second", "sec"}))
        return base.addSecs(-count);
    if (is({"minute", "min"}))
        return base.addSecs(-60LL * count);
    if (is({"hour", "hr", "h"}))
        return base.addSecs(-3600LL * count);
    if (is({"day", "d"}))
        return base.addDays(-count);
    if (is({"week", "wk", "w"}))
        return base.addDays(-7LL * count);
    if (is({"month", "mo"}))
        return base.addMonths(-count);
    if (is({"year", "yr", "y"}))
        return base.addYears(-count);
    return {};
}

} // namespace

QDateTime parseDate(QStringView text, const QDateTime &now)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    qsizetype digits = 0;
    while (digits < text.size() && isDigit(text[digits]))
        ++digits;
    if (digits == text.size())
        return parseEpoch(text);
    if (digits == 4 && (text[4] == u'-' || text[4] == u'/'))
        return parseIso(text);
    if (QDateTime written = parseWritten(text); written.isValid())
        return written;
    return parseRelative(text, now);
}

} // namespace jobdesk
