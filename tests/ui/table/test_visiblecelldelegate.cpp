// SPDX-License-Identifier: GPL-3.0-or-later
// A column cut by the table's right edge draws its right-aligned numbers in the part in view.

#include "ui/table/visiblecelldelegate.h"

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

TEST(VisibleCellRect, ACellCutByTheRightEdgeIsDrawnInThePartInView)
{
    const QRect viewport(0, 0, 300, 400);
    // A derivative column from x = 240 to 409 (170 px): its numbers end at 299, in view.
    EXPECT_EQ(visibleCellRect(QRect(240, 20, 170, 22), viewport), QRect(240, 20, 60, 22));
    // A cell wholly in view, or wholly past the edge, is left as it is.
    EXPECT_EQ(visibleCellRect(QRect(10, 20, 100, 22), viewport), QRect(10, 20, 100, 22));
    EXPECT_EQ(visibleCellRect(QRect(300, 20, 100, 22), viewport), QRect(300, 20, 100, 22));
    // One ending exactly at the edge is whole.
    EXPECT_EQ(visibleCellRect(QRect(200, 0, 100, 22), viewport), QRect(200, 0, 100, 22));
}

} // namespace
} // namespace tangent::ui
