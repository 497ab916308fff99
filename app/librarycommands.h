// `jobdesk backup FILE`, `jobdesk restore FILE` and `jobdesk annotations export|import FILE`: the whole
// library and the user's annotations in and out, from a shell, safe while the window is open.
#pragma once

#include <QStringList>

namespace jobdesk::app {

// Each `arguments` starts with the command's name. They return the process exit code (2 for a usage
// error, 1 when the store refused).
int backupCommand(const QStringList &arguments);
int restoreCommand(const QStringList &arguments);
// jobdesk copy --from LIBRARY --to LIBRARY: a whole library into a new one (store/librarycopy.h).
int copyCommand(const QStringList &arguments);
int annotationsCommand(const QStringList &arguments);

} // namespace jobdesk::app
