// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ui_bench --stalls: how long the window's GUI thread stays blocked (issue 18's "never frozen"),
// measured with a 1 ms timer whose longest gap between ticks is the longest freeze.

#include <cstddef>

namespace tangent::bench {

/// Opens a `bigRows`-row file in a window, zooms and pans its chart, restores a session of it, and
/// runs Automatic on an `autoRows`-row file, printing for each case
/// "longest GUI-thread stall: N ms". Returns the process's exit status.
int runStallCases(std::size_t bigRows, std::size_t autoRows);

} // namespace tangent::bench
