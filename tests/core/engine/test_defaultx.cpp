// SPDX-License-Identifier: GPL-3.0-or-later
// The x column chosen when none is given: one rule for tangent-cli and the window (core/engine/xaxis.h).

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

} // namespace
} // namespace tangent
