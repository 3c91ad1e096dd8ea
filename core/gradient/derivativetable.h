// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Differentiating the columns of a table: which column is x, which are y, and how the result
// columns are named. Shared by tangent-cli and the window's export, so both write one format.

#include "core/gradient/gradient.h"
#include "core/io/csv.h"

#include <optional>
#include <string>
#include <vector>

namespace tangent {

/// What to differentiate in a table.
struct TableJob {
    std::optional<std::string> xColumn; ///< header name or 1-based index; exclusive with dx
    std::optional<double> dx; ///< uniform spacing
    std::vector<std::string> yColumns; ///< names or 1-based indexes; empty: every numeric column but x
    int edgeOrder = 1;
    int order = 1; ///< derivative order k (gradient applied k times)
};

/// The header of a derivative column: "d(Y)/d(X)" for k = 1, "d2(Y)/d(X)2" for k = 2, and so on.
/// X is "x" when the spacing is a uniform dx.
std::string derivativeColumnName(const std::string& yName, const std::string& xName, int order);

/// The output table: the x column (if any), then each y column followed by its derivative.
struct DerivativeTable {
    std::vector<std::string> names;
    std::vector<std::vector<double>> columns;
    std::optional<std::size_t> xIndex; ///< the input column used as x, if any
    std::vector<std::size_t> yIndexes; ///< the input columns differentiated
};

/// Resolves the job against `table` (defaults as tangent-cli documents them) and computes every
/// derivative. Throws InputError naming `source`, the row and the column for a missing or
/// non-numeric column, or a bad option; GradientError messages are wrapped the same way.
DerivativeTable differentiateTable(const CsvTable& table, const TableJob& job, const std::string& source);

/// Resolves "name or 1-based index" to a column index of `table`, or throws InputError listing
/// the columns there are.
std::size_t requireColumn(const CsvTable& table, const std::string& nameOrIndex, const std::string& source);

} // namespace tangent
