// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which column of a table is x for tangent-cli, and date x columns turned into numbers in a time
// unit (the window's rule and parser), keeping their text to write back as it was read.

#include "core/gradient/derivativetable.h"
#include "core/io/csv.h"
#include "core/time/timeunit.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tangent {

/// What settleXAxis decided.
struct XAxis {
    std::optional<std::size_t> index; ///< the x column, if any
    bool isDate = false; ///< x was a column of dates; its text is kept in the table
    TimeUnit unit = TimeUnit::Day; ///< for dates: the unit x was converted to
};

/// What a column can be as x when none is chosen: numbers or dates; a number column with a bad
/// cell (its first value is a number; the bad cell is then reported, not passed over); text.
enum class XRole { NumbersOrDates, NumbersWithBadCell, Text };

/// The role of one column of a read table (`decimalComma`: the table's number style).
XRole xRoleOf(const CsvColumn& column, bool decimalComma);

/// The x column when none is given, for every front end (tangent-cli here, the window in
/// ui/document/document.cpp): the first column unless it is text (or `exclude`, the group column),
/// else the first numbers-or-dates column other than `exclude`, else the first column (whose
/// trouble as x is then reported). `roles` holds one role per column.
std::size_t defaultXIndex(const std::vector<XRole>& roles, std::optional<std::size_t> exclude = std::nullopt);

/// Settles x for `job` on `table`. With no --x and no --dx on a table of several columns: the
/// first column when it is numeric or dates, otherwise the first numeric or date column (never
/// `exclude`, the group column). Sets job.xColumn to what it chose. A date x column (every cell a
/// date or NA-like, as the window decides) is converted in place to seconds since 1970 divided by
/// secondsPer(unit), exactly as the window computes its x, and marked numeric; its text stays.
XAxis settleXAxis(
    CsvTable& table, TableJob& job, TimeUnit unit, std::optional<std::size_t> exclude, const std::string& source);

/// The columns to write for `result`: a date x column as its text, derivative names over dates
/// with perTimeUnitSuffix (core/time/timeunit.h).
std::vector<CsvOutColumn> outputColumns(
    const DerivativeTable& result, const CsvTable& table, const XAxis& axis, int order);

} // namespace tangent
