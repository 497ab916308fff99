#include "searchquery.h"

#include "searchcompiler.h"
#include "searchparser.h"

#include <QCoreApplication>

namespace jobdesk::search {
namespace {

SearchField fieldOf(const TermValue &term)
{
    return std::visit(
        [](const auto &value) {
            if constexpr (requires { value.field; })
                return value.field;
            else
                return SearchField::Posted; // ages and dates
        },
        term);
}

bool appliesToCandidates(SearchField field)
{
    switch (field) {
    case SearchField::Text:
    case SearchField::Title:
    case SearchField::Location:
    case SearchField::Skill:
    case SearchField::Tag:
    case SearchField::Status:
        return true;
    default:
        return false;
    }
}

// The first term of `node` whose field does not apply to candidates.
std::optional<SearchError> candidateError(const SearchNode &node)
{
    if (node.kind != SearchNode::Kind::Term) {
        for (const SearchNode &child : node.children) {
            if (std::optional<SearchError> error = candidateError(child))
                return error;
        }
        return std::nullopt;
    }
    const SearchField field = fieldOf(node.term);
    if (appliesToCandidates(field))
        return std::nullopt;
    QString name;
    for (const FieldSpec &spec : fieldSpecs()) {
        if (spec.field == field)
            name = QString::fromLatin1(spec.name);
    }
    return SearchError{node.position, int(name.size()),
                       QCoreApplication::translate("Search",
                                                   "%1: does not apply to candidates; search them by words, "
                                                   "title:, location:, skill:, tag: or status:.")
                           .arg(name)};
}

} // namespace

CompiledSearch compileSearch(const QString &text, const CompileContext &context)
{
    const ParsedSearch parsed = parseSearch(text);
    if (parsed.error)
        return {{}, parsed.error};
    if (!parsed.root)
        return {};
    if (context.target == SearchTarget::Candidates) {
        if (std::optional<SearchError> error = candidateError(*parsed.root))
            return {{}, error};
    }
    return {SearchCompiler(context).compile(*parsed.root), std::nullopt};
}

} // namespace jobdesk::search
