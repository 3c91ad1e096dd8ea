// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/engine.h"

#include "core/engine/spacingwarnings.h"
#include "core/errors.h"
#include "core/gradient/gradient.h"
#include "core/io/csvscanner.h"
#include "core/io/numberformat.h"
#include "core/uncertainty/bandprovenance.h"
#include "core/uncertainty/uncertainty.h"

#include <algorithm>
#include <cmath>
#include <ostream>

namespace tangent {
namespace {

/// The 0-based data row of a text column's first cell that is not a number.
std::size_t firstTextDataRow(const CsvTable& table, const CsvColumn& column)
{
    for (std::size_t row = 0; row < column.text.size(); ++row) {
        const std::string_view text = csvdetail::trim(column.text[row]);
        if (!csvdetail::isNaToken(text) && !parseDouble(text, table.decimalComma))
            return row;
    }
    return 0;
}

/// The row messages name for that cell: the file line where readCsv found it, or (a table built
/// otherwise, as the window's) firstDataLine plus its data row.
std::size_t firstTextLine(const CsvTable& table, const CsvColumn& column)
{
    return column.firstTextRow != 0 ? column.firstTextRow : table.firstDataLine + firstTextDataRow(table, column);
}

std::string firstTextCell(const CsvTable& table, const CsvColumn& column)
{
    const std::size_t row = firstTextDataRow(table, column);
    return row < column.text.size() ? column.text[row] : std::string();
}

InputError notNumeric(const CsvTable& table, std::size_t index, const std::string& role, const std::string& source)
{
    const CsvColumn& column = table.columns[index];
    return { source, firstTextLine(table, column), index + 1,
        Message { MessageId::ColumnNotNumericCell, { role, column.name, firstTextCell(table, column) }, {} } };
}

/// A text column whose first value is a number: a numeric column with a bad cell, not labels.
bool hasBadCell(const CsvTable& table, const CsvColumn& column)
{
    if (column.numeric)
        return false;
    for (const std::string& cell : column.text) {
        const std::string_view text = csvdetail::trim(cell);
        if (!csvdetail::isNaToken(text))
            return parseDouble(text, table.decimalComma).has_value();
    }
    return false;
}

void checkRecipe(const Recipe& recipe, const std::string& source)
{
    if (recipe.xColumn && recipe.dx)
        throw InputError(source, 0, 0, Message { MessageId::XColumnAndDx, {}, {} });
    if (recipe.dx && !(*recipe.dx != 0.0 && std::isfinite(*recipe.dx)))
        throw InputError(source, 0, 0, Message { MessageId::BadDx, {}, {} });
    const SmoothingMethod method = recipe.smoothing.method;
    if (method == SmoothingMethod::Numpy) {
        if (recipe.smoothed)
            throw SmoothingError(Message { MessageId::SmoothedNeedsMethod, {}, {} });
    } else if (recipe.edgeOrder != 1) {
        throw SmoothingError(Message { MessageId::EdgeOrderBelongsToNumpy, { std::string(methodName(method)) }, {} });
    }
    if (recipe.givesNoiseSd() && !recipe.uncertainty)
        throw InputError(source, 0, 0, Message { MessageId::NoiseSdNeedsUncertainty, {}, {} });
    if (recipe.uncertainty)
        checkBandMethod(method); // tvr: refused before anything is computed
    SmoothingOptions checked = recipe.smoothing;
    checked.order = recipe.order;
    checkSmoothingOptions(checked);
}

/// Every numeric column but x and the group; a column with a bad cell is left out with a
/// warning, or is an error with --strict.
std::vector<std::size_t> defaultYColumns(EnginePlan& plan)
{
    const CsvTable& table = plan.table;
    std::vector<std::size_t> ys;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (i == plan.axis.index || i == plan.groupIndex)
            continue;
        const CsvColumn& column = table.columns[i];
        if (column.numeric) {
            ys.push_back(i);
        } else if (hasBadCell(table, column)) {
            if (plan.recipe.strict)
                throw notNumeric(table, i, "y", plan.source);
            plan.warnings.push_back(*badCellWarning(table, i, plan.source));
        }
    }
    if (ys.empty())
        throw InputError(plan.source, 0, 0,
            Message { plan.groupIndex ? MessageId::NoNumericColumnGrouped : MessageId::NoNumericColumn, {}, {} });
    return ys;
}

/// A location for a smoothing error: the x column when x is at fault, else y's.
InputError smoothingError(const EnginePlan& plan, std::size_t yIndex, const SmoothingError& e)
{
    const Message message { MessageId::CannotSmooth, { plan.table.columns[yIndex].name }, { e.userMessage() } };
    if (e.row() == SmoothingError::npos)
        return { plan.source, 0, yIndex + 1, message };
    const bool xAtFault = e.subject() == SmoothingError::Subject::X;
    const std::size_t column = xAtFault && plan.axis.index ? *plan.axis.index + 1 : yIndex + 1;
    return { plan.source, plan.table.firstDataLine + e.row(), column, message };
}

void addColumn(GroupedTable& out, std::string name, std::vector<double> values, char kind)
{
    out.result.names.push_back(std::move(name));
    out.result.columns.push_back(std::move(values));
    out.kinds.push_back(kind);
}

/// The sd[...] column of the derivative column just added (recipe.uncertainty), from the method
/// that ran (`used`: auto's choice, or Numpy with the order for numpy.gradient).
void addBand(GroupedTable& out, const EnginePlan& plan, const Series& series, const SmoothingOptions& used,
    std::optional<double> noiseSd, const std::string& yName, std::vector<BandProvenance>& bands)
{
    const std::string name = out.result.names.back();
    DerivativeBand band;
    try {
        band = derivativeBand(series, used, plan.recipe.edgeOrder, noiseSd);
    } catch (const UncertaintyError& e) {
        throw UncertaintyError(Message { MessageId::NoUncertaintyBandFor, { name }, { e.userMessage() } });
    }
    bands.push_back({ yName, {}, used.method, band.sigma, band.source });
    addColumn(out, bandColumnName(name), std::move(band.sd), GroupedTable::kBand);
}

/// The σ given for each y column of `plan`: --noise-sd S for all, or NAME=S for the columns named
/// (each name must be a column being differentiated).
std::vector<std::optional<double>> columnNoise(const EnginePlan& plan)
{
    const Recipe& recipe = plan.recipe;
    std::vector<std::optional<double>> sigma(plan.yIndexes.size(), recipe.noiseSd);
    for (const ColumnNoise& given : recipe.columnNoiseSd) {
        const auto index = plan.table.findColumn(given.column);
        const auto at = index ? std::ranges::find(plan.yIndexes, *index) : plan.yIndexes.end();
        if (at == plan.yIndexes.end()) {
            std::string names;
            for (const std::size_t y : plan.yIndexes)
                names += (names.empty() ? "'" : ", '") + plan.table.columns[y].name + "'";
            throw InputError(plan.source, 0, index ? *index + 1 : 0,
                Message { MessageId::NoiseSdColumnNotDifferentiated, { given.column, names }, {} });
        }
        sigma[static_cast<std::size_t>(at - plan.yIndexes.begin())] = given.sd;
    }
    return sigma;
}

EngineResult computeUngrouped(const EnginePlan& plan)
{
    const CsvTable& table = plan.table;
    const Recipe& recipe = plan.recipe;
    EngineResult result;
    GroupedTable& out = result.table;
    out.blank.assign(table.rowCount, 0);
    std::span<const double> xs;
    std::string xName = "x";
    if (plan.axis.index) {
        const CsvColumn& x = table.columns[*plan.axis.index];
        xs = x.values;
        xName = x.name;
        out.result.xIndex = plan.axis.index;
        addColumn(out, x.name, x.values, GroupedTable::kRead);
    }
    const Spacing spacing
        = xs.empty() ? Spacing::uniform(recipe.dx.value_or(1.0)) : Spacing::coordinates({ xs.begin(), xs.end() });
    const bool numpy = recipe.smoothing.method == SmoothingMethod::Numpy;
    SmoothingOptions options = recipe.smoothing;
    options.order = recipe.order;
    options.smoothedCurve = recipe.smoothed;
    std::vector<BandProvenance> bands;
    for (std::size_t position = 0; position < plan.yIndexes.size(); ++position) {
        const std::size_t index = plan.yIndexes[position];
        const std::optional<double> noiseSd = plan.noiseSd[position];
        const CsvColumn& y = table.columns[index];
        const Series series { y.values, xs, recipe.dx.value_or(1.0) };
        out.result.yIndexes.push_back(index);
        addColumn(out, y.name, y.values, GroupedTable::kRead);
        const std::string name = derivativeColumnName(y.name, xName, recipe.order);
        if (numpy) {
            std::vector<double> dy;
            try {
                dy = derivative(y.values, spacing, recipe.edgeOrder, recipe.order);
            } catch (const GradientError& e) {
                throw InputError(plan.source, 0, index + 1,
                    Message { MessageId::CannotDifferentiate, { y.name }, { e.userMessage() } });
            }
            addColumn(out, name, std::move(dy), GroupedTable::kDerivative);
            if (recipe.uncertainty) {
                SmoothingOptions used;
                used.method = SmoothingMethod::Numpy;
                used.order = recipe.order;
                addBand(out, plan, series, used, noiseSd, y.name, bands);
            }
            continue;
        }
        SmoothingResult smoothed;
        try {
            smoothed = smoothDerivative(series, options);
        } catch (const SmoothingError& e) {
            throw smoothingError(plan, index, e);
        }
        std::string line = "method: " + smoothed.provenance();
        if (plan.yIndexes.size() > 1)
            line += " for column '" + y.name + "'";
        result.provenance.push_back(line);
        if (smoothed.chosenByAuto)
            result.notes.push_back("auto chose " + smoothed.provenance() + " for '" + y.name + "'");
        if (recipe.smoothed)
            addColumn(out, "smooth(" + y.name + ")", std::move(smoothed.smoothed), GroupedTable::kSmoothed);
        addColumn(out, name, std::move(smoothed.derivative), GroupedTable::kDerivative);
        if (recipe.uncertainty)
            addBand(out, plan, series, smoothed.used, noiseSd, y.name, bands);
    }
    if (recipe.uncertainty)
        result.provenance.push_back(uncertaintyProvenance(bands, recipe.noiseSd));
    out.comments = result.provenance;
    return result;
}

} // namespace

std::optional<InputError> badCellWarning(const CsvTable& table, std::size_t index, const std::string& source)
{
    const CsvColumn& column = table.columns[index];
    if (!hasBadCell(table, column))
        return std::nullopt;
    return InputError(source, firstTextLine(table, column), index + 1,
        Message { MessageId::ColumnLeftOut, { column.name, firstTextCell(table, column) }, {} });
}

EnginePlan planDerivative(CsvTable table, const Recipe& recipe, const std::string& source)
{
    checkRecipe(recipe, source);
    EnginePlan plan;
    plan.table = std::move(table);
    plan.recipe = recipe;
    plan.source = source;
    plan.job.xColumn = recipe.xColumn;
    plan.job.dx = recipe.dx;
    plan.job.yColumns = recipe.yColumns;
    plan.job.edgeOrder = recipe.edgeOrder;
    plan.job.order = recipe.order;
    if (recipe.group)
        plan.groupIndex = requireColumn(plan.table, *recipe.group, source);
    plan.axis = settleXAxis(plan.table, plan.job, recipe.timeUnit, plan.groupIndex, source);
    if (plan.axis.index == plan.groupIndex && plan.groupIndex)
        throw InputError(source, 0, *plan.groupIndex + 1, Message { MessageId::GroupColumnIsX, {}, {} });
    if (plan.axis.index && !plan.table.columns[*plan.axis.index].numeric)
        throw notNumeric(plan.table, *plan.axis.index, "x", source);
    if (recipe.yColumns.empty()) {
        plan.yIndexes = defaultYColumns(plan);
    } else {
        for (const std::string& name : recipe.yColumns) {
            const std::size_t index = requireColumn(plan.table, name, source);
            if (!plan.table.columns[index].numeric)
                throw notNumeric(plan.table, index, "y", source);
            plan.yIndexes.push_back(index);
        }
    }
    plan.noiseSd = columnNoise(plan);
    // The spacing facts are about numpy.gradient's formulas; the methods treat x themselves.
    if (!plan.groupIndex && recipe.smoothing.method == SmoothingMethod::Numpy) {
        const std::vector<InputError> spacing = spacingWarningMessages(plan.table, plan.axis.index, source);
        plan.warnings.insert(plan.warnings.end(), spacing.begin(), spacing.end());
    }
    return plan;
}

EngineResult computeDerivative(const EnginePlan& plan)
{
    if (!plan.groupIndex)
        return computeUngrouped(plan);
    GroupedJob job;
    job.options.strict = plan.recipe.strict;
    job.options.smoothing = plan.recipe.smoothing;
    job.smoothedColumns = plan.recipe.smoothed;
    job.uncertainty = plan.recipe.uncertainty;
    job.noiseSd = plan.noiseSd;
    job.oneNoiseSd = plan.recipe.noiseSd;
    EngineResult result;
    result.grouped = true;
    std::vector<InputError> warnings;
    result.table
        = differentiateGroups(plan.table, plan.job, plan.yIndexes, *plan.groupIndex, job, plan.source, warnings);
    result.provenance = result.table.comments;
    result.notes = std::move(result.table.autoChoices);
    result.warnings = std::move(warnings);
    return result;
}

void writeDerivativeCsv(std::ostream& out, const EnginePlan& plan, const EngineResult& result)
{
    const std::vector<std::string> provenance = derivativeProvenance(plan, result);
    const std::span<const std::string> xText = plan.axis.isDate
        ? std::span<const std::string>(plan.table.columns[*plan.axis.index].text)
        : std::span<const std::string>();
    const std::string suffix = plan.axis.isDate ? perTimeUnitSuffix(plan.axis.unit, plan.recipe.order) : std::string();
    const GroupedTable& table = result.table;
    if (result.grouped) {
        writeGroupedCsv(out, table, provenance, xText, suffix);
        return;
    }
    std::vector<CsvOutColumn> columns;
    columns.reserve(table.result.names.size());
    for (std::size_t c = 0; c < table.result.names.size(); ++c) {
        CsvOutColumn column { outputColumnName(table.result.names[c], table.kinds[c], suffix), table.result.columns[c],
            {} };
        if (c == 0 && table.result.xIndex && !xText.empty())
            column.text = xText;
        columns.push_back(column);
    }
    writeCsv(out, columns, ',', provenance);
}

} // namespace tangent
