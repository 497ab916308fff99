// `jobdesk skills extract [--database PATH] [FILE|-]`: the skills the dictionary finds in a text, without
// a display, as the importer would store them for a listing with that description.
#pragma once

#include <QStringList>

namespace jobdesk::app {

// `arguments` starts with "skills". Returns the process exit code (2 for a usage error).
int skillsCommand(const QStringList &arguments);

} // namespace jobdesk::app
