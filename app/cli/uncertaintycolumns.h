// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent-cli --uncertainty: a column sd[NAME] after each derivative column NAME, holding the
// standard deviation of each value (core/uncertainty/uncertainty.h), and a provenance line
// "uncertainty: ..." naming σ and where it came from. Kept apart from the table jobs so that any
// of them (numpy, smoothing, groups) can hand it the derivative columns it wrote.

#include "core/io/csv.h"
#include "core/smoothing/smoothing.h"

#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tangent {

/// The --uncertainty part of a tangent-cli command line.
struct UncertaintyCliOptions {
    bool enabled = false; ///< --uncertainty
    std::optional<double> noiseSd; ///< --noise-sd S: σ for every column instead of the estimate
};

/// If `option` is --uncertainty or --noise-sd, reads it (its value from `value`) and returns true.
/// Throws std::invalid_argument for a --noise-sd that is not a finite number ≥ 0.
bool parseUncertaintyOption(
    const std::string& option, const std::function<std::string()>& value, UncertaintyCliOptions& cli);

/// One derivative column of an output table and what computed it.
struct BandSource {
    std::string derivativeName; ///< the column's name in the output, e.g. "d(y)/d(x)"
    std::string yName; ///< the y column's name, for the provenance line
    Series series; ///< the y values and x (or spacing h) the derivative was computed from
    SmoothingOptions used; ///< SmoothingResult::used; method Numpy (with the order) for numpy.gradient
    int edgeOrder = 1; ///< numpy's edge_order
};

/// The sd columns' values (CsvOutColumn only views them) and names.
struct UncertaintyStorage {
    std::deque<std::vector<double>> values;
    std::deque<std::string> names;
};

/// Inserts after each column of `columns` named by a source a column sd[name] (values kept in
/// `storage`) and returns the provenance line (without "# "): σ per column when estimated, or the
/// σ given. Throws UncertaintyError (naming the column) when a band cannot be given, or
/// SmoothingError for bad data.
std::string insertUncertaintyColumns(std::vector<CsvOutColumn>& columns, const std::vector<BandSource>& sources,
    const UncertaintyCliOptions& options, UncertaintyStorage& storage);

/// The provenance line (without "# ") for bands propagated through `methods` (the methods that
/// ran), with σ given, or estimated: `sigmas` then lists each estimate ("'y' 0.012").
std::string uncertaintyProvenance(const std::vector<SmoothingMethod>& methods, const std::vector<std::string>& sigmas,
    const UncertaintyCliOptions& options);

/// The --help lines for these options.
std::string uncertaintyUsage();

} // namespace tangent
