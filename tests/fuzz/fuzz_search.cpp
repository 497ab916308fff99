// The search language: the parser, and the compiler to SQL with bound values for listings and for
// candidates (no library needed).
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
    // Recruiter mode: the same line over candidates, where fields of listings are refused at their place.
    context.target = SearchTarget::Candidates;
    if (const CompiledSearch candidates = compileSearch(line, context); candidates.error) {
        const SearchError &error = *candidates.error;
        if (error.position < 0 || error.length < 0 || error.position + error.length > line.size() + 1)
            qFatal("candidate search error at %d+%d outside a line of %lld", error.position, error.length,
                   static_cast<long long>(line.size()));
    }
    return 0;
}
