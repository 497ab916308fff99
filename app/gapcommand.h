// `jobdesk gap`: the skills gap of a view (or the match of one listing) from a shell.
#pragma once

#include <QStringList>

namespace jobdesk::app {

int gapCommand(const QStringList &arguments);

} // namespace jobdesk::app
