// Runs the GUI thread's event loop until a condition holds, without ever sleeping on the thread (which
// QTest::qWait does, and which the heartbeat would count as a block).
#pragma once

#include <functional>

namespace jobdesk::bench {

// True when `done` held before `timeoutMs` passed.
bool runUntil(const std::function<bool()> &done, double timeoutMs);

} // namespace jobdesk::bench
