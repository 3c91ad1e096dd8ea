// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent-cli's many-file mode: one output per input in a folder, several files at once, each
// failure reported without stopping the others, and a summary at the end.

#include "core/batch/batchplan.h" // batchOutputPath

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace tangent {

/// Differentiates one file: reads `input`, writes `output`, puts warnings on `messages`, and
/// throws (with a message naming the file) if it fails.
using BatchJob = std::function<void(const std::string& input, const std::string& output, std::ostream& messages)>;

/// Runs `job` for every input on up to `jobs` threads, writing into `dir` (created if missing) by
/// batchOutputPath (core/batch/batchplan.h). Each file's warnings and error reach `err` together, one file at a time,
/// then a summary line "N files: W written, F failed". Returns 0 if every file was written, else 2. Throws
/// std::invalid_argument before running anything if two inputs would write the same output, an output would replace its
/// input, or `dir` cannot be created.
int runBatch(
    const std::vector<std::string>& inputs, const std::string& dir, int jobs, const BatchJob& job, std::ostream& err);

} // namespace tangent
