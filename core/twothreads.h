// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way the core uses the machine's second core: a range of independent outputs split at its
// middle, the upper half on a helper thread. Each output is computed exactly as on one thread, so the
// results are the same bits either way.

#include <cstddef>
#include <thread>

namespace tangent {

/// Whether a second thread can help: the machine has more than one core.
inline bool hasSecondCore()
{
    return std::thread::hardware_concurrency() > 1;
}

/// Calls work(first, middle) here and work(middle, last) on a helper thread when `split` and the
/// machine has a second core, else work(first, last) here; returns when all of it is done. `work`
/// must not throw (an exception on the helper would end the program).
template <class Work> void splitOverTwoThreads(std::size_t first, std::size_t last, bool split, Work&& work)
{
    if (!split || last - first < 2 || !hasSecondCore()) {
        work(first, last);
        return;
    }
    const std::size_t middle = first + (last - first) / 2;
    const std::jthread helper([&] { work(middle, last); });
    work(first, middle);
}

} // namespace tangent
