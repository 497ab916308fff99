#include "searchquery.h"

#include "searchcompiler.h"
#include "searchparser.h"

namespace jobdesk::search {

CompiledSearch compileSearch(const QString &text, const CompileContext &context)
{
    const ParsedSearch parsed = parseSearch(text);
    if (parsed.error)
        return {{}, parsed.error};
    if (!parsed.root)
        return {};
    return {SearchCompiler(context).compile(*parsed.root), std::nullopt};
}

} // namespace jobdesk::search
