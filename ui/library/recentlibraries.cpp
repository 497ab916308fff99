#include "recentlibraries.h"

#include <QSettings>

namespace jobdesk::RecentLibraries {
namespace {
const QString key = QStringLiteral("recentLibraries");
}

QStringList list()
{
    return QSettings().value(key).toStringList();
}

void add(const QString &location)
{
    QStringList recent = list();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > Kept)
        recent.removeLast();
    QSettings().setValue(key, recent);
}

void clear()
{
    QSettings().remove(key);
}

} // namespace jobdesk::RecentLibraries
