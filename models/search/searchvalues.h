// The values of comparisons in the search language: amounts (150k, 1.5m, 150,000, $120k), plain
// numbers (4, 70%), ages (12h, 7d, 2w, 3m = 90 days, 1y = 365 days) and UTC dates (2026-01-31,
// 2026-01, 2026). Each returns nothing for text it does not accept, so the parser can say where.
#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>
#include <utility>

namespace jobdesk::search {

std::optional<double> parseAmount(QStringView text);
// A non-negative number; `percent` also accepts a trailing '%'.
std::optional<double> parseNumber(QStringView text, bool percent);
// The age in seconds.
std::optional<qint64> parseAge(QStringView text);
// The day, month or year named, as [begin, end) in UTC.
std::optional<std::pair<QDateTime, QDateTime>> parseDateRange(QStringView text);

} // namespace jobdesk::search
