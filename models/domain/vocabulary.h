// Names of the listing enumerations: stable keywords (command line, JSON, the search language) and
// translated labels for people. One table per enumeration, in vocabulary.cpp.
#pragma once

#include "listing.h"

#include <QString>
#include <optional>

namespace jobdesk {

QString keyword(Workplace value);
QString keyword(EmploymentType value);
QString keyword(Seniority value);
QString keyword(SalaryPeriod value);

QString label(Workplace value);
QString label(EmploymentType value);
QString label(Seniority value);
QString label(SalaryPeriod value);

// Parse a keyword or a common spelling ("on-site", "onsite", "FULL_TIME", "full time", "contract" ...).
std::optional<Workplace> parseWorkplace(QStringView text);
std::optional<EmploymentType> parseEmploymentType(QStringView text);
std::optional<Seniority> parseSeniority(QStringView text);

} // namespace jobdesk
