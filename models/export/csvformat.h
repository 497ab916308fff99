// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted when it
// holds a comma, a double quote, CR or LF (or starts or ends with a space, which some readers trim),
// quotes inside doubled. Plus the guard spreadsheets need against formula injection (see
// docs/export.md).
#pragma once

#include <QString>
#include <QStringList>

namespace jobdesk {

// One field, quoted when it must be.
QString csvField(const QString &value);
// One record: the fields joined and terminated by CRLF.
QString csvRecord(const QStringList &fields);

// Text a spreadsheet would run as a formula when the file is opened — a cell starting with '=', '+',
// '-', '@', a tab or a carriage return — gets a leading apostrophe, which spreadsheets read as "this
// cell is text" and do not show. Other text is returned as it is. Only for text cells: numbers that
// Jobdesk writes itself are never guarded.
QString guardFormula(const QString &text);

} // namespace jobdesk
