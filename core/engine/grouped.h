// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Long-format tables (--group COL): one derivative per group, computed over that group's rows in
// file order (groups may interleave) by core/gradient/groups.h, the result kept in the input's
// row order. Every --method applies.

#include "core/errors.h"
#include "core/gradient/derivativetable.h"
#include "core/gradient/groups.h"
#include "core/io/csv.h"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tangent {

/// The differentiated table of a grouped run, in input row order.
struct GroupedTable {
    std::vector<std::string> groupText; ///< each row's group, as written out
    std::string groupName;
    DerivativeTable result; ///< x (if any), then each y, its smoothed curve (if asked) and derivative
    static constexpr char kRead = 0; ///< a column of the input (x, y)
    static constexpr char kSmoothed = 1;
    static constexpr char kDerivative = 2;
    static constexpr char kBand = 3; ///< sd[NAME] of the derivative column NAME before it (--uncertainty)
    std::vector<char> kinds; ///< per column of `result`: kRead, kSmoothed, kDerivative or kBand
    std::vector<char> blank; ///< per row: 1 where the computed cells are left empty (short group)
    std::vector<std::string> comments; ///< "method: ..." lines for a smoothing method
    std::vector<std::string> autoChoices; ///< what `auto` chose, one line per column and group
};

/// What the grouped run computes besides the TableJob: the method, strictness, --smoothed.
struct GroupedJob {
    GroupOptions options; ///< options.edgeOrder and options.order are taken from the TableJob
    bool smoothedColumns = false; ///< add smooth(y) after each y (smoothing methods)
    bool uncertainty = false; ///< --uncertainty: sd[...] after each derivative (kBand)
    /// Per y column (in the order of `ys`): the band's σ given (--noise-sd) instead of each group's
    /// estimate; empty: every σ estimated.
    std::vector<std::optional<double>> noiseSd;
    std::optional<double> oneNoiseSd; ///< --noise-sd S, one σ for every column (the provenance says so)
};

/// Differentiates columns `ys` (resolved by planDerivative) within each group of column
/// `groupIndex`. x must be settled already (settleXAxis), job.xColumn naming it. A group with
/// fewer rows than the method needs gets empty cells and a line in `warnings` naming it, or, with
/// strict, an InputError naming it and its first row.
GroupedTable differentiateGroups(const CsvTable& table, const TableJob& job, const std::vector<std::size_t>& ys,
    std::size_t groupIndex, const GroupedJob& grouped, const std::string& source, std::vector<InputError>& warnings);

/// The group keys of a group column: its text, or a number column's values as written.
std::vector<std::string> groupKeys(const CsvColumn& column);

/// The header of a column of kind `kind` named `name` in the output: a derivative's name with
/// `derivativeSuffix` (the per-time-unit suffix of a date x), a band's "sd[NAME SUFFIX]".
std::string outputColumnName(const std::string& name, char kind, const std::string& derivativeSuffix);

/// Writes `comments` as "# " lines, the group column, x (its text when `xText` is given), then each
/// y and what was computed from it; `derivativeSuffix` is appended to the derivative names.
void writeGroupedCsv(std::ostream& out, const GroupedTable& table, std::span<const std::string> comments,
    std::span<const std::string> xText, const std::string& derivativeSuffix);

} // namespace tangent
