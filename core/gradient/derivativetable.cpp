// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gradient/derivativetable.h"

#include "core/errors.h"

#include <algorithm>
#include <cmath>

namespace tangent {
namespace {

std::string columnList(const CsvTable& table)
{
    std::string list;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (i > 0)
            list += ", ";
        list += std::to_string(i + 1) + " '" + table.columns[i].name + "'";
    }
    return list;
}

const CsvColumn& requireNumeric(
    const CsvTable& table, std::size_t index, const std::string& role, const std::string& source)
{
    const CsvColumn& column = table.columns[index];
    if (!column.numeric) {
        const std::size_t dataRow
            = column.firstTextRow >= table.firstDataLine ? column.firstTextRow - table.firstDataLine : 0;
        const std::string cell = dataRow < column.text.size() ? column.text[dataRow] : std::string();
        throw InputError(source, column.firstTextRow, index + 1,
            Message { MessageId::ColumnNotNumericCell, { role, column.name, cell }, {} });
    }
    return column;
}

} // namespace

std::string derivativeColumnName(const std::string& yName, const std::string& xName, int order)
{
    if (order == 1)
        return "d(" + yName + ")/d(" + xName + ")";
    const std::string k = std::to_string(order);
    return "d" + k + "(" + yName + ")/d(" + xName + ")" + k;
}

std::size_t requireColumn(const CsvTable& table, const std::string& nameOrIndex, const std::string& source)
{
    if (auto index = table.findColumn(nameOrIndex))
        return *index;
    throw InputError(source, 0, 0, Message { MessageId::NoSuchColumn, { nameOrIndex, columnList(table) }, {} });
}

DerivativeTable differentiateTable(const CsvTable& table, const TableJob& job, const std::string& source)
{
    if (job.xColumn && job.dx)
        throw InputError(source, 0, 0, Message { MessageId::XColumnAndDx, {}, {} });
    if (job.dx && !(*job.dx != 0.0 && std::isfinite(*job.dx)))
        throw InputError(source, 0, 0, Message { MessageId::BadDx, {}, {} });

    DerivativeTable result;
    if (job.xColumn)
        result.xIndex = requireColumn(table, *job.xColumn, source);
    else if (!job.dx && table.columns.size() > 1)
        result.xIndex = 0;

    if (job.yColumns.empty()) {
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            if (i != result.xIndex && table.columns[i].numeric)
                result.yIndexes.push_back(i);
        if (result.yIndexes.empty())
            throw InputError(source, 0, 0, Message { MessageId::NoNumericColumnAmong, { columnList(table) }, {} });
    } else {
        for (const std::string& name : job.yColumns)
            result.yIndexes.push_back(requireColumn(table, name, source));
    }

    Spacing spacing = Spacing::uniform(job.dx.value_or(1.0));
    std::string xName = "x";
    if (result.xIndex) {
        const CsvColumn& x = requireNumeric(table, *result.xIndex, "x", source);
        spacing = Spacing::coordinates(x.values);
        xName = x.name;
        result.names.push_back(x.name);
        result.columns.push_back(x.values);
    }
    for (std::size_t index : result.yIndexes) {
        const CsvColumn& y = requireNumeric(table, index, "y", source);
        std::vector<double> dy;
        try {
            dy = derivative(y.values, spacing, job.edgeOrder, job.order);
        } catch (const GradientError& e) {
            throw InputError(
                source, 0, index + 1, Message { MessageId::CannotDifferentiate, { y.name }, { e.userMessage() } });
        }
        result.names.push_back(y.name);
        result.columns.push_back(y.values);
        result.names.push_back(derivativeColumnName(y.name, xName, job.order));
        result.columns.push_back(std::move(dy));
    }
    return result;
}

} // namespace tangent
