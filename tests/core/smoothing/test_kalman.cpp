// SPDX-License-Identifier: GPL-3.0-or-later
// The Kalman (RTS) smoother (core/smoothing/kalman/kalman.cpp): polynomials of its model, NaN gaps,
// uneven x, the maximum-likelihood ratio and errors.

#include "tests/core/smoothing/smoothingtestsupport.h"

#include "core/smoothing/kalman/kalmanfilter.h"

#include <atomic>

#include <random>

namespace tangent::smoothtest {
namespace {

SmoothingOptions kalman(std::optional<double> ratio, int order = 1)
{
    SmoothingOptions o = options(SmoothingMethod::Kalman, order);
    o.ratio = ratio;
    return o;
}

std::vector<double> unevenX(std::size_t n, unsigned seed)
{
    return jitteredX(n, seed, 0.0, 0.02);
}

TEST(Kalman, ReproducesAQuadraticOnUnevenX)
{
    // A quadratic has no jerk, so the model follows it whatever q/r is.
    const std::vector<double> x = unevenX(100, 1);
    std::vector<double> y;
    for (double t : x)
        y.push_back(1.0 + 3.0 * t - 2.0 * t * t);
    for (double ratio : { -2.0, 2.0, 6.0 }) {
        const SmoothingResult first = run(y, x, kalman(ratio));
        const SmoothingResult second = run(y, x, kalman(ratio, 2));
        for (std::size_t i = 0; i < x.size(); ++i) {
            EXPECT_NEAR(first.derivative[i], 3.0 - 4.0 * x[i], 1e-5) << ratio << " row " << i;
            EXPECT_NEAR(second.derivative[i], -4.0, 1e-4) << ratio << " row " << i;
        }
    }
}

TEST(Kalman, CrossesANaNGapWithoutSpreadingIt)
{
    std::mt19937 rng(2);
    std::normal_distribution<double> noise(0.0, 0.01);
    const std::vector<double> x = unevenX(400, 3);
    std::vector<double> y;
    for (double t : x)
        y.push_back(std::sin(t) + noise(rng));
    for (std::size_t i = 180; i < 200; ++i)
        y[i] = std::nan("");
    const SmoothingResult result = run(y, x, kalman(std::nullopt));
    for (std::size_t i = 0; i < x.size(); ++i) {
        ASSERT_TRUE(std::isfinite(result.derivative[i])) << "row " << i;
        if (i > 10 && i + 10 < x.size()) {
            EXPECT_NEAR(result.derivative[i], std::cos(x[i]), 0.15) << "row " << i;
        }
    }
    // Inside the gap the smoother follows the model's prediction, not a straight interpolation.
    EXPECT_NEAR(result.smoothed[190], std::sin(x[190]), 0.02);
}

TEST(Kalman, LeadingAndTrailingGapsStayNaN)
{
    const std::vector<double> x = unevenX(30, 4);
    std::vector<double> y;
    for (double t : x)
        y.push_back(t * t);
    y[0] = std::nan("");
    y[29] = std::nan("");
    const SmoothingResult result = run(y, x, kalman(3.0));
    EXPECT_TRUE(std::isnan(result.derivative[0]));
    EXPECT_TRUE(std::isnan(result.derivative[29]));
    EXPECT_TRUE(std::isfinite(result.derivative[1]));
}

TEST(Kalman, MaximumLikelihoodRatioIsReportedAndSmoothsNoise)
{
    std::mt19937 rng(5);
    std::normal_distribution<double> noise(0.0, 0.05);
    const double h = 0.01;
    std::vector<double> y;
    std::vector<double> truth;
    for (int i = 0; i < 1000; ++i) {
        y.push_back(std::sin(h * i) + noise(rng));
        truth.push_back(std::cos(h * i));
    }
    const SmoothingResult result = runUniform(y, h, kalman(std::nullopt));
    ASSERT_TRUE(result.used.ratio);
    EXPECT_TRUE(result.automatic);
    EXPECT_NE(result.provenance().find("kalman ratio="), std::string::npos) << result.provenance();
    EXPECT_LT(relativeRms(result.derivative, truth), 0.1);
    // The provenance's ratio, given back, reproduces the result.
    const SmoothingResult again = runUniform(y, h, kalman(*result.used.ratio));
    EXPECT_EQ(again.derivative, result.derivative);
}

TEST(Kalman, TheLikelihoodSearchFindsTheSameRatioOnTwoThreads)
{
    // A cost with its minimum between grid points, and a second dip elsewhere the grid must see.
    const auto cost = [](double l) { return std::min((l - 2.37) * (l - 2.37), 0.5 + (l + 6.0) * (l + 6.0)); };
    std::atomic<int> calls = 0;
    const auto counted = [&](double l) {
        ++calls;
        return cost(l);
    };
    const double alone = smoothing::kalmanLikelihoodRatio(0.1, counted, false);
    const int callsAlone = calls.exchange(0);
    const double together = smoothing::kalmanLikelihoodRatio(0.1, counted, true);
    EXPECT_EQ(alone, together);
    EXPECT_EQ(callsAlone, calls.load()) << "the same points are evaluated";
    // The likelihood's maximum, 2.37, made smoother by the derivative offset of 0.75 decade.
    EXPECT_DOUBLE_EQ(alone, 1.62);
}

TEST(Kalman, RefusesThirdDerivativesAndXGoingBackInAGap)
{
    const std::vector<double> x = { 0, 1, 2, 3, 2.5, 5, 6 };
    std::vector<double> y = { 0, 1, 2, 3, std::nan(""), 5, 6 };
    EXPECT_THROW(run(y, x, kalman(1.0, 3)), SmoothingError);
    try {
        run(y, x, kalman(1.0));
        FAIL() << "x going back accepted";
    } catch (const SmoothingError& e) {
        EXPECT_EQ(e.row(), 4U);
    }
}

} // namespace
} // namespace tangent::smoothtest
