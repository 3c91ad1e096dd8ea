// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gradient/screenreduction.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <vector>

using tangent::nearestIndex;
using tangent::ReducedPoint;
using tangent::reduceForScreen;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> iota(std::size_t n, double start = 0.0, double step = 1.0)
{
    std::vector<double> v(n);
    for (std::size_t i = 0; i < n; ++i) {
        v[i] = start + step * static_cast<double>(i);
    }
    return v;
}

std::vector<std::size_t> indices(const std::vector<ReducedPoint>& points)
{
    std::vector<std::size_t> out;
    for (const auto& p : points) {
        out.push_back(p.index);
    }
    return out;
}

// The same bucket as the reduction uses: equal-width columns over [xMin, xMax].
std::size_t bucketOf(double x, double xMin, double xMax, std::size_t columns)
{
    const double scale = static_cast<double>(columns) / (xMax - xMin);
    return static_cast<std::size_t>(std::clamp(std::floor((x - xMin) * scale), 0.0, static_cast<double>(columns - 1)));
}

struct Extremes {
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    std::size_t first = std::numeric_limits<std::size_t>::max();
    std::size_t last = 0;
};

// Per bucket: min, max, first and last index of the finite points with x in [xMin, xMax].
std::map<std::size_t, Extremes> bucketExtremes(const std::vector<double>& x, const std::vector<double>& y,
    const std::vector<std::size_t>& which, double xMin, double xMax, std::size_t columns)
{
    std::map<std::size_t, Extremes> out;
    for (const std::size_t i : which) {
        if (x[i] < xMin || x[i] > xMax || std::isnan(y[i])) {
            continue;
        }
        auto& e = out[bucketOf(x[i], xMin, xMax, columns)];
        e.min = std::min(e.min, y[i]);
        e.max = std::max(e.max, y[i]);
        e.first = std::min(e.first, i);
        e.last = std::max(e.last, i);
    }
    return out;
}

} // namespace

TEST(ScreenReduction, EmptyInputGivesNothing)
{
    EXPECT_TRUE(reduceForScreen({}, {}, 0.0, 1.0, 100).empty());
}

TEST(ScreenReduction, FewPointsAreAllReturned)
{
    const auto x = iota(10);
    const auto y = iota(10, 5.0, -1.0);
    const auto r = reduceForScreen(x, y, 0.0, 9.0, 100);
    ASSERT_EQ(r.size(), 10U);
    for (std::size_t i = 0; i < r.size(); ++i) {
        EXPECT_EQ(r[i].index, i);
        EXPECT_EQ(r[i].x, x[i]);
        EXPECT_EQ(r[i].y, y[i]);
    }
}

TEST(ScreenReduction, KeepsFirstMinMaxLastOfEachBucket)
{
    // Two buckets of 8 points each over x in [0, 16): min and max in the middle of each.
    const auto x = iota(16);
    const std::vector<double> y { 0, 1, 9, 1, 1, -7, 1, 2, 3, 3, -4, 3, 3, 8, 3, 5 };
    const auto r = reduceForScreen(x, y, 0.0, 15.999, 2);
    EXPECT_EQ(indices(r), (std::vector<std::size_t> { 0, 2, 5, 7, 8, 10, 13, 15 }));
}

TEST(ScreenReduction, MinEqualToFirstIsNotDuplicated)
{
    const auto x = iota(16);
    std::vector<double> y(16, 1.0);
    y[0] = -1.0; // first is also min
    y[7] = 5.0; // last of bucket 0 is also max
    const auto r = reduceForScreen(x, y, 0.0, 15.999, 2);
    EXPECT_EQ(indices(r), (std::vector<std::size_t> { 0, 7, 8, 15 }));
}

TEST(ScreenReduction, SizeIsBoundedByFourPerColumnPlusEnds)
{
    const std::size_t n = 100000;
    const auto x = iota(n);
    std::vector<double> y(n);
    std::mt19937 rng(7);
    std::normal_distribution<double> noise;
    std::generate(y.begin(), y.end(), [&] { return noise(rng); });
    for (const std::size_t columns : { 1U, 3U, 100U, 1920U }) {
        const auto r = reduceForScreen(x, y, 1000.0, 90000.0, columns);
        EXPECT_LE(r.size(), 4 * columns + 2) << columns;
        EXPECT_GE(r.size(), 2 * columns) << columns;
    }
}

TEST(ScreenReduction, IndicesAreStrictlyIncreasing)
{
    const std::size_t n = 50000;
    const auto x = iota(n);
    std::vector<double> y(n);
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    std::generate(y.begin(), y.end(), [&] { return u(rng); });
    const auto r = reduceForScreen(x, y, 0.0, static_cast<double>(n), 300);
    for (std::size_t k = 1; k < r.size(); ++k) {
        EXPECT_LT(r[k - 1].index, r[k].index);
    }
}

TEST(ScreenReduction, KeepsOnePointBeyondEachEnd)
{
    const auto x = iota(1000);
    const auto y = iota(1000);
    // Reduced case: the range [100.5, 899.5] holds 800 points for 10 columns.
    auto r = reduceForScreen(x, y, 100.5, 899.5, 10);
    ASSERT_FALSE(r.empty());
    EXPECT_EQ(r.front().index, 100U);
    EXPECT_EQ(r.back().index, 900U);
    EXPECT_EQ(r[1].index, 101U);
    EXPECT_EQ(r[r.size() - 2].index, 899U);
    // Small case: all points in range plus the neighbours.
    r = reduceForScreen(x, y, 10.5, 14.5, 100);
    EXPECT_EQ(indices(r), (std::vector<std::size_t> { 10, 11, 12, 13, 14, 15 }));
    // Bounds falling exactly on points include them; the neighbours lie beyond.
    r = reduceForScreen(x, y, 10.0, 14.0, 100);
    EXPECT_EQ(indices(r), (std::vector<std::size_t> { 9, 10, 11, 12, 13, 14, 15 }));
}

TEST(ScreenReduction, RangePartiallyOutsideTheData)
{
    const auto x = iota(100);
    const auto y = iota(100);
    // Left of the data: nothing before index 0 exists.
    auto r = reduceForScreen(x, y, -50.0, 2.5, 100);
    EXPECT_EQ(indices(r), (std::vector<std::size_t> { 0, 1, 2, 3 }));
    // Right of the data.
    r = reduceForScreen(x, y, 97.5, 500.0, 100);
    EXPECT_EQ(indices(r), (std::vector<std::size_t> { 97, 98, 99 }));
    // Covering more than the data on both sides, reduced.
    r = reduceForScreen(x, y, -1000.0, 1000.0, 10);
    ASSERT_FALSE(r.empty());
    EXPECT_EQ(r.front().index, 0U);
    EXPECT_EQ(r.back().index, 99U);
    EXPECT_LE(r.size(), 40U);
}

TEST(ScreenReduction, RangeEntirelyOutsideKeepsOnlyTheNeighbour)
{
    const auto x = iota(100);
    const auto y = iota(100);
    EXPECT_EQ(indices(reduceForScreen(x, y, 200.0, 300.0, 10)), (std::vector<std::size_t> { 99 }));
    EXPECT_EQ(indices(reduceForScreen(x, y, -300.0, -200.0, 10)), (std::vector<std::size_t> { 0 }));
    // Between two points: the line from one to the other crosses the view.
    EXPECT_EQ(indices(reduceForScreen(x, y, 10.2, 10.8, 10)), (std::vector<std::size_t> { 10, 11 }));
}

TEST(ScreenReduction, ReversedBoundsAreSwapped)
{
    const auto x = iota(100);
    const auto y = iota(100);
    EXPECT_EQ(indices(reduceForScreen(x, y, 12.5, 10.5, 10)), (std::vector<std::size_t> { 10, 11, 12, 13 }));
}

TEST(ScreenReduction, NaNGapBecomesOneMarker)
{
    // 400 points, 10 columns of 40: reduced. A run of NaNs inside bucket 2 and one that empties
    // bucket 5 and reaches into buckets 4 and 6.
    const std::size_t n = 400;
    const auto x = iota(n);
    auto y = iota(n);
    for (std::size_t i = 90; i < 95; ++i) {
        y[i] = kNaN;
    }
    for (std::size_t i = 195; i < 250; ++i) {
        y[i] = kNaN;
    }
    const auto r = reduceForScreen(x, y, 0.0, 399.999, 10);
    std::vector<std::size_t> markers;
    for (std::size_t k = 0; k < r.size(); ++k) {
        if (!std::isnan(r[k].y)) {
            // No finite point was replaced by a NaN or moved.
            EXPECT_EQ(r[k].y, y[r[k].index]);
            continue;
        }
        ASSERT_GT(k, 0U);
        ASSERT_LT(k + 1, r.size());
        EXPECT_TRUE(std::isnan(y[r[k].index]));
        EXPECT_EQ(r[k].x, x[r[k].index]);
        // The marker splits the line between the finite points around the run.
        EXPECT_LT(r[k - 1].index, r[k].index);
        EXPECT_GT(r[k + 1].index, r[k].index);
        EXPECT_FALSE(std::isnan(r[k - 1].y));
        EXPECT_FALSE(std::isnan(r[k + 1].y));
        markers.push_back(r[k].index);
    }
    // One marker per run, at the run's last NaN.
    EXPECT_EQ(markers, (std::vector<std::size_t> { 94, 249 }));
    // The points bordering the long run survive: last before it and first after it.
    const auto idx = indices(r);
    EXPECT_NE(std::find(idx.begin(), idx.end(), 194U), idx.end());
    EXPECT_NE(std::find(idx.begin(), idx.end(), 250U), idx.end());
}

TEST(ScreenReduction, NaNAtTheEndsIsMarked)
{
    const std::size_t n = 400;
    const auto x = iota(n);
    auto y = iota(n);
    y[0] = y[1] = kNaN;
    y[n - 1] = kNaN;
    const auto r = reduceForScreen(x, y, 0.0, 399.999, 10);
    ASSERT_GE(r.size(), 3U);
    EXPECT_TRUE(std::isnan(r.front().y));
    EXPECT_EQ(r[1].index, 2U);
    EXPECT_TRUE(std::isnan(r.back().y));
    EXPECT_EQ(r[r.size() - 2].index, n - 2);
}

TEST(ScreenReduction, SmallRangeReturnsNaNPointsAsTheyAre)
{
    const auto x = iota(5);
    const std::vector<double> y { 1, kNaN, kNaN, 4, 5 };
    const auto r = reduceForScreen(x, y, 0.0, 4.0, 100);
    ASSERT_EQ(r.size(), 5U);
    EXPECT_TRUE(std::isnan(r[1].y));
    EXPECT_TRUE(std::isnan(r[2].y));
}

TEST(ScreenReduction, AllNaNGivesOnlyAMarker)
{
    const auto x = iota(1000);
    const std::vector<double> y(1000, kNaN);
    const auto r = reduceForScreen(x, y, 0.0, 999.0, 10);
    ASSERT_EQ(r.size(), 1U);
    EXPECT_TRUE(std::isnan(r[0].y));
}

TEST(ScreenReduction, ZeroWidthRangeAndZeroColumns)
{
    const auto x = iota(100);
    const auto y = iota(100);
    EXPECT_EQ(indices(reduceForScreen(x, y, 50.0, 50.0, 10)), (std::vector<std::size_t> { 49, 50, 51 }));
    // Zero columns behaves as one.
    const auto r = reduceForScreen(x, y, 0.0, 99.0, 0);
    EXPECT_EQ(indices(r), (std::vector<std::size_t> { 0, 99 }));
}

TEST(ScreenReduction, PropertyBucketExtremesMatchFullData)
{
    std::mt19937 rng(12345);
    for (int trial = 0; trial < 40; ++trial) {
        std::uniform_int_distribution<std::size_t> sizeDist(1, 20000);
        const std::size_t n = sizeDist(rng);
        // Irregular, sometimes repeated x; random walk y with occasional NaN.
        std::vector<double> x(n);
        std::vector<double> y(n);
        std::exponential_distribution<double> gap(1.0);
        std::bernoulli_distribution repeat(0.05);
        std::bernoulli_distribution hole(trial % 2 == 0 ? 0.0 : 0.02);
        std::normal_distribution<double> step;
        double xi = 0.0;
        double yi = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            xi += repeat(rng) ? 0.0 : gap(rng);
            yi += step(rng);
            x[i] = xi;
            y[i] = hole(rng) ? kNaN : yi;
        }
        std::uniform_real_distribution<double> pos(-0.1 * xi, 1.1 * xi);
        double xMin = pos(rng);
        double xMax = pos(rng);
        if (xMin > xMax) {
            std::swap(xMin, xMax);
        }
        if (!(xMax > xMin)) {
            continue;
        }
        std::uniform_int_distribution<std::size_t> columnDist(1, 800);
        const std::size_t columns = columnDist(rng);

        const auto r = reduceForScreen(x, y, xMin, xMax, columns);
        const std::size_t inRange = static_cast<std::size_t>(
            std::upper_bound(x.begin(), x.end(), xMax) - std::lower_bound(x.begin(), x.end(), xMin));
        const std::size_t markers = static_cast<std::size_t>(
            std::count_if(r.begin(), r.end(), [](const ReducedPoint& p) { return std::isnan(p.y); }));
        if (inRange >= 4 * columns) {
            EXPECT_LE(r.size() - markers, 4 * columns + 2) << "trial " << trial;
        }

        std::vector<std::size_t> all(n);
        for (std::size_t i = 0; i < n; ++i) {
            all[i] = i;
        }
        const auto full = bucketExtremes(x, y, all, xMin, xMax, columns);
        const auto reduced = bucketExtremes(x, y, indices(r), xMin, xMax, columns);
        ASSERT_EQ(full.size(), reduced.size()) << "trial " << trial;
        for (const auto& [bucket, e] : full) {
            const auto& got = reduced.at(bucket);
            EXPECT_EQ(got.min, e.min) << "trial " << trial << " bucket " << bucket;
            EXPECT_EQ(got.max, e.max) << "trial " << trial << " bucket " << bucket;
            EXPECT_EQ(got.first, e.first) << "trial " << trial << " bucket " << bucket;
            EXPECT_EQ(got.last, e.last) << "trial " << trial << " bucket " << bucket;
        }
        for (const auto& p : r) {
            EXPECT_EQ(p.x, x[p.index]);
            if (!std::isnan(p.y)) {
                EXPECT_EQ(p.y, y[p.index]);
            }
        }
    }
}

TEST(ScreenReductionNearestIndex, FindsTheClosestPoint)
{
    const std::vector<double> x { 0.0, 1.0, 3.0, 7.0 };
    EXPECT_EQ(nearestIndex(x, -5.0), 0U);
    EXPECT_EQ(nearestIndex(x, 0.4), 0U);
    EXPECT_EQ(nearestIndex(x, 0.6), 1U);
    EXPECT_EQ(nearestIndex(x, 2.0), 1U); // tie goes to the lower index
    EXPECT_EQ(nearestIndex(x, 2.1), 2U);
    EXPECT_EQ(nearestIndex(x, 3.0), 2U);
    EXPECT_EQ(nearestIndex(x, 100.0), 3U);
}

TEST(ScreenReductionNearestIndex, EmptyAndNaN)
{
    EXPECT_EQ(nearestIndex({}, 1.0), 0U);
    const std::vector<double> x { 1.0, 2.0 };
    EXPECT_EQ(nearestIndex(x, kNaN), 2U);
}
