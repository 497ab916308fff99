// The commands that run without a display: import, list, profile, skills (the table in commands.cpp).
#pragma once

#include <QStringList>

namespace jobdesk::app {

bool isCommand(const QString &name);
// `arguments` starts with the command's name. Returns the process exit code.
int runCommand(const QStringList &arguments);
QString commandsUsage();

} // namespace jobdesk::app
