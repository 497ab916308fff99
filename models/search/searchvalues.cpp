#include "searchvalues.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace jobdesk::search {
namespace {

// Digits with optional thousands separators (',' or '_' between groups of three) and a fraction.
const QString numberPattern = QStringLiteral(R"((\d{1,3}(?:[,_]\d{3})+|\d+)(?:\.(\d+))?)");

std::optional<double> toDouble(const QRegularExpressionMatch &match)
{
    QString digits = match.captured(1);
    digits.remove(QLatin1Char(',')).remove(QLatin1Char('_'));
    if (match.hasCaptured(2))
        digits += QLatin1Char('.') + match.captured(2);
    bool ok = false;
    const double value = digits.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

std::optional<double> parseAmount(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[$€£¥]?)") + numberPattern +
                                            QStringLiteral(R"(([kKmM]?)$)"));
    const QRegularExpressionMatch match = pattern.matchView(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto value = toDouble(match);
    if (!value)
        return std::nullopt;
    const QChar suffix = match.capturedView(3).isEmpty() ? QChar() : match.capturedView(3).front().toLower();
    return *value * (suffix == u'k' ? 1e3 : suffix == u'm' ? 1e6 : 1.0);
}

std::optional<double> parseNumber(QStringView text, bool percent)
{
    static const QRegularExpression plain(QLatin1Char('^') + numberPattern + QLatin1Char('$'));
    static const QRegularExpression withPercent(QLatin1Char('^') + numberPattern + QStringLiteral("%?$"));
    const QRegularExpressionMatch match = (percent ? withPercent : plain).matchView(text);
    return match.hasMatch() ? toDouble(match) : std::nullopt;
}

std::optional<qint64> parseAge(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d+(?:\.\d+)?)([hdwmyHDWMY])$)"));
    const QRegularExpressionMatch match = pattern.matchView(text);
    if (!match.hasMatch())
        return std::nullopt;
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    qint64 unit = hour;
    switch (match.capturedView(2).front().toLower().unicode()) {
    case u'd':
        unit = day;
        break;
    case u'w':
        unit = 7 * day;
        break;
    case u'm':
        unit = 30 * day;
        break;
    case u'y':
        unit = 365 * day;
        break;
    default:
        break;
    }
    const double amount = match.captured(1).toDouble();
    // Far beyond any listing's age; keeps the product inside qint64.
    if (amount > 1000 * 365.0 * day / double(unit))
        return std::nullopt;
    return qint64(amount * double(unit));
}

std::optional<std::pair<QDateTime, QDateTime>> parseDateRange(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$)"));
    const QRegularExpressionMatch match = pattern.matchView(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.capturedView(1).toInt();
    const bool hasMonth = match.hasCaptured(2);
    const bool hasDay = match.hasCaptured(3);
    const QDate first(year, hasMonth ? match.capturedView(2).toInt() : 1,
                      hasDay ? match.capturedView(3).toInt() : 1);
    if (!first.isValid())
        return std::nullopt;
    const QDate after = hasDay ? first.addDays(1) : hasMonth ? first.addMonths(1) : first.addYears(1);
    return std::pair{QDateTime(first, QTime(0, 0), QTimeZone::UTC),
                     QDateTime(after, QTime(0, 0), QTimeZone::UTC)};
}

} // namespace jobdesk::search
