// Turns a parsed search (searchast.h) into the SQL condition the listing table runs, with every value
// bound. Full-text terms that are AND-ed or OR-ed together become one FTS5 MATCH, so a line of five
// words costs one index lookup, not five.
//
// Unknown values (no salary, no date, no match score) never satisfy a comparison, and NOT counts them
// as "not satisfied": -salary>100k returns listings whose salary is at most 100k or unknown. In SQL,
// NOT x is written NOT coalesce(x, 0) so SQLite's NULL does not make the negation fail too.
// A word with nothing the full-text index can search for ("-", "&", an emoji) is ignored.
#pragma once

#include "searchast.h"
#include "searchquery.h"

#include <optional>

namespace jobdesk::search {

class SearchCompiler final
{
public:
    explicit SearchCompiler(const CompileContext &context);

    SqlFilter compile(const SearchNode &root) const;

private:
    struct Fragment
    {
        QString sql;
        QVariantList values;
        bool nullable = false; // may be NULL, not only true or false
    };
    // What a subtree is to the full-text index: `pure` when FTS5 alone can answer it, in `query`
    // (empty when there is nothing to search for).
    struct FullText
    {
        bool pure = false;
        QString query;
    };

    // Nothing when the subtree has nothing to search for.
    std::optional<Fragment> node(const SearchNode &node) const;
    std::optional<Fragment> negation(const SearchNode &node) const;
    std::optional<Fragment> combination(const SearchNode &node) const;
    std::optional<Fragment> term(const TermValue &term) const;
    Fragment textTerm(const TextTerm &term) const;
    static Fragment candidateTextTerm(SearchField field, const QString &name);
    Fragment numberTerm(const NumberTerm &term) const;
    Fragment ageTerm(const AgeTerm &term) const;
    Fragment dateTerm(const DateTerm &term) const;

    FullText fullText(const SearchNode &node) const;
    FullText fullTextAnd(const std::vector<SearchNode> &children) const;
    bool prefixed(const TextTerm &term) const;

    Fragment match(const QString &query) const;
    static Fragment join(const QList<Fragment> &parts, const QString &op);

    CompileContext m_context;
    qint64 m_now = 0;
};

} // namespace jobdesk::search
