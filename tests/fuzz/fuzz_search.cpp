// The search language: the parser, and the compiler to SQL with bound values (no library needed).
#include "fuzzsupport.h"

#include "search/searchparser.h"
#include "search/searchquery.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace jobdesk::search;
    const QString line = jobdesk::fuzz::text(data, size);
    const ParsedSearch parsed = parseSearch(line);
    if (parsed.error) {
        const SearchError &error = *parsed.error;
        if (error.position < 0 || error.length < 0 || error.position + error.length > line.size() + 1)
            qFatal("search error at %d+%d outside a line of %lld", error.position, error.length,
                   static_cast<long long>(line.size()));
    }
    CompileContext context;
    context.now = jobdesk::fuzz::fixedNow();
    compileSearch(line, context);
    context.prefixLastWord = false;
    compileSearch(line, context);
    return 0;
}
