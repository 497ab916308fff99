#include "postgresqlstatement.h"

#include <QRegularExpression>

namespace jobdesk {

QString postgresqlStatement(const QString &statement)
{
    QString result = statement;
    if (result.contains(QLatin1String("LIKE"))) {
        // An operand is a column (table.column) or a string; `NOT LIKE` keeps its NOT.
        static const QRegularExpression like(QStringLiteral("([\\w.]+|'[^']*')(\\s+NOT)?\\s+LIKE\\s"));
        result.replace(like, QStringLiteral("\\1 COLLATE \"default\"\\2 ILIKE "));
    }
    if (result.contains(QLatin1String("group_concat("))) {
        // SQLite's own string_agg() needs 3.44; the code base writes only the two-argument form, whose
        // rows come from an ordered sub-select (which PostgreSQL aggregates in that order too).
        static const QRegularExpression groupConcat(QStringLiteral("\\bgroup_concat\\("));
        static const QRegularExpression character(QStringLiteral("\\bchar\\((\\d+)\\)"));
        result.replace(groupConcat, QStringLiteral("string_agg("));
        result.replace(character, QStringLiteral("chr(\\1)"));
    }
    return result;
}

} // namespace jobdesk
