// Dates as job sources write them, turned into a UTC QDateTime. Invalid when the text is no date.
//
// Accepted (surrounding spaces ignored, month and day names in English, case-insensitive)
//   ISO 8601      "2025-02-24", "2025-07-28T22:51:16", "2025-07-28 22:51", "2026-02-15T20:46:02.912021"
//                 (any number of fraction digits, kept to the millisecond), "2025-02-24T16:53:14Z",
//                 "...+02:00", "...+0200", "...-05", "... UTC"; also "2025/02/24" and "20250224".
//                 A time without a zone is taken as UTC; a date alone is midnight UTC.
//   RFC 2822      "Mon, 24 Feb 2025 16:53:14 +0000", "... GMT", "... UT", "... EST/EDT/CST/CDT/MST/MDT/
//                 PST/PDT"; the weekday is optional and not checked against the date.
//   Written dates "24 Feb 2025", "24 February 2025", "February 24, 2025", "Feb 24 2025", "24-Feb-2025",
//                 each optionally followed by a time ("10:30", "10:30:15", "10:30 AM") and a zone as above.
//   Numeric dates "24.02.2025" and "24-02-2025" (day first); "24/02/2025" or "02/24/2025" only when
//                 unambiguous (one number above 12, or both equal): "03/04/2025" is refused.
//   Epoch         9 to 14 digits: below 10^11 seconds, from 10^11 milliseconds ("1740415994",
//                 "1740415994000"). 8 digits are yyyyMMdd.
//   Relative      against `now`: "just posted", "just now", "now", "today", "yesterday", "N <unit>(s) ago",
//                 "N+ <unit>s ago" (the bound: "30+ days ago" is now - 30 days), "a/an/one <unit> ago",
//                 short forms "3h ago", "2d ago", "1w ago", "5mo ago", optionally after "posted",
//                 "reposted" or "active". Units: second, sec, minute, min, hour, hr, h, day, d, week, wk,
//                 w, month, mo, year, yr, y. "today" and "just posted" are `now` itself.
// Anything else ("save job", "Irvine", "", "2025-13-01", "tomorrow") is an invalid QDateTime.
#pragma once

#include <QDateTime>
#include <QStringView>

namespace jobdesk {

QDateTime parseDate(QStringView text, const QDateTime &now);

} // namespace jobdesk
