#include "searchast.h"

namespace jobdesk::search {
namespace {

QString fieldPrefix(SearchField field)
{
    if (field == SearchField::Text)
        return {};
    for (const FieldSpec &spec : fieldSpecs()) {
        if (spec.field == field)
            return QLatin1String(spec.name) + QLatin1Char(':');
    }
    return QStringLiteral("?:");
}

QString fieldName(SearchField field)
{
    QString name = fieldPrefix(field);
    name.chop(1);
    return name;
}

QString describeTerm(const TermValue &term)
{
    if (const auto *text = std::get_if<TextTerm>(&term)) {
        return fieldPrefix(text->field) + QLatin1Char('"') + text->text + QLatin1Char('"') +
               (text->open ? QStringLiteral("*") : QString());
    }
    if (const auto *code = std::get_if<CodeTerm>(&term))
        return fieldName(code->field) + QLatin1Char('=') + QString::number(code->code);
    if (const auto *number = std::get_if<NumberTerm>(&term))
        return fieldName(number->field) + operatorText(number->op) + QString::number(number->value, 'g', 15);
    if (const auto *age = std::get_if<AgeTerm>(&term))
        return QStringLiteral("posted") + operatorText(age->op) + QString::number(age->seconds) + u's';
    const auto &date = std::get<DateTerm>(term);
    return QStringLiteral("posted%1[%2,%3)")
        .arg(operatorText(date.op), date.begin.toString(Qt::ISODate).left(10),
             date.end.toString(Qt::ISODate).left(10));
}

} // namespace

QString operatorText(CompareOp op)
{
    switch (op) {
    case CompareOp::Equal:
        return QStringLiteral("=");
    case CompareOp::Less:
        return QStringLiteral("<");
    case CompareOp::LessEqual:
        return QStringLiteral("<=");
    case CompareOp::Greater:
        return QStringLiteral(">");
    case CompareOp::GreaterEqual:
        return QStringLiteral(">=");
    }
    return {};
}

QString describe(const SearchNode &node)
{
    switch (node.kind) {
    case SearchNode::Kind::Term:
        return describeTerm(node.term);
    case SearchNode::Kind::Not:
        return QStringLiteral("(NOT ") + describe(node.children.front()) + u')';
    case SearchNode::Kind::And:
    case SearchNode::Kind::Or: {
        QString text = node.kind == SearchNode::Kind::And ? QStringLiteral("(AND") : QStringLiteral("(OR");
        for (const SearchNode &child : node.children)
            text += u' ' + describe(child);
        return text + u')';
    }
    }
    return {};
}

} // namespace jobdesk::search
