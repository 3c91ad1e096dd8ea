// SPDX-License-Identifier: GPL-3.0-or-later
// Savitzky–Golay (core/smoothing/savgol.cpp): exactness on polynomials, uneven x, the automatic
// window, NaN gaps, weights for --explain, and every error. scipy parity: test_smoothing_golden.cpp.

#include "tests/core/smoothing/smoothingtestsupport.h"

#include "core/smoothing/savgol.h"

#include <random>

namespace tangent::smoothtest {
namespace {

SmoothingOptions savgol(int window, int polyorder, int order = 1)
{
    SmoothingOptions o = options(SmoothingMethod::Savgol, order);
    o.window = window;
    o.polyorder = polyorder;
    return o;
}

TEST(Savgol, ExactOnACubicWithUnevenXIncludingTheEnds)
{
    const std::vector<double> x = jitteredX(60, 1, -3.0, 0.05);
    std::vector<double> y;
    std::vector<double> dy;
    std::vector<double> d2y;
    for (double t : x) {
        y.push_back(2.0 - t + 0.5 * t * t - 0.25 * t * t * t);
        dy.push_back(-1.0 + t - 0.75 * t * t);
        d2y.push_back(1.0 - 1.5 * t);
    }
    expectRelativelyClose(run(y, x, savgol(11, 3)).derivative, dy, 1e-11, "first derivative");
    expectRelativelyClose(run(y, x, savgol(11, 3, 2)).derivative, d2y, 1e-9, "second derivative");
    expectRelativelyClose(run(y, x, savgol(11, 3)).smoothed, y, 1e-12, "smoothed");
}

TEST(Savgol, ExactOnAQuadraticWithUniformSpacing)
{
    std::vector<double> y;
    std::vector<double> dy;
    for (int i = 0; i < 50; ++i) {
        const double t = 0.2 * i;
        y.push_back(3.0 * t * t - t + 7.0);
        dy.push_back(6.0 * t - 1.0);
    }
    expectRelativelyClose(runUniform(y, 0.2, savgol(7, 2)).derivative, dy, 1e-12, "uniform");
}

TEST(Savgol, UnevenPathReducesToTheUniformFilter)
{
    // Spacing wiggles of 1e-7 relative are above the uniform test's tolerance, so the local fits
    // run; they must agree with the uniform filter to about the size of the wiggle.
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<double> y(200);
    for (double& v : y)
        v = noise(rng);
    std::vector<double> x(200);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = 0.1 * static_cast<double>(i) + (i % 3 == 0 ? 1e-8 : 0.0);
    const SmoothingResult uneven = run(y, x, savgol(15, 3));
    const SmoothingResult uniform = runUniform(y, 0.1, savgol(15, 3));
    expectRelativelyClose(uneven.derivative, uniform.derivative, 1e-5, "uneven vs uniform");
}

TEST(Savgol, AutomaticWindowIsOddReportedAndBeatsTheRawGradientOnNoise)
{
    std::mt19937 rng(11);
    std::normal_distribution<double> noise(0.0, 0.05);
    const std::size_t n = 1000;
    std::vector<double> y(n);
    std::vector<double> truth(n);
    const double h = 0.01;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = h * static_cast<double>(i);
        y[i] = std::sin(t) + noise(rng);
        truth[i] = std::cos(t);
    }
    SmoothingOptions o;
    o.method = SmoothingMethod::Savgol;
    const SmoothingResult result = runUniform(y, h, o);
    ASSERT_TRUE(result.used.window);
    EXPECT_EQ(*result.used.window % 2, 1);
    EXPECT_GT(*result.used.window, 11);
    EXPECT_TRUE(result.automatic);
    EXPECT_NE(result.provenance().find("(chosen automatically)"), std::string::npos) << result.provenance();
    // Noise of 0.05 on a step of 0.01 gives central differences of error ~3.5; the fit is far better.
    EXPECT_LT(relativeRms(result.derivative, truth), 0.1);
}

TEST(Savgol, NaNRowsAreLeftOutAndNeverSpread)
{
    std::vector<double> x;
    std::vector<double> y;
    for (int i = 0; i < 40; ++i) {
        x.push_back(0.5 * i);
        y.push_back(1.0 + 2.0 * x.back());
    }
    y[10] = std::nan("");
    y[11] = std::nan("");
    y[0] = std::nan("");
    const SmoothingResult result = run(y, x, savgol(7, 2));
    EXPECT_TRUE(std::isnan(result.derivative[0])) << "before the first sample: left NaN";
    for (std::size_t i = 1; i < y.size(); ++i)
        EXPECT_NEAR(result.derivative[i], 2.0, 1e-12) << "row " << i;
    EXPECT_NEAR(result.smoothed[10], 1.0 + 2.0 * 5.0, 1e-12);
}

TEST(Savgol, ExplainWeightsReproduceTheDerivative)
{
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    std::vector<double> y(30);
    for (double& v : y)
        v = u(rng);
    const std::vector<double> x = jitteredX(30, 2, -3.0, 0.05);
    const SmoothingResult result = run(y, x, savgol(9, 3));
    const std::vector<SavgolRowWeights> rows = savgolExplain(Series { y, x, 1.0 }, result.used);
    ASSERT_EQ(rows.size(), y.size());
    for (const SavgolRowWeights& row : rows) {
        ASSERT_EQ(row.weights.size(), 9U);
        double sum = 0.0;
        for (std::size_t j = 0; j < row.weights.size(); ++j)
            sum += row.weights[j] * y[row.rows[j]];
        EXPECT_NEAR(sum, result.derivative[row.row], 1e-10 * maxAbs(result.derivative));
        EXPECT_DOUBLE_EQ(sum, row.value);
    }
    EXPECT_EQ(rows[0].rows.front(), 0U);
    EXPECT_EQ(rows[15].rows.front(), 11U);
}

void expectError(const std::vector<double>& y, const SmoothingOptions& o, const std::string& fragment)
{
    try {
        runUniform(y, 1.0, o);
        ADD_FAILURE() << "no error; expected one mentioning '" << fragment << "'";
    } catch (const SmoothingError& e) {
        EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    }
}

TEST(Savgol, RefusesBadWindowsAndOrders)
{
    const std::vector<double> y(20, 1.0);
    expectError(y, savgol(21, 3), "longer than the data");
    expectError(y, savgol(8, 3), "must be odd");
    expectError(y, savgol(1, 0), "too small");
    expectError(y, savgol(5, 5), "must be less than the window");
    expectError(y, savgol(5, 2, 3), "no derivative of order 3");
    SmoothingOptions foreign = savgol(5, 2);
    foreign.lam = 1.0;
    expectError(y, foreign, "--lam belongs to --method spline");
}

TEST(Savgol, AWideWindowOnALongSeriesGivesTheSameBitsOnTwoThreadsAsInPieces)
{
    // 300,000 samples and a window of 61: enough work for savgolFilter to split the interior over
    // two threads, while savgolFilterRange in pieces of 5,000 samples stays on one.
    constexpr std::size_t n = 300'000;
    constexpr std::size_t piece = 5'000;
    std::mt19937_64 random(11);
    std::normal_distribution<double> noise(0.0, 0.01);
    std::vector<double> x(n);
    std::vector<double> y(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = 0.001 * static_cast<double>(i);
        y[i] = std::sin(x[i]) + noise(random);
    }
    const smoothing::CleanSeries whole = smoothing::CleanSeries::owning(x, y, true, 0.001);
    for (const int order : { 1, 2 }) { // antisymmetric and symmetric weights
        const smoothing::SavgolParams params { 61, 3, order };
        const std::vector<double> atOnce = smoothing::savgolFilter(whole, params);
        std::vector<double> inPieces(n);
        for (std::size_t from = 0; from < n; from += piece) {
            const std::size_t to = std::min(n, from + piece);
            smoothing::savgolFilterRange(
                whole, 0, n, params, from, to, std::span<double>(inPieces).subspan(from, to - from));
        }
        EXPECT_EQ(atOnce, inPieces) << "order " << order;
    }
}

TEST(Savgol, RefusesXThatDoesNotIncreaseNamingTheRow)
{
    const std::vector<double> y(10, 1.0);
    std::vector<double> x = { 0, 1, 2, 3, 4, 4, 6, 7, 8, 9 };
    try {
        run(y, x, savgol(5, 2));
        FAIL() << "no error";
    } catch (const SmoothingError& e) {
        EXPECT_EQ(e.row(), 5U);
        EXPECT_NE(std::string(e.what()).find("strictly increasing"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace tangent::smoothtest
