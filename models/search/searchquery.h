// The search language of the listing table: one line the user types ("senior rust -intern
// salary>=150k posted<7d") compiled to an SQL condition with bound values, never with the user's text
// inside the SQL. The condition is evaluated in
//   ... FROM listings LEFT JOIN annotations ON annotations.listing_id = listings.id
//       LEFT JOIN stages ON stages.id = annotations.stage_id WHERE <condition>
// The grammar is in searchparser.h, the fields in searchgrammar.cpp, the description for people in
// docs/search.md.
#pragma once

#include "listings/listingquery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobdesk {
class SqlDialect;
}

namespace jobdesk::search {

// Where the line cannot be read: QString (UTF-16) indices, and a message for people.
struct SearchError
{
    int position = 0;
    int length = 0;
    QString message;
};

// What a search selects. Candidates (recruiter mode, docs/recruiting.md) take the fields that apply to a
// person: free text over the resume (name, headline, location and every text of it), title: (the
// headline), location:, skill:, tag: and status: (a stage of any of their pipelines); the condition is
// evaluated in ... FROM profiles WHERE <condition>. Any other field is an error naming it.
enum class SearchTarget
{
    Listings,
    Candidates,
};

struct CompileContext
{
    SearchTarget target = SearchTarget::Listings;
    QDateTime now; // ages (posted<7d) count back from here; invalid: the current time
    // The SQL expression of the skill match in percent (match>=70); "NULL" matches nothing.
    QString matchExpression = QStringLiteral("NULL");
    // Search the last word as a prefix while it is being typed ("eng" finds "engineer"): a bare word
    // that ends the line, not followed by a space.
    bool prefixLastWord = true;
    // The library's engine (Database::dialect()): how its full-text index is asked. None: SQLite's.
    const SqlDialect *dialect = nullptr;
};

struct CompiledSearch
{
    SqlFilter filter; // empty for a blank line: every listing
    std::optional<SearchError> error;

    bool ok() const { return !error; }
};

CompiledSearch compileSearch(const QString &text, const CompileContext &context);

struct FieldHelp
{
    QString syntax;
    QString description;
    QString example;
};

// The language's constructs (words, phrases, OR, NOT, parentheses) and every field, from the grammar
// table, for the search field's help.
QList<FieldHelp> searchHelp();
// The same as a rich-text table for the search field's tooltip.
QString searchHelpHtml();
// "title", "company", ...: the field names, for completion.
QStringList fieldNames();

} // namespace jobdesk::search
