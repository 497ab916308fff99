// Recruiter mode from the command line (docs/recruiting.md), without a display:
//   jobdesk candidates import PATH... | list [--query Q] [--format tsv|json] | export ID|NAME [--output FILE]
//                      | delete ID|NAME
//   jobdesk openings list | add ID... | remove ID...
//   jobdesk rank --opening ID | --candidate ID|NAME [--format text|json]
// Every one takes --database PATH. A candidate is named by id (all digits) or by name, ignoring case.
#pragma once

#include <QStringList>

namespace jobdesk::app {

// Each `arguments` starts with the command's name. They return the process exit code: 0, 1 for a failure
// (reported as "jobdesk: …"), 2 for a usage error.
int candidatesCommand(const QStringList &arguments);
int openingsCommand(const QStringList &arguments);
int rankCommand(const QStringList &arguments);

} // namespace jobdesk::app
