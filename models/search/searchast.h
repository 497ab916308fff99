// The syntax tree of a search line, as the parser builds it and the compiler reads it. Values are
// already checked and converted (amounts to numbers, ages to seconds, dates to UTC ranges, keywords to
// the stored codes), so compiling cannot fail.
#pragma once

#include "searchgrammar.h"

#include <QDateTime>
#include <QString>

#include <variant>
#include <vector>

namespace jobdesk::search {

enum class CompareOp
{
    Equal,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
};

// Words or a phrase, searched in the full-text index (free text, title, company, location) or
// compared with a name (skill, tag, status, source).
struct TextTerm
{
    SearchField field = SearchField::Text;
    QString text;
    bool quoted = false;
    bool open = false; // a bare word that ends the line: the user may still be typing it
};

// workplace, type, seniority: the enumeration's stored code.
struct CodeTerm
{
    SearchField field = SearchField::Workplace;
    int code = 0;
};

// salary, rating, match.
struct NumberTerm
{
    SearchField field = SearchField::Salary;
    CompareOp op = CompareOp::Equal;
    double value = 0;
};

// posted<7d: the age of a listing, in seconds.
struct AgeTerm
{
    CompareOp op = CompareOp::Equal;
    qint64 seconds = 0;
};

// posted>2026-01-01: the named day, month or year as [begin, end), UTC.
struct DateTerm
{
    CompareOp op = CompareOp::Equal;
    QDateTime begin;
    QDateTime end;
};

using TermValue = std::variant<TextTerm, CodeTerm, NumberTerm, AgeTerm, DateTerm>;

struct SearchNode
{
    enum class Kind
    {
        Term,
        And,
        Or,
        Not,
    };

    Kind kind = Kind::Term;
    TermValue term;                   // Kind::Term only
    std::vector<SearchNode> children; // And, Or: two or more; Not: one
    int position = 0;                 // the source text this node was parsed from
    int length = 0;
};

QString operatorText(CompareOp op);
// A compact, stable rendering for tests and debugging:
//   (OR (AND "rust" title:"senior") (NOT salary>=150000)) workplace=3 posted<604800s
//   posted>[2026-01-01,2026-01-02)   "eng"* (an open word)
QString describe(const SearchNode &node);

} // namespace jobdesk::search
