// Fields that sources rarely state outright, inferred from the words they do use.
#pragma once

#include "domain/listing.h"

namespace jobdesk {

// From the title's words: "Intern", "Junior"/"Jr", "Senior"/"Sr.", "Staff", "Principal", "Lead",
// "Head of", "Manager", "Director"; Unknown when the title names no level (most mid-level titles).
Seniority inferSeniority(QStringView title);
// From free text (location, title, a workplace field): "remote", "hybrid", "on-site"; Unknown when
// nothing says.
Workplace inferWorkplace(QStringView text);

} // namespace jobdesk
