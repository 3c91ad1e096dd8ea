// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's --explain: how each derivative value of a plan is computed, in numpy's own
// arithmetic (core/classroom/explain.h) or in a smoothing method's weights.

#include "core/classroom/explain.h"
#include "core/engine/engine.h"
#include "core/errors.h"
#include "core/gradient/groups.h"
#include "core/gradient/spacing.h"
#include "core/io/numberformat.h"

#include <ostream>

namespace tangent {
namespace {

/// How a line names its row: "row 5", or with groups "group 'A' row 2 (table row 5)".
class RowLabel {
public:
    RowLabel() = default;
    /// Rows of the group `name`, whose row r is the table's row `tableRows[r]` (0-based data rows).
    RowLabel(std::string name, std::span<const std::size_t> tableRows) : m_group(std::move(name)), m_rows(tableRows) { }
    [[nodiscard]] std::string operator()(std::size_t row) const
    {
        if (m_group.empty() && m_rows.empty())
            return "row " + std::to_string(row);
        return "group '" + m_group + "' row " + std::to_string(row) + " (table row " + std::to_string(m_rows[row])
            + ")";
    }
    [[nodiscard]] bool grouped() const { return !m_rows.empty(); }

private:
    std::string m_group;
    std::span<const std::size_t> m_rows;
};

/// Rows left out of the fit (NaN y) between `from` and `to`, and what their value is.
void writeGapRows(std::ostream& stream, std::size_t from, std::size_t to, std::size_t before, std::size_t after,
    std::size_t rows, const RowLabel& label)
{
    for (std::size_t r = from; r < to; ++r) {
        stream << label(r) << ": y is NaN; ";
        if (before < rows && after < rows)
            stream << "interpolated in x between rows " << before << " and " << after << '\n';
        else
            stream << "left NaN (no value on both sides)\n";
    }
}

/// One line per row: "row 5: w * y[3] + ... = value"; rows without a value say so.
void writeSavgolRows(
    std::ostream& stream, const std::vector<SavgolRowWeights>& explained, std::size_t rows, const RowLabel& label)
{
    std::size_t next = 0;
    std::size_t previous = rows; // none yet
    for (const SavgolRowWeights& row : explained) {
        writeGapRows(stream, next, row.row, previous, row.row, rows, label);
        stream << label(row.row) << ": ";
        for (std::size_t j = 0; j < row.weights.size(); ++j)
            stream << (j > 0 ? " + " : "") << formatPythonFloat(row.weights[j]) << " * y[" << row.rows[j] << ']';
        stream << " = " << formatPythonFloat(row.value) << '\n';
        previous = row.row;
        next = row.row + 1;
    }
    writeGapRows(stream, next, rows, previous, rows, rows, label);
}

/// numpy.gradient's arithmetic for `y` on `x` (empty: the recipe's dx), one line per row; with
/// groups each line names the group and the row within it.
void explainNumpy(std::ostream& stream, const EnginePlan& plan, std::span<const double> x, std::span<const double> y,
    const RowLabel& label)
{
    const ResolvedSpacing spacing(
        x.empty() ? Spacing::uniform(plan.recipe.dx.value_or(1.0)) : Spacing::coordinates({ x.begin(), x.end() }),
        y.size());
    const AxisSpacing axis = spacing.axis();
    // In blocks of rows, so that a long column never holds every explanation at once.
    constexpr std::size_t kBlock = 4096;
    for (std::size_t first = 0; first < y.size(); first += kBlock) {
        std::size_t row = first;
        for (const ExplainedPoint& point : explainGradient(y, axis, plan.recipe.edgeOrder, first, first + kBlock)) {
            if (label.grouped())
                stream << label(row) << ": ";
            stream << explainLine(point) << '\n';
            ++row;
        }
    }
}

void explainSmoothing(std::ostream& stream, const EnginePlan& plan, std::size_t index, std::span<const double> x,
    std::span<const double> y, const RowLabel& label)
{
    const Series series { y, x, plan.recipe.dx.value_or(1.0) };
    SmoothingOptions options = plan.recipe.smoothing;
    options.order = plan.recipe.order;
    options.smoothedCurve = false;
    SmoothingResult result;
    try {
        result = smoothDerivative(series, options);
    } catch (const SmoothingError& e) {
        throw InputError(plan.source, 0, index + 1,
            Message { MessageId::CannotSmooth, { plan.table.columns[index].name }, { e.userMessage() } });
    }
    if (result.used.method != SmoothingMethod::Savgol) {
        stream << result.objective << " [" << result.provenance() << "]\n";
        return;
    }
    stream << "# " << result.objective << " [" << result.provenance() << "]\n";
    writeSavgolRows(stream, savgolExplain(series, result.used), y.size(), label);
}

std::span<const double> xValues(const EnginePlan& plan)
{
    return plan.axis.index ? std::span<const double>(plan.table.columns[*plan.axis.index].values)
                           : std::span<const double>();
}

/// Each group on its own rows, headed "# group 'A': N rows": a group too short for the method
/// says so instead of its lines, as compute leaves its cells empty.
void explainGroups(std::ostream& stream, const EnginePlan& plan, std::size_t index, bool numpy)
{
    const RowGroups groups = splitGroups(groupKeys(plan.table.columns[*plan.groupIndex]));
    const std::span<const double> xs = xValues(plan);
    const std::vector<double>& ys = plan.table.columns[index].values;
    for (std::size_t g = 0; g < groups.names.size(); ++g) {
        const std::vector<std::size_t>& rows = groups.rows[g];
        std::vector<double> x;
        std::vector<double> y;
        for (const std::size_t row : rows) {
            if (!xs.empty())
                x.push_back(xs[row]);
            y.push_back(ys[row]);
        }
        stream << "# group '" << groups.names[g] << "': " << rows.size() << (rows.size() == 1 ? " row\n" : " rows\n");
        const RowLabel label(groups.names[g], rows);
        try {
            if (numpy)
                explainNumpy(stream, plan, x, y, label);
            else
                explainSmoothing(stream, plan, index, x, y, label);
        } catch (const std::exception& e) {
            stream << "# group '" << groups.names[g] << "' is not differentiated: " << e.what() << '\n';
        }
    }
}

} // namespace

void writeExplanation(std::ostream& out, const EnginePlan& plan)
{
    const bool numpy = plan.recipe.smoothing.method == SmoothingMethod::Numpy;
    if (numpy && plan.recipe.order != 1)
        throw InputError(plan.source, 0, 0,
            Message { MessageId::ExplainFirstOrderOnly, { MessageArg::integer(plan.recipe.order) }, {} });
    for (std::size_t index : plan.yIndexes) {
        const CsvColumn& y = plan.table.columns[index];
        if (plan.yIndexes.size() > 1)
            out << "# y column: " << y.name << '\n';
        if (plan.groupIndex)
            explainGroups(out, plan, index, numpy);
        else if (numpy)
            explainNumpy(out, plan, xValues(plan), y.values, RowLabel());
        else
            explainSmoothing(out, plan, index, xValues(plan), y.values, RowLabel());
    }
}

} // namespace tangent
