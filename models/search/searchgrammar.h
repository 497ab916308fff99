// The fields of the search language as data: one row per field with its kind, the syntax of its value,
// a description and an example. The parser looks fields up here, and the help (searchHelp(), the
// search field's tooltip), the completion list and docs/search.md are generated from or checked
// against the same rows, so behaviour and help cannot drift apart. The grammar itself is written in
// searchparser.h.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace jobdesk::search {

enum class SearchField
{
    Text, // a free word or phrase: no field name
    Title,
    Company,
    Location,
    Skill,
    Tag,
    Status,
    Workplace,
    Type,
    Seniority,
    Source,
    Salary,
    Posted,
    Rating,
    Match,
};

// How a field's value is read and compared; decides which operators it takes.
enum class FieldKind
{
    FullText,   // words or a phrase in the full-text index (title, company, location)
    Name,       // a name compared whole, case-insensitively (skill, tag, status)
    Prefix,     // the start of a name (source)
    Vocabulary, // a keyword of an enumeration (workplace, type, seniority)
    Money,      // an amount: 150k, 1.5m, 80,000 (salary)
    Age,        // an age (7d) or a date (2026-01-31) (posted)
    Number,     // a plain number (rating, match)
};

struct FieldSpec
{
    SearchField field;
    const char *name;
    FieldKind kind;
    const char *syntax;      // e.g. "salary>=AMOUNT"; shown in the help
    const char *description; // translated in the "Search" context
    const char *example;
    const char *hints; // other words people type for this field (space separated), for "did you mean"
};

// The constructs that are not fields (words, phrases, OR, NOT, parentheses), for the help.
struct ConstructSpec
{
    const char *syntax;
    const char *description; // translated in the "Search" context
    const char *example;
};

const QList<ConstructSpec> &constructSpecs();
// Every field, in the order the help lists them.
const QList<FieldSpec> &fieldSpecs();
// The field named `name` (case-insensitive), or null.
const FieldSpec *findField(QStringView name);
// The field most probably meant by an unknown `name` (a typo or a synonym), or null.
const FieldSpec *suggestField(QStringView name);
// The keywords a vocabulary field's value may be (from domain/vocabulary.cpp, "unknown" left out);
// empty for other fields.
QStringList vocabularyKeywords(SearchField field);
// Whether `kind` accepts < <= > >= besides = and ':'.
bool isOrdered(FieldKind kind);

} // namespace jobdesk::search
