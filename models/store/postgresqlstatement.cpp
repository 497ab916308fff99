#include "postgresqlstatement.h"

#include <QRegularExpression>

namespace jobdesk {

QString postgresqlStatement(const QString &statement)
{
    if (!statement.contains(QLatin1String("LIKE")))
        return statement;
    // An operand is a column (table.column) or a string; `NOT LIKE` keeps its NOT.
    static const QRegularExpression like(QStringLiteral("([\\w.]+|'[^']*')(\\s+NOT)?\\s+LIKE\\s"));
    QString result = statement;
    result.replace(like, QStringLiteral("\\1 COLLATE \"default\"\\2 ILIKE "));
    return result;
}

} // namespace jobdesk
