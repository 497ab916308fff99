// skillspan_eval: how well and how fast the shipped dictionary finds skills (docs/skills.md, "Quality").
//
//   skillspan_eval [--data DIR]            precision/recall on SkillSpan (train and dev splits)
//   skillspan_eval [--data DIR] --bench    throughput on the real descriptions under DIR/listings
//   skillspan_eval [--data DIR] --top N    the N most frequent mentions in those descriptions, as the
//                                          matcher finds them and as the ambiguity rules keep them
//   skillspan_eval [--data DIR] --errors N the N most frequent errors on SkillSpan
//
// SkillSpan (Zhang et al., NAACL 2022) labels job-posting sentences token by token with BIO tags for
// "skill" and "knowledge" spans. Each sentence's tokens are joined with single spaces, the matcher and
// the ambiguity rules run over that text (as extraction runs over a description, without sections),
// and every mention becomes the span of the tokens it overlaps. A predicted span is correct "exactly"
// when a gold span has the same tokens, "partially" when it shares one token with a gold span;
// precision counts predicted spans that are correct, recall gold spans that some prediction finds.
#include "import/csvreader.h"
#include "import/htmltext.h"
#include "import/jsonreader.h"
#include "skills/parallelextraction.h"
#include "skills/skillambiguity.h"
#include "skills/skillextractor.h"
#include "skills/skillindex.h"
#include "skills/skillsections.h"
#include "skills/skilltaxonomy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <map>
#include <set>
#include <thread>
#include <vector>

using namespace jobdesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Span
{
    int first = 0; // token indices, inclusive
    int last = 0;
};
bool operator==(const Span &a, const Span &b)
{
    return a.first == b.first && a.last == b.last;
}
bool operator<(const Span &a, const Span &b)
{
    return a.first != b.first ? a.first < b.first : a.last < b.last;
}
using Spans = std::vector<Span>;

struct Sentence
{
    QString text;
    QList<int> tokenStart; // UTF-16 offset of each token in `text`
    Spans knowledge;
    Spans skill;
};

Spans bioSpans(const QJsonArray &tags)
{
    Spans spans;
    for (int i = 0; i < tags.size(); ++i) {
        const QString tag = tags[i].toString();
        if (tag.startsWith(u'B') || (tag.startsWith(u'I') && (spans.empty() || spans.back().last != i - 1)))
            spans.push_back({i, i});
        else if (tag.startsWith(u'I'))
            spans.back().last = i;
    }
    return spans;
}

QList<Sentence> readSkillSpan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out() << "cannot read " << path << Qt::endl;
        return {};
    }
    QList<Sentence> sentences;
    while (!file.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
        if (row.isEmpty())
            continue;
        Sentence sentence;
        for (const QJsonValue &token : row[QLatin1String("tokens")].toArray()) {
            if (!sentence.text.isEmpty())
                sentence.text += u' ';
            sentence.tokenStart.append(int(sentence.text.size()));
            sentence.text += token.toString();
        }
        sentence.knowledge = bioSpans(row[QLatin1String("tags_knowledge")].toArray());
        sentence.skill = bioSpans(row[QLatin1String("tags_skill")].toArray());
        sentences.append(sentence);
    }
    return sentences;
}

// The tokens a mention overlaps.
Span tokenSpan(const Sentence &sentence, const SkillHit &hit)
{
    const auto tokenAt = [&](int offset) {
        return int(std::upper_bound(sentence.tokenStart.begin(), sentence.tokenStart.end(), offset) -
                   sentence.tokenStart.begin()) -
               1;
    };
    return {tokenAt(hit.start), tokenAt(hit.end() - 1)};
}

struct Counts
{
    qint64 predicted = 0, gold = 0;
    qint64 exactPredicted = 0, exactGold = 0;     // correct predictions / found gold spans, exact
    qint64 partialPredicted = 0, partialGold = 0; // the same with overlap

    void add(const Spans &predictions, const Spans &golds)
    {
        const auto overlaps = [](const Span &a, const Span &b) {
            return a.first <= b.last && b.first <= a.last;
        };
        predicted += predictions.size();
        gold += golds.size();
        for (const Span &p : predictions) {
            exactPredicted += std::find(golds.begin(), golds.end(), p) != golds.end();
            partialPredicted +=
                std::any_of(golds.begin(), golds.end(), [&](const Span &g) { return overlaps(p, g); });
        }
        for (const Span &g : golds) {
            exactGold += std::find(predictions.begin(), predictions.end(), g) != predictions.end();
            partialGold += std::any_of(predictions.begin(), predictions.end(),
                                       [&](const Span &p) { return overlaps(p, g); });
        }
    }
};

QString ratio(qint64 part, qint64 whole)
{
    return whole == 0 ? QStringLiteral("-") : QString::number(100.0 * double(part) / double(whole), 'f', 1);
}

QString f1(qint64 pPart, qint64 pWhole, qint64 rPart, qint64 rWhole)
{
    if (pWhole == 0 || rWhole == 0 || pPart + rPart == 0)
        return QStringLiteral("-");
    const double p = double(pPart) / double(pWhole), r = double(rPart) / double(rWhole);
    return QString::number(100.0 * 2 * p * r / (p + r), 'f', 1);
}

void printRow(const QString &label, const Counts &c)
{
    out() << "| " << label << " | " << c.gold << " | " << c.predicted << " | "
          << ratio(c.exactPredicted, c.predicted) << " | " << ratio(c.exactGold, c.gold) << " | "
          << f1(c.exactPredicted, c.predicted, c.exactGold, c.gold) << " | "
          << ratio(c.partialPredicted, c.predicted) << " | " << ratio(c.partialGold, c.gold) << " | "
          << f1(c.partialPredicted, c.predicted, c.partialGold, c.gold) << " |\n";
}

// Hard skills: what SkillSpan calls knowledge (tools, languages, platforms), as opposed to soft skills,
// practices and domains, which it mostly labels as (longer) skill spans.
bool isHardSkill(SkillCategory category)
{
    switch (category) {
    case SkillCategory::Language:
    case SkillCategory::Framework:
    case SkillCategory::Database:
    case SkillCategory::Cloud:
    case SkillCategory::Tooling:
    case SkillCategory::Data:
        return true;
    default:
        return false;
    }
}

void evaluate(const SkillIndex &index, const QString &dataDir)
{
    struct Setup
    {
        const char *label;
        bool rules;    // the ambiguity rules applied
        bool hardOnly; // only skills of the hard categories predicted
        bool both;     // gold: skill and knowledge spans (else knowledge only)
    };
    const Setup setups[] = {
        {"all skills vs knowledge", true, false, false},
        {"hard skills vs knowledge", true, true, false},
        {"all skills vs skill + knowledge", true, false, true},
        {"all skills vs knowledge, matcher only (no ambiguity rules)", false, false, false},
    };
    out() << "| split | predictions vs gold spans | gold | predicted | exact P | exact R | exact F1 | "
             "partial P | "
             "partial R | partial F1 |\n|---|---|---|---|---|---|---|---|---|---|\n";
    for (const QString &split : {QStringLiteral("train"), QStringLiteral("dev")}) {
        const QList<Sentence> sentences =
            readSkillSpan(dataDir + QStringLiteral("/skills-labelled/skillspan/json_%1.json").arg(split));
        for (const Setup &setup : setups) {
            Counts counts;
            for (const Sentence &sentence : sentences) {
                QList<SkillHit> hits = index.matcher().find(sentence.text);
                if (setup.rules)
                    hits = resolveAmbiguity(sentence.text, hits);
                std::set<Span> unique;
                for (const SkillHit &hit : hits) {
                    if (!setup.hardOnly || isHardSkill(index.category(hit.skillId)))
                        unique.insert(tokenSpan(sentence, hit));
                }
                std::set<Span> golds(sentence.knowledge.begin(), sentence.knowledge.end());
                if (setup.both)
                    golds.insert(sentence.skill.begin(), sentence.skill.end());
                counts.add(Spans(unique.begin(), unique.end()), Spans(golds.begin(), golds.end()));
            }
            printRow(QStringLiteral("%1 (%2 sentences) | %3")
                         .arg(split)
                         .arg(sentences.size())
                         .arg(QLatin1String(setup.label)),
                     counts);
        }
    }
    out().flush();
}

// The predictions that match no knowledge span exactly and the knowledge spans nothing finds, most
// frequent first: where the dictionary or the rules could improve.
void errors(const SkillIndex &index, const QString &dataDir, int count)
{
    std::map<QString, int> wrong, missed;
    for (const QString &split : {QStringLiteral("train"), QStringLiteral("dev")}) {
        for (const Sentence &sentence :
             readSkillSpan(dataDir + QStringLiteral("/skills-labelled/skillspan/json_%1.json").arg(split))) {
            const auto spanText = [&](const Span &span) {
                const int end = span.last + 1 < int(sentence.tokenStart.size())
                                    ? sentence.tokenStart[span.last + 1] - 1
                                    : int(sentence.text.size());
                return sentence.text.mid(sentence.tokenStart[span.first],
                                         end - sentence.tokenStart[span.first]);
            };
            Spans predicted;
            QStringList categories;
            for (const SkillHit &hit : resolveAmbiguity(sentence.text, index.matcher().find(sentence.text))) {
                predicted.push_back(tokenSpan(sentence, hit));
                categories.append(keyword(index.category(hit.skillId)));
            }
            for (size_t k = 0; k < predicted.size(); ++k) {
                const Span &span = predicted[k];
                if (std::find(sentence.knowledge.begin(), sentence.knowledge.end(), span) ==
                    sentence.knowledge.end()) {
                    const bool inSkill =
                        std::any_of(sentence.skill.begin(), sentence.skill.end(), [&](const Span &g) {
                            return g.first <= span.last && span.first <= g.last;
                        });
                    ++wrong[spanText(span) + u'\t' + categories[qsizetype(k)] +
                            (inSkill ? QStringLiteral("\t(in a skill span)") : QString())];
                }
            }
            for (const Span &span : sentence.knowledge) {
                if (std::find(predicted.begin(), predicted.end(), span) == predicted.end())
                    ++missed[spanText(span)];
            }
        }
    }
    for (const auto &[title, table] : {std::pair{"not knowledge", &wrong}, std::pair{"missed", &missed}}) {
        std::vector<std::pair<int, QString>> sorted;
        for (const auto &[text, n] : *table)
            sorted.push_back({n, text});
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        out() << "== " << title << "\n";
        for (size_t i = 0; i < sorted.size() && i < size_t(count); ++i)
            out() << sorted[i].first << '\t' << sorted[i].second << '\n';
    }
}

// Plain-text descriptions of every listing file under DIR/listings, as the importer would store them.
QStringList readDescriptions(const QString &dataDir)
{
    QStringList descriptions;
    const auto keep = [&](SourceRecord &&record) {
        for (const char *key : {"description_html", "html_description", "description", "job_description"}) {
            const QString value = record.fields[QLatin1String(key)].toString();
            if (!value.trimmed().isEmpty()) {
                descriptions.append(looksLikeHtml(value) ? htmlToPlainText(value) : value);
                break;
            }
        }
        return true;
    };
    QDirIterator files(dataDir + QStringLiteral("/listings"),
                       {QStringLiteral("*.csv"), QStringLiteral("*.json")}, QDir::Files,
                       QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        try {
            if (path.endsWith(u".csv"))
                CsvReader().read(data, keep);
            else
                JsonReader().read(data, keep);
        } catch (const ReadError &error) {
            out() << path << ": " << error.message() << Qt::endl;
        }
    }
    return descriptions;
}

void bench(const SkillIndex &index, const QString &dataDir)
{
    const QStringList descriptions = readDescriptions(dataDir);
    qint64 bytes = 0, chars = 0;
    for (const QString &description : descriptions) {
        bytes += description.toUtf8().size();
        chars += description.size();
    }
    out() << descriptions.size() << " descriptions, " << QString::number(double(bytes) / 1e6, 'f', 1)
          << " MB of UTF-8 text (" << chars << " UTF-16 code units), " << index.size() << " skills\n";
    // Per second of the process's CPU time (one thread), which a busy machine disturbs less than the
    // wall clock; both are printed.
    const auto measure = [&](const QString &label, const auto &work) {
        QElapsedTimer timer;
        qint64 rounds = 0, found = 0;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        do {
            for (const QString &description : descriptions)
                found += work(description);
            ++rounds;
        } while (timer.elapsed() < 3000);
        const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        const double megabytes = double(bytes) * double(rounds) / 1e6;
        out() << label << ": " << QString::number(megabytes / cpu, 'f', 0) << " MB/s of CPU time ("
              << QString::number(megabytes / wall, 'f', 0) << " MB/s wall clock, " << rounds << " rounds, "
              << found / rounds << " mentions a round)\n";
        out().flush();
    };
    // For scale: Qt lower-casing the same text.
    measure(QStringLiteral("QString::toLower (for scale)"),
            [&](const QString &text) { return text.toLower().isEmpty() ? 0 : 1; });
    measure(QStringLiteral("SkillMatcher::find"),
            [&](const QString &text) { return index.matcher().find(text).size(); });
    std::vector<QList<SkillHit>> found;
    for (const QString &description : descriptions)
        found.push_back(index.matcher().find(description));
    size_t next = 0;
    measure(QStringLiteral("resolveAmbiguity alone"),
            [&](const QString &text) { return resolveAmbiguity(text, found[next++ % found.size()]).size(); });
    measure(QStringLiteral("findSections alone"),
            [&](const QString &text) { return findSections(text).spans.size(); });
    measure(QStringLiteral("find + ambiguity rules"),
            [&](const QString &text) { return resolveAmbiguity(text, index.matcher().find(text)).size(); });
    measure(QStringLiteral("extractSkills (find, rules, sections)"),
            [&](const QString &text) { return extractSkills(index.matcher(), text).hits.size(); });

    // What the re-extraction worker does: batches of 500 descriptions over every core, timed by the wall
    // clock (CPU time sums the threads).
    QList<ExtractionInput> inputs;
    for (const QString &description : descriptions)
        inputs.append({QString(), description, {}});
    QElapsedTimer timer;
    qint64 rounds = 0;
    timer.start();
    do {
        for (qsizetype from = 0; from < inputs.size(); from += 500)
            extractSkillsParallel(index.matcher(), inputs.mid(from, 500));
        ++rounds;
    } while (timer.elapsed() < 3000);
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    out() << "extractSkillsParallel, batches of 500 on " << std::thread::hardware_concurrency()
          << " threads: " << QString::number(double(bytes) * double(rounds) / 1e6 / wall, 'f', 0)
          << " MB/s wall clock\n";
}

void top(const SkillIndex &index, const QString &dataDir, int count)
{
    std::map<QString, std::pair<qint64, qint64>> mentions; // written form → (found, kept)
    for (const QString &description : readDescriptions(dataDir)) {
        const QList<SkillHit> found = index.matcher().find(description);
        const QList<SkillHit> kept = resolveAmbiguity(description, found);
        for (const SkillHit &hit : found)
            ++mentions[index.name(hit.skillId) + u'\t' + description.mid(hit.start, hit.length)].first;
        for (const SkillHit &hit : kept)
            ++mentions[index.name(hit.skillId) + u'\t' + description.mid(hit.start, hit.length)].second;
    }
    std::vector<std::pair<QString, std::pair<qint64, qint64>>> sorted(mentions.begin(), mentions.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    out() << "found\tkept\tskill\twritten\n";
    for (size_t i = 0; i < sorted.size() && i < size_t(count); ++i)
        out() << sorted[i].second.first << '\t' << sorted[i].second.second << '\t' << sorted[i].first << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Quality and speed of Jobdesk's skill extraction."));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The shared data folder."),
                                  QStringLiteral("dir"), QStringLiteral(JOBDESK_SHARED_DATA));
    const QCommandLineOption benchOption(QStringLiteral("bench"),
                                         QStringLiteral("Measure throughput on the real descriptions."));
    const QCommandLineOption topOption(
        QStringLiteral("top"), QStringLiteral("List the n most frequent mentions."), QStringLiteral("n"));
    const QCommandLineOption errorsOption(QStringLiteral("errors"),
                                          QStringLiteral("List the n most frequent errors on SkillSpan."),
                                          QStringLiteral("n"));
    parser.addOptions({data, benchOption, topOption, errorsOption});
    parser.addHelpOption();
    parser.process(app);

    const std::shared_ptr<const SkillIndex> index = SkillIndex::fromEntries(shippedSkills());
    if (parser.isSet(benchOption))
        bench(*index, parser.value(data));
    else if (parser.isSet(errorsOption))
        errors(*index, parser.value(data), parser.value(errorsOption).toInt());
    else if (parser.isSet(topOption))
        top(*index, parser.value(data), parser.value(topOption).toInt());
    else
        evaluate(*index, parser.value(data));
    return 0;
}
