// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/xaxis.h"

#include "core/io/csvscanner.h"
#include "core/io/numberformat.h"
#include "core/time/datetime.h"

#include <limits>

namespace tangent {
namespace {

bool isDateColumn(const CsvColumn& column)
{
    return !column.numeric && looksLikeDates(column.text);
}

/// A text column whose first value is a number is a numeric column with a bad cell (which
/// differentiateTable reports), not a label column to pass over.
bool startsWithNumber(const CsvColumn& column, bool decimalComma)
{
    for (const std::string& cell : column.text) {
        const std::string_view text = csvdetail::trim(cell);
        if (!csvdetail::isNaToken(text))
            return parseDouble(text, decimalComma).has_value();
    }
    return false;
}

void convertDates(CsvColumn& column, TimeUnit unit)
{
    const double perUnit = secondsPer(unit);
    column.values.clear();
    column.values.reserve(column.text.size());
    for (const std::string& cell : column.text) {
        const auto seconds = parseDateTime(csvdetail::trim(cell));
        column.values.push_back(seconds ? *seconds / perUnit : std::numeric_limits<double>::quiet_NaN());
    }
    column.numeric = true;
}

} // namespace

XRole xRoleOf(const CsvColumn& column, bool decimalComma)
{
    if (column.numeric || isDateColumn(column))
        return XRole::NumbersOrDates;
    return startsWithNumber(column, decimalComma) ? XRole::NumbersWithBadCell : XRole::Text;
}

std::size_t defaultXIndex(const std::vector<XRole>& roles, std::optional<std::size_t> exclude)
{
    // The first column stays x when it can be one, so plain numeric tables read as before.
    if (roles.empty() || (exclude != 0 && roles.front() != XRole::Text))
        return 0;
    for (std::size_t i = 0; i < roles.size(); ++i)
        if (i != exclude && roles[i] == XRole::NumbersOrDates)
            return i;
    return 0; // differentiateTable then says why column 1 cannot be x
}

XAxis settleXAxis(
    CsvTable& table, TableJob& job, TimeUnit unit, std::optional<std::size_t> exclude, const std::string& source)
{
    XAxis axis;
    axis.unit = unit;
    if (job.xColumn) {
        axis.index = requireColumn(table, *job.xColumn, source);
    } else if (!job.dx && table.columns.size() > 1) {
        std::vector<XRole> roles;
        roles.reserve(table.columns.size());
        for (const CsvColumn& column : table.columns)
            roles.push_back(xRoleOf(column, table.decimalComma));
        axis.index = defaultXIndex(roles, exclude);
        job.xColumn = std::to_string(*axis.index + 1);
    }
    if (axis.index && isDateColumn(table.columns[*axis.index])) {
        convertDates(table.columns[*axis.index], unit);
        axis.isDate = true;
    }
    return axis;
}

std::vector<CsvOutColumn> outputColumns(
    const DerivativeTable& result, const CsvTable& table, const XAxis& axis, int order)
{
    std::vector<CsvOutColumn> columns;
    for (std::size_t i = 0; i < result.names.size(); ++i)
        columns.push_back({ result.names[i], result.columns[i] });
    if (axis.isDate && result.xIndex) {
        columns[0].text = table.columns[*result.xIndex].text;
        // After x come pairs of (y, derivative).
        for (std::size_t i = 2; i < columns.size(); i += 2)
            columns[i].name += perTimeUnitSuffix(axis.unit, order);
    }
    return columns;
}

} // namespace tangent
