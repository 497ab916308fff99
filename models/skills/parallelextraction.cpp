#include "parallelextraction.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace jobdesk {
namespace {

// Below this much text a thread costs more than it saves.
constexpr qsizetype minimumCharsPerThread = 64 * 1024;

} // namespace

QList<Extraction> extractSkillsParallel(const SkillMatcher &matcher, const QList<ExtractionInput> &inputs,
                                        int threads)
{
    QList<Extraction> results(inputs.size());
    Extraction *const out = results.data(); // detached once, here: the threads write distinct elements
    const auto extractRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const ExtractionInput &input = inputs.at(i);
            out[i] = extractSkills(matcher, input.description, input.sourceSkills, input.title);
        }
    };

    qsizetype chars = 0;
    for (const ExtractionInput &input : inputs)
        chars += input.description.size() + input.title.size();
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    threads =
        int(std::min<qsizetype>({qsizetype(threads), inputs.size(), chars / minimumCharsPerThread + 1}));
    if (threads <= 1) {
        extractRange(0, inputs.size());
        return results;
    }

    // Slices of about equal text, so one thread with the long descriptions does not finish last alone.
    std::vector<qsizetype> bounds{0};
    const qsizetype share = chars / threads + 1;
    qsizetype running = 0;
    for (qsizetype i = 0; i < inputs.size() && qsizetype(bounds.size()) < threads; ++i) {
        running += inputs[i].description.size() + inputs[i].title.size();
        if (running >= share * qsizetype(bounds.size()))
            bounds.push_back(i + 1);
    }
    bounds.push_back(inputs.size());

    std::vector<std::thread> workers;
    for (size_t slice = 1; slice + 1 < bounds.size(); ++slice)
        workers.emplace_back(extractRange, bounds[slice], bounds[slice + 1]);
    extractRange(bounds[0], bounds[1]);
    for (std::thread &worker : workers)
        worker.join();
    return results;
}

} // namespace jobdesk
