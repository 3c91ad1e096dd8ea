// SPDX-License-Identifier: GPL-3.0-or-later
// The noise lesson's numbers: the RMSE over the trimmed interior, each method's derivative as the
// core computes it alone, numpy's error growing in proportion to σ, and determinism.

#include "core/classroom/noisestudy.h"

#include "core/gradient/gradient.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <limits>

namespace tangent {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(NoiseStudy, InteriorCoverageCountsTheRowsInsideTheBand)
{
    // 40 rows, one left out at each end; 38 counted. The truth is 1; the derivative 1.5 with sd
    // 0.3 holds it (0.5 ≤ 1.96 · 0.3 = 0.588), with sd 0.2 it does not (0.392).
    std::vector<double> truth(40, 1.0);
    std::vector<double> d(40, 1.5);
    std::vector<double> sd(40, 0.3);
    sd.front() = 0.0; // the ends are not counted
    EXPECT_DOUBLE_EQ(interiorCoverage(d, sd, truth, kBandZ), 1.0);
    for (std::size_t i = 1; i <= 19; ++i)
        sd[i] = 0.2;
    EXPECT_DOUBLE_EQ(interiorCoverage(d, sd, truth, kBandZ), 19.0 / 38.0);
    // A NaN sd is not covered; a row without a truth is not counted. Rows 20..38 were the 19
    // covered: row 25 leaves the count and row 30 is no longer covered, so 17 of 37.
    sd[30] = kNaN;
    truth[25] = kNaN;
    EXPECT_DOUBLE_EQ(interiorCoverage(d, sd, truth, kBandZ), 17.0 / 37.0);
    EXPECT_TRUE(std::isnan(interiorCoverage(d, std::vector<double>(3, 0.1), truth, kBandZ)));
}

TEST(NoiseStudy, TrialCarriesEachMethodsBandButTotalVariations)
{
    // The lesson's own sample of sin: the preset's range, the default 101 points, noise at 2% of
    // the signal's scale (ui/classroom/methodslessondialog.cpp), seed 1.
    const LabFunction f = presetFunction(Preset::Sin);
    SampleOptions options;
    options.from = presetInfo(Preset::Sin).from;
    options.to = presetInfo(Preset::Sin).to;
    options.noise = 0.02 * signalScale(f, options);
    const NoiseTrial trial = noiseTrial(f, options);
    for (const MethodTrial& m : trial.methods) {
        SCOPED_TRACE(methodName(m.method));
        if (m.method == SmoothingMethod::Tvr) {
            EXPECT_TRUE(m.sd.empty());
            EXPECT_TRUE(m.bandError.has_value());
            EXPECT_TRUE(std::isnan(m.coverage));
        } else {
            EXPECT_EQ(m.sd.size(), trial.sample.x.size());
            EXPECT_GE(m.coverage, 0.6); // bench/uncertainty.py's floor
        }
    }
    // The sweep needs no bands.
    const NoiseTrial bare = noiseTrial(f, options, false);
    for (const MethodTrial& m : bare.methods)
        EXPECT_TRUE(m.sd.empty());
}

TEST(NoiseStudy, InteriorRmseLeavesOutTheEndsAndTheKinks)
{
    // 40 rows: round(0.025 · 40) = 1 row left out at each end.
    std::vector<double> truth(40, 1.0);
    std::vector<double> d(40, 1.5);
    d.front() = 100.0;
    d.back() = -100.0;
    EXPECT_DOUBLE_EQ(interiorRmse(d, truth), 0.5);
    // A row where the truth is undefined (|x| at 0) is skipped, whatever the derivative there.
    truth[20] = kNaN;
    d[20] = 1e9;
    EXPECT_DOUBLE_EQ(interiorRmse(d, truth), 0.5);
    // Errors 0.5 and 1.5 alternating: RMSE √((0.25 + 2.25) / 2).
    for (std::size_t i = 1; i < 39; ++i)
        d[i] = i % 2 == 0 ? 1.5 : 2.5;
    truth[20] = 1.0;
    EXPECT_DOUBLE_EQ(interiorRmse(d, truth), std::sqrt(1.25));
    d[10] = kNaN;
    EXPECT_TRUE(std::isnan(interiorRmse(d, truth)));
}

TEST(NoiseStudy, LogSpacedValues)
{
    const std::vector<double> v = logSpacedValues(1e-4, 1.0, 5);
    ASSERT_EQ(v.size(), 5U);
    for (std::size_t i = 0; i < v.size(); ++i)
        EXPECT_NEAR(
            v[i], std::pow(10.0, -4.0 + static_cast<double>(i)), 1e-15 * std::pow(10.0, static_cast<double>(i)));
    EXPECT_EQ(v.back(), 1.0);
    EXPECT_TRUE(logSpacedValues(0.0, 1.0, 3).empty());
}

TEST(NoiseStudy, TrialRunsEveryMethodAsTheCoreDoesAlone)
{
    SampleOptions options;
    options.from = 0.0;
    options.to = 6.0;
    options.points = 201;
    options.noise = 0.05;
    options.noiseSeed = 3;
    const LabFunction f = presetFunction(Preset::Sin);
    const NoiseTrial trial = noiseTrial(f, options);
    ASSERT_EQ(trial.methods.size(), 6U);
    const SampledFunction sample = sampleFunction(f, options);
    EXPECT_EQ(trial.sample.y, sample.y);
    EXPECT_EQ(trial.methods[0].derivative, gradient(sample.y, sample.x, 1));
    SmoothingOptions spline;
    spline.method = SmoothingMethod::Spline;
    EXPECT_EQ(trial.methods[2].derivative, smoothDerivative(Series { sample.y, sample.x }, spline).derivative);
    for (const MethodTrial& m : trial.methods) {
        EXPECT_FALSE(m.error.has_value()) << m.error->english();
        EXPECT_TRUE(std::isfinite(m.rmse));
        EXPECT_FALSE(m.provenance.empty());
    }
    // numpy's noise: about σ/(h·√2) with h = 0.03, i.e. 1.2; every smoothing method is far below.
    EXPECT_GT(trial.methods[0].rmse, 0.8);
    EXPECT_LT(trial.methods[0].rmse, 1.6);
    for (std::size_t m = 1; m < trial.methods.size(); ++m)
        EXPECT_LT(trial.methods[m].rmse, 0.3 * trial.methods[0].rmse) << m;
    // Deterministic.
    EXPECT_EQ(noiseTrial(f, options).methods[5].derivative, trial.methods[5].derivative);
}

TEST(NoiseStudy, TooFewPointsIsAnErrorPerMethodNotAFailure)
{
    SampleOptions options;
    options.points = 4;
    options.noise = 0.1;
    const NoiseTrial trial = noiseTrial(presetFunction(Preset::Square), options);
    ASSERT_EQ(trial.methods.size(), 6U);
    EXPECT_FALSE(trial.methods[0].error.has_value());
    EXPECT_TRUE(trial.methods[2].error.has_value()); // the spline needs 5 points
    EXPECT_TRUE(std::isnan(trial.methods[2].rmse));
}

TEST(NoiseStudy, SweepNumpyErrorGrowsInProportionToSigma)
{
    SampleOptions options;
    options.to = 3.0;
    options.points = 151;
    const LabFunction f = presetFunction(Preset::Sin);
    const std::vector<double> sigmas = logSpacedValues(1e-3, 1e-1, 3);
    const NoiseSweep sweep = noiseSweep(f, options, sigmas);
    ASSERT_EQ(sweep.sigmas, sigmas);
    ASSERT_EQ(sweep.rmse.size(), 6U);
    // The same noise scaled, and numpy's truncation error far below it: RMSE ∝ σ.
    EXPECT_NEAR(sweep.rmse[0][2] / sweep.rmse[0][1], 10.0, 0.05);
    options.noise = sigmas[1];
    EXPECT_EQ(sweep.rmse[3][1], noiseTrial(f, options).methods[3].rmse);

    std::atomic<bool> cancel { true };
    EXPECT_TRUE(noiseSweep(f, options, sigmas, &cancel).sigmas.empty());
}

TEST(NoiseStudy, SignalScaleIsTheStandardDeviation)
{
    SampleOptions options;
    options.from = 0.0;
    options.to = 1.0;
    options.points = 3;
    options.noise = 5.0; // ignored
    // x = 0, 0.5, 1 of x²: 0, 0.25, 1; mean 5/12.
    const double mean = 5.0 / 12.0;
    const double expected = std::sqrt((mean * mean + (0.25 - mean) * (0.25 - mean) + (1 - mean) * (1 - mean)) / 3.0);
    EXPECT_NEAR(signalScale(presetFunction(Preset::Square), options), expected, 1e-15);
}

} // namespace
} // namespace tangent
