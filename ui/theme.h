// Light and dark appearance: the system's palette, or Jobdesk's own light or dark one on the Fusion
// style (which follows a palette exactly, so both look the same on every desktop).
#pragma once

#include <QString>

#include <optional>

namespace jobdesk {

enum class Theme
{
    System,
    Light,
    Dark
};

std::optional<Theme> parseTheme(const QString &name);
QString themeName(Theme theme);
// Applies `theme` to the running application.
void applyTheme(Theme theme);
// The theme saved in the settings (System when none).
Theme savedTheme();
void saveTheme(Theme theme);

} // namespace jobdesk
