#include "procstatus.h"

#include <QFile>

#include <sqlite3.h>

namespace jobdesk::bench {

Memory memory()
{
    Memory result;
    constexpr double mib = 1024.0 * 1024.0;
    result.sqlitePeakMiB = double(sqlite3_memory_highwater(0)) / mib;
    result.sqliteMiB = double(sqlite3_memory_used()) / mib;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return result;
    // Lines such as "VmHWM:	  123456 kB".
    const auto kib = [](const QByteArray &line) {
        return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toDouble();
    };
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            result.peakMiB = kib(line) / 1024;
        else if (line.startsWith("VmRSS:"))
            result.currentMiB = kib(line) / 1024;
    }
    return result;
}

} // namespace jobdesk::bench
