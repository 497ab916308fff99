// Reads one field term (title:rust, salary>=150k, workplace:remote): finds the field in the grammar
// table, checks the operator against the field's kind and converts the value (amount, age, date,
// keyword), or says what is wrong and where (pointing at the value, or at the whole term when the value
// is missing).
#pragma once

#include "searchast.h"
#include "searchlexer.h"

#include <variant>

namespace jobdesk::search {

// `endsLine`: the term is the last thing on the line, so its bare value may still be being typed.
std::variant<TermValue, SearchError> readFieldTerm(const Token &token, bool endsLine);

} // namespace jobdesk::search
