// The search language: the parser, and the compiler to SQL with bound values for listings and for
// candidates (no library needed), also for a team library, whose full-text queries are translated to
// tsqueries: a line whose compiled query has no tsquery form throws, which is a finding.
#include "fuzzsupport.h"

#include "search/searchparser.h"
#include "search/searchquery.h"
#include "store/sqldialect.h"
#include "store/storeerror.h"

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
    static const std::unique_ptr<jobdesk::SqlDialect> postgresql = jobdesk::SqlDialect::postgresql();
    context.dialect = postgresql.get();
    try {
        compileSearch(line, context);
        context.target = SearchTarget::Listings;
        context.prefixLastWord = true;
        compileSearch(line, context);
    } catch (const jobdesk::StoreError &error) {
        qFatal("no tsquery for a compiled line: %s", qPrintable(error.message()));
    }
    return 0;
}
