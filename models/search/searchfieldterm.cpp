#include "searchfieldterm.h"

#include "searchfulltext.h"
#include "searchquery.h"
#include "searchvalues.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>

namespace jobdesk::search {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Search", text);
}

// Thrown inside this file only, caught by readFieldTerm(): the first problem ends reading.
struct Refusal
{
    SearchError error;
};

[[noreturn]] void fail(int position, int length, const QString &message)
{
    throw Refusal{SearchError{position, length, message}};
}

CompareOp compareOp(QStringView op)
{
    if (op.startsWith(u':') && op.size() > 1)
        op = op.mid(1);
    if (op == u"<")
        return CompareOp::Less;
    if (op == u"<=")
        return CompareOp::LessEqual;
    if (op == u">")
        return CompareOp::Greater;
    if (op == u">=")
        return CompareOp::GreaterEqual;
    return CompareOp::Equal; // ':' and '='
}

// "onsite, hybrid or remote": the keywords the field accepts.
QString keywordList(SearchField field)
{
    QStringList words = vocabularyKeywords(field);
    const QString last = words.takeLast();
    return tr("%1 or %2").arg(words.join(QStringLiteral(", ")), last);
}

// Points at the value, or at the whole term when nothing follows the operator.
[[noreturn]] void failAtValue(const Token &token, const QString &message)
{
    if (token.valueLength == 0)
        fail(token.position, token.length, message);
    fail(token.valuePosition, token.valueLength, message);
}

int vocabularyCode(const Token &token, SearchField field, const QString &value)
{
    switch (field) {
    case SearchField::Workplace:
        if (const auto parsed = parseWorkplace(value))
            return int(*parsed);
        failAtValue(token, tr("unknown workplace '%1'; use %2").arg(value, keywordList(field)));
        break;
    case SearchField::Type:
        if (const auto parsed = parseEmploymentType(value))
            return int(*parsed);
        failAtValue(token, tr("unknown employment type '%1'; use %2").arg(value, keywordList(field)));
        break;
    default:
        if (const auto parsed = parseSeniority(value))
            return int(*parsed);
        failAtValue(token, tr("unknown seniority '%1'; use %2").arg(value, keywordList(field)));
        break;
    }
    return 0;
}

[[noreturn]] void failUnknownField(const Token &token)
{
    if (const FieldSpec *suggestion = suggestField(token.text)) {
        fail(token.position, int(token.text.size()),
             tr("unknown field '%1' — did you mean %2?").arg(token.text, QLatin1String(suggestion->name)));
    }
    fail(token.position, int(token.text.size()),
         tr("unknown field '%1'; the fields are %2 (put text containing '%3' in quotes to search for it)")
             .arg(token.text, fieldNames().join(QStringLiteral(", ")), token.op.left(1)));
}

TermValue fieldTerm(const Token &token, bool endsLine)
{
    const FieldSpec *spec = findField(token.text);
    if (!spec)
        failUnknownField(token);
    const QString name = QLatin1String(spec->name);
    const QString typed = token.text + token.op; // "salary>=" as the user wrote it
    const CompareOp op = compareOp(token.op);
    if (op != CompareOp::Equal && !isOrdered(spec->kind)) {
        fail(token.position, token.valuePosition - token.position,
             tr("%1 cannot be compared with '%2'; write %3")
                 .arg(name, operatorText(op), QLatin1String(spec->example)));
    }
    const QString value = token.value.trimmed();
    switch (spec->kind) {
    case FieldKind::FullText:
    case FieldKind::Name:
    case FieldKind::Prefix:
        if (value.isEmpty())
            failAtValue(token, tr("expected a value after '%1'").arg(typed));
        // A free word of punctuation is ignored, but a field asked for it explicitly.
        if (spec->kind == FieldKind::FullText && !hasTokenCharacters(value))
            failAtValue(token, tr("'%1' has no letters or digits to search for").arg(value));
        return TextTerm{spec->field, token.value, token.valueQuoted,
                        spec->kind == FieldKind::FullText && !token.valueQuoted && endsLine};
    case FieldKind::Vocabulary:
        if (value.isEmpty())
            failAtValue(token, tr("expected a value after '%1'").arg(typed));
        return CodeTerm{spec->field, vocabularyCode(token, spec->field, value)};
    case FieldKind::Money:
    case FieldKind::Number: {
        const auto number = spec->kind == FieldKind::Money
                                ? parseAmount(value)
                                : parseNumber(value, spec->field == SearchField::Match);
        if (!number)
            failAtValue(token, tr("expected a number after '%1'").arg(typed));
        return NumberTerm{spec->field, op, *number};
    }
    case FieldKind::Age:
        if (const auto seconds = parseAge(value))
            return AgeTerm{op, *seconds};
        if (const auto range = parseDateRange(value))
            return DateTerm{op, range->first, range->second};
        failAtValue(token,
                    tr("expected an age (7d, 12h, 2w, 3m, 1y) or a date (2026-01-31) after '%1'").arg(typed));
    }
    fail(token.position, token.length, tr("unknown field '%1'").arg(token.text));
}

} // namespace

std::variant<TermValue, SearchError> readFieldTerm(const Token &token, bool endsLine)
{
    try {
        return fieldTerm(token, endsLine);
    } catch (const Refusal &refusal) {
        return refusal.error;
    }
}

} // namespace jobdesk::search
