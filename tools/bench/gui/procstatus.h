// The process's memory as the kernel reports it (/proc/self/status), in MiB, and SQLite's share of it
// (every connection's page cache, temp store and statements, from SQLite's own allocator counters).
#pragma once

namespace jobdesk::bench {

struct Memory
{
    double peakMiB = 0;       // VmHWM: the highest resident set so far
    double currentMiB = 0;    // VmRSS
    double sqlitePeakMiB = 0; // sqlite3_memory_highwater()
    double sqliteMiB = 0;     // sqlite3_memory_used()
};

Memory memory();

} // namespace jobdesk::bench
