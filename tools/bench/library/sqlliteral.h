// A bound statement as plain SQL: each `?` replaced by its value written as an SQL literal, so the
// sqlite3 shell runs exactly what the application ran (tools/bench/part-query). For benchmarks only:
// the application itself always binds.
#pragma once

#include <QString>
#include <QVariantList>

namespace jobdesk::bench {

// `value` as an SQL literal: NULL, an integer, a real that reads back as the same double, or a string
// in single quotes with quotes doubled.
QString sqlLiteral(const QVariant &value);
// `statement` with its placeholders (`?` outside quotes) replaced by `values` in order. Throws
// std::invalid_argument when the counts differ.
QString inlineValues(const QString &statement, const QVariantList &values);

} // namespace jobdesk::bench
