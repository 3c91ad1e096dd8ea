// SPDX-License-Identifier: GPL-3.0-or-later
// The bands against independent dense computations in numpy and scipy
// (tests/golden/make_uncertainty_golden.py writes tests/golden/uncertainty/bands.txt).

#include "core/uncertainty/uncertainty.h"

#include "core/uncertainty/methodbands.h"
#include "tests/core/goldenreader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace tangent {
namespace {

struct GoldenBand {
    std::string name;
    SmoothingOptions used;
    int edge = 1;
    double sigma = 0.0;
    std::optional<double> h;
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> sd;
    std::vector<double> posterior; ///< spline: Wahba's posterior sd
};

void readRecord(const std::string& tag, std::istringstream& tokens, GoldenBand& c)
{
    int whole = 0;
    if (tag == "method") {
        std::string name;
        tokens >> name;
        c.used.method = *parseMethodName(name);
    } else if (tag == "order") {
        tokens >> c.used.order;
    } else if (tag == "edge") {
        tokens >> c.edge;
    } else if (tag == "window") {
        tokens >> whole;
        c.used.window = whole;
    } else if (tag == "polyorder") {
        tokens >> whole;
        c.used.polyorder = whole;
    } else if (tag == "lam") {
        c.used.lam = test::readGoldenDouble(tokens);
    } else if (tag == "ratio") {
        c.used.ratio = test::readGoldenDouble(tokens);
    } else if (tag == "sigma") {
        c.sigma = test::readGoldenDouble(tokens);
    } else if (tag == "h") {
        c.h = test::readGoldenDouble(tokens);
    } else if (tag == "x") {
        c.x = test::readGoldenValues(tokens);
    } else if (tag == "y") {
        c.y = test::readGoldenValues(tokens);
    } else if (tag == "sd") {
        c.sd = test::readGoldenValues(tokens);
    } else if (tag == "posterior") {
        c.posterior = test::readGoldenValues(tokens);
    } else {
        ADD_FAILURE() << "unknown record '" << tag << "' in case " << c.name;
    }
}

std::vector<GoldenBand> readCases(SmoothingMethod method)
{
    std::vector<GoldenBand> cases = test::readGoldenCases<GoldenBand>("uncertainty/bands.txt", readRecord);
    std::erase_if(cases, [method](const GoldenBand& c) { return c.used.method != method; });
    return cases;
}

/// Runs every case of `method` and compares each sd relative to the case's largest sd.
void expectGolden(SmoothingMethod method, double tolerance, std::size_t fewestCases)
{
    const std::vector<GoldenBand> cases = readCases(method);
    ASSERT_GE(cases.size(), fewestCases);
    for (const GoldenBand& c : cases) {
        SCOPED_TRACE(c.name);
        const Series series { c.y, c.x, c.h.value_or(1.0) };
        const DerivativeBand band = derivativeBand(series, c.used, c.edge, c.sigma);
        EXPECT_EQ(band.source, SigmaSource::Given);
        EXPECT_EQ(band.sigma, c.sigma);
        ASSERT_EQ(band.sd.size(), c.sd.size());
        const double scale = *std::max_element(c.sd.begin(), c.sd.end());
        for (std::size_t i = 0; i < c.sd.size(); ++i)
            ASSERT_NEAR(band.sd[i], c.sd[i], tolerance * scale) << "row " << i;
    }
}

TEST(UncertaintyGolden, NumpyStencilsMatchNumpysOwnLinearMap)
{
    // Uniform and uneven x, edge order 1 and 2, derivative orders 1 to 3.
    expectGolden(SmoothingMethod::Numpy, 1e-12, 18);
}

TEST(UncertaintyGolden, SavgolWeightsMatchScipyAndLeastSquaresFits)
{
    expectGolden(SmoothingMethod::Savgol, 1e-9, 6);
}

TEST(UncertaintyGolden, SplineMatchesScipysOwnLinearMap)
{
    expectGolden(SmoothingMethod::Spline, 1e-9, 4);
}

TEST(UncertaintyGolden, SplinePosteriorMatchesTheDenseBayesianComputation)
{
    // Wahba's posterior sd, computed beside the band by the same O(n) smoother, against the
    // universal-kriging variance of f' (whose mean the script checks is scipy's spline).
    const std::vector<GoldenBand> cases = readCases(SmoothingMethod::Spline);
    ASSERT_GE(cases.size(), 4U);
    for (const GoldenBand& c : cases) {
        SCOPED_TRACE(c.name);
        const smoothing::CleanSeries clean = smoothing::CleanSeries::owning(c.x, c.y, false, 1.0);
        const uncertainty::SplineSd sd = uncertainty::splineUnitSd(clean, *c.used.lam);
        ASSERT_EQ(sd.posterior.size(), c.posterior.size());
        const double scale = *std::max_element(c.posterior.begin(), c.posterior.end());
        for (std::size_t i = 0; i < c.posterior.size(); ++i)
            ASSERT_NEAR(c.sigma * sd.posterior[i], c.posterior[i], 1e-6 * scale) << "row " << i;
    }
}

TEST(UncertaintyGolden, KalmanMatchesTheDenseGaussianConditioning)
{
    expectGolden(SmoothingMethod::Kalman, 1e-6, 3);
}

} // namespace
} // namespace tangent
