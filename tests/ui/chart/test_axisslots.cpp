// SPDX-License-Identifier: GPL-3.0-or-later
// AxisSlots (ui/chart/panes/axisslots.h): a pane's y axes, never more than two on a side.

#include "ui/chart/panes/axisslots.h"

#include <QValueAxis>

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <vector>

namespace tangent::ui {
namespace {

/// Makes axes and remembers the side each was made for.
struct AxisMaker {
    std::vector<std::unique_ptr<QValueAxis>> made;
    std::map<const QValueAxis*, Qt::Alignment> side;

    AxisSlots::Factory factory()
    {
        return [this](Qt::Alignment alignment) {
            made.push_back(std::make_unique<QValueAxis>());
            side[made.back().get()] = alignment;
            return made.back().get();
        };
    }
};

TEST(AxisSlots, GroupsShareAndNoSideTakesAThird)
{
    QValueAxis main;
    AxisMaker maker;
    AxisSlots slots_(&main, maker.factory());
    EXPECT_FALSE(slots_.mainUsed());

    // The first group on the left takes the main axis; a second unit gets a left axis of its own.
    QValueAxis* celsius = slots_.axisFor(QStringLiteral("°C"), Qt::AlignLeft);
    EXPECT_EQ(celsius, &main);
    EXPECT_TRUE(slots_.mainUsed());
    QValueAxis* mm = slots_.axisFor(QStringLiteral("mm"), Qt::AlignLeft);
    ASSERT_NE(mm, &main);
    EXPECT_EQ(maker.side[mm], Qt::AlignLeft);
    // The same group again: the same axis, nothing new.
    EXPECT_EQ(slots_.axisFor(QStringLiteral("°C"), Qt::AlignLeft), &main);
    EXPECT_EQ(maker.made.size(), 1u);

    // The left is full: the next groups go right, two of them.
    QValueAxis* ms = slots_.axisFor(QStringLiteral("m/s"), Qt::AlignLeft);
    QValueAxis* hpa = slots_.axisFor(QStringLiteral("hPa"), Qt::AlignLeft);
    EXPECT_EQ(maker.side[ms], Qt::AlignRight);
    EXPECT_EQ(maker.side[hpa], Qt::AlignRight);
    EXPECT_NE(ms, hpa);

    // Both sides full: a fifth group shares the last axis of the side it prefers.
    EXPECT_EQ(slots_.axisFor(QStringLiteral("%"), Qt::AlignLeft), mm);
    EXPECT_EQ(slots_.axisFor(QStringLiteral("W/m²"), Qt::AlignRight), hpa);
    EXPECT_EQ(maker.made.size(), 3u);
}

TEST(AxisSlots, RightFirstLeavesTheMainAxisUnused)
{
    QValueAxis main;
    AxisMaker maker;
    AxisSlots slots_(&main, maker.factory());
    QValueAxis* first = slots_.axisFor(QStringLiteral("d1"), Qt::AlignRight);
    QValueAxis* second = slots_.axisFor(QStringLiteral("d2"), Qt::AlignRight);
    EXPECT_EQ(maker.side[first], Qt::AlignRight);
    EXPECT_EQ(maker.side[second], Qt::AlignRight);
    EXPECT_FALSE(slots_.mainUsed());
    // The third goes left, to the main axis.
    EXPECT_EQ(slots_.axisFor(QStringLiteral("d3"), Qt::AlignRight), &main);
    EXPECT_TRUE(slots_.mainUsed());
}

TEST(AxisSlots, ANarrowPaneTakesOneAxisASide)
{
    QValueAxis main;
    AxisMaker maker;
    AxisSlots slots_(&main, maker.factory(), 1);
    QValueAxis* celsius = slots_.axisFor(QStringLiteral("°C"), Qt::AlignLeft);
    EXPECT_EQ(celsius, &main);
    // The left side is full: the next unit goes right; then both are full and it is shared.
    QValueAxis* mm = slots_.axisFor(QStringLiteral("mm"), Qt::AlignLeft);
    ASSERT_NE(mm, &main);
    EXPECT_EQ(maker.side[mm], Qt::AlignRight);
    EXPECT_EQ(slots_.axisFor(QStringLiteral("m/s"), Qt::AlignLeft), &main);
    EXPECT_EQ(slots_.axisFor(QStringLiteral("d1"), Qt::AlignRight), mm);
    EXPECT_EQ(maker.made.size(), 1U);
}

} // namespace
} // namespace tangent::ui
