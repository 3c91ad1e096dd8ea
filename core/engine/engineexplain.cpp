// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's --explain: how each derivative value of a plan is computed, in numpy's own
// arithmetic (core/classroom/explain.h) or in a smoothing method's weights.

#include "core/classroom/explain.h"
#include "core/engine/engine.h"
#include "core/errors.h"
#include "core/gradient/spacing.h"
#include "core/io/numberformat.h"

#include <ostream>

namespace tangent {
namespace {

/// Rows left out of the fit (NaN y) between `from` and `to`, and what their value is.
void writeGapRows(
    std::ostream& stream, std::size_t from, std::size_t to, std::size_t before, std::size_t after, std::size_t rows)
{
    for (std::size_t r = from; r < to; ++r) {
        stream << "row " << r << ": y is NaN; ";
        if (before < rows && after < rows)
            stream << "interpolated in x between rows " << before << " and " << after << '\n';
        else
            stream << "left NaN (no value on both sides)\n";
    }
}

/// One line per row: "row 5: w * y[3] + ... = value"; rows without a value say so.
void writeSavgolRows(std::ostream& stream, const std::vector<SavgolRowWeights>& explained, std::size_t rows)
{
    std::size_t next = 0;
    std::size_t previous = rows; // none yet
    for (const SavgolRowWeights& row : explained) {
        writeGapRows(stream, next, row.row, previous, row.row, rows);
        stream << "row " << row.row << ": ";
        for (std::size_t j = 0; j < row.weights.size(); ++j)
            stream << (j > 0 ? " + " : "") << formatPythonFloat(row.weights[j]) << " * y[" << row.rows[j] << ']';
        stream << " = " << formatPythonFloat(row.value) << '\n';
        previous = row.row;
        next = row.row + 1;
    }
    writeGapRows(stream, next, rows, previous, rows, rows);
}

void explainNumpy(std::ostream& stream, const EnginePlan& plan, std::span<const double> y)
{
    const std::size_t rows = plan.table.rowCount;
    const ResolvedSpacing spacing(plan.axis.index ? Spacing::coordinates(plan.table.columns[*plan.axis.index].values)
                                                  : Spacing::uniform(plan.recipe.dx.value_or(1.0)),
        rows);
    const AxisSpacing axis = spacing.axis();
    // In blocks of rows, so that a long column never holds every explanation at once.
    constexpr std::size_t kBlock = 4096;
    for (std::size_t first = 0; first < y.size(); first += kBlock)
        for (const ExplainedPoint& point : explainGradient(y, axis, plan.recipe.edgeOrder, first, first + kBlock))
            stream << explainLine(point) << '\n';
}

void explainSmoothing(std::ostream& stream, const EnginePlan& plan, std::size_t index, std::span<const double> y)
{
    const std::span<const double> x = plan.axis.index
        ? std::span<const double>(plan.table.columns[*plan.axis.index].values)
        : std::span<const double>();
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
    writeSavgolRows(stream, savgolExplain(series, result.used), y.size());
}

} // namespace

void writeExplanation(std::ostream& out, const EnginePlan& plan)
{
    if (plan.groupIndex)
        throw InputError(plan.source, 0, *plan.groupIndex + 1, Message { MessageId::ExplainWithGroup, {}, {} });
    const bool numpy = plan.recipe.smoothing.method == SmoothingMethod::Numpy;
    if (numpy && plan.recipe.order != 1)
        throw InputError(plan.source, 0, 0,
            Message { MessageId::ExplainFirstOrderOnly, { MessageArg::integer(plan.recipe.order) }, {} });
    for (std::size_t index : plan.yIndexes) {
        const CsvColumn& y = plan.table.columns[index];
        if (plan.yIndexes.size() > 1)
            out << "# y column: " << y.name << '\n';
        if (numpy)
            explainNumpy(out, plan, y.values);
        else
            explainSmoothing(out, plan, index, y.values);
    }
}

} // namespace tangent
