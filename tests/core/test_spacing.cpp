// The x-column facts both front ends report, on columns whose answers can be read off by eye, and
// ResolvedSpacing staying valid when copied.

#include "core/spacing.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
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
