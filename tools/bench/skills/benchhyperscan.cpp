// jobdesk_bench_hyperscan DICTIONARY CORPUS [SPANS]: Hyperscan matching the skills dictionary, for
// comparison with the app's matcher (docs/benchmarks.md). A bench-only harness: nothing of Jobdesk links
// Hyperscan.
//
// Every line of DICTIONARY becomes one case-insensitive literal pattern. Of the occurrences Hyperscan
// reports (every pattern, overlapping), those that are whole words by ripgrep -w's rule on ASCII word
// characters ([A-Za-z0-9_]) are kept, checked in the match callback: the byte before the term, if any, is
// not a word character, nor the byte after it; a match's start is its end less the term's length (a
// caseless ASCII literal matches bytes of its own length). Of those, the leftmost-longest
// non-overlapping ones are kept, which is what the app's matcher and ripgrep -o with a longest-first
// dictionary answer. Each CORPUS line (one description) is scanned in block mode. The rule written into
// the patterns instead (\b next to a term's word characters, \B next to the others: "C++", ".NET") finds
// the same, but the 5,600 patterns then take over 30 s to compile (with or without
// HS_FLAG_SOM_LEFTMOST) and scan at about half the speed. Prints rows like jobdesk_bench_skills (key, UTF-8
// bytes, seconds, count, detail):
//   hs-compile  compiling the patterns; count = patterns
//   hs-raw      scanning alone; count = every occurrence of a term Hyperscan reports, words or not
//   hs          scanning, the boundary check and the leftmost-longest selection; count = matches kept
// Scans are the fastest of three runs by the wall clock. SPANS, when given, gets the kept matches as
// "byte offset<TAB>byte length", one a line.
#include <hs/hs.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Match
{
    unsigned long long from;
    unsigned long long to;
};

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string pattern(const std::string &term)
{
    static const char hex[] = "0123456789abcdef";
    std::string regex;
    for (const char c : term) {
        const auto byte = static_cast<unsigned char>(c);
        if (isWordByte(byte) || byte >= 0x80) { // bytes of UTF-8 sequences stand for themselves
            regex += c;
        } else {
            regex += "\\x";
            regex += hex[byte >> 4];
            regex += hex[byte & 15];
        }
    }
    return regex;
}

std::string readFile(const char *path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw std::runtime_error(std::string("cannot read ") + path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

std::vector<std::string_view> linesOf(const std::string &text)
{
    std::vector<std::string_view> lines;
    for (size_t from = 0; from < text.size();) {
        size_t end = text.find('\n', from);
        end = end == std::string::npos ? text.size() : end;
        lines.emplace_back(text.data() + from, end - from);
        from = end + 1;
    }
    return lines;
}

double seconds(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void row(const char *key, size_t bytes, double time, size_t count, const std::string &detail = {})
{
    std::printf("%s\t%zu\t%.6f\t%zu\t%s\n", key, bytes, time, count, detail.c_str());
    std::fflush(stdout);
    std::fprintf(stderr, "skills: %s %.1f MB/s\n", key, double(bytes) / 1e6 / time);
}

// Keeps the leftmost-longest non-overlapping matches of one line, in order.
void selectLeftmostLongest(std::vector<Match> &matches)
{
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.from != b.from ? a.from < b.from : a.to > b.to;
    });
    size_t kept = 0;
    unsigned long long end = 0;
    for (const Match &match : matches) {
        if (match.from >= end) {
            matches[kept++] = match;
            end = match.to;
        }
    }
    matches.resize(kept);
}

int run(int argc, char *argv[])
{
    std::vector<std::string> terms;
    {
        std::istringstream dictionary(readFile(argv[1]));
        for (std::string term; std::getline(dictionary, term);) {
            if (!term.empty())
                terms.push_back(term);
        }
    }
    std::vector<std::string> patterns;
    std::vector<const char *> expressions;
    std::vector<unsigned> flags(terms.size(), HS_FLAG_CASELESS);
    std::vector<unsigned> ids;
    for (const std::string &term : terms)
        patterns.push_back(pattern(term));
    for (size_t i = 0; i < patterns.size(); ++i) {
        expressions.push_back(patterns[i].c_str());
        ids.push_back(unsigned(i));
    }

    const auto compileStart = std::chrono::steady_clock::now();
    hs_database_t *database = nullptr;
    hs_compile_error_t *error = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(), unsigned(expressions.size()),
                         HS_MODE_BLOCK, nullptr, &database, &error) != HS_SUCCESS) {
        std::fprintf(stderr, "jobdesk_bench_hyperscan: pattern %d (%s): %s\n", error->expression,
                     error->expression >= 0 ? patterns[size_t(error->expression)].c_str() : "-",
                     error->message);
        hs_free_compile_error(error);
        return 1;
    }
    row("hs-compile", 0, seconds(compileStart), patterns.size());
    hs_scratch_t *scratch = nullptr;
    if (hs_alloc_scratch(database, &scratch) != HS_SUCCESS) {
        std::fprintf(stderr, "jobdesk_bench_hyperscan: cannot allocate scratch space\n");
        return 1;
    }

    const std::string corpus = readFile(argv[2]);
    const std::vector<std::string_view> lines = linesOf(corpus);
    std::string_view current; // the line being scanned, for the callbacks
    const auto scanAll = [&](auto &&onLine, match_event_handler handler, void *context) {
        for (const std::string_view line : lines) {
            current = line;
            if (hs_scan(database, line.data(), unsigned(line.size()), 0, scratch, handler, context) !=
                HS_SUCCESS)
                throw std::runtime_error("hs_scan failed");
            onLine(line);
        }
    };
    const auto best = [](const auto &work) {
        double fastest = std::numeric_limits<double>::infinity();
        for (int run = 0; run < 3; ++run) {
            const auto start = std::chrono::steady_clock::now();
            work();
            fastest = std::min(fastest, seconds(start));
        }
        return fastest;
    };

    size_t raw = 0;
    const match_event_handler countRaw = [](unsigned, unsigned long long, unsigned long long, unsigned,
                                            void *context) {
        ++*static_cast<size_t *>(context);
        return 0;
    };
    const double rawTime = best([&] {
        raw = 0;
        scanAll([](std::string_view) {}, countRaw, &raw);
    });
    row("hs-raw", corpus.size(), rawTime, raw);

    struct Collector
    {
        std::vector<Match> matches;
        std::vector<unsigned long long> lengths; // per pattern id: its term's bytes
        const std::string_view *line;
    } collector{{}, {}, &current};
    for (const std::string &term : terms)
        collector.lengths.push_back(term.size());
    std::vector<Match> &matches = collector.matches;
    const match_event_handler collect = [](unsigned id, unsigned long long, unsigned long long to, unsigned,
                                           void *context) {
        auto *const into = static_cast<Collector *>(context);
        const std::string_view line = *into->line;
        const unsigned long long from = to - into->lengths[id];
        if ((from == 0 || !isWordByte(static_cast<unsigned char>(line[from - 1]))) &&
            (to == line.size() || !isWordByte(static_cast<unsigned char>(line[to]))))
            into->matches.push_back({from, to});
        return 0;
    };
    size_t kept = 0;
    FILE *spans = nullptr;
    const auto keep = [&](std::string_view line) {
        selectLeftmostLongest(matches);
        kept += matches.size();
        if (spans) {
            const auto lineStart = static_cast<unsigned long long>(line.data() - corpus.data());
            for (const Match &match : matches)
                std::fprintf(spans, "%llu\t%llu\n", lineStart + match.from, match.to - match.from);
        }
        matches.clear();
    };
    const double keptTime = best([&] {
        kept = 0;
        scanAll(keep, collect, &collector);
    });
    row("hs", corpus.size(), keptTime, kept, std::to_string(patterns.size()) + " patterns");
    if (argc > 3) {
        spans = std::fopen(argv[3], "w");
        if (!spans)
            throw std::runtime_error(std::string("cannot write ") + argv[3]);
        kept = 0;
        scanAll(keep, collect, &collector);
        std::fclose(spans);
    }
    hs_free_scratch(scratch);
    hs_free_database(database);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: jobdesk_bench_hyperscan DICTIONARY CORPUS [SPANS]\n");
        return 2;
    }
    try {
        return run(argc, argv);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "jobdesk_bench_hyperscan: %s\n", error.what());
        return 1;
    }
}
