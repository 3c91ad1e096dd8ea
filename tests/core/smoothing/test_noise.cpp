// SPDX-License-Identifier: GPL-3.0-or-later
// The noise level of a series and of its numpy derivative (core/smoothing/noise.h), on cases whose
// answer follows from the definition in docs/smoothing.md ("Noise level").

#include "core/smoothing/noise.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace tangent {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kGaussianMad = 0.6744897501960817; // the median of |N(0, 1)|

std::vector<double> steps(std::size_t n, double h)
{
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = static_cast<double>(i) * h;
    return x;
}

TEST(NoiseLevel, AStraightLineHasNoNoise)
{
    const std::vector<double> x = steps(30, 0.5);
    std::vector<double> y;
    for (double v : x)
        y.push_back(2.0 * v + 1.0);
    const std::vector<double> derivative(30, 2.0);
    const auto level = estimateNoiseLevel({ y, x, 1.0 }, derivative);
    ASSERT_TRUE(level.has_value());
    EXPECT_EQ(level->sigma, 0.0);
    EXPECT_EQ(level->derivativeNoise, 0.0);
    EXPECT_DOUBLE_EQ(level->signalRms, 2.0);
    EXPECT_TRUE(std::isinf(level->snr));
}

TEST(NoiseLevel, AlternatingNoiseIsAllNoise)
{
    // y = ε(−1)^i: each sample is 2ε from the line through its neighbours, whose weights are ½ each.
    const double eps = 0.25;
    const double h = 2.0;
    std::vector<double> y(40);
    for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = i % 2 == 0 ? eps : -eps;
    std::vector<double> derivative(40, 0.0); // numpy's central differences cancel inside
    const auto level = estimateNoiseLevel({ y, {}, h }, derivative);
    ASSERT_TRUE(level.has_value());
    const double sigma = 2.0 * eps / std::sqrt(1.5) / kGaussianMad;
    EXPECT_DOUBLE_EQ(level->sigma, sigma);
    EXPECT_DOUBLE_EQ(level->derivativeNoise, sigma / (std::sqrt(2.0) * h));
    EXPECT_EQ(level->signalRms, 0.0);
    EXPECT_EQ(level->snr, 0.0);
}

TEST(NoiseLevel, GapsAreLeftOutAndTooFewSamplesGiveNothing)
{
    const std::vector<double> x = steps(25, 1.0);
    std::vector<double> y(25, 1.0);
    const std::vector<double> derivative(25, 0.0);
    y[3] = y[9] = y[10] = kNaN;
    EXPECT_TRUE(estimateNoiseLevel({ y, x, 1.0 }, derivative).has_value()); // 22 samples
    y[11] = y[12] = y[13] = y[14] = y[15] = kNaN;
    EXPECT_FALSE(estimateNoiseLevel({ y, x, 1.0 }, derivative).has_value()); // 17 samples
}

TEST(NoiseLevel, WithoutADerivativeOnlySigma)
{
    const std::vector<double> y(30, 3.0);
    const auto level = estimateNoiseLevel({ y, {}, 1.0 }, {});
    ASSERT_TRUE(level.has_value());
    EXPECT_EQ(level->sigma, 0.0);
    EXPECT_TRUE(std::isnan(level->signalRms));
    EXPECT_TRUE(std::isnan(level->snr));
}

TEST(NoiseLevel, XNotIncreasingGivesNothing)
{
    std::vector<double> x = steps(30, 1.0);
    x[7] = 3.0;
    const std::vector<double> y(30, 1.0);
    EXPECT_FALSE(estimateNoiseLevel({ y, x, 1.0 }, y).has_value());
}

} // namespace
} // namespace tangent
