// The `skills` subcommands that edit or print the library's dictionary: add, alias, unalias, merge,
// unmerge, ignore, unignore, list (docs/skills.md, "Editing the dictionary"). Each edit extracts the
// library's listings again before returning and prints what changed.
#pragma once

#include <QString>
#include <QStringList>

namespace jobdesk::app {

bool isSkillEditSubcommand(const QString &name);
// `arguments` starts with the subcommand. Returns the process exit code (2 for a usage error).
int skillEditCommand(const QStringList &arguments);
// The synopses, one a line, for the usage texts.
QString skillEditSynopses();

} // namespace jobdesk::app
