// SPDX-License-Identifier: GPL-3.0-or-later
// The x column chosen when none is given, and the column offered to group long-format data by:
// one rule each for tangent-cli and the window (core/engine/xaxis.h, core/engine/spacingwarnings.h).

#include "core/engine/spacingwarnings.h"
#include "core/engine/xaxis.h"

#include <gtest/gtest.h>

namespace tangent {
namespace {

using enum XRole;

TEST(DefaultX, TheFirstColumnStaysXUnlessItIsText)
{
    EXPECT_EQ(defaultXIndex({ NumbersOrDates, NumbersOrDates }), 0U);
    // A number column with a bad cell stays x, so that the bad cell is reported rather than skipped.
    EXPECT_EQ(defaultXIndex({ NumbersWithBadCell, NumbersOrDates }), 0U);
    // Long format: symbol, date, price. The label column is passed over.
    EXPECT_EQ(defaultXIndex({ Text, NumbersOrDates, NumbersOrDates }), 1U);
    EXPECT_EQ(defaultXIndex({ Text, Text, NumbersWithBadCell, NumbersOrDates }), 3U);
}

TEST(DefaultX, NeverTheGroupColumn)
{
    // --group on the first column: x is the next numbers-or-dates column, not a bad-cell one.
    EXPECT_EQ(defaultXIndex({ NumbersOrDates, NumbersWithBadCell, NumbersOrDates }, 0), 2U);
    EXPECT_EQ(defaultXIndex({ Text, NumbersOrDates, NumbersOrDates }, 1), 2U);
}

TEST(DefaultX, WithNoUsableColumnTheFirstIsChosenAndReportedLater)
{
    EXPECT_EQ(defaultXIndex({}), 0U);
    EXPECT_EQ(defaultXIndex({ Text, Text }), 0U);
    EXPECT_EQ(defaultXIndex({ Text, NumbersWithBadCell }), 0U);
}

CsvColumn textColumn(std::string name, std::vector<std::string> cells)
{
    CsvColumn column;
    column.name = std::move(name);
    column.numeric = false;
    column.text = std::move(cells);
    return column;
}

TEST(GroupCandidate, IsTheFirstLabelColumnNeitherXNorANumberColumnWithABadCell)
{
    CsvTable table;
    CsvColumn t;
    t.name = "t";
    t.values = { 0, 1, 0, 1 };
    table.columns.push_back(t);
    table.columns.push_back(textColumn("price", { "", "10.5", "n/a?", "11" })); // numbers with a bad cell
    table.columns.push_back(textColumn("day", { "2024-01-01", "2024-01-02", "2024-01-01", "2024-01-02" }));
    table.columns.push_back(textColumn("symbol", { "MSFT", "MSFT", "IBM", "IBM" }));
    EXPECT_EQ(groupCandidate(table, 0), std::optional<std::size_t>(3));
    // A label column chosen as x is not offered; without another, nothing is.
    EXPECT_EQ(groupCandidate(table, 3), std::nullopt);
}

} // namespace
} // namespace tangent
