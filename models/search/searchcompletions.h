// Completions for the search line at the cursor: field names at the start of a term ("ti" ->
// "title:"), and after a field the values the library holds: skill names and aliases, tags,
// companies, stages, and the vocabulary keywords of workplace:, type: and seniority:. Each list is
// bounded by a LIMIT, and the company list reads the listings_company index, so completing stays fast
// on a large library.
#pragma once

#include "searchgrammar.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jobdesk {

class Database;

namespace search {

class SearchCompletions final
{
public:
    explicit SearchCompletions(const Database &db);

    struct Completion
    {
        QString text;      // shown in the list: "title:", "Acme Corp"
        QString insert;    // what replaces the typed text: "title:", "\"Acme Corp\""
        int replaceFrom;   // UTF-16 index into the line
        int replaceLength; // the typed text, from replaceFrom to the cursor
    };

    // Throws StoreError when the library cannot be read.
    QList<Completion> complete(const QString &line, int cursor, int limit = 20) const;

private:
    QStringList values(SearchField field, const QString &prefix, int limit) const;
    QStringList query(const QString &statement, const QString &prefix, int binds, int limit) const;

    const Database &m_db;
};

} // namespace search
} // namespace jobdesk
