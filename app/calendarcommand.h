// `jobdesk calendar FILE [--query Q]`: the follow-ups and events of the library (or of the listings a
// search matches) as an iCalendar file.
#pragma once

#include <QStringList>

namespace jobdesk::app {

int calendarCommand(const QStringList &arguments);

} // namespace jobdesk::app
