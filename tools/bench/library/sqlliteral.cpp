#include "sqlliteral.h"

#include <QMetaType>

#include <stdexcept>

namespace jobdesk::bench {

QString sqlLiteral(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        // 17 significant digits read back as the same double; the shell must compare the same number.
        return QString::number(value.toDouble(), 'g', 17);
    default:
        break;
    }
    QString text = value.toString();
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString inlineValues(const QString &statement, const QVariantList &values)
{
    QString result;
    result.reserve(statement.size() + values.size() * 8);
    qsizetype next = 0;
    QChar quote; // the quote character of the literal or identifier being read, or null
    for (const QChar c : statement) {
        if (!quote.isNull()) {
            // A doubled quote closes and reopens: the result is the same.
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            if (next == values.size())
                throw std::invalid_argument("more placeholders than values");
            result += sqlLiteral(values.at(next++));
            continue;
        }
        result += c;
    }
    if (next != values.size())
        throw std::invalid_argument("more values than placeholders");
    return result;
}

} // namespace jobdesk::bench
