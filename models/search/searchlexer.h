// Splits a search line into tokens: words, "quoted phrases", field terms (name, operator and value in
// one token, because no space may separate them), parentheses, the '-' prefix and the upper-case
// keywords AND, OR, NOT. Positions and lengths are QString (UTF-16) indices into the line.
#pragma once

#include "searchquery.h"

#include <QList>
#include <QString>

#include <variant>

namespace jobdesk::search {

enum class TokenKind
{
    Word,   // a bare word
    Phrase, // "a quoted phrase" (text without the quotes)
    Field,  // name, operator, value: title:rust, salary>=150k, company:"Acme Corp"
    Open,
    Close,
    Minus, // '-' directly before a term
    And,
    Or,
    Not,
};

struct Token
{
    TokenKind kind = TokenKind::Word;
    int position = 0;
    int length = 0;
    QString text; // a word's or phrase's text; a field's name as typed

    // Field tokens only.
    QString op; // as typed: ":", "=", "<", "<=", ">", ">=", or ':' followed by one of the last four
    QString value;
    int valuePosition = 0; // where the value starts (its opening quote when quoted)
    int valueLength = 0;   // 0 when nothing follows the operator
    bool valueQuoted = false;

    int end() const { return position + length; }
};

// The tokens of `line`, or the error of an unterminated quote.
std::variant<QList<Token>, SearchError> tokenize(const QString &line);

} // namespace jobdesk::search
