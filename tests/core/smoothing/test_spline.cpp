// SPDX-License-Identifier: GPL-3.0-or-later
// The smoothing spline (core/smoothing/spline.cpp): its limits in λ, GCV, NaN gaps and errors.
// scipy parity: test_smoothing_golden.cpp.

#include "tests/core/smoothing/smoothingtestsupport.h"

#include "core/smoothing/banded.h"
#include "core/smoothing/spline.h"

#include <random>

namespace tangent::smoothtest {
namespace {

SmoothingOptions spline(std::optional<double> lam, int order = 1)
{
    SmoothingOptions o = options(SmoothingMethod::Spline, order);
    o.lam = lam;
    return o;
}

struct Data {
    std::vector<double> x;
    std::vector<double> y;
};

Data randomData(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    Data d;
    double t = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        t += 0.02 + 0.1 * u(rng);
        d.x.push_back(t);
        d.y.push_back(std::sin(3.0 * t) + 0.3 * (u(rng) - 0.5));
    }
    return d;
}

TEST(Spline, InterpolatesTheDataAsLambdaTendsToZero)
{
    const Data d = randomData(30, 1);
    // f − y = λ·Qγ, and γ tends to the interpolating spline's: the gap shrinks in proportion to λ.
    const auto gap = [&](double lam) {
        const std::vector<double> f = run(d.y, d.x, spline(lam)).smoothed;
        double worst = 0.0;
        for (std::size_t i = 0; i < f.size(); ++i)
            worst = std::max(worst, std::abs(f[i] - d.y[i]));
        return worst;
    };
    EXPECT_LT(gap(1e-16), 1e-11);
    EXPECT_GT(gap(1e-10) / gap(1e-12), 90.0);
    EXPECT_LT(gap(1e-10) / gap(1e-12), 110.0);
}

TEST(Spline, TendsToTheLeastSquaresLineAsLambdaGrows)
{
    const Data d = randomData(40, 2);
    // The least-squares line through the data, by the normal equations.
    double sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        sx += d.x[i];
        sy += d.y[i];
        sxx += d.x[i] * d.x[i];
        sxy += d.x[i] * d.y[i];
    }
    const auto n = static_cast<double>(d.x.size());
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    const double intercept = (sy - slope * sx) / n;
    const SmoothingResult result = run(d.y, d.x, spline(1e9));
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        EXPECT_NEAR(result.derivative[i], slope, 1e-5) << i;
        EXPECT_NEAR(result.smoothed[i], intercept + slope * d.x[i], 1e-5) << i;
    }
}

TEST(Spline, IsExactOnAStraightLineForAnyLambda)
{
    std::vector<double> x = { 0.0, 0.5, 0.7, 1.5, 2.0, 3.1, 3.3 };
    std::vector<double> y;
    for (double t : x)
        y.push_back(4.0 - 2.5 * t);
    for (double lam : { 1e-6, 1e-2, 1.0, 1e3 }) {
        const SmoothingResult result = run(y, x, spline(lam));
        for (double d : result.derivative)
            EXPECT_NEAR(d, -2.5, 1e-10) << lam;
    }
}

TEST(Spline, GcvEvaluationAgreesWithTheDenseHatMatrix)
{
    // tr(A) from the banded inverse against A's columns: fit each unit vector.
    const Data d = randomData(12, 3);
    const double lam = 0.01;
    double trace = 0.0;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        std::vector<double> e(d.x.size(), 0.0);
        e[i] = 1.0;
        trace += smoothing::fitSmoothingSpline(d.x, e, lam).f[i];
    }
    const smoothing::SplineFit fit = smoothing::fitSmoothingSpline(d.x, d.y, lam);
    double rss = 0.0;
    for (std::size_t i = 0; i < d.x.size(); ++i)
        rss += (d.y[i] - fit.f[i]) * (d.y[i] - fit.f[i]);
    const auto n = static_cast<double>(d.x.size());
    const double expected = rss / n / ((1.0 - trace / n) * (1.0 - trace / n));
    EXPECT_NEAR(smoothing::splineGcv(d.x, d.y, lam), expected, 1e-10 * expected);
}

TEST(Spline, BandedInverseMatchesTheSolvedColumns)
{
    smoothing::PentaBands a(7);
    for (std::size_t i = 0; i < 7; ++i) {
        a.d0[i] = 6.0 + static_cast<double>(i);
        a.d1[i] = -1.5 + 0.1 * static_cast<double>(i);
        a.d2[i] = 0.4;
    }
    const smoothing::PentaFactor factor(a);
    const smoothing::PentaBands inverse = factor.inverseBands();
    for (std::size_t j = 0; j < 7; ++j) {
        std::vector<double> column(7, 0.0);
        column[j] = 1.0;
        factor.solve(column);
        EXPECT_NEAR(inverse.d0[j], column[j], 1e-14);
        if (j >= 1) {
            EXPECT_NEAR(inverse.d1[j - 1], column[j - 1], 1e-14);
        }
        if (j >= 2) {
            EXPECT_NEAR(inverse.d2[j - 2], column[j - 2], 1e-14);
        }
    }
}

TEST(Spline, GapRowsTakeTheNeighboursAndEndsStayNaN)
{
    Data d = randomData(30, 4);
    d.y[10] = std::nan("");
    d.y[29] = std::nan("");
    const SmoothingResult result = run(d.y, d.x, spline(1e-3));
    EXPECT_TRUE(std::isfinite(result.derivative[10]));
    EXPECT_GE(result.derivative[10], std::min(result.derivative[9], result.derivative[11]));
    EXPECT_LE(result.derivative[10], std::max(result.derivative[9], result.derivative[11]));
    EXPECT_TRUE(std::isnan(result.derivative[29]));
}

TEST(Spline, RefusesBadLambdaFewPointsAndHighOrders)
{
    const Data d = randomData(10, 5);
    for (double lam : { 0.0, -1.0, std::nan("") }) {
        EXPECT_THROW(run(d.y, d.x, spline(lam)), SmoothingError) << lam;
    }
    EXPECT_THROW(run({ 1, 2, 3, 4 }, { 0, 1, 2, 3 }, spline(1.0)), SmoothingError);
    EXPECT_THROW(run(d.y, d.x, spline(1.0, 4)), SmoothingError);
    try {
        std::vector<double> x = d.x;
        x[6] = x[5];
        run(d.y, x, spline(1.0));
        FAIL() << "repeated x accepted";
    } catch (const SmoothingError& e) {
        EXPECT_EQ(e.row(), 6U);
    }
}

} // namespace
} // namespace tangent::smoothtest
