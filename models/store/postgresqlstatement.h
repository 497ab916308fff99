// The few rewrites a statement written for SQLite needs on PostgreSQL that neither portable SQL nor a
// function in the team library's schema can give: `x LIKE y` (case-insensitive in SQLite) becomes
// `x COLLATE "default" ILIKE y` (case-insensitive, and allowed on the nocase columns, whose
// nondeterministic collation has no LIKE in PostgreSQL 17); SQLite's `group_concat(x, separator)` is
// PostgreSQL's `string_agg(x, separator)`, and a separator `char(N)` is `chr(N)` there. Applied by
// models/store/sql.cpp to every statement on a PostgreSQL connection; the statements are Jobdesk's own text
// (values are bound), so the patterns below see only what this code base writes, and tst_librarylocation
// checks each form.
#pragma once

#include <QString>

namespace jobdesk {

QString postgresqlStatement(const QString &statement);

} // namespace jobdesk
