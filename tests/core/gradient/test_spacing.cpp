// SPDX-License-Identifier: GPL-3.0-or-later
// The x-column facts both front ends report, on columns whose answers can be read off by eye, and
// ResolvedSpacing staying valid when copied.

#include "core/gradient/spacing.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <span>
#include <vector>

namespace {

using tangent::ResolvedSpacing;
using tangent::Spacing;
using tangent::SpacingFacts;
using tangent::Uniformity;
using Rows = std::vector<std::size_t>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(SpacingFacts, IncreasingEvenColumnHasNoFindings)
{
    const SpacingFacts facts = tangent::spacingFacts(std::vector<double> { 0, 0.25, 0.5, 0.75 });
    EXPECT_FALSE(facts.firstDecrease);
    EXPECT_FALSE(facts.decreasingThroughout);
    EXPECT_TRUE(facts.repeatedRows.empty());
    EXPECT_TRUE(facts.gapRows.empty());
    EXPECT_EQ(facts.uniformity, Uniformity::Exact);
    EXPECT_EQ(facts.smallestStep, 0.25);
    EXPECT_EQ(facts.largestStep, 0.25);
}

TEST(SpacingFacts, FirstDecreaseSkipsGaps)
{
    // Row 3 (1.5) is below row 1 (2): the NaN in row 2 is skipped when looking back.
    const SpacingFacts facts = tangent::spacingFacts(std::vector<double> { 0, 2, kNaN, 1.5, 3, 1 });
    ASSERT_TRUE(facts.firstDecrease);
    EXPECT_EQ(facts.firstDecrease->row, 3U);
    EXPECT_EQ(facts.firstDecrease->previousRow, 1U);
    EXPECT_FALSE(facts.decreasingThroughout);
    EXPECT_EQ(facts.gapRows, (Rows { 2 }));
    EXPECT_EQ(facts.uniformity, Uniformity::Uneven);
}

TEST(SpacingFacts, DecreasingThroughout)
{
    const SpacingFacts facts = tangent::spacingFacts(std::vector<double> { 4, 3, 1, 0 });
    ASSERT_TRUE(facts.firstDecrease);
    EXPECT_EQ(facts.firstDecrease->row, 1U);
    EXPECT_TRUE(facts.decreasingThroughout);
    EXPECT_EQ(facts.uniformity, Uniformity::Uneven);
}

TEST(SpacingFacts, RepeatedValuesNameTheSecondRowOfEachPair)
{
    const SpacingFacts facts = tangent::spacingFacts(std::vector<double> { 0, 1, 2, 2, 3, 4, 4 });
    EXPECT_EQ(facts.repeatedRows, (Rows { 3, 6 }));
    EXPECT_FALSE(facts.firstDecrease) << "a zero step is not a decrease";
    EXPECT_EQ(facts.smallestStep, 0.0);
    EXPECT_EQ(facts.largestStep, 1.0);
}

TEST(SpacingFacts, NearlyUniformIsNotExact)
{
    // 0.1 * i: 0.30000000000000004 - 0.2 != 0.1, so numpy's exact test fails, by far less than 1e-9.
    std::vector<double> x;
    for (int i = 0; i <= 10; ++i)
        x.push_back(i * 0.1);
    const SpacingFacts facts = tangent::spacingFacts(x);
    EXPECT_EQ(facts.uniformity, Uniformity::Nearly);
    EXPECT_EQ(facts.tolerance, tangent::kNearlyUniformTolerance);
    EXPECT_LT(facts.smallestStep, facts.largestStep);
    EXPECT_TRUE(tangent::evenlySpaced(x));
    // With no tolerance at all, it is simply uneven.
    EXPECT_EQ(tangent::spacingFacts(x, 0.0).uniformity, Uniformity::Uneven);
}

TEST(SpacingFacts, ToleranceIsRelativeToTheFirstStep)
{
    // Steps 1, 1 + 2e-9: outside 1e-9, inside 1e-8.
    const std::vector<double> x { 0, 1, 2 + 2e-9 };
    EXPECT_EQ(tangent::spacingFacts(x).uniformity, Uniformity::Uneven);
    EXPECT_EQ(tangent::spacingFacts(x, 1e-8).uniformity, Uniformity::Nearly);
}

TEST(SpacingFacts, ShortAndEmptyColumns)
{
    EXPECT_EQ(tangent::spacingFacts(std::vector<double> {}).uniformity, Uniformity::Exact);
    EXPECT_EQ(tangent::spacingFacts(std::vector<double> { 5 }).uniformity, Uniformity::Exact);
    EXPECT_FALSE(tangent::spacingFacts(std::vector<double> { 5 }).decreasingThroughout);
    EXPECT_TRUE(tangent::evenlySpaced(std::vector<double> { 0, 7 }));
}

TEST(SpacingFacts, NonFiniteStepIsUneven)
{
    EXPECT_EQ(tangent::spacingFacts(std::vector<double> { 0, 1, kNaN, 3 }).uniformity, Uniformity::Uneven);
    EXPECT_FALSE(tangent::evenlySpaced(std::vector<double> { 0, 1, kNaN, 3 }));
}

void expectSameFacts(const SpacingFacts& a, const SpacingFacts& b)
{
    ASSERT_EQ(a.firstDecrease.has_value(), b.firstDecrease.has_value());
    if (a.firstDecrease) {
        EXPECT_EQ(a.firstDecrease->row, b.firstDecrease->row);
        EXPECT_EQ(a.firstDecrease->previousRow, b.firstDecrease->previousRow);
        EXPECT_EQ(a.firstDecrease->value, b.firstDecrease->value);
        EXPECT_EQ(a.firstDecrease->previousValue, b.firstDecrease->previousValue);
    }
    EXPECT_EQ(a.decreasingThroughout, b.decreasingThroughout);
    EXPECT_EQ(a.repeatedRows, b.repeatedRows);
    EXPECT_EQ(a.repeatedCount, b.repeatedCount);
    EXPECT_EQ(a.firstRepeatedValue, b.firstRepeatedValue);
    EXPECT_EQ(a.gapRows, b.gapRows);
    EXPECT_EQ(a.gapCount, b.gapCount);
    EXPECT_EQ(a.uniformity, b.uniformity);
    EXPECT_EQ(a.smallestStep, b.smallestStep);
    EXPECT_EQ(a.largestStep, b.largestStep);
}

TEST(SpacingScan, PiecesGiveTheFactsOfTheWhole)
{
    // Repeats, a decrease, gaps and a nearly-uniform stretch, split at every pair of points
    // (so a repeat, a decrease or a gap falls on a boundary, and some pieces are empty).
    const std::vector<std::vector<double>> columns {
        { 0, 1, 1, kNaN, 3, 2.5, 4, 4, kNaN, kNaN, 6, 7 },
        { 5, 4, kNaN, 3, 2, 1 },
        { 0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5 },
        { 0, 2, 4, 6, 8 },
    };
    for (const std::vector<double>& x : columns) {
        const SpacingFacts whole = tangent::spacingFacts(x);
        const std::span<const double> all(x);
        for (std::size_t a = 0; a <= x.size(); ++a) {
            for (std::size_t b = a; b <= x.size(); ++b) {
                tangent::SpacingScan scan;
                scan.add(all.subspan(0, a));
                scan.add(all.subspan(a, b - a));
                scan.add(all.subspan(b));
                SCOPED_TRACE(testing::Message() << "split at " << a << " and " << b);
                expectSameFacts(scan.facts(), whole);
            }
        }
    }
}

TEST(SpacingScan, FactsReadOffByEye)
{
    tangent::SpacingScan scan;
    scan.add(std::vector<double> { 0, 1, 1, kNaN });
    scan.add(std::vector<double> { 3, 2.5, 4, 4 });
    const SpacingFacts facts = scan.facts();
    ASSERT_TRUE(facts.firstDecrease);
    EXPECT_EQ(facts.firstDecrease->row, 5U);
    EXPECT_EQ(facts.firstDecrease->previousRow, 4U);
    EXPECT_EQ(facts.firstDecrease->value, 2.5);
    EXPECT_EQ(facts.firstDecrease->previousValue, 3.0);
    EXPECT_EQ(facts.repeatedRows, (Rows { 2, 7 }));
    EXPECT_EQ(facts.repeatedCount, 2U);
    EXPECT_EQ(facts.firstRepeatedValue, 1.0);
    EXPECT_EQ(facts.gapRows, (Rows { 3 }));
    EXPECT_EQ(facts.gapCount, 1U);
    EXPECT_EQ(facts.uniformity, Uniformity::Uneven);
}

TEST(SpacingScan, ListsTheFirstRowsAndCountsThemAll)
{
    // Alternating gaps and repeated values: 3000 of each, only the first kSpacingRowsKept listed.
    std::vector<double> x;
    for (int i = 0; i < 3000; ++i) {
        x.push_back(kNaN);
        x.push_back(7);
        x.push_back(7);
    }
    const SpacingFacts facts = tangent::spacingFacts(x);
    EXPECT_EQ(facts.gapCount, 3000U);
    EXPECT_EQ(facts.repeatedCount, 3000U);
    ASSERT_EQ(facts.gapRows.size(), tangent::kSpacingRowsKept);
    ASSERT_EQ(facts.repeatedRows.size(), tangent::kSpacingRowsKept);
    EXPECT_EQ(facts.gapRows.back(), 3 * (tangent::kSpacingRowsKept - 1));
    EXPECT_EQ(facts.repeatedRows.back(), 3 * (tangent::kSpacingRowsKept - 1) + 2);
}

TEST(ResolvedSpacing, AppliesNumpysUniformTest)
{
    const ResolvedSpacing exact(Spacing::coordinates({ 1, 3, 5, 7 }), 4);
    EXPECT_TRUE(exact.uniform());
    EXPECT_EQ(exact.h(), 2.0);
    EXPECT_TRUE(exact.axis().x.empty());

    const ResolvedSpacing uneven(Spacing::coordinates({ 0, 1, 3 }), 3);
    EXPECT_FALSE(uneven.uniform());
    EXPECT_EQ(uneven.axis().x.size(), 3U);

    EXPECT_THROW(ResolvedSpacing(Spacing::coordinates({ 0, 1 }), 3), tangent::GradientError);
    EXPECT_THROW(ResolvedSpacing(Spacing::coordinates({ 0 }), 1), tangent::GradientError);
}

TEST(ResolvedSpacing, CopiesPointIntoTheirOwnCoordinates)
{
    std::vector<ResolvedSpacing> copies;
    {
        const ResolvedSpacing original(Spacing::coordinates({ 0, 1, 3 }), 3);
        copies.push_back(original);
        copies.push_back(original);
    }
    const auto a = copies[0].axis().x;
    const auto b = copies[1].axis().x;
    EXPECT_NE(a.data(), b.data());
    EXPECT_EQ(std::vector<double>(a.begin(), a.end()), (std::vector<double> { 0, 1, 3 }));
    EXPECT_EQ(std::vector<double>(b.begin(), b.end()), (std::vector<double> { 0, 1, 3 }));
}

} // namespace
