// `jobdesk profile import FILE.json [--database PATH] [--name NAME]` and
// `jobdesk profile list [--database PATH]`: profiles from the command line, without a display.
#pragma once

#include <QStringList>

namespace jobdesk::app {

// `arguments` starts with "profile". Returns the process exit code (2 for a usage error).
int profileCommand(const QStringList &arguments);

} // namespace jobdesk::app
