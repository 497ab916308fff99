// The sqlite3* under a Qt SQL connection, for the few things Qt SQL cannot do: the online backup API,
// a progress handler that interrupts a stale query, bulk reads without a QVariant per value.
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace jobdesk {

// The open connection's handle; nullptr when `db` is not an open SQLite connection, or when Qt's
// driver runs another SQLite library than the one Jobdesk links (a Qt built with its bundled SQLite):
// calling the linked library on the other's handle would mix two SQLite libraries in one connection.
// On Debian the QSQLITE plugin links the system libsqlite3, the one Jobdesk links. Runs one query.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace jobdesk
