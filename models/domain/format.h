// Short, locale-aware text for listing fields as tables and the command line show them.
#pragma once

#include "listing.h"

#include <QLocale>

namespace jobdesk {

// "$120k–150k/yr", "€60,000–75,000/yr", "£45k/yr", "$35–48/h", "up to $140k/yr"; empty when unknown.
QString formatSalary(const Salary &salary, const QLocale &locale = QLocale());
// The currency's symbol when it is unambiguous ("$", "€", "£", "₹"), otherwise its ISO code.
QString currencySymbol(const QString &isoCode);
// The date in the locale's short format; empty when invalid.
QString formatDate(const QDateTime &time, const QLocale &locale = QLocale());

} // namespace jobdesk
