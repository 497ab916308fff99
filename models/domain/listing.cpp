#include "listing.h"

#include <QStringList>

namespace jobdesk {

std::optional<double> Salary::yearly() const
{
    if (!isKnown())
        return std::nullopt;
    const double amount = min && max ? (*min + *max) / 2.0 : min.value_or(max.value_or(0.0));
    switch (period) {
    case SalaryPeriod::Hour:
        return amount * 2080.0;
    case SalaryPeriod::Day:
        return amount * 260.0;
    case SalaryPeriod::Week:
        return amount * 52.0;
    case SalaryPeriod::Month:
        return amount * 12.0;
    case SalaryPeriod::Year:
        return amount;
    case SalaryPeriod::Unknown:
        break;
    }
    return std::nullopt;
}

QString Listing::locationText() const
{
    QStringList names;
    names.reserve(locations.size());
    for (const Location &location : locations) {
        if (!location.name.isEmpty() && !names.contains(location.name))
            names.append(location.name);
    }
    return names.join(QLatin1String("; "));
}

} // namespace jobdesk
