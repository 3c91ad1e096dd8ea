// SPDX-License-Identifier: GPL-3.0-or-later
// Savitzky–Golay and the smoothing spline against scipy 1.10's own output
// (tests/golden/make_smoothing_golden.py writes tests/golden/smoothing/*.txt).

#include "tests/core/smoothing/smoothingtestsupport.h"

#include "core/smoothing/savgol.h"
#include "tests/core/goldenreader.h"

#include <optional>
#include <sstream>
#include <string>

namespace tangent::smoothtest {
namespace {

struct GoldenCase {
    std::string name;
    std::string method;
    SmoothingOptions options;
    std::optional<double> h;
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> expected;
};

void readRecord(const std::string& tag, std::istringstream& tokens, GoldenCase& c)
{
    std::string value;
    if (tag == "method") {
        tokens >> c.method;
        c.options.method = *parseMethodName(c.method);
    } else if (tag == "window" || tag == "polyorder" || tag == "order") {
        int n = 0;
        tokens >> n;
        if (tag == "window")
            c.options.window = n;
        else if (tag == "polyorder")
            c.options.polyorder = n;
        else
            c.options.order = n;
    } else if (tag == "lam" || tag == "h") {
        tokens >> value;
        (tag == "lam" ? c.options.lam : c.h) = std::strtod(value.c_str(), nullptr);
    } else if (tag == "x") {
        c.x = test::readGoldenValues(tokens);
    } else if (tag == "y") {
        c.y = test::readGoldenValues(tokens);
    } else if (tag == "d") {
        c.expected = test::readGoldenValues(tokens);
    } else {
        ADD_FAILURE() << "unknown record '" << tag << "' in case " << c.name;
    }
}

std::vector<GoldenCase> readCases(const std::string& file)
{
    return test::readGoldenCases<GoldenCase>("smoothing/" + file, readRecord);
}

SmoothingResult runCase(const GoldenCase& c)
{
    return c.h ? runUniform(c.y, *c.h, c.options) : run(c.y, c.x, c.options);
}

TEST(SmoothingGolden, SavgolMatchesScipyWithinOneInTenBillion)
{
    const std::vector<GoldenCase> cases = readCases("savgol.txt");
    ASSERT_GE(cases.size(), 10U);
    for (const GoldenCase& c : cases) {
        SCOPED_TRACE(c.name);
        if (c.options.order == 0) {
            // The smoothed curve (deriv=0) comes with every derivative.
            GoldenCase first = c;
            first.options.order = 1;
            expectRelativelyClose(runCase(first).smoothed, c.expected, 1e-10, c.name);
        } else
            expectRelativelyClose(runCase(c).derivative, c.expected, 1e-10, c.name);
    }
}

TEST(SmoothingGolden, SavgolLocalFitsInXReduceToScipyOnUniformX)
{
    // The uneven-x path (a QR fit per row in the actual x) forced on uniform data.
    for (const GoldenCase& c : readCases("savgol.txt")) {
        std::vector<double> x;
        for (std::size_t i = 0; i < c.y.size(); ++i)
            x.push_back(static_cast<double>(i) * *c.h);
        const smoothing::CleanSeries clean = smoothing::CleanSeries::owning(x, c.y, false, *c.h);
        const smoothing::SavgolParams params { *c.options.window, *c.options.polyorder, c.options.order };
        expectRelativelyClose(smoothing::savgolFilter(clean, params), c.expected, 1e-10, c.name);
    }
}

TEST(SmoothingGolden, SplineWithGivenLambdaMatchesScipy)
{
    std::size_t checked = 0;
    for (const GoldenCase& c : readCases("spline.txt")) {
        if (!c.options.lam)
            continue;
        SCOPED_TRACE(c.name);
        expectRelativelyClose(runCase(c).derivative, c.expected, 1e-7, c.name);
        ++checked;
    }
    EXPECT_GE(checked, 5U);
}

TEST(SmoothingGolden, SplineWithGcvMatchesScipyWithinOneInAThousandRms)
{
    std::size_t checked = 0;
    for (const GoldenCase& c : readCases("spline.txt")) {
        if (c.options.lam)
            continue;
        const SmoothingResult result = runCase(c);
        EXPECT_LE(relativeRms(result.derivative, c.expected), 1e-3) << c.name << ": " << result.provenance();
        EXPECT_TRUE(result.automatic) << c.name;
        ++checked;
    }
    EXPECT_GE(checked, 3U);
}

} // namespace
} // namespace tangent::smoothtest
