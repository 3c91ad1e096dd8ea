// SPDX-License-Identifier: GPL-3.0-or-later
// tangent::explainGradient: the exact text of numpy's documented examples, and the promise that
// an explanation reproduces the computed value bit for bit, for every formula kind.

#include "core/classroom/explain.h"
#include "core/gradient/gradient.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

using tangent::AxisSpacing;
using tangent::ExplainedPoint;
using tangent::FormulaKind;
using tangent::Side;
using tangent::Spacing;

using Vec = std::vector<double>;

std::vector<std::string> lines(const std::vector<ExplainedPoint>& points)
{
    std::vector<std::string> out;
    for (const ExplainedPoint& p : points)
        out.push_back(tangent::explainLine(p));
    return out;
}

// Bitwise equality; NaN equals NaN whatever its payload.
bool sameBits(double a, double b)
{
    if (std::isnan(a) && std::isnan(b))
        return true;
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

const Vec kDocY { 1, 2, 4, 9, 16 };

TEST(ExplainGradient, NumpyDocUniformLines)
{
    const auto points = tangent::explainGradient(kDocY, Spacing::uniform(1.0), 1);
    const std::vector<std::string> expected {
        "(y[1] - y[0]) / 1 = 1.0",
        "(y[2] - y[0]) / 2 = 1.5",
        "(y[3] - y[1]) / 2 = 3.5",
        "(y[4] - y[2]) / 2 = 6.0",
        "(y[4] - y[3]) / 1 = 7.0",
    };
    EXPECT_EQ(lines(points), expected);
}

TEST(ExplainGradient, NumpyDocNonUniformLines)
{
    // x = [5, 10, 20, 30]. Row 1: p = 5, q = 10, a = -10 / (5 * 15), b = 5 / 50, c = 5 / (10 * 15).
    // Row 2: p = q = 10, so a = -10 / 200 = -0.05, b = 0 / 100 = 0.0, c = 10 / 200 = 0.05.
    // numpy.gradient([1, 2, 4, 9], [5, 10, 20, 30]) = [0.2, 0.2, 0.35, 0.5].
    const auto points = tangent::explainGradient(Vec { 1, 2, 4, 9 }, Spacing::coordinates({ 5, 10, 20, 30 }), 1);
    const std::vector<std::string> expected {
        "(y[1] - y[0]) / 5 = 0.2",
        "-0.13333333333333333 * y[0] + 0.1 * y[1] + 0.03333333333333333 * y[2] = 0.2",
        "-0.05 * y[1] + 0.0 * y[2] + 0.05 * y[3] = 0.35",
        "(y[3] - y[2]) / 10 = 0.5",
    };
    EXPECT_EQ(lines(points), expected);
}

TEST(ExplainGradient, SecondOrderUniformEdgesInNumpysOrder)
{
    // A = -1.5 / 1, B = 2.0 / 1, C = -0.5 / 1: -1.5 + 4 - 2 = 0.5; right: 0.5*4 - 2*9 + 1.5*16 = 8.
    const auto points = tangent::explainGradient(kDocY, Spacing::uniform(1.0), 2);
    EXPECT_EQ(tangent::explainLine(points.front()), "-1.5 * y[0] + 2.0 * y[1] + -0.5 * y[2] = 0.5");
    EXPECT_EQ(tangent::explainLine(points.back()), "0.5 * y[2] + -2.0 * y[3] + 1.5 * y[4] = 8.0");
    EXPECT_EQ(points.front().kind, FormulaKind::EdgeSecondOrderUniform);
    EXPECT_EQ(points.front().symbolic, "A * y[0] + B * y[1] + C * y[2]");
    EXPECT_EQ(points.back().symbolic, "A * y[n-3] + B * y[n-2] + C * y[n-1]");
    EXPECT_EQ(points.front().coefficients, (Vec { -1.5, 2.0, -0.5 }));
    EXPECT_EQ(points.back().rows, (std::vector<std::size_t> { 2, 3, 4 }));
}

TEST(ExplainGradient, SecondOrderNonUniformEdges)
{
    // Left: p = 5, q = 10: A = -(10 + 10) / 75, B = 15 / 50, C = -5 / 150.
    // Right: p = q = 10: A = 10 / 200, B = -20 / 100, C = 30 / 200.
    const auto points = tangent::explainGradient(Vec { 1, 2, 4, 9 }, Spacing::coordinates({ 5, 10, 20, 30 }), 2);
    EXPECT_EQ(tangent::explainLine(points.front()),
        "-0.26666666666666666 * y[0] + 0.3 * y[1] + -0.03333333333333333 * y[2] = 0.19999999999999998");
    EXPECT_EQ(tangent::explainLine(points.back()), "0.05 * y[1] + -0.2 * y[2] + 0.15 * y[3] = 0.6499999999999998");
    EXPECT_EQ(points.back().kind, FormulaKind::EdgeSecondOrderNonUniform);
    ASSERT_EQ(points.front().quantities.size(), 5U);
    EXPECT_EQ(points.front().quantities[0].symbol, "p");
    EXPECT_EQ(points.front().quantities[0].definition, "x[1] - x[0]");
    EXPECT_EQ(points.front().quantities[0].value, 5.0);
    EXPECT_EQ(points.front().quantities[2].symbol, "A");
    EXPECT_EQ(points.front().quantities[2].definition, "-((2.0 * p) + q) / (p * (p + q))");
}

TEST(ExplainGradient, SubstitutedForms)
{
    const auto uniform = tangent::explainGradient(kDocY, Spacing::uniform(1.0), 1);
    EXPECT_EQ(tangent::substitutedLine(uniform[1]), "(4 - 1) / 2 = 1.5");
    EXPECT_EQ(tangent::substitutedLine(uniform[4]), "(16 - 9) / 1 = 7.0");
    const auto uneven = tangent::explainGradient(Vec { 1, 2, 4, 9 }, Spacing::coordinates({ 5, 10, 20, 30 }), 1);
    EXPECT_EQ(
        tangent::substitutedLine(uneven[1]), "-0.13333333333333333 * 1 + 0.1 * 2 + 0.03333333333333333 * 4 = 0.2");
    EXPECT_EQ(tangent::substitutedLine(uneven[0]), "(2 - 1) / 5 = 0.2");
    const auto fractional = tangent::explainGradient(Vec { 0.5, -1.25, 3 }, Spacing::uniform(0.5), 1);
    EXPECT_EQ(tangent::substitutedLine(fractional[1]), "(3 - 0.5) / 1 = 2.5");
    EXPECT_EQ(tangent::substitutedLine(fractional[2]), "(3 - -1.25) / 0.5 = 8.5");
}

TEST(ExplainGradient, SymbolicFormsAndQuantities)
{
    const auto uniform = tangent::explainGradient(kDocY, Spacing::uniform(1.0), 1);
    EXPECT_EQ(uniform[0].symbolic, "(y[1] - y[0]) / h");
    EXPECT_EQ(uniform[2].symbolic, "(y[i+1] - y[i-1]) / (2h)");
    EXPECT_EQ(uniform[4].symbolic, "(y[n-1] - y[n-2]) / h");
    EXPECT_EQ(tangent::symbolicLine(uniform[2]), "(y[i+1] - y[i-1]) / (2h); 2h = 2.0 * h = 2.0");
    EXPECT_EQ(tangent::symbolicLine(uniform[0]), "(y[1] - y[0]) / h; h = 1.0");

    const auto uneven = tangent::explainGradient(Vec { 1, 2, 4, 9 }, Spacing::coordinates({ 5, 10, 20, 30 }), 1);
    EXPECT_EQ(uneven[0].symbolic, "(y[1] - y[0]) / (x[1] - x[0])");
    EXPECT_EQ(uneven[3].symbolic, "(y[n-1] - y[n-2]) / (x[n-1] - x[n-2])");
    EXPECT_EQ(uneven[1].symbolic, "a * y[i-1] + b * y[i] + c * y[i+1]");
    EXPECT_EQ(tangent::symbolicLine(uneven[2]),
        "a * y[i-1] + b * y[i] + c * y[i+1]; p = x[i] - x[i-1] = 10.0; q = x[i+1] - x[i] = 10.0; "
        "a = (-q) / (p * (p + q)) = -0.05; b = (q - p) / (p * q) = 0.0; c = p / (q * (p + q)) = 0.05");
}

TEST(ExplainGradient, KindsSidesRowsAndCoefficients)
{
    const auto points = tangent::explainGradient(kDocY, Spacing::uniform(1.0), 1);
    EXPECT_EQ(points[0].side, Side::Left);
    EXPECT_EQ(points[2].side, Side::Interior);
    EXPECT_EQ(points[4].side, Side::Right);
    EXPECT_EQ(points[0].kind, FormulaKind::EdgeFirstOrder);
    EXPECT_EQ(points[2].kind, FormulaKind::InteriorUniform);
    EXPECT_EQ(points[2].rows, (std::vector<std::size_t> { 1, 3 }));
    EXPECT_EQ(points[2].coefficients, Vec { 2.0 });
    EXPECT_EQ(points[2].expression, "(y[3] - y[1]) / 2");
    for (std::size_t i = 0; i < points.size(); ++i)
        EXPECT_EQ(points[i].row, i);
    EXPECT_FALSE(tangent::formulaName(FormulaKind::InteriorNonUniform).empty());
}

TEST(ExplainGradient, ExactlyUniformCoordinatesTakeTheUniformPath)
{
    // Gaps all exactly 2, so numpy uses h = 2: the interior divides by 2h = 4.
    const auto points = tangent::explainGradient(kDocY, Spacing::coordinates({ 0, 2, 4, 6, 8 }), 1);
    EXPECT_EQ(points[1].kind, FormulaKind::InteriorUniform);
    EXPECT_EQ(tangent::explainLine(points[1]), "(y[2] - y[0]) / 4 = 0.75");
}

TEST(ExplainGradient, NonFiniteValuesAreWrittenAsPython)
{
    // The non-uniform interior reads y[i] even when its weight is 0, so a NaN there spreads.
    const auto points = tangent::explainGradient(Vec { 1, NAN, 4, INFINITY }, Spacing::coordinates({ 0, 1, 3, 4 }), 1);
    EXPECT_EQ(tangent::substitutedLine(points[3]), "(inf - 4) / 1 = inf");
    EXPECT_TRUE(std::isnan(points[1].value));
    EXPECT_NE(tangent::substitutedLine(points[1]).find("* nan"), std::string::npos);
    EXPECT_TRUE(std::isnan(tangent::evaluateExpression(points[1].substituted)));
}

TEST(ExplainGradient, RejectsWhatGradientRejects)
{
    EXPECT_THROW(tangent::explainGradient(kDocY, Spacing::uniform(1.0), 3), tangent::GradientError);
    EXPECT_THROW(tangent::explainGradient(Vec { 1, 2 }, Spacing::uniform(1.0), 2), tangent::GradientError);
    EXPECT_THROW(tangent::explainGradient(Vec { 1 }, Spacing::uniform(1.0), 1), tangent::GradientError);
    EXPECT_THROW(tangent::explainGradient(kDocY, Spacing::coordinates({ 1, 2, 3 }), 1), tangent::GradientError);
}

// The central promise: each explanation, evaluated from its numbers or from its text, gives the
// value gradient() computes, bit for bit, for every formula kind.
TEST(ExplainGradient, EvaluatingEveryExplanationReproducesGradientBitForBit)
{
    std::mt19937_64 rng(20240611);
    std::uniform_real_distribution<double> value(-1e3, 1e3);
    std::uniform_real_distribution<double> gap(1e-3, 2.0);
    std::uniform_int_distribution<std::size_t> length(3, 40);
    std::set<FormulaKind> kinds;
    std::size_t checked = 0;
    for (int trial = 0; trial < 400; ++trial) {
        const std::size_t n = length(rng);
        Vec y(n);
        for (double& v : y)
            v = value(rng) * std::pow(10.0, static_cast<double>(trial % 7) - 3.0);
        const bool uniform = trial % 2 == 0;
        const int edgeOrder = 1 + (trial / 2) % 2;
        Vec x(n);
        double position = value(rng);
        for (double& v : x) {
            v = position;
            position += gap(rng);
        }
        const double h = gap(rng) * (trial % 3 == 0 ? -1.0 : 1.0);
        const Spacing spacing = uniform ? Spacing::uniform(h) : Spacing::coordinates(x);
        const Vec computed = uniform ? tangent::gradient(y, h, edgeOrder) : tangent::gradient(y, x, edgeOrder);
        const auto points = tangent::explainGradient(y, spacing, edgeOrder);
        ASSERT_EQ(points.size(), n);
        for (std::size_t i = 0; i < n; ++i) {
            const ExplainedPoint& p = points[i];
            kinds.insert(p.kind);
            ASSERT_TRUE(sameBits(p.value, computed[i])) << "trial " << trial << " row " << i;
            ASSERT_TRUE(sameBits(tangent::evaluateExplained(p, y), computed[i])) << tangent::explainLine(p);
            ASSERT_TRUE(sameBits(tangent::evaluateExpression(p.expression, y), computed[i])) << tangent::explainLine(p);
            ASSERT_TRUE(sameBits(tangent::evaluateExpression(p.substituted), computed[i]))
                << tangent::substitutedLine(p);
            // The value printed after '=' reads back to the same double, too.
            const std::string line = tangent::explainLine(p);
            ASSERT_TRUE(sameBits(tangent::evaluateExpression(line.substr(line.find('=') + 1)), computed[i])) << line;
            ++checked;
        }
    }
    EXPECT_EQ(kinds.size(), 5U);
    EXPECT_GT(checked, 5000U);
}

TEST(ExplainGradient, AxisSpacingOverloadMatchesTheFastPathOnAPartialRange)
{
    const Vec y { 3, -1, 4, 1, -5, 9, 2, 6 };
    const Vec x { 0, 0.5, 1.75, 2, 3.5, 4, 4.25, 6 };
    const AxisSpacing spacing { false, 0.0, x };
    Vec out(y.size(), 0.0);
    tangent::gradientRange(y, spacing, 2, 0, y.size(), out);
    const auto points = tangent::explainGradient(y, spacing, 2);
    for (std::size_t i = 0; i < y.size(); ++i)
        EXPECT_TRUE(sameBits(points[i].value, out[i])) << i;
}

TEST(ExplainGradient, RowRangeGivesTheFullExplanationsRows)
{
    const Vec y { 3, -1, 4, 1, -5, 9, 2, 6 };
    const Vec x { 0, 0.5, 1.75, 2, 3.5, 4, 4.25, 6 };
    for (const AxisSpacing& spacing : { AxisSpacing { false, 0.0, x }, AxisSpacing { true, 0.5, {} } }) {
        for (int edgeOrder : { 1, 2 }) {
            const auto all = tangent::explainGradient(y, spacing, edgeOrder);
            for (std::size_t first = 0; first <= y.size(); ++first) {
                for (std::size_t last = first; last <= y.size() + 1; ++last) {
                    const auto some = tangent::explainGradient(y, spacing, edgeOrder, first, last);
                    ASSERT_EQ(some.size(), std::min(last, y.size()) - first);
                    for (std::size_t k = 0; k < some.size(); ++k) {
                        const ExplainedPoint& a = some[k];
                        const ExplainedPoint& b = all[first + k];
                        EXPECT_EQ(a.row, b.row);
                        EXPECT_EQ(tangent::symbolicLine(a), tangent::symbolicLine(b));
                        EXPECT_EQ(tangent::explainLine(a), tangent::explainLine(b));
                        EXPECT_EQ(tangent::substitutedLine(a), tangent::substitutedLine(b));
                        EXPECT_EQ(a.rows, b.rows);
                        EXPECT_TRUE(sameBits(a.value, b.value));
                    }
                }
            }
        }
    }
    EXPECT_THROW(tangent::explainGradient(Vec { 1, 2 }, AxisSpacing {}, 2, 0, 1), tangent::GradientError);
}

TEST(ExplainEvaluate, ReadsPythonNumbersAndPrecedence)
{
    EXPECT_EQ(tangent::evaluateExpression("1 + 2 * 3"), 7.0);
    EXPECT_EQ(tangent::evaluateExpression("(1 + 2) * 3"), 9.0);
    EXPECT_EQ(tangent::evaluateExpression("8 - 4 - 2"), 2.0);
    EXPECT_EQ(tangent::evaluateExpression("-1.5 * 2 + 1e-05 * 0"), -3.0);
    EXPECT_EQ(tangent::evaluateExpression("(y[1] - y[0]) / 2 = 9.0", Vec { 1, 4 }), 1.5);
    EXPECT_EQ(tangent::evaluateExpression("-inf"), -std::numeric_limits<double>::infinity());
    EXPECT_THROW(tangent::evaluateExpression("y[2]", Vec { 1, 2 }), std::invalid_argument);
    EXPECT_THROW(tangent::evaluateExpression("(1 + 2"), std::invalid_argument);
    EXPECT_THROW(tangent::evaluateExpression("1 +"), std::invalid_argument);
    EXPECT_THROW(tangent::evaluateExpression("2 x"), std::invalid_argument);
}

TEST(ExplainFormat, PythonFloatRepr)
{
    EXPECT_EQ(tangent::formatPythonFloat(1.0), "1.0");
    EXPECT_EQ(tangent::formatPythonFloat(0.1), "0.1");
    EXPECT_EQ(tangent::formatPythonFloat(-3.0), "-3.0");
    EXPECT_EQ(tangent::formatPythonFloat(-0.0), "-0.0");
    EXPECT_EQ(tangent::formatPythonFloat(0.0001), "0.0001");
    EXPECT_EQ(tangent::formatPythonFloat(1e-5), "1e-05");
    EXPECT_EQ(tangent::formatPythonFloat(2.5e-5), "2.5e-05");
    EXPECT_EQ(tangent::formatPythonFloat(1.5e-7), "1.5e-07");
    EXPECT_EQ(tangent::formatPythonFloat(12345.678), "12345.678");
    EXPECT_EQ(tangent::formatPythonFloat(1e15), "1000000000000000.0");
    EXPECT_EQ(tangent::formatPythonFloat(1e16), "1e+16");
    EXPECT_EQ(tangent::formatPythonFloat(123456789012345678.0), "1.2345678901234568e+17");
    EXPECT_EQ(tangent::formatPythonFloat(5e-324), "5e-324");
    EXPECT_EQ(tangent::formatPythonFloat(1.7976931348623157e+308), "1.7976931348623157e+308");
    EXPECT_EQ(tangent::formatPythonFloat(NAN), "nan");
    EXPECT_EQ(tangent::formatPythonFloat(-INFINITY), "-inf");
    EXPECT_EQ(tangent::formatCompactFloat(2.0), "2");
    EXPECT_EQ(tangent::formatCompactFloat(-0.0), "-0");
    EXPECT_EQ(tangent::formatCompactFloat(0.5), "0.5");
    EXPECT_EQ(tangent::formatCompactFloat(1e16), "1e+16");
}

} // namespace
