// How the benchmarks time their runs.
#pragma once

#include <ctime>

namespace jobdesk::bench {

// The process's CPU time in ms, all threads: on a loaded machine it drifts less than the elapsed time,
// and it compares with the sqlite3 shell's user + sys.
inline double processCpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// How many timed runs a benchmark makes: up to `runs`, but a query slow enough to spend the `budget`
// stops after MinRuns, so a part still ends at a million listings when the application is far from its
// targets. The samples say how many runs were made; the shell then repeats as often.
struct Repetitions
{
    static constexpr int MinRuns = 3;

    int runs = 15;
    double budgetMs = 10'000;

    bool more(int done, double spentMs) const
    {
        return done < runs && (done < MinRuns || spentMs < budgetMs);
    }
};

} // namespace jobdesk::bench
