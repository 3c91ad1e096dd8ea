// SPDX-License-Identifier: GPL-3.0-or-later
// Total-variation regularised differentiation (core/smoothing/tvr.cpp): it keeps a step in the
// derivative, is exact on straight lines, chooses α from the noise, and refuses what it cannot do.

#include "tests/core/smoothing/smoothingtestsupport.h"

#include "core/smoothing/runners.h"

#include <random>

namespace tangent::smoothtest {
namespace {

SmoothingOptions tvr(std::optional<double> alpha = std::nullopt)
{
    SmoothingOptions o = options(SmoothingMethod::Tvr);
    o.alpha = alpha;
    return o;
}

struct Kink {
    std::vector<double> y;
    std::vector<double> truth;
};

Kink kink(std::size_t n, double h, double noiseLevel, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, noiseLevel);
    const double c = h * static_cast<double>(n / 2);
    Kink k;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = h * static_cast<double>(i);
        k.y.push_back(std::abs(t - c) + noise(rng));
        k.truth.push_back(t < c ? -1.0 : t > c ? 1.0 : 0.0);
    }
    return k;
}

TEST(Tvr, KeepsAStepInTheDerivativeSharp)
{
    const Kink k = kink(201, 0.01, 0.001, 1);
    const SmoothingResult tv = runUniform(k.y, 0.01, tvr());
    SmoothingOptions spline;
    spline.method = SmoothingMethod::Spline;
    const SmoothingResult smooth = runUniform(k.y, 0.01, spline);
    // Rows whose derivative is off by more than 0.1: the corner's width, in samples.
    const auto roundedRows = [&](const std::vector<double>& d) {
        int count = 0;
        for (std::size_t i = 5; i + 5 < d.size(); ++i)
            count += std::abs(d[i] - k.truth[i]) > 0.1 ? 1 : 0;
        return count;
    };
    EXPECT_LE(roundedRows(tv.derivative), 2);
    EXPECT_GE(roundedRows(smooth.derivative), 4);
}

TEST(Tvr, IsExactOnAStraightLineWithUnevenX)
{
    const std::vector<double> x = { 0.0, 0.1, 0.35, 0.4, 0.9, 1.0, 1.7, 2.0 };
    std::vector<double> y;
    for (double t : x)
        y.push_back(2.0 - 0.75 * t);
    const SmoothingResult result = run(y, x, tvr(0.5));
    for (double d : result.derivative)
        EXPECT_NEAR(d, -0.75, 1e-7); // the √(d² + ε) of a zero slope change costs digits
}

TEST(Tvr, ChosenAlphaIsReportedAndReproducible)
{
    const Kink k = kink(300, 0.02, 0.05, 2);
    const SmoothingResult result = runUniform(k.y, 0.02, tvr());
    ASSERT_TRUE(result.used.alpha);
    EXPECT_TRUE(result.automatic);
    EXPECT_EQ(result.used.iterations, 20);
    const SmoothingResult again = runUniform(k.y, 0.02, tvr(*result.used.alpha));
    EXPECT_EQ(again.derivative, result.derivative);
    // The noise (0.05 on steps of 0.02) would swing a central difference by about ±1.8.
    EXPECT_LT(relativeRms(result.derivative, k.truth), 0.25);
}

TEST(Tvr, NoiseEstimateFindsTheStandardDeviation)
{
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, 0.2);
    std::vector<double> x;
    std::vector<double> y;
    for (int i = 0; i < 5000; ++i) {
        x.push_back(0.001 * i + 0.0004 * (i % 3));
        y.push_back(std::sin(x.back()) + noise(rng));
    }
    EXPECT_NEAR(smoothing::estimateNoise(x, y), 0.2, 0.01);
}

TEST(Tvr, RefusesHigherOrdersAndBadParameters)
{
    const Kink k = kink(20, 0.1, 0.0, 4);
    SmoothingOptions second = tvr(1.0);
    second.order = 2;
    EXPECT_THROW(runUniform(k.y, 0.1, second), SmoothingError);
    EXPECT_THROW(runUniform(k.y, 0.1, tvr(0.0)), SmoothingError);
    SmoothingOptions none = tvr(1.0);
    none.iterations = 0;
    EXPECT_THROW(runUniform(k.y, 0.1, none), SmoothingError);
    EXPECT_THROW(runUniform({ 1.0, 2.0 }, 0.1, tvr(1.0)), SmoothingError);
}

} // namespace
} // namespace tangent::smoothtest
