// Parses a search line into a syntax tree (searchast.h), or says where and why it cannot.
//
// The grammar (this comment and the field table in searchgrammar.cpp are the only definitions;
// docs/search.md describes the same language for people):
//
//   query      := [ or ]                       empty or blank: no filter
//   or         := and { "OR" and }
//   and        := unary { [ "AND" ] unary }     AND may be left out between terms
//   unary      := "-" unary | "NOT" unary | primary     '-' must touch its term: -title:intern
//   primary    := "(" or ")" | term
//   term       := WORD | PHRASE | FIELD OP VALUE        no space inside a field term
//   WORD       := characters up to a space, a parenthesis or '"'
//   PHRASE     := '"' any characters but '"' '"'
//   FIELD      := ASCII letters naming a field of searchgrammar.cpp, any case
//   OP         := ":" | "=" | "<" | "<=" | ">" | ">="   (":<" ... is read as "<" ...)
//   VALUE      := WORD | PHRASE                 checked by the field's kind: amount, age, date, keyword
//
// Precedence: NOT and '-' bind tightest, then AND, then OR: `a OR b -c d` is `a OR (b AND (NOT c) AND d)`
// in meaning. AND, OR and NOT are keywords only in upper case; "or" is a word. Text fields take ':' or
// '=' only; salary, posted, rating and match take every operator, ':' meaning '='. Control characters
// separate words like spaces.
#pragma once

#include "searchast.h"
#include "searchquery.h"

#include <optional>

namespace jobdesk::search {

struct ParsedSearch
{
    std::optional<SearchNode> root; // empty for a blank line (or on error)
    std::optional<SearchError> error;
};

ParsedSearch parseSearch(const QString &line);

} // namespace jobdesk::search
