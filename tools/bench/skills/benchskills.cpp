// jobdesk_bench_skills LIBRARY CORPUS OUTDIR: the skills part of the benchmarks (docs/benchmarks.md).
//
// Writes OUTDIR/dictionary.txt (the app's matcher terms) and OUTDIR/dictionary-words.txt (those that are
// ASCII and start and end with a word character), and OUTDIR/app-all.spans and app-words.spans (the
// matcher's hits as "byte offset<TAB>byte length" in CORPUS, for part-skills to compare with the other
// engines). Then measures, single-threaded unless said otherwise, best of three runs by the wall clock,
// and prints one row per figure on stdout, tab-separated: key, UTF-8 bytes, seconds, count, detail.
//   decode         QString::fromUtf8 of the corpus lines (for scale)
//   matcher        SkillMatcher::find over the corpus lines; count = hits
//   matcher-words  the same with only dictionary-words.txt's terms
//   ambiguity      resolveAmbiguity alone, on the matcher's hits of the stored descriptions
//   sections       findSections alone
//   extractor      extractSkills of the stored descriptions; count = skills extracted
//   parallel       extractSkillsParallel of the same, on every core
#include "corpus.h"
#include "dictionaryterms.h"

#include "skills/parallelextraction.h"
#include "skills/skillambiguity.h"
#include "skills/skillextractor.h"
#include "skills/skillindex.h"
#include "skills/skillsections.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFile>

#include <chrono>
#include <cstdio>
#include <exception>
#include <limits>
#include <thread>

using namespace jobdesk;

namespace {

// The fastest of three runs of `work`, in seconds: the least disturbed by the other load on the machine.
template <typename Work>
double bestOfThree(const Work &work)
{
    double best = std::numeric_limits<double>::infinity();
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        best =
            std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

void row(const char *key, qint64 bytes, double seconds, qint64 count, const QString &detail = {})
{
    std::printf("%s\t%lld\t%.6f\t%lld\t%s\n", key, static_cast<long long>(bytes), seconds,
                static_cast<long long>(count), detail.toUtf8().constData());
    std::fflush(stdout);
    std::fprintf(stderr, "skills: %s %.1f MB/s\n", key, double(bytes) / 1e6 / seconds);
}

// UTF-8 bytes of UTF-16 code units (a surrogate half is two of a pair's four bytes).
qint64 utf8Length(QStringView text)
{
    qint64 bytes = 0;
    for (const QChar c : text)
        bytes += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 || c.isSurrogate() ? 2 : 3;
    return bytes;
}

qint64 countHits(const SkillMatcher &matcher, const QStringList &lines)
{
    qint64 hits = 0;
    for (const QString &line : lines)
        hits += matcher.find(line).size();
    return hits;
}

// The matcher's hits over the corpus as byte spans of the file, one a line; returns their number.
qint64 writeSpans(const SkillMatcher &matcher, const Corpus &corpus, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    qint64 lineStart = 0, hits = 0;
    for (const QString &line : corpus.lines) {
        qint64 offset = 0;
        int at = 0;
        for (const SkillHit &hit : matcher.find(line)) {
            offset += utf8Length(QStringView(line).sliced(at, hit.start - at));
            const qint64 length = utf8Length(QStringView(line).sliced(hit.start, hit.length));
            file.write(QByteArray::number(lineStart + offset) + '\t' + QByteArray::number(length) + '\n');
            offset += length;
            at = hit.end();
            ++hits;
        }
        lineStart += utf8Length(line) + 1;
    }
    return hits;
}

QList<SkillTerm> termsOf(const QStringList &surfaces)
{
    QList<SkillTerm> terms;
    for (qsizetype i = 0; i < surfaces.size(); ++i)
        terms.append({i, surfaces[i]});
    return terms;
}

int run(const QString &libraryPath, const QString &corpusPath, const QString &outDir)
{
    const Database db(libraryPath);
    const std::shared_ptr<const SkillIndex> index = SkillIndex::load(db);
    const SkillMatcher &matcher = index->matcher();
    const QStringList surfaces = dictionarySurfaces(db);
    QStringList wordSurfaces;
    for (const QString &surface : surfaces) {
        if (isPlainWordTerm(surface))
            wordSurfaces.append(surface);
    }
    writeDictionary(surfaces, outDir + QStringLiteral("/dictionary.txt"));
    writeDictionary(wordSurfaces, outDir + QStringLiteral("/dictionary-words.txt"));
    const SkillMatcher wordMatcher(termsOf(wordSurfaces));

    std::fprintf(stderr, "skills: reading %s\n", qPrintable(corpusPath));
    const Corpus corpus = readCorpus(corpusPath);
    const QStringList stored = storedDescriptions(db, corpus.lines.size());
    qint64 storedBytes = 0;
    for (const QString &description : stored)
        storedBytes += utf8Length(description) + 1;
    if (stored.size() != corpus.lines.size()) {
        std::fprintf(stderr, "skills: the corpus has %lld lines but the library %lld descriptions\n",
                     static_cast<long long>(corpus.lines.size()), static_cast<long long>(stored.size()));
        return 1;
    }

    // The dictionary written out must be the matcher's own: the same surfaces find the same hits.
    const qint64 hits = writeSpans(matcher, corpus, outDir + QStringLiteral("/app-all.spans"));
    if (countHits(SkillMatcher(termsOf(surfaces)), corpus.lines) != hits) {
        std::fprintf(stderr, "skills: dictionary.txt is not the dictionary of the library's matcher\n");
        return 1;
    }
    const qint64 wordHits = writeSpans(wordMatcher, corpus, outDir + QStringLiteral("/app-words.spans"));

    qint64 sink = 0; // results are used, so no work is optimised away
    row("decode", corpus.bytes, bestOfThree([&] {
            for (qsizetype from = 0, end; from < corpus.raw.size(); from = end + 1) {
                end = corpus.raw.indexOf('\n', from);
                end = end < 0 ? corpus.raw.size() : end;
                sink += QString::fromUtf8(QByteArrayView(corpus.raw).sliced(from, end - from)).size();
            }
        }),
        corpus.lines.size());
    row("matcher", corpus.bytes, bestOfThree([&] { sink += countHits(matcher, corpus.lines); }), hits,
        QString::number(surfaces.size()) + QStringLiteral(" terms"));
    row("matcher-words", corpus.bytes, bestOfThree([&] { sink += countHits(wordMatcher, corpus.lines); }),
        wordHits, QString::number(wordSurfaces.size()) + QStringLiteral(" terms"));

    std::vector<QList<SkillHit>> found;
    for (const QString &description : stored)
        found.push_back(matcher.find(description));
    // Counts are read after the timing: the arguments of row() may be evaluated in any order.
    qint64 kept = 0;
    const double ambiguityTime = bestOfThree([&] {
        kept = 0;
        for (qsizetype i = 0; i < stored.size(); ++i)
            kept += resolveAmbiguity(stored[i], found[size_t(i)]).size();
    });
    row("ambiguity", storedBytes, ambiguityTime, kept);
    row("sections", storedBytes, bestOfThree([&] {
            for (const QString &description : stored)
                sink += findSections(description).spans.size();
        }),
        0);

    qint64 skills = 0, mentions = 0;
    const double extractorTime = bestOfThree([&] {
        skills = mentions = 0;
        for (const QString &description : stored) {
            const Extraction extraction = extractSkills(matcher, description);
            skills += extraction.skills.size();
            mentions += extraction.hits.size();
        }
    });
    row("extractor", storedBytes, extractorTime, skills,
        QString::number(mentions) + QStringLiteral(" mentions kept"));

    QList<ExtractionInput> inputs;
    inputs.reserve(stored.size());
    for (const QString &description : stored)
        inputs.append({QString(), description, {}});
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    qint64 parallelSkills = 0;
    const double parallelTime = bestOfThree([&] {
        parallelSkills = 0;
        for (const Extraction &extraction : extractSkillsParallel(matcher, inputs, threads))
            parallelSkills += extraction.skills.size();
    });
    row("parallel", storedBytes, parallelTime, parallelSkills,
        QString::number(threads) + QStringLiteral(" threads"));
    return sink < 0 ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: jobdesk_bench_skills LIBRARY CORPUS OUTDIR\n");
        return 2;
    }
    try {
        return run(args[1], args[2], args[3]);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "jobdesk_bench_skills: %s\n", error.what());
        return 1;
    }
}
