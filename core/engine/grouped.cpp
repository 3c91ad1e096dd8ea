// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/grouped.h"

#include "core/errors.h"
#include "core/gradient/gradient.h"
#include "core/io/numberformat.h"
#include "core/uncertainty/bandprovenance.h"
#include "core/uncertainty/uncertainty.h"

#include <cmath>

#include <optional>
#include <ostream>

namespace tangent {

std::vector<std::string> groupKeys(const CsvColumn& column)
{
    if (!column.numeric)
        return column.text;
    std::vector<std::string> keys;
    keys.reserve(column.values.size());
    for (double v : column.values)
        keys.push_back(formatDouble(v));
    return keys;
}

namespace {

void requireNumeric(const CsvTable& table, std::size_t index, const std::string& role, const std::string& source)
{
    const CsvColumn& column = table.columns[index];
    if (!column.numeric)
        throw InputError(
            source, column.firstTextRow, index + 1, Message { MessageId::ColumnNotNumeric, { role, column.name }, {} });
}

/// Column `index` differentiated within each group, errors placed at their file row and column.
GroupedDerivative groupColumn(const CsvTable& table, std::optional<std::size_t> x, std::size_t index,
    std::size_t groupIndex, const RowGroups& groups, const GroupOptions& options, double h, const std::string& source)
{
    const std::span<const double> xs
        = x ? std::span<const double>(table.columns[*x].values) : std::span<const double>();
    try {
        return groupedDerivative(groups, Series { table.columns[index].values, xs, h }, options);
    } catch (const GroupError& e) {
        const std::size_t line = e.row() == GroupError::npos ? 0 : table.firstDataLine + e.row();
        if (e.subject() == GroupError::Subject::ShortGroup)
            throw InputError(source, line, groupIndex + 1, e.userMessage());
        const std::size_t column = e.subject() == GroupError::Subject::X && x ? *x + 1 : index + 1;
        throw InputError(source, line, column,
            Message { MessageId::ColumnMessage, { table.columns[index].name }, { e.userMessage() } });
    }
}

void warnShortGroups(const GroupedDerivative& d, const RowGroups& groups, const GroupOptions& options,
    const std::string& source, std::vector<InputError>& warnings)
{
    for (const ShortGroup& s : d.shortGroups)
        warnings.emplace_back(
            source, 0, 0, Message { MessageId::ShortGroupLeftEmpty, {}, { shortGroupMessage(groups, s, options) } });
}

/// "method: ..." once when every group of every column ran the same, else one line per group.
void describeMethods(const GroupedDerivative& d, const RowGroups& groups, const std::string& yName, bool severalColumns,
    bool byAuto, GroupedTable& out)
{
    bool same = true;
    std::string first;
    for (const std::string& p : d.provenance) {
        if (p.empty())
            continue;
        same = same && (first.empty() || p == first);
        if (first.empty())
            first = p;
    }
    const std::string column = severalColumns ? " for column '" + yName + "'" : std::string();
    if (same && !first.empty())
        out.comments.push_back("method: " + first + column);
    for (std::size_t g = 0; g < groups.names.size(); ++g) {
        const std::string& p = d.provenance[g];
        const std::string where = " for '" + yName + "' in group '" + groups.names[g] + "'";
        if (p.empty())
            continue;
        if (!same)
            out.comments.push_back(std::string("method: ").append(p).append(where));
        if (byAuto)
            out.autoChoices.push_back(std::string("auto chose ").append(p).append(where));
    }
}

void addColumn(GroupedTable& out, std::string name, std::vector<double> values, char kind)
{
    out.result.names.push_back(std::move(name));
    out.result.columns.push_back(std::move(values));
    out.kinds.push_back(kind);
}

/// --uncertainty: the band of the derivative column just added, and what it used.
void addBand(GroupedTable& out, const RowGroups& groups, const Series& series, const GroupOptions& options,
    const GroupedDerivative& computed, std::optional<double> noiseSd, const std::string& yName,
    std::vector<BandProvenance>& bands)
{
    GroupedBand band;
    try {
        band = groupedBand(groups, series, options, computed, noiseSd);
    } catch (const UncertaintyError& e) {
        throw UncertaintyError(
            Message { MessageId::NoUncertaintyBandFor, { out.result.names.back() }, { e.userMessage() } });
    }
    for (std::size_t g = 0; g < groups.names.size(); ++g) {
        if (std::isnan(band.sigma[g]))
            continue; // a short group: no derivative, no band
        bands.push_back({ yName, groups.names[g], band.method[g], band.sigma[g], band.source });
    }
    addColumn(out, bandColumnName(out.result.names.back()), std::move(band.sd), GroupedTable::kBand);
}

} // namespace

std::string outputColumnName(const std::string& name, char kind, const std::string& derivativeSuffix)
{
    if (kind == GroupedTable::kDerivative)
        return name + derivativeSuffix;
    if (kind == GroupedTable::kBand && !derivativeSuffix.empty()) // sd[NAME] -> sd[NAME SUFFIX]
        return name.substr(0, name.size() - 1) + derivativeSuffix + "]";
    return name;
}

GroupedTable differentiateGroups(const CsvTable& table, const TableJob& job, const std::vector<std::size_t>& ys,
    std::size_t groupIndex, const GroupedJob& grouped, const std::string& source, std::vector<InputError>& warnings)
{
    GroupedTable out;
    std::optional<std::size_t> x;
    if (job.xColumn)
        x = requireColumn(table, *job.xColumn, source);
    if (x == groupIndex)
        throw InputError(source, 0, groupIndex + 1, Message { MessageId::GroupColumnIsX, {}, {} });
    std::string xName = "x";
    if (x) {
        requireNumeric(table, *x, "x", source);
        xName = table.columns[*x].name;
        out.result.xIndex = x;
        addColumn(out, xName, table.columns[*x].values, GroupedTable::kRead);
    }
    out.groupName = table.columns[groupIndex].name;
    out.groupText = groupKeys(table.columns[groupIndex]);
    const RowGroups groups = splitGroups(out.groupText);
    GroupOptions options = grouped.options;
    options.edgeOrder = job.edgeOrder;
    options.order = job.order;
    options.smoothing.smoothedCurve = grouped.smoothedColumns;
    out.blank.assign(table.rowCount, 0);
    const std::span<const double> xSpan
        = x ? std::span<const double>(table.columns[*x].values) : std::span<const double>();
    std::vector<BandProvenance> bands;

    for (std::size_t position = 0; position < ys.size(); ++position) {
        const std::size_t index = ys[position];
        requireNumeric(table, index, "y", source);
        const CsvColumn& y = table.columns[index];
        GroupedDerivative d = groupColumn(table, x, index, groupIndex, groups, options, job.dx.value_or(1.0), source);
        if (index == ys.front()) {
            warnShortGroups(d, groups, options, source, warnings);
            out.blank = d.skipped;
        }
        describeMethods(d, groups, y.name, ys.size() > 1, options.smoothing.method == SmoothingMethod::Auto, out);
        out.result.yIndexes.push_back(index);
        addColumn(out, y.name, y.values, GroupedTable::kRead);
        if (grouped.smoothedColumns)
            addColumn(out, "smooth(" + y.name + ")", std::move(d.smoothed), GroupedTable::kSmoothed);
        addColumn(
            out, derivativeColumnName(y.name, xName, job.order), std::move(d.derivative), GroupedTable::kDerivative);
        if (grouped.uncertainty)
            addBand(out, groups, Series { y.values, xSpan, job.dx.value_or(1.0) }, options, d,
                position < grouped.noiseSd.size() ? grouped.noiseSd[position] : std::nullopt, y.name, bands);
    }
    if (grouped.uncertainty)
        out.comments.push_back(uncertaintyProvenance(bands, grouped.oneNoiseSd));
    return out;
}

void writeGroupedCsv(std::ostream& out, const GroupedTable& table, std::span<const std::string> comments,
    std::span<const std::string> xText, const std::string& derivativeSuffix)
{
    const DerivativeTable& result = table.result;
    std::string text;
    for (const std::string& comment : comments)
        text += "# " + comment + '\n';
    text += quoteCsvField(table.groupName);
    for (std::size_t c = 0; c < result.names.size(); ++c) {
        text += ',';
        text += quoteCsvField(outputColumnName(result.names[c], table.kinds[c], derivativeSuffix));
    }
    text += '\n';
    for (std::size_t r = 0; r < table.groupText.size(); ++r) {
        text += quoteCsvField(table.groupText[r]);
        for (std::size_t c = 0; c < result.columns.size(); ++c) {
            text += ',';
            if (c == 0 && result.xIndex && !xText.empty())
                text += quoteCsvField(xText[r]);
            else if (table.kinds[c] == GroupedTable::kRead || !table.blank[r])
                appendDouble(text, result.columns[c][r]);
        }
        text += '\n';
        if (text.size() > (std::size_t { 1 } << 20)) {
            out.write(text.data(), static_cast<std::streamsize>(text.size()));
            text.clear();
        }
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace tangent
