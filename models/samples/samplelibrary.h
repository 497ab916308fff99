// The sample listings bundled with Jobdesk (resources/samples/listings.jsonl, written by
// tools/gen-samples.py): the demo library and first-start offer are filled from them through the same
// importer as the user's files.
#pragma once

#include "import/importreport.h"

#include <QString>

namespace jobdesk {

class Database;

namespace samples {

QString resourcePath();
ImportReport load(Database &db);
// The demo library, kept apart from the user's own (under QStandardPaths::AppDataLocation).
QString demoDatabasePath();

} // namespace samples
} // namespace jobdesk
