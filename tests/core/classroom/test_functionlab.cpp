// SPDX-License-Identifier: GPL-3.0-or-later
// The function lab: presets and their exact derivatives, typed expressions and their errors,
// reproducible sampling, the numerical derivative, and convergence of numpy.gradient's error.

#include "core/classroom/functionlab.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <set>
#include <string>
#include <vector>

namespace {

using tangent::Expression;
using tangent::ExpressionError;
using tangent::Preset;
using Vec = std::vector<double>;

/// The ExpressionError `text` raises (fails the test if it parses).
ExpressionError errorOf(const std::string& text)
{
    try {
        Expression e(text);
    } catch (const ExpressionError& error) {
        return error;
    }
    ADD_FAILURE() << "'" << text << "' parsed";
    return ExpressionError(tangent::plainMessage(""), 0);
}

TEST(FunctionLabPresets, ExactDerivativesAtKnownPoints)
{
    // Values by hand: sin' = cos, cos'(pi/2) = -1, exp'(0) = 1, log'(4) = 1/4, (x^2)'(3) = 6,
    // (x^3)'(-2) = 12, |x|'(-3) = -1, step' = 0 away from 0, the noisy line's slope 2.
    EXPECT_EQ(tangent::presetFunction(Preset::Sin).derivative(0.0), 1.0);
    EXPECT_EQ(tangent::presetFunction(Preset::Cos).derivative(std::numbers::pi / 2), -1.0);
    EXPECT_EQ(tangent::presetFunction(Preset::Exp).derivative(0.0), 1.0);
    EXPECT_EQ(tangent::presetFunction(Preset::Log).derivative(4.0), 0.25);
    EXPECT_EQ(tangent::presetFunction(Preset::Square).derivative(3.0), 6.0);
    EXPECT_EQ(tangent::presetFunction(Preset::Cube).derivative(-2.0), 12.0);
    EXPECT_EQ(tangent::presetFunction(Preset::Abs).derivative(-3.0), -1.0);
    EXPECT_EQ(tangent::presetFunction(Preset::Step).derivative(0.5), 0.0);
    EXPECT_EQ(tangent::presetFunction(Preset::NoisyLine).derivative(7.0), 2.0);
    // Where there is no derivative: NaN.
    EXPECT_TRUE(std::isnan(tangent::presetFunction(Preset::Abs).derivative(0.0)));
    EXPECT_TRUE(std::isnan(tangent::presetFunction(Preset::Step).derivative(0.0)));
    EXPECT_TRUE(std::isnan(tangent::presetFunction(Preset::Log).derivative(-1.0)));
}

TEST(FunctionLabPresets, DerivativesAgreeWithNumericalDifferentiation)
{
    for (const tangent::PresetInfo& info : tangent::presets()) {
        const tangent::LabFunction f = tangent::presetFunction(info.preset);
        EXPECT_TRUE(f.exactDerivative);
        for (double t : { 0.13, 0.37, 0.71, 0.93 }) {
            const double x = info.from + t * (info.to - info.from);
            const double numeric = tangent::numericalDerivative(f.value, x);
            EXPECT_NEAR(numeric, f.derivative(x), 1e-9 * std::max(1.0, std::abs(f.derivative(x))))
                << info.name << " at " << x;
        }
    }
}

TEST(FunctionLabPresets, ExpressionsMatchTheirValues)
{
    std::set<std::string_view> names;
    for (const tangent::PresetInfo& info : tangent::presets()) {
        names.insert(info.name);
        EXPECT_EQ(tangent::presetByName(info.name), info.preset);
        EXPECT_EQ(tangent::presetInfo(info.preset).name, info.name);
        const Expression e { std::string(info.expression) };
        const tangent::LabFunction f = tangent::presetFunction(info.preset);
        EXPECT_EQ(f.expression, info.expression);
        for (double t : { 0.0, 0.25, 0.5, 0.8, 1.0 }) {
            const double x = info.from + t * (info.to - info.from);
            EXPECT_NEAR(e(x), f.value(x), 1e-14 * std::max(1.0, std::abs(f.value(x)))) << info.name << " at " << x;
        }
        EXPECT_LT(info.from, info.to);
    }
    EXPECT_EQ(names.size(), tangent::presets().size());
    EXPECT_FALSE(tangent::presetByName("tan").has_value());
    EXPECT_GT(tangent::presetInfo(Preset::NoisyLine).noise, 0.0);
}

TEST(FunctionLabExpression, Evaluates)
{
    EXPECT_EQ(Expression("x^2 + 1")(3.0), 10.0);
    EXPECT_EQ(Expression("2*sin(x)")(0.0), 0.0);
    EXPECT_EQ(Expression("pi")(0.0), std::numbers::pi);
    EXPECT_EQ(Expression("min(x, 2)")(5.0), 2.0);
    EXPECT_EQ(Expression("x >= 0 ? x : -x")(-4.0), 4.0);
    EXPECT_EQ(Expression("ln(x)")(1.0), 0.0);
    EXPECT_TRUE(std::isinf(Expression("1/x")(0.0)));
    EXPECT_EQ(Expression("  x  ").text(), "  x  ");
    Expression moved = Expression("x*3");
    EXPECT_EQ(moved(2.0), 6.0);
}

TEST(FunctionLabExpression, ErrorsSayWhatAndWhere)
{
    const ExpressionError paren = errorOf("x^2 + 1)");
    EXPECT_STREQ(paren.what(), "unexpected ')' at position 7");
    EXPECT_EQ(paren.position(), 7U);

    EXPECT_STREQ(errorOf("sin(x").what(), "missing ')' at position 5");
    EXPECT_STREQ(errorOf("2*").what(), "unexpected end of expression at position 2");
    EXPECT_EQ(errorOf("2*").position(), 2U);
    EXPECT_STREQ(errorOf("x**2").what(), "unexpected operator '*' at position 2");
    EXPECT_STREQ(errorOf("").what(), "the expression is empty");
    EXPECT_EQ(errorOf("").position(), 0U);

    const ExpressionError unknown = errorOf("y*2");
    EXPECT_EQ(unknown.position(), 0U);
    EXPECT_EQ(std::string(unknown.what()).rfind("unknown name 'y'", 0), 0U) << unknown.what();

    const ExpressionError juxtaposed = errorOf("3x");
    EXPECT_EQ(juxtaposed.position(), 1U);
    EXPECT_NE(std::string(juxtaposed.what()).find("3*x"), std::string::npos) << juxtaposed.what();

    const ExpressionError comma = errorOf("x, 2");
    EXPECT_EQ(comma.position(), 1U);
    EXPECT_EQ(std::string(comma.what()).rfind("unexpected ',' at position 1", 0), 0U) << comma.what();

    EXPECT_NE(std::string(errorOf("sin()").what()).find("too few arguments for 'sin'"), std::string::npos);
    EXPECT_THROW(tangent::expressionFunction("sin(x))"), ExpressionError);
}

TEST(FunctionLabExpression, GarbageNeverCrashes)
{
    const char* inputs[] = { "(((", ")))", "+", "*x", "x+*", "1e", "1e999", "sin", "sin x", "x ? 1", "x : 1",
        "\"text\"", "x=2", "x^", "--x", "abs(", "max()", "1,,2", "\x01", "\xc3\xa9", "x)(x" };
    for (const char* text : inputs) {
        try {
            Expression e(text);
            (void)e(1.0);
        } catch (const ExpressionError& error) {
            EXPECT_LE(error.position(), std::string(text).size()) << text;
            EXPECT_NE(std::string(error.what()).size(), 0U) << text;
        }
    }
}

TEST(FunctionLabNumericalDerivative, HighAccuracyOnSmoothFunctions)
{
    const auto sin = [](double x) { return std::sin(x); };
    for (double x : { 0.0, 0.3, 1.0, 2.5, -4.0, 100.0 }) {
        double estimate = -1.0;
        EXPECT_NEAR(tangent::numericalDerivative(sin, x, &estimate), std::cos(x), 1e-11) << x;
        EXPECT_GE(estimate, 0.0);
        EXPECT_LT(estimate, 1e-8);
    }
    const auto exp = [](double x) { return std::exp(x); };
    EXPECT_NEAR(tangent::numericalDerivative(exp, 5.0) / std::exp(5.0), 1.0, 1e-11);
    const tangent::LabFunction cubic = tangent::expressionFunction("x^3 - 2*x");
    EXPECT_FALSE(cubic.exactDerivative);
    EXPECT_NEAR(cubic.derivative(2.0), 10.0, 1e-10); // 3 * 4 - 2
    EXPECT_NEAR(Expression("exp(x)*sin(x)").derivative(1.0), std::exp(1.0) * (std::sin(1.0) + std::cos(1.0)), 1e-11);
}

TEST(FunctionLabSampling, EvenlySpacedLikeLinspace)
{
    EXPECT_EQ(tangent::evenlySpaced(0.0, 1.0, 5), (Vec { 0, 0.25, 0.5, 0.75, 1 }));
    const Vec x = tangent::evenlySpaced(0.0, 6.0, 37);
    EXPECT_EQ(x.front(), 0.0);
    EXPECT_EQ(x.back(), 6.0);
    EXPECT_EQ(x[1], 6.0 / 36.0);
}

TEST(FunctionLabSampling, JitterIsSeededAndKeepsOrder)
{
    tangent::SampleOptions o;
    o.from = -1.0;
    o.to = 2.0;
    o.points = 200;
    o.jitter = 0.9;
    o.jitterSeed = 7;
    const auto f = tangent::presetFunction(Preset::Sin);
    const auto a = tangent::sampleFunction(f, o);
    const auto b = tangent::sampleFunction(f, o);
    EXPECT_EQ(a.x, b.x);
    EXPECT_EQ(a.x.front(), -1.0);
    EXPECT_EQ(a.x.back(), 2.0);
    for (std::size_t i = 1; i < a.x.size(); ++i)
        EXPECT_LT(a.x[i - 1], a.x[i]);
    EXPECT_NE(a.x, tangent::evenlySpaced(-1.0, 2.0, 200));
    o.jitterSeed = 8;
    EXPECT_NE(tangent::sampleFunction(f, o).x, a.x);
    for (std::size_t i = 0; i < a.x.size(); ++i) {
        EXPECT_EQ(a.y[i], std::sin(a.x[i]));
        EXPECT_EQ(a.exactDerivative[i], std::cos(a.x[i]));
    }
}

TEST(FunctionLabSampling, NoiseIsSeededGaussian)
{
    tangent::SampleOptions o;
    o.from = 0.0;
    o.to = 10.0;
    o.points = 20000;
    o.noise = 0.5;
    o.noiseSeed = 42;
    const auto f = tangent::presetFunction(Preset::NoisyLine);
    const auto a = tangent::sampleFunction(f, o);
    EXPECT_EQ(a.y, tangent::sampleFunction(f, o).y);
    o.noiseSeed = 43;
    EXPECT_NE(a.y, tangent::sampleFunction(f, o).y);
    double sum = 0.0;
    double sumSquares = 0.0;
    for (std::size_t i = 0; i < a.y.size(); ++i) {
        EXPECT_EQ(a.cleanY[i], 2.0 * a.x[i] + 1.0);
        const double e = a.y[i] - a.cleanY[i];
        sum += e;
        sumSquares += e * e;
    }
    const double n = static_cast<double>(a.y.size());
    EXPECT_NEAR(sum / n, 0.0, 0.02); // standard error 0.5 / sqrt(20000) = 0.0035
    EXPECT_NEAR(std::sqrt(sumSquares / n), 0.5, 0.5 * 0.03);
}

TEST(FunctionLabSampling, RejectsBadOptions)
{
    const auto f = tangent::presetFunction(Preset::Exp);
    tangent::SampleOptions o;
    o.points = 1;
    EXPECT_THROW(tangent::sampleFunction(f, o), std::invalid_argument);
    o = {};
    o.from = 2.0;
    EXPECT_THROW(tangent::sampleFunction(f, o), std::invalid_argument);
    o = {};
    o.jitter = 1.0;
    EXPECT_THROW(tangent::sampleFunction(f, o), std::invalid_argument);
    o = {};
    o.noise = -0.1;
    EXPECT_THROW(tangent::sampleFunction(f, o), std::invalid_argument);
}

TEST(FunctionLabConvergence, LogSpacedCountsAndSlopeFit)
{
    EXPECT_EQ(tangent::logSpacedCounts(10, 10000, 4), (std::vector<std::size_t> { 10, 100, 1000, 10000 }));
    const auto counts = tangent::logSpacedCounts(10, 10000, 16);
    EXPECT_EQ(counts.front(), 10U);
    EXPECT_EQ(counts.back(), 10000U);
    for (std::size_t i = 1; i < counts.size(); ++i)
        EXPECT_LT(counts[i - 1], counts[i]);
    // y = 3 x^-2 exactly: slope -2; non-positive entries are skipped.
    EXPECT_NEAR(tangent::logLogSlope(Vec { 1, 10, 100, 5 }, Vec { 3, 0.03, 0.0003, 0 }), -2.0, 1e-12);
    EXPECT_TRUE(std::isnan(tangent::logLogSlope(Vec { 1 }, Vec { 1 })));
}

// Edge order 1: the first-order ends dominate the global error, so it falls like 1/n; edge
// order 2 and the interior like 1/n^2.
void expectSlopes(const tangent::ConvergenceStudy& study, double tolerance, const std::string& label)
{
    EXPECT_NEAR(study.slopeEdge1, -1.0, tolerance) << label;
    EXPECT_NEAR(study.slopeEdge2, -2.0, tolerance) << label;
    EXPECT_NEAR(study.slopeInterior, -2.0, tolerance) << label;
}

TEST(FunctionLabConvergence, SlopesOneAndTwoForPresets)
{
    const auto counts = tangent::logSpacedCounts(10, 10000, 10);
    const auto exp = tangent::convergenceStudy(tangent::presetFunction(Preset::Exp), -2.0, 2.0, counts);
    ASSERT_EQ(exp.rows.size(), counts.size());
    expectSlopes(exp, 0.1, "exp");
    EXPECT_LT(exp.rows.back().maxErrorEdge2, exp.rows.back().maxErrorEdge1);
    EXPECT_DOUBLE_EQ(exp.rows.front().spacing, 4.0 / 9.0);
    expectSlopes(tangent::convergenceStudy(tangent::presetFunction(Preset::Sin), 0.0, 6.0, counts), 0.1, "sin");
}

TEST(FunctionLabConvergence, SlopesForATypedExpressionAndAJitteredGrid)
{
    const auto counts = tangent::logSpacedCounts(10, 10000, 10);
    const auto f = tangent::expressionFunction("exp(x)*sin(x) + x^2");
    expectSlopes(tangent::convergenceStudy(f, 0.3, 2.3, counts), 0.1, "typed");
    expectSlopes(
        tangent::convergenceStudy(tangent::presetFunction(Preset::Cos), 0.0, 6.0, counts, 0.5, 3), 0.2, "jittered cos");
    EXPECT_THROW(tangent::convergenceStudy(f, 0.0, 1.0, std::vector<std::size_t> { 2, 10 }), std::invalid_argument);
}

} // namespace
