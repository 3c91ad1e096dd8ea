// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent-cli: argument parsing and the batch job, kept out of main() so tests can run it in-process.

#include <iosfwd>
#include <string>
#include <vector>

namespace tangent {

/// Exit status of tangent-cli for bad input, bad options and failed writes.
inline constexpr int kCliErrorStatus = 2;

/// Runs tangent-cli with `args` (without the program name). Results go to the -o file or `out`,
/// messages to `err` as one line. Returns the exit status: 0, or kCliErrorStatus.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// The --help text.
std::string cliUsage();

} // namespace tangent
