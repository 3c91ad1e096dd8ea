#pragma once
// Long-format tables (--group COL): one derivative per group, computed over that group's rows in
// file order (groups may interleave), the result kept in the input's row order.

#include "core/csv.h"
#include "core/derivativetable.h"

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
    DerivativeTable result; ///< x (if any), then each y and its derivative
    std::vector<char> blank; ///< per row: 1 where the derivative cells are left empty
};

/// Differentiates `job` within each group of column `groupIndex`. x must be settled already
/// (settleXAxis); default y columns are every numeric column but x and the group. A group with
/// fewer rows than the edge order needs gets empty derivative cells and a line in `warnings`
/// naming it, or, with `strict`, an InputError naming it and its first row.
GroupedTable differentiateGroups(const CsvTable& table, const TableJob& job, std::size_t groupIndex, bool strict,
    const std::string& source, std::vector<std::string>& warnings);

/// Writes the group column, x (its text when `xText` is given), then each y and derivative;
/// `derivativeSuffix` is appended to the derivative names.
void writeGroupedCsv(std::ostream& out, const GroupedTable& table, std::span<const std::string> xText,
    const std::string& derivativeSuffix);

} // namespace tangent
