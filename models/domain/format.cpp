#include "format.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace jobdesk {
namespace {

// `value` with the fewest decimals (up to `maxDecimals`) that show it exactly: 94.5, 120, 1.25.
QString shortNumber(double value, int maxDecimals, const QLocale &locale)
{
    int decimals = 0;
    double scale = 1.0;
    while (decimals < maxDecimals && std::abs(value * scale - std::round(value * scale)) > 1e-6) {
        ++decimals;
        scale *= 10.0;
    }
    return locale.toString(value, 'f', decimals);
}

QString compactAmount(double amount, const QLocale &locale)
{
    if (amount >= 1000000.0)
        return shortNumber(amount / 1000000.0, 2, locale) + QLatin1Char('M');
    if (amount >= 10000.0)
        return shortNumber(amount / 1000.0, 1, locale) + QLatin1Char('k');
    return shortNumber(amount, 2, locale);
}

QString periodSuffix(SalaryPeriod period)
{
    switch (period) {
    case SalaryPeriod::Hour:
        return QCoreApplication::translate("Format", "/h");
    case SalaryPeriod::Day:
        return QCoreApplication::translate("Format", "/day");
    case SalaryPeriod::Week:
        return QCoreApplication::translate("Format", "/wk");
    case SalaryPeriod::Month:
        return QCoreApplication::translate("Format", "/mo");
    case SalaryPeriod::Year:
        return QCoreApplication::translate("Format", "/yr");
    case SalaryPeriod::Unknown:
        break;
    }
    return {};
}

} // namespace

QString currencySymbol(const QString &isoCode)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("USD"), QStringLiteral("$")},   {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},   {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},   {QStringLiteral("UAH"), QStringLiteral("₴")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")}, {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("BRL"), QStringLiteral("R$")},
    };
    return symbols.value(isoCode, isoCode.isEmpty() ? QString() : isoCode + QLatin1Char(' '));
}

QString formatSalary(const Salary &salary, const QLocale &locale)
{
    if (!salary.isKnown())
        return {};
    const QString symbol = currencySymbol(salary.currency);
    const QString suffix = periodSuffix(salary.period);
    if (salary.min && salary.max && *salary.min != *salary.max) {
        return symbol + compactAmount(*salary.min, locale) + QStringLiteral("–") +
               compactAmount(*salary.max, locale) + suffix;
    }
    if (salary.min && salary.max)
        return symbol + compactAmount(*salary.min, locale) + suffix;
    if (salary.min)
        return QCoreApplication::translate("Format", "from %1")
            .arg(symbol + compactAmount(*salary.min, locale) + suffix);
    return QCoreApplication::translate("Format", "up to %1")
        .arg(symbol + compactAmount(*salary.max, locale) + suffix);
}

QString formatDate(const QDateTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time.toUTC().date(), QLocale::ShortFormat) : QString();
}

} // namespace jobdesk
