// SPDX-License-Identifier: GPL-3.0-or-later
// The band's behaviour: σ given or estimated, gaps, refusals, and weights that reproduce the values.

#include "core/uncertainty/uncertainty.h"

#include "core/gradient/gradient.h"
#include "core/smoothing/noise.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace tangent {
namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

std::vector<double> noisySine(std::size_t n, double h, double noise, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> gauss(0.0, noise);
    std::vector<double> y(n);
    for (std::size_t i = 0; i < n; ++i)
        y[i] = std::sin(static_cast<double>(i) * h) + gauss(rng);
    return y;
}

SmoothingOptions usedOf(SmoothingMethod method, int order = 1)
{
    SmoothingOptions o;
    o.method = method;
    o.order = order;
    return o;
}

TEST(Uncertainty, NumpyInteriorIsSigmaOverRootTwoH)
{
    // (y[i+1] − y[i−1]) / 2h: variance 2σ²/4h²; edge order 1 at the ends: (y[1] − y[0]) / h, √2σ/h.
    const std::vector<double> y = noisySine(50, 0.1, 0.01, 1);
    const DerivativeBand band = derivativeBand(Series { y, {}, 0.1 }, usedOf(SmoothingMethod::Numpy), 1, 0.2);
    EXPECT_NEAR(band.sd[10], 0.2 / (std::sqrt(2.0) * 0.1), 1e-12);
    EXPECT_NEAR(band.sd[0], std::sqrt(2.0) * 0.2 / 0.1, 1e-12);
    EXPECT_EQ(band.sigmaSource(), "given");
}

TEST(Uncertainty, NumpyWeightsReproduceTheGradientAtEveryOrder)
{
    std::vector<double> x(30);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = static_cast<double>(i) * 0.1 + 0.03 * std::sin(static_cast<double>(i));
    const std::vector<double> y = noisySine(30, 0.1, 0.05, 2);
    for (const int edge : { 1, 2 }) {
        for (const int order : { 1, 2, 3 }) {
            const std::vector<double> expected = derivative(y, Spacing::coordinates(x), edge, order);
            const std::vector<BandWeights> rows
                = derivativeWeights(Series { y, x, 1.0 }, usedOf(SmoothingMethod::Numpy, order), edge);
            ASSERT_EQ(rows.size(), y.size());
            for (std::size_t i = 0; i < y.size(); ++i) {
                double value = 0.0;
                for (std::size_t j = 0; j < rows[i].rows.size(); ++j)
                    value += rows[i].weights[j] * y[rows[i].rows[j]];
                EXPECT_NEAR(value, expected[i], 1e-9 * (1.0 + std::abs(expected[i])))
                    << "edge " << edge << " order " << order << " row " << i;
            }
        }
    }
}

TEST(Uncertainty, OneRowsWeightsAreThatRowOfAllTheWeights)
{
    std::vector<double> x(40);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = static_cast<double>(i) * 0.1 + 0.02 * std::cos(static_cast<double>(i));
    std::vector<double> y = noisySine(40, 0.1, 0.05, 11);
    y[20] = kNan;
    const Series series { y, x, 1.0 };
    for (const int order : { 1, 3 }) {
        const std::vector<BandWeights> all = derivativeWeights(series, usedOf(SmoothingMethod::Numpy, order), 2);
        for (const std::size_t row : { 0, 1, 2, 17, 39 }) {
            const std::optional<BandWeights> one
                = derivativeWeightsAt(series, usedOf(SmoothingMethod::Numpy, order), 2, row);
            ASSERT_TRUE(one.has_value());
            // Composed in another order (one row recursively, all rows pass by pass): equal up to
            // rounding.
            EXPECT_EQ(one->rows, all[row].rows) << row;
            ASSERT_EQ(one->weights.size(), all[row].weights.size());
            const double scale = std::sqrt(all[row].sumOfSquares);
            for (std::size_t j = 0; j < one->weights.size(); ++j)
                EXPECT_NEAR(one->weights[j], all[row].weights[j], 1e-12 * scale) << row;
        }
    }
    SmoothingOptions savgol = usedOf(SmoothingMethod::Savgol, 2);
    savgol.window = 7;
    savgol.polyorder = 3;
    const std::vector<BandWeights> all = derivativeWeights(series, savgol, 1);
    ASSERT_EQ(all.size(), 39U); // row 20 is not fitted
    EXPECT_FALSE(derivativeWeightsAt(series, savgol, 1, 20).has_value());
    for (const std::size_t k : { 0, 3, 19, 20, 38 }) {
        const std::optional<BandWeights> one = derivativeWeightsAt(series, savgol, 1, all[k].row);
        ASSERT_TRUE(one.has_value());
        EXPECT_EQ(one->rows, all[k].rows) << k;
        EXPECT_EQ(one->weights, all[k].weights) << k;
    }
    EXPECT_THROW((void)derivativeWeightsAt(series, savgol, 1, 40), std::out_of_range);
}

TEST(Uncertainty, NumpyRowsTouchingANanHaveNoBand)
{
    std::vector<double> y = noisySine(40, 0.1, 0.01, 3);
    y[20] = kNan;
    const DerivativeBand band = derivativeBand(Series { y, {}, 0.1 }, usedOf(SmoothingMethod::Numpy), 1, 0.1);
    EXPECT_TRUE(std::isnan(band.sd[19]));
    EXPECT_TRUE(std::isnan(band.sd[21]));
    EXPECT_FALSE(std::isnan(band.sd[20])); // its own central difference skips it
    EXPECT_FALSE(std::isnan(band.sd[18]));
}

TEST(Uncertainty, EstimatedSigmaIsTheNoiseDiagnosticsSigma)
{
    const std::vector<double> y = noisySine(400, 0.02, 0.03, 4);
    const Series series { y, {}, 0.02 };
    const DerivativeBand band = derivativeBand(series, usedOf(SmoothingMethod::Numpy), 1, std::nullopt);
    EXPECT_EQ(band.source, SigmaSource::Estimated);
    EXPECT_EQ(band.sigmaSource(), "estimated from the data");
    EXPECT_EQ(band.sigma, estimateNoiseLevel(series, gradient(y, 0.02)).value().sigma);
    EXPECT_NEAR(band.sigma, 0.03, 0.005);
}

TEST(Uncertainty, RefusesWhatItCannotHonestlyGive)
{
    const std::vector<double> y = noisySine(100, 0.05, 0.01, 5);
    const Series series { y, {}, 0.05 };
    SmoothingOptions tvr = usedOf(SmoothingMethod::Tvr);
    tvr.alpha = 0.1;
    try {
        (void)derivativeBand(series, tvr, 1, 0.01);
        FAIL() << "tvr gave a band";
    } catch (const UncertaintyError& e) {
        EXPECT_NE(std::string(e.what()).find("tvr"), std::string::npos) << e.what();
    }
    SmoothingOptions spline2 = usedOf(SmoothingMethod::Spline, 2);
    spline2.lam = 1e-3;
    EXPECT_THROW((void)derivativeBand(series, spline2, 1, 0.01), UncertaintyError);
    EXPECT_THROW((void)derivativeBand(series, usedOf(SmoothingMethod::Auto), 1, 0.01), UncertaintyError);
    EXPECT_THROW((void)derivativeBand(series, usedOf(SmoothingMethod::Numpy), 1, -1.0), UncertaintyError);
    EXPECT_THROW((void)derivativeBand(series, usedOf(SmoothingMethod::Numpy), 1, kNan), UncertaintyError);
    const std::vector<double> few = noisySine(10, 0.05, 0.01, 5);
    EXPECT_THROW((void)derivativeBand(Series { few, {}, 0.05 }, usedOf(SmoothingMethod::Numpy), 1, std::nullopt),
        UncertaintyError);
    SmoothingOptions kalman = usedOf(SmoothingMethod::Kalman);
    kalman.ratio = 3.0;
    EXPECT_THROW((void)derivativeWeights(series, kalman, 1), UncertaintyError);
}

TEST(Uncertainty, SavgolWeightsReproduceTheDerivativeAndTheUniformShortcutAgrees)
{
    const std::vector<double> y = noisySine(500, 0.01, 0.02, 6);
    const Series series { y, {}, 0.01 };
    SmoothingOptions options = usedOf(SmoothingMethod::Savgol);
    options.window = 21;
    options.polyorder = 3;
    const SmoothingResult result = smoothDerivative(series, options);
    const std::vector<BandWeights> rows = derivativeWeights(series, result.used, 1);
    const DerivativeBand band = derivativeBand(series, result.used, 1, 0.5);
    ASSERT_EQ(rows.size(), y.size());
    for (std::size_t i = 0; i < y.size(); ++i) {
        double value = 0.0;
        for (std::size_t j = 0; j < rows[i].rows.size(); ++j)
            value += rows[i].weights[j] * y[rows[i].rows[j]];
        EXPECT_NEAR(value, result.derivative[i], 1e-9) << i;
        EXPECT_NEAR(band.sd[i], 0.5 * std::sqrt(rows[i].sumOfSquares), 1e-12) << i;
    }
    EXPECT_GT(band.sd[0], band.sd[250]); // an end is extrapolated, so less certain
}

TEST(Uncertainty, GapRowsOfSmoothingMethodsGetAnInterpolatedBand)
{
    std::vector<double> y = noisySine(200, 0.05, 0.02, 7);
    y[100] = kNan;
    const Series series { y, {}, 0.05 };
    SmoothingOptions spline = usedOf(SmoothingMethod::Spline);
    spline.lam = 1e-3;
    const DerivativeBand band = derivativeBand(series, spline, 1, 0.02);
    EXPECT_TRUE(std::isfinite(band.sd[100]));
    EXPECT_NEAR(band.sd[100], 0.5 * (band.sd[99] + band.sd[101]), 1e-12);
}

TEST(Uncertainty, BandsShrinkWithMoreSmoothing)
{
    const std::vector<double> y = noisySine(300, 0.02, 0.02, 8);
    const Series series { y, {}, 0.02 };
    SmoothingOptions rough = usedOf(SmoothingMethod::Spline);
    rough.lam = 1e-6;
    SmoothingOptions smooth = rough;
    smooth.lam = 1e-2;
    EXPECT_GT(derivativeBand(series, rough, 1, 0.02).sd[150], derivativeBand(series, smooth, 1, 0.02).sd[150]);
    SmoothingOptions kalmanRough = usedOf(SmoothingMethod::Kalman);
    kalmanRough.ratio = 8.0;
    SmoothingOptions kalmanSmooth = kalmanRough;
    kalmanSmooth.ratio = 2.0;
    EXPECT_GT(
        derivativeBand(series, kalmanRough, 1, 0.02).sd[150], derivativeBand(series, kalmanSmooth, 1, 0.02).sd[150]);
}

TEST(Uncertainty, SavgolBandOfAStretchIsTheWholeColumnsBand)
{
    // What tangent-cli's stream computes: savgolUnitSdRange on stretches of 7 samples, each chunk
    // holding only the samples its windows read, gives the whole column's band (σ = 1) bit for
    // bit, on even and uneven x, at the ends and inside.
    const std::vector<double> y = noisySine(120, 0.05, 0.02, 11);
    const std::size_t n = y.size();
    std::vector<double> uneven(n);
    for (std::size_t i = 0; i < n; ++i)
        uneven[i] = 0.05 * static_cast<double>(i) + 0.01 * std::sin(3.0 * static_cast<double>(i));
    const smoothing::SavgolParams params { 11, 3, 2 };
    SmoothingOptions used = usedOf(SmoothingMethod::Savgol, 2);
    used.window = params.window;
    used.polyorder = params.polyorder;
    for (const bool even : { true, false }) {
        const Series series { y, even ? std::span<const double>() : std::span<const double>(uneven), 0.05 };
        const DerivativeBand whole = derivativeBand(series, used, 1, 1.0);
        for (std::size_t from = 0; from < n; from += 7) {
            const std::size_t to = std::min(from + 7, n);
            const std::size_t first = smoothing::savgolWindowFirst(from, n, params.window);
            const std::size_t last
                = smoothing::savgolWindowFirst(to - 1, n, params.window) + static_cast<std::size_t>(params.window);
            std::vector<double> x;
            if (!even)
                x.assign(uneven.begin() + static_cast<std::ptrdiff_t>(first),
                    uneven.begin() + static_cast<std::ptrdiff_t>(last));
            const smoothing::CleanSeries chunk
                = smoothing::CleanSeries::owning(std::move(x), std::vector<double>(last - first, 0.0), even, 0.05);
            std::vector<double> out(to - from);
            savgolUnitSdRange(chunk, first, n, params, from, to, out);
            for (std::size_t i = from; i < to; ++i)
                EXPECT_EQ(out[i - from], whole.sd[i]) << (even ? "even " : "uneven ") << i;
        }
    }
}

TEST(Uncertainty, GroupsAreBandedOnTheirOwnRows)
{
    // Two interleaved groups and one too short for the method (and for estimating σ).
    const std::vector<double> a = noisySine(40, 0.1, 0.02, 9);
    const std::vector<double> b = noisySine(40, 0.1, 0.05, 10);
    std::vector<double> y;
    std::vector<double> x;
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < 40; ++i) {
        y.insert(y.end(), { a[i], b[i] });
        x.insert(x.end(), { 0.1 * static_cast<double>(i), 0.1 * static_cast<double>(i) });
        keys.insert(keys.end(), { "a", "b" });
    }
    for (std::size_t i = 0; i < 5; ++i) { // too short for the savgol window of 9
        y.push_back(1.0);
        x.push_back(0.1 * static_cast<double>(i));
        keys.emplace_back("c");
    }
    const RowGroups groups = splitGroups(keys);
    GroupOptions options;
    options.smoothing.method = SmoothingMethod::Savgol;
    options.smoothing.window = 9;
    const GroupedDerivative computed = groupedDerivative(groups, Series { y, x, 1.0 }, options);
    const GroupedBand band = groupedBand(groups, Series { y, x, 1.0 }, options, computed, std::nullopt);
    std::vector<double> xs(40);
    for (std::size_t i = 0; i < 40; ++i)
        xs[i] = 0.1 * static_cast<double>(i);
    SmoothingOptions used = usedOf(SmoothingMethod::Savgol);
    used.window = 9;
    used.polyorder = 3;
    const DerivativeBand alone = derivativeBand(Series { b, xs, 1.0 }, used, 1, std::nullopt);
    for (std::size_t i = 0; i < 40; ++i)
        EXPECT_EQ(band.sd[2 * i + 1], alone.sd[i]) << i;
    EXPECT_EQ(band.sigma[1], alone.sigma);
    EXPECT_GT(band.sigma[1], band.sigma[0]); // each group its own σ
    EXPECT_TRUE(std::isnan(band.sd.back()));
    EXPECT_TRUE(std::isnan(band.sigma[2]));
    EXPECT_EQ(band.method[0], SmoothingMethod::Savgol);

    // The band is that of what ran on each group (computed.used), not of a second run.
    GroupedDerivative narrower = computed;
    narrower.used[1]->window = 5;
    const GroupedBand other = groupedBand(groups, Series { y, x, 1.0 }, options, narrower, std::nullopt);
    used.window = 5;
    const DerivativeBand five = derivativeBand(Series { b, xs, 1.0 }, used, 1, std::nullopt);
    for (std::size_t i = 0; i < 40; ++i)
        EXPECT_EQ(other.sd[2 * i + 1], five.sd[i]) << i;

    // A group long enough for numpy but not for the σ estimate is named.
    GroupOptions numpy;
    try {
        const GroupedDerivative d = groupedDerivative(groups, Series { y, x, 1.0 }, numpy);
        (void)groupedBand(groups, Series { y, x, 1.0 }, numpy, d, std::nullopt);
        ADD_FAILURE() << "a band without σ";
    } catch (const UncertaintyError& e) {
        EXPECT_NE(std::string(e.what()).find("group 'c'"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace tangent
