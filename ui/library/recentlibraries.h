// File ▸ Open Recent: the libraries opened lately, newest first, as paths and postgresql:// addresses
// (never with a password), kept in the settings.
#pragma once

#include <QStringList>

namespace jobdesk {

namespace RecentLibraries {
constexpr int Kept = 8;
QStringList list();
// Puts `location` first (once), dropping the oldest beyond Kept.
void add(const QString &location);
void clear();
} // namespace RecentLibraries

} // namespace jobdesk
