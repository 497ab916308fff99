// A coloured dot as an icon: a stage's or a tag's colour beside its name in lists, menus and choosers.
#pragma once

#include <QIcon>
#include <QString>

namespace jobdesk {

// `color` is "#rrggbb"; empty gives a transparent icon of the same size, so names stay aligned.
QIcon colorDot(const QString &color, int size = 12);

} // namespace jobdesk
