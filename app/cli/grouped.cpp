#include "app/cli/grouped.h"

#include "core/errors.h"
#include "core/gradient/gradient.h"
#include "core/io/numberformat.h"

#include <ostream>
#include <unordered_map>

namespace tangent {
namespace {

/// Rows of each group, groups in order of first appearance.
struct Groups {
    std::vector<std::string> names;
    std::vector<std::vector<std::size_t>> rows;
};

std::vector<std::string> groupKeys(const CsvColumn& column, std::size_t rowCount)
{
    if (!column.numeric)
        return column.text;
    std::vector<std::string> keys;
    keys.reserve(rowCount);
    for (double v : column.values)
        keys.push_back(formatDouble(v));
    return keys;
}

Groups collectGroups(const std::vector<std::string>& keys)
{
    Groups groups;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t row = 0; row < keys.size(); ++row) {
        auto [it, added] = index.try_emplace(keys[row], groups.names.size());
        if (added) {
            groups.names.push_back(keys[row]);
            groups.rows.emplace_back();
        }
        groups.rows[it->second].push_back(row);
    }
    return groups;
}

std::vector<std::size_t> yIndexes(const CsvTable& table, const TableJob& job, std::optional<std::size_t> x,
    std::size_t group, const std::string& source)
{
    std::vector<std::size_t> ys;
    if (job.yColumns.empty()) {
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            if (i != x && i != group && table.columns[i].numeric)
                ys.push_back(i);
        if (ys.empty())
            throw InputError(source, 0, 0, "there is no numeric column to differentiate besides x and the group");
        return ys;
    }
    for (const std::string& name : job.yColumns)
        ys.push_back(requireColumn(table, name, source));
    return ys;
}

void requireNumeric(const CsvTable& table, std::size_t index, const std::string& role, const std::string& source)
{
    const CsvColumn& column = table.columns[index];
    if (!column.numeric)
        throw InputError(source, column.firstTextRow, index + 1,
            "the " + role + " column '" + column.name + "' is not numeric; choose another column");
}

std::vector<double> gather(const std::vector<double>& values, const std::vector<std::size_t>& rows)
{
    std::vector<double> out;
    out.reserve(rows.size());
    for (std::size_t r : rows)
        out.push_back(values[r]);
    return out;
}

std::string rowsWord(std::size_t n)
{
    return std::to_string(n) + (n == 1 ? " row" : " rows");
}

/// Per row: 1 for the rows of groups too short for the edge order, each named in `warnings`
/// (or, with `strict`, the first of them an InputError).
std::vector<char> shortGroupRows(const CsvTable& table, const TableJob& job, std::size_t groupIndex,
    const Groups& groups, bool strict, const std::string& source, std::vector<std::string>& warnings)
{
    std::vector<char> blank(table.rowCount, 0);
    const std::size_t needed = minimumPoints(job.edgeOrder);
    for (std::size_t g = 0; g < groups.names.size(); ++g) {
        const std::vector<std::size_t>& rows = groups.rows[g];
        if (rows.size() >= needed)
            continue;
        const std::string message = "group '" + groups.names[g] + "' has " + rowsWord(rows.size())
            + ", too few for edge order " + std::to_string(job.edgeOrder) + " (needs " + std::to_string(needed) + ")";
        if (strict)
            throw InputError(source, table.firstDataLine + rows.front(), groupIndex + 1, message);
        std::string warning = source;
        warning += ": warning: " + message + "; its derivative cells are left empty";
        warnings.push_back(std::move(warning));
        for (std::size_t r : rows)
            blank[r] = 1;
    }
    return blank;
}

/// Column `index` differentiated within each group long enough, in input row order.
std::vector<double> groupDerivative(const CsvTable& table, const TableJob& job, std::optional<std::size_t> x,
    std::size_t index, const Groups& groups, const std::string& source)
{
    const CsvColumn& y = table.columns[index];
    std::vector<double> dy(table.rowCount, 0.0);
    for (std::size_t g = 0; g < groups.names.size(); ++g) {
        const std::vector<std::size_t>& rows = groups.rows[g];
        if (rows.size() < minimumPoints(job.edgeOrder))
            continue;
        const Spacing spacing
            = x ? Spacing::coordinates(gather(table.columns[*x].values, rows)) : Spacing::uniform(job.dx.value_or(1.0));
        std::vector<double> d;
        try {
            d = derivative(gather(y.values, rows), spacing, job.edgeOrder, job.order);
        } catch (const GradientError& e) {
            throw InputError(source, 0, index + 1,
                "cannot differentiate '" + y.name + "' in group '" + groups.names[g] + "': " + e.what());
        }
        for (std::size_t k = 0; k < rows.size(); ++k)
            dy[rows[k]] = d[k];
    }
    return dy;
}

} // namespace

GroupedTable differentiateGroups(const CsvTable& table, const TableJob& job, std::size_t groupIndex, bool strict,
    const std::string& source, std::vector<std::string>& warnings)
{
    GroupedTable out;
    std::optional<std::size_t> x;
    if (job.xColumn)
        x = requireColumn(table, *job.xColumn, source);
    if (x == groupIndex)
        throw InputError(source, 0, groupIndex + 1, "the group column cannot also be the x column");
    const std::vector<std::size_t> ys = yIndexes(table, job, x, groupIndex, source);
    std::string xName = "x";
    if (x) {
        requireNumeric(table, *x, "x", source);
        xName = table.columns[*x].name;
        out.result.xIndex = x;
        out.result.names.push_back(xName);
        out.result.columns.push_back(table.columns[*x].values);
    }
    out.groupName = table.columns[groupIndex].name;
    out.groupText = groupKeys(table.columns[groupIndex], table.rowCount);
    const Groups groups = collectGroups(out.groupText);
    out.blank = shortGroupRows(table, job, groupIndex, groups, strict, source, warnings);

    for (std::size_t index : ys) {
        requireNumeric(table, index, "y", source);
        const CsvColumn& y = table.columns[index];
        out.result.yIndexes.push_back(index);
        out.result.names.push_back(y.name);
        out.result.columns.push_back(y.values);
        out.result.names.push_back(derivativeColumnName(y.name, xName, job.order));
        out.result.columns.push_back(groupDerivative(table, job, x, index, groups, source));
    }
    return out;
}

void writeGroupedCsv(std::ostream& out, const GroupedTable& table, std::span<const std::string> xText,
    const std::string& derivativeSuffix)
{
    const DerivativeTable& result = table.result;
    const std::size_t first = result.xIndex ? 1 : 0;
    std::string text = quoteCsvField(table.groupName);
    for (std::size_t c = 0; c < result.names.size(); ++c) {
        text += ',';
        const bool isDerivative = c >= first && (c - first) % 2 == 1;
        text += quoteCsvField(isDerivative ? result.names[c] + derivativeSuffix : result.names[c]);
    }
    text += '\n';
    for (std::size_t r = 0; r < table.groupText.size(); ++r) {
        text += quoteCsvField(table.groupText[r]);
        for (std::size_t c = 0; c < result.columns.size(); ++c) {
            text += ',';
            const bool isDerivative = c >= first && (c - first) % 2 == 1;
            if (c == 0 && result.xIndex && !xText.empty())
                text += quoteCsvField(xText[r]);
            else if (!(isDerivative && table.blank[r]))
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
