// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent-cli's --method options for .npy arrays, and the smoothing job on one input: CSV through
// the engine (core/engine/engine.h), .npy lane by lane (app/cli/smoothingnpy.h).

#include "core/gradient/derivativetable.h"
#include "core/gradient/gradient.h"
#include "core/io/csv.h"
#include "core/smoothing/smoothing.h"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace tangent {

/// The smoothing part of a tangent-cli command line.
struct SmoothingCliOptions {
    SmoothingOptions options = [] {
        SmoothingOptions numpy;
        numpy.method = SmoothingMethod::Numpy;
        return numpy;
    }();
    bool smoothed = false; ///< --smoothed: add the smoothed curve as a column smooth(y) after y

    /// Whether anything beyond the numpy default was asked for (then runSmoothingCli runs).
    [[nodiscard]] bool active() const;
};

/// If `option` is --method, --window, --polyorder, --lam, --alpha, --iterations, --ratio or
/// --smoothed, reads it (taking its value from `value`) and returns true. Throws SmoothingError
/// for a value that is not a number or an unknown method.
bool parseSmoothingOption(
    const std::string& option, const std::function<std::string()>& value, SmoothingCliOptions& cli);

/// What tangent-cli read from its command line that the smoothing job needs.
struct SmoothingCliJob {
    std::string source; ///< the input's name for messages
    std::string output = "-"; ///< -o
    TableJob table; ///< --x, --dx, --y, --order (edge order must stay 1)
    CsvReadOptions csv;
    std::vector<Spacing> spacings; ///< .npy: --spacing
    std::optional<std::vector<int>> axes; ///< .npy: --axis
    bool explain = false;
    bool npy = false;
};

/// Runs the job on `bytes`: writes the table (or array, or explanation) to job.output or `out`,
/// and `auto`'s choice as a line on `err`. Throws InputError or SmoothingError (no output written).
void runSmoothingCli(const SmoothingCliOptions& cli, const SmoothingCliJob& job, const std::string& bytes,
    std::ostream& out, std::ostream& err);

/// The checks runSmoothingCli makes before reading any input. Throws SmoothingError.
void checkSmoothingJob(const SmoothingCliOptions& cli, const SmoothingCliJob& job);

/// The --help section for these options.
std::string smoothingUsage();

} // namespace tangent
