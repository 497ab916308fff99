// Jobdesk's command line: `jobdesk [OPTIONS]` starts the window; `jobdesk COMMAND ...` runs a command
// without a display. Exit codes: 0 success, 1 failure, 2 usage error.
#pragma once

namespace jobdesk::app {

int run(int argc, char *argv[]);

} // namespace jobdesk::app
