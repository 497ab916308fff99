// The full-text side of the search language: FTS5 query text built from the user's words. Every word
// or phrase becomes one FTS5 string ("...", inner quotes doubled), so nothing the user types is read
// as FTS5 syntax (AND, NEAR, ^, column filters); only the column filters and operators written here
// are. The index tokenises with unicode61, '+' and '#' as token characters (001_initial.sql).
#pragma once

#include "searchgrammar.h"
#include "searchquery.h"

#include <QString>
#include <QStringView>

namespace jobdesk::search {

// Whether the tokenizer finds any token in `text`: a word of punctuation alone ("-", "&", an emoji)
// has none, and searching for it would match nothing.
bool hasTokenCharacters(QStringView text);
// A prefix query is only worth it when the word ends in a token of at least two characters: "c*"
// would read the posting lists of every token starting with c.
bool worthPrefix(QStringView text);
// `title : "senior engineer"`, or `"rust"*` for free text searched as a prefix. For candidates, title:
// searches the headline.
QString ftsPhrase(SearchField field, const QString &text, bool prefix,
                  SearchTarget target = SearchTarget::Listings);

} // namespace jobdesk::search
