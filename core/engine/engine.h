// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one derivative engine: a table and a Recipe (core/recipe/recipe.h) in, the derivative table
// and its provenance out. tangent-cli (in memory) and the batch export call it, so that a recipe
// gives the same cells and the same "# ..." lines wherever it runs. docs/engine.md draws the flow.

#include "core/engine/grouped.h"
#include "core/engine/xaxis.h"
#include "core/errors.h"
#include "core/io/csv.h"
#include "core/recipe/recipe.h"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tangent {

/// A recipe checked against one table: which columns are x, y and the group, x converted from
/// dates to numbers, and what the user should hear before anything is computed.
struct EnginePlan {
    CsvTable table; ///< the table, a date x column converted in place (its text kept)
    Recipe recipe;
    std::string source; ///< the input's name for messages
    TableJob job; ///< the recipe's x/dx/y and orders, x settled (settleXAxis)
    XAxis axis;
    std::vector<std::size_t> yIndexes; ///< the columns to differentiate
    std::optional<std::size_t> groupIndex;
    /// Per entry of yIndexes: the noise level given for its band (--noise-sd, either form), or
    /// nullopt to estimate it.
    std::vector<std::optional<double>> noiseSd;
    /// Warning lines without a prefix: columns left out for a bad cell (file, row, column and
    /// cell named), and, for numpy.gradient, the x column's spacing facts (spacingwarnings.h).
    std::vector<InputError> warnings;
};

/// Checks `recipe` against `table`, read from `source`. Throws InputError naming the file, row and
/// column for a missing column, a non-numeric x or y, a --noise-sd column that is not differentiated,
/// conflicting options, and (recipe.strict) a
/// y column with a bad cell; SmoothingError for a method's bad parameters. A default y column
/// whose first value is a number but with a later cell that is not is left out with a warning.
EnginePlan planDerivative(CsvTable table, const Recipe& recipe, const std::string& source);

/// The warning planDerivative gives when it leaves column `index` of `table` out of the default
/// y columns: a text column whose first value is a number (a numeric column with a bad cell),
/// located at its first cell that is no number (row: table.firstDataLine + its data row), naming
/// the column and the cell. nullopt for any other column.
std::optional<InputError> badCellWarning(const CsvTable& table, std::size_t index, const std::string& source);

/// What compute gives: the output columns, per row blanks, and the lines that describe it.
struct EngineResult {
    GroupedTable table; ///< columns (x, each y, smooth(y), derivative), their kinds, blank rows
    bool grouped = false; ///< the group column heads the output
    std::vector<std::string> provenance; ///< "# " lines, without "# ": "method: savgol window=7 ..."
    std::vector<std::string> notes; ///< what auto chose, "auto chose ... for 'y'"
    std::vector<InputError> warnings; ///< groups too short for the method, located at the file
};

/// Computes every derivative of `plan`. Throws InputError (file, row, column) when a column
/// cannot be differentiated, or (recipe.strict) a group is too short.
EngineResult computeDerivative(const EnginePlan& plan);

/// Writes `result` as the derivative CSV every front end writes (tangent-cli in memory, the
/// window's exports): the provenance (derivativeProvenance) as "# " lines, the header, then the
/// rows (a date x as read, the derivative named per time unit, a short group's cells left empty).
void writeDerivativeCsv(std::ostream& out, const EnginePlan& plan, const EngineResult& result);

/// The "# " lines (without "# ") of a derivative CSV, the same from every front end for the same
/// recipe and table: what computed it, x or the spacing, the orders, numpy's equivalent call or
/// the method's lines (result.provenance), and the grouping. No line names the input or the front
/// end, so that the same data gives the same bytes however it was read (a file, standard input, a
/// path written otherwise, the window). tangent-cli's streamed path writes the
/// same lines from its first block's plan.
std::vector<std::string> derivativeProvenance(const EnginePlan& plan, const EngineResult& result);

/// Writes how every derivative value of `plan` is computed, one line per row (numpy: numpy's own
/// arithmetic, "(y[2] - y[0]) / 2 = 1.5"; savgol: its weights; other methods: what was minimised).
/// Throws InputError for what cannot be explained (--group, --order above 1 with numpy).
void writeExplanation(std::ostream& out, const EnginePlan& plan);

} // namespace tangent
