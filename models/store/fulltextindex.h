// Full-text queries for PostgreSQL: the search language compiles to FTS5 query text (models/search/
// searchfulltext.h), and a team library answers it with a tsquery over one weighted tsvector per row
// (resources/schema/postgresql/012_team_library.sql). This turns the first into the second:
//   "senior engineer"         'senior' <-> 'engineer'          (a phrase: tokens next to each other)
//   "rust"*                   'rust':*                         (a prefix)
//   title : "go"              'go':A                           (a column: its weight)
//   a AND b, a OR b, a NOT b  a & b, a | b, a & !b            (with the parentheses kept)
// Tokens are split where FTS5's unicode61 tokenizer splits them (letters, digits, private use, '+', '#';
// the last two spelled "plus" and "sharp", as in the documents) and each becomes a quoted lexeme, so nothing
// the user typed is read as tsquery syntax; to_tsquery then lowercases and removes accents through the
// `jobdesk` configuration, as the documents were.
#pragma once

#include <QString>

namespace jobdesk {

// Whether the full-text index keeps `c` inside a token: FTS5's unicode61 categories (letters, digits,
// private use) plus the tokenchars '+' and '#' of both schemas. The search language and the tsquery
// translation split words where the index does.
bool isFullTextTokenCharacter(char32_t c);

enum class FullTextIndex
{
    Listings, // title A, company B, location C, description D
    Profiles, // name A, headline B, location C, resume_text D
};

// The tsquery text for an FTS5 query of the form the search compiler writes. Throws StoreError when
// `fts5` is not of that form (a bug above, never user input: the compiler quotes every word).
QString tsqueryFromFts5(const QString &fts5, FullTextIndex index);

} // namespace jobdesk
