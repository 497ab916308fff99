// One monotonic clock for every time the window benchmarks record, in milliseconds since the program
// started, so key times, paints and heartbeat gaps can be compared directly.
#pragma once

#include <chrono>

namespace jobdesk::bench {

inline double nowMs()
{
    static const auto start = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace jobdesk::bench
