// SPDX-License-Identifier: GPL-3.0-or-later
// Groups of long-format rows (core/gradient/groups.cpp): splitting in file order, interleaved
// groups each differentiated on their own rows, short groups, strictness, and every method.

#include "core/gradient/gradient.h"
#include "core/gradient/groups.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <random>

namespace tangent {
namespace {

void expectSameBits(const std::vector<double>& actual, const std::vector<double>& expected, const std::string& what)
{
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t i = 0; i < actual.size(); ++i)
        EXPECT_EQ(std::bit_cast<std::uint64_t>(actual[i]), std::bit_cast<std::uint64_t>(expected[i]))
            << what << " row " << i << ": " << actual[i] << " vs " << expected[i];
}

// Two groups interleaved: A at x 0,1,2 with y = 2x, B at x 0,2,4,6 with y 1,1,5,5.
const std::vector<std::string> kKeys { "A", "B", "B", "A", "B", "A", "B" };
const std::vector<double> kX { 0, 0, 2, 1, 4, 2, 6 };
const std::vector<double> kY { 0, 1, 1, 2, 5, 4, 5 };

TEST(Groups, SplitKeepsFirstAppearanceAndFileOrder)
{
    const std::vector<std::string> keys { "b", "a", "b", "c", "a" };
    const RowGroups groups = splitGroups(keys);
    EXPECT_EQ(groups.names, (std::vector<std::string> { "b", "a", "c" }));
    ASSERT_EQ(groups.rows.size(), 3U);
    EXPECT_EQ(groups.rows[0], (std::vector<std::size_t> { 0, 2 }));
    EXPECT_EQ(groups.rows[1], (std::vector<std::size_t> { 1, 4 }));
    EXPECT_EQ(groups.rows[2], (std::vector<std::size_t> { 3 }));
}

TEST(Groups, InterleavedGroupsAreDifferentiatedOnTheirOwnRows)
{
    const GroupedDerivative d = groupedDerivative(splitGroups(kKeys), Series { kY, kX, 1.0 }, GroupOptions {});
    // A: slope 2 everywhere; B (uniform step 2): 0, (5-1)/4, (5-1)/4, 0.
    expectSameBits(d.derivative, { 2, 0, 1, 2, 1, 2, 0 }, "interleaved");
    EXPECT_TRUE(d.shortGroups.empty());
    EXPECT_EQ(std::count(d.skipped.begin(), d.skipped.end(), 1), 0);
    EXPECT_TRUE(d.smoothed.empty());
}

TEST(Groups, UniformSpacingAppliesWithinEachGroup)
{
    const GroupedDerivative d = groupedDerivative(splitGroups(kKeys), Series { kY, {}, 0.5 }, GroupOptions {});
    // A: y 0,2,4 at step 0.5 gives 4; B: y 1,1,5,5 gives 0 at the ends, (5-1)/(2*0.5) = 4 inside.
    expectSameBits(d.derivative, { 4, 0, 4, 4, 4, 4, 0 }, "uniform");
}

TEST(Groups, SecondOrderAndEdgeOrderTwoMatchTheSplitSeries)
{
    GroupOptions options;
    options.edgeOrder = 2;
    options.order = 2;
    const RowGroups groups = splitGroups(kKeys);
    const GroupedDerivative d = groupedDerivative(groups, Series { kY, kX, 1.0 }, options);
    const std::vector<double> a = derivative(std::vector<double> { 0, 2, 4 }, Spacing::coordinates({ 0, 1, 2 }), 2, 2);
    const std::vector<double> b
        = derivative(std::vector<double> { 1, 1, 5, 5 }, Spacing::coordinates({ 0, 2, 4, 6 }), 2, 2);
    expectSameBits(d.derivative, { a[0], b[0], b[1], a[1], b[2], a[2], b[3] }, "order 2");
}

TEST(Groups, ShortGroupGetsNaNCellsAndIsNamed)
{
    const std::vector<std::string> keys { "A", "C", "A", "A" };
    const std::vector<double> y { 0, 7, 1, 2 };
    const RowGroups groups = splitGroups(keys);
    const GroupedDerivative d = groupedDerivative(groups, Series { y, {}, 1.0 }, GroupOptions {});
    ASSERT_EQ(d.shortGroups.size(), 1U);
    EXPECT_EQ(groups.names[d.shortGroups[0].group], "C");
    EXPECT_TRUE(std::isnan(d.derivative[1]));
    EXPECT_EQ(d.skipped, (std::vector<char> { 0, 1, 0, 0 }));
    EXPECT_EQ(d.derivative[0], 1.0);
    EXPECT_EQ(shortGroupMessage(groups, d.shortGroups[0], GroupOptions {}).english(),
        "group 'C' has 1 row, too few for edge order 1 (needs 2)");
}

TEST(Groups, StrictMakesTheFirstShortGroupAnErrorAtItsFirstRow)
{
    const std::vector<std::string> keys { "A", "A", "A", "D", "E", "D" };
    const std::vector<double> y { 0, 1, 2, 3, 4, 5 };
    GroupOptions options;
    options.edgeOrder = 2;
    options.strict = true;
    try {
        groupedDerivative(splitGroups(keys), Series { y, {}, 1.0 }, options);
        FAIL() << "no error";
    } catch (const GroupError& e) {
        EXPECT_EQ(e.row(), 3U);
        EXPECT_EQ(e.subject(), GroupError::Subject::ShortGroup);
        EXPECT_EQ(std::string(e.what()), "group 'D' has 2 rows, too few for edge order 2 (needs 3)");
    }
}

TEST(Groups, BadOptionsFailBeforeAnyGroup)
{
    GroupOptions options;
    options.edgeOrder = 3;
    EXPECT_THROW(groupedDerivative(splitGroups(kKeys), Series { kY, kX, 1.0 }, options), GradientError);
    options = GroupOptions {};
    options.smoothing.method = SmoothingMethod::Savgol;
    options.smoothing.lam = 1.0; // the spline's parameter
    EXPECT_THROW(groupedDerivative(splitGroups(kKeys), Series { kY, kX, 1.0 }, options), SmoothingError);
}

/// Three groups of 40 noisy rows on jittered x, dealt round-robin so every group interleaves.
struct NoisyTable {
    std::vector<std::string> keys;
    std::vector<double> x;
    std::vector<double> y;
};

NoisyTable noisyTable()
{
    NoisyTable t;
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 0.05);
    std::uniform_real_distribution<double> step(0.05, 0.15);
    double xs[3] = { 0.0, 1.0, -2.0 };
    for (int i = 0; i < 120; ++i) {
        const int g = i % 3;
        xs[g] += step(rng);
        t.keys.push_back(std::string(1, static_cast<char>('P' + g)));
        t.x.push_back(xs[g]);
        t.y.push_back(std::sin(xs[g] * (g + 1)) + noise(rng));
    }
    return t;
}

TEST(Groups, EverySmoothingMethodEqualsTheCoreOnEachSplitSeries)
{
    const NoisyTable t = noisyTable();
    const RowGroups groups = splitGroups(t.keys);
    for (SmoothingMethod method : { SmoothingMethod::Savgol, SmoothingMethod::Spline, SmoothingMethod::Tvr,
             SmoothingMethod::Kalman, SmoothingMethod::Auto }) {
        GroupOptions options;
        options.smoothing.method = method;
        const GroupedDerivative d = groupedDerivative(groups, Series { t.y, t.x, 1.0 }, options);
        const std::string name(methodName(method));
        ASSERT_EQ(d.smoothed.size(), t.y.size()) << name;
        for (std::size_t g = 0; g < groups.names.size(); ++g) {
            std::vector<double> x;
            std::vector<double> y;
            for (std::size_t r : groups.rows[g]) {
                x.push_back(t.x[r]);
                y.push_back(t.y[r]);
            }
            SmoothingOptions alone = options.smoothing;
            const SmoothingResult expected = smoothDerivative(Series { y, x, 1.0 }, alone);
            std::vector<double> got;
            std::vector<double> smoothed;
            for (std::size_t r : groups.rows[g]) {
                got.push_back(d.derivative[r]);
                smoothed.push_back(d.smoothed[r]);
            }
            expectSameBits(got, expected.derivative, name + " group " + groups.names[g]);
            expectSameBits(smoothed, expected.smoothed, name + " smoothed, group " + groups.names[g]);
            EXPECT_EQ(d.provenance[g], expected.provenance()) << name;
        }
    }
}

TEST(Groups, SavgolWindowDecidesWhichGroupsAreShort)
{
    const NoisyTable t = noisyTable();
    std::vector<std::string> keys = t.keys;
    keys[5] = keys[50] = keys[90] = "tiny"; // three rows only
    const RowGroups groups = splitGroups(keys);
    GroupOptions options;
    options.smoothing.method = SmoothingMethod::Savgol;
    options.smoothing.window = 7;
    options.smoothing.polyorder = 2;
    const GroupedDerivative d = groupedDerivative(groups, Series { t.y, t.x, 1.0 }, options);
    ASSERT_EQ(d.shortGroups.size(), 1U);
    EXPECT_EQ(shortGroupMessage(groups, d.shortGroups[0], options).english(),
        "group 'tiny' has 3 rows, too few for savgol (needs 7)");
    EXPECT_TRUE(std::isnan(d.derivative[50]));
    EXPECT_FALSE(std::isnan(d.derivative[51]));
    EXPECT_TRUE(d.provenance[groups.names.size() - 1].empty());
}

TEST(Groups, XGoingBackWithinAGroupNamesTheGroupAndTheInputRow)
{
    NoisyTable t = noisyTable();
    t.x[64] = t.x[61] - 0.01; // row 64 is group Q's (64 % 3 == 1), after its row 61
    GroupOptions options;
    options.smoothing.method = SmoothingMethod::Spline;
    try {
        groupedDerivative(splitGroups(t.keys), Series { t.y, t.x, 1.0 }, options);
        FAIL() << "no error";
    } catch (const GroupError& e) {
        EXPECT_EQ(e.subject(), GroupError::Subject::X);
        EXPECT_TRUE(e.row() == 61 || e.row() == 64) << e.row();
        EXPECT_NE(std::string(e.what()).find("group 'Q'"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace tangent
