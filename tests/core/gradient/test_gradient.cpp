// SPDX-License-Identifier: GPL-3.0-or-later
// tangent::gradient beyond the golden data: numpy's documented examples, exactness and
// convergence on smooth functions, and agreement between the API's entry points
// (N-D vs 1-D overloads, gradientRange, derivative, affectedRows).

#include "core/gradient/gradient.h"
#include "core/gradient/ndarray.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <span>
#include <string>
#include <vector>

namespace {

using tangent::GradientError;
using tangent::GradientErrorKind;
using tangent::GradientOptions;
using tangent::NdArray;
using tangent::Spacing;
using tangent::StridedView;

using Vec = std::vector<double>;

constexpr double kEps = std::numeric_limits<double>::epsilon();

// Bitwise equality, any NaN equal to any NaN; reports the first few differences.
void expectSameBits(const Vec& expected, const Vec& got, const std::string& label)
{
    ASSERT_EQ(expected.size(), got.size()) << label;
    int reported = 0;
    for (std::size_t i = 0; i < expected.size() && reported < 5; ++i) {
        const bool same = (std::isnan(expected[i]) && std::isnan(got[i]))
            || std::bit_cast<std::uint64_t>(expected[i]) == std::bit_cast<std::uint64_t>(got[i]);
        if (!same) {
            ++reported;
            ADD_FAILURE() << label << " index " << i << ": expected " << std::hexfloat << expected[i] << ", got "
                          << got[i] << std::defaultfloat;
        }
    }
}

Vec gradientNd(const Vec& y, const std::vector<Spacing>& spacing, int edgeOrder)
{
    GradientOptions options;
    options.spacing = spacing;
    options.edgeOrder = edgeOrder;
    const auto out = tangent::gradient(StridedView::cOrder(y.data(), { y.size() }), options);
    return out.at(0).data;
}

class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) { }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_engine); }
    Vec values(std::size_t n, double lo = -10.0, double hi = 10.0)
    {
        Vec v(n);
        for (auto& x : v) {
            x = uniform(lo, hi);
        }
        return v;
    }
    // Strictly increasing coordinates with gaps in [minGap, maxGap], starting at `start`.
    Vec coordinates(std::size_t n, double start = -3.0, double minGap = 0.05, double maxGap = 0.6)
    {
        Vec x(n);
        double at = start;
        for (auto& v : x) {
            v = at;
            at += uniform(minGap, maxGap);
        }
        return x;
    }

private:
    std::mt19937_64 m_engine;
};

// ---- numpy's documented examples ---------------------------------------------------------------
// Expectations are numpy 1.24's exact outputs (as hex); the docstring prints them rounded, which
// the EXPECT_NEARs against the printed decimals confirm.

void expectDoc(const Vec& exact, const Vec& printed, const Vec& got, const std::string& label)
{
    expectSameBits(exact, got, label);
    ASSERT_EQ(printed.size(), got.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        EXPECT_NEAR(got[i], printed[i], 1e-12) << label << " index " << i;
    }
}

TEST(GradientNumpyDocs, UniformDefaultAndScalarSpacing)
{
    const Vec f = { 1, 2, 4, 7, 11, 16 };
    expectDoc({ 1, 1.5, 2.5, 3.5, 4.5, 5 }, { 1, 1.5, 2.5, 3.5, 4.5, 5 }, tangent::gradient(f, 1.0), "default");
    expectDoc(
        { 0.5, 0.75, 1.25, 1.75, 2.25, 2.5 }, { 0.5, 0.75, 1.25, 1.75, 2.25, 2.5 }, tangent::gradient(f, 2.0), "h = 2");
    const Vec x = { 0, 1, 2, 3, 4, 5 }; // np.arange(f.size): exactly uniform
    expectDoc({ 1, 1.5, 2.5, 3.5, 4.5, 5 }, { 1, 1.5, 2.5, 3.5, 4.5, 5 }, tangent::gradient(f, x), "x = arange");
}

TEST(GradientNumpyDocs, UnevenCoordinates)
{
    const Vec f = { 1, 2, 4, 7, 11, 16 };
    const Vec x = { 0., 1., 1.5, 3.5, 4., 6. };
    // numpy prints 3. and 6.7; the bits are 3 - 1ulp and 6.7 + 2ulp.
    expectDoc({ 1, 0x1.7ffffffffffffp+1, 3.5, 0x1.acccccccccccep+2, 0x1.b999999999998p+2, 2.5 },
        { 1., 3., 3.5, 6.7, 6.9, 2.5 }, tangent::gradient(f, x), "uneven x");
}

TEST(GradientNumpyDocs, TwoDimensional)
{
    const NdArray f({ 2, 3 }, { 1, 2, 6, 3, 4, 5 });
    const auto plain = tangent::gradient(StridedView::of(f), {});
    ASSERT_EQ(plain.size(), 2U);
    expectSameBits({ 2, 2, -1, 2, 2, -1 }, plain[0].data, "axis 0");
    expectSameBits({ 1, 2.5, 4, 1, 1, 1 }, plain[1].data, "axis 1");

    GradientOptions mixed; // np.gradient(f, 2., [1., 1.5, 3.5])
    mixed.spacing = { Spacing::uniform(2.0), Spacing::coordinates({ 1., 1.5, 3.5 }) };
    const auto spaced = tangent::gradient(StridedView::of(f), mixed);
    ASSERT_EQ(spaced.size(), 2U);
    expectSameBits({ 1, 1, -0.5, 1, 1, -0.5 }, spaced[0].data, "dx = 2");
    expectDoc({ 2, 2, 2, 2, 0x1.b333333333330p+0, 0.5 }, { 2, 2, 2, 2, 1.7, 0.5 }, spaced[1].data, "y coords");

    GradientOptions axis0;
    axis0.axes = std::vector<int> { 0 };
    const auto only = tangent::gradient(StridedView::of(f), axis0);
    ASSERT_EQ(only.size(), 1U);
    expectSameBits({ 2, 2, -1, 2, 2, -1 }, only[0].data, "axis=0");
}

TEST(GradientNumpyDocs, EdgeOrderOnSquares)
{
    const Vec f = { 0, 1, 4, 9, 16 }; // x**2, x = 0..4
    expectSameBits({ 1, 2, 4, 6, 7 }, tangent::gradient(f, 1.0, 1), "edge_order=1");
    expectSameBits({ 0, 2, 4, 6, 8 }, tangent::gradient(f, 1.0, 2), "edge_order=2");
    GradientOptions defaults;
    EXPECT_EQ(defaults.edgeOrder, 1) << "numpy's default edge_order is 1";
}

// Small hand-checked examples (not from the docstring); bits from numpy 1.24.
TEST(GradientWorkedExamples, SquaresPlusOne)
{
    // g0 = 2-1, g1 = (4-1)/2, g2 = (9-2)/2, g3 = (16-4)/2, g4 = 16-9.
    expectSameBits({ 1, 1.5, 3.5, 6, 7 }, tangent::gradient(Vec { 1, 2, 4, 9, 16 }, 1.0), "[1, 2, 4, 9, 16]");
}

TEST(GradientWorkedExamples, UnevenFourPoints)
{
    const Vec x = { 5, 10, 20, 30 };
    const Vec y = { 1, 2, 4, 9 };
    // 0.2 and 0.35 as the nearest doubles; the edge-order-2 left edge is one ulp below 0.2.
    expectSameBits({ 0x1.999999999999ap-3, 0x1.999999999999ap-3, 0x1.6666666666666p-2, 0.5 },
        tangent::gradient(y, x, 1), "edge order 1");
    expectSameBits({ 0x1.9999999999999p-3, 0x1.999999999999ap-3, 0x1.6666666666666p-2, 0x1.4cccccccccccbp-1 },
        tangent::gradient(y, x, 2), "edge order 2");
}

// ---- Exactness on quadratics (edge order 2) ----------------------------------------------------

// On a dyadic grid every value, difference and coefficient is exact in double, so the
// second-order stencils give 2ax + b exactly, edges included.
TEST(GradientQuadratic, ExactOnDyadicUniformGrid)
{
    const double a = 3.0;
    const double b = -5.0;
    const double c = 7.0;
    const double h = 0.25;
    Vec x;
    Vec f;
    Vec exact;
    for (int i = 0; i < 17; ++i) {
        const double xi = -2.0 + i * h;
        x.push_back(xi);
        f.push_back(a * xi * xi + b * xi + c);
        exact.push_back(2 * a * xi + b);
    }
    expectSameBits(exact, tangent::gradient(f, h, 2), "uniform h, edge order 2");
    expectSameBits(exact, tangent::gradient(f, x, 2), "exactly uniform coordinates, edge order 2");

    // Edge order 1 keeps the exact interior, but its edges are one-sided first-order differences,
    // off by exactly a*h: the test can tell the two edge orders apart.
    const Vec first = tangent::gradient(f, h, 1);
    for (std::size_t i = 1; i + 1 < f.size(); ++i) {
        EXPECT_EQ(first[i], exact[i]) << "interior index " << i;
    }
    EXPECT_EQ(first.front(), exact.front() + a * h);
    EXPECT_EQ(first.back(), exact.back() - a * h);
}

// On an uneven grid the coefficients (e.g. -q / (p (p + q))) are not exact. Each output is a sum
// of three products of size up to about |f| * 2/dx that cancel down to f'(x); with a few
// roundings of relative size eps in each product (polynomial evaluation, coefficient, multiply,
// add) the absolute error is a small multiple of eps * max|f| / min dx. 16 leaves a margin of ~4
// over the worst case seen on 3,000 random grids in numpy, while a first-order formula would be
// off by about a * dx ~ 0.1, i.e. 10^10 times the tolerance.
TEST(GradientQuadratic, SecondOrderExactOnRandomUnevenGrids)
{
    Random random(11);
    const double a = 1.75;
    const double b = -0.5;
    const double c = 2.25;
    for (int trial = 0; trial < 200; ++trial) {
        const auto n = static_cast<std::size_t>(3 + trial % 25);
        const Vec x = random.coordinates(n);
        Vec f(n);
        double maxAbsF = 0.0;
        double minGap = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < n; ++i) {
            f[i] = a * x[i] * x[i] + b * x[i] + c;
            maxAbsF = std::max(maxAbsF, std::abs(f[i]));
            if (i > 0) {
                minGap = std::min(minGap, x[i] - x[i - 1]);
            }
        }
        const double tolerance = 16 * kEps * maxAbsF / minGap;
        const Vec g = tangent::gradient(f, x, 2);
        ASSERT_EQ(g.size(), n);
        for (std::size_t i = 0; i < n; ++i) {
            EXPECT_NEAR(g[i], 2 * a * x[i] + b, tolerance) << "trial " << trial << " n " << n << " index " << i;
        }
    }
}

// ---- Convergence on sin, interval [0.3, 1.2] (f'' and f''' nonzero at both ends) --------------

struct Errors {
    double interior = 0.0;
    double left = 0.0;
    double right = 0.0;
};

Errors sinErrors(std::size_t n, bool stretched, int edgeOrder)
{
    const double lo = 0.3;
    const double hi = 1.2;
    Vec x(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / static_cast<double>(n - 1);
        // Stretched: a smooth map of a uniform grid, so halving t's step halves every dx.
        x[i] = stretched ? lo + (hi - lo) * (t + 0.5 * t * t) / 1.5
                         : lo + static_cast<double>(i) * (hi - lo) / static_cast<double>(n - 1);
    }
    Vec f(n);
    std::transform(x.begin(), x.end(), f.begin(), [](double v) { return std::sin(v); });
    const Vec g = stretched ? tangent::gradient(f, x, edgeOrder)
                            : tangent::gradient(f, (hi - lo) / static_cast<double>(n - 1), edgeOrder);
    Errors e;
    for (std::size_t i = 0; i < n; ++i) {
        const double err = std::abs(g[i] - std::cos(x[i]));
        if (i == 0) {
            e.left = err;
        } else if (i == n - 1) {
            e.right = err;
        } else {
            e.interior = std::max(e.interior, err);
        }
    }
    return e;
}

void expectConvergence(bool stretched, int edgeOrder)
{
    // Halving the step divides an O(h^2) error by ~4 and an O(h) error by ~2.
    const double edgeRatio = edgeOrder == 2 ? 4.0 : 2.0;
    for (const std::size_t n : { 41U, 81U }) {
        const Errors coarse = sinErrors(n, stretched, edgeOrder);
        const Errors fine = sinErrors(2 * n - 1, stretched, edgeOrder);
        const std::string label = std::string(stretched ? "stretched" : "uniform") + " n " + std::to_string(n);
        EXPECT_NEAR(coarse.interior / fine.interior, 4.0, 0.3) << label << " interior";
        EXPECT_NEAR(coarse.left / fine.left, edgeRatio, 0.075 * edgeRatio) << label << " left edge";
        EXPECT_NEAR(coarse.right / fine.right, edgeRatio, 0.075 * edgeRatio) << label << " right edge";
    }
}

TEST(GradientConvergence, UniformEdgeOrder1)
{
    expectConvergence(false, 1);
}
TEST(GradientConvergence, UniformEdgeOrder2)
{
    expectConvergence(false, 2);
}
TEST(GradientConvergence, StretchedEdgeOrder1)
{
    expectConvergence(true, 1);
}
TEST(GradientConvergence, StretchedEdgeOrder2)
{
    expectConvergence(true, 2);
}

// ---- Entry points agree ------------------------------------------------------------------------

TEST(GradientOverloads, OneDimensionalEqualsNd)
{
    Random random(21);
    for (const int edge : { 1, 2 }) {
        for (const std::size_t n : { 3U, 4U, 7U, 40U }) {
            const Vec y = random.values(n);
            const Vec x = random.coordinates(n);
            const double h = random.uniform(0.01, 3.0);
            const std::string label = "edge " + std::to_string(edge) + " n " + std::to_string(n);
            expectSameBits(gradientNd(y, {}, edge), tangent::gradient(y, 1.0, edge), label + " default");
            expectSameBits(gradientNd(y, { Spacing::uniform(h) }, edge), tangent::gradient(y, h, edge), label + " h");
            expectSameBits(
                gradientNd(y, { Spacing::coordinates(x) }, edge), tangent::gradient(y, x, edge), label + " x");
        }
    }
}

// A table column is a strided 1-D line of a 2-D array: the N-D call along axis 0 must equal the
// 1-D overload on each column.
TEST(GradientOverloads, ColumnsOfA2dArrayEqualOneDimensional)
{
    Random random(22);
    const std::size_t rows = 9;
    const std::size_t cols = 4;
    const NdArray table({ rows, cols }, random.values(rows * cols));
    const Vec x = random.coordinates(rows);
    for (const int edge : { 1, 2 }) {
        GradientOptions options;
        options.axes = std::vector<int> { 0 };
        options.spacing = { Spacing::coordinates(x) };
        options.edgeOrder = edge;
        const auto out = tangent::gradient(StridedView::of(table), options);
        ASSERT_EQ(out.size(), 1U);
        for (std::size_t j = 0; j < cols; ++j) {
            Vec column(rows);
            Vec fromNd(rows);
            for (std::size_t i = 0; i < rows; ++i) {
                column[i] = table.data[i * cols + j];
                fromNd[i] = out[0].data[i * cols + j];
            }
            expectSameBits(tangent::gradient(column, x, edge), fromNd,
                "edge " + std::to_string(edge) + " column " + std::to_string(j));
        }
    }
}

TEST(GradientOverloads, OneDimensionalErrors)
{
    const Vec one = { 1.0 };
    const Vec two = { 1.0, 2.0 };
    const auto kindOf = [](const auto& call) {
        try {
            call();
        } catch (const GradientError& e) {
            EXPECT_GT(std::string(e.what()).size(), 0U);
            return e.kind();
        }
        ADD_FAILURE() << "no GradientError";
        return GradientErrorKind::BadDerivativeOrder;
    };
    EXPECT_EQ(kindOf([&] { (void)tangent::gradient(one, 1.0, 1); }), GradientErrorKind::TooFewPoints);
    EXPECT_EQ(kindOf([&] { (void)tangent::gradient(two, 1.0, 2); }), GradientErrorKind::TooFewPoints);
    EXPECT_EQ(kindOf([&] { (void)tangent::gradient(two, 1.0, 3); }), GradientErrorKind::BadEdgeOrder);
    EXPECT_EQ(kindOf([&] { (void)tangent::gradient(two, 1.0, 0); }), GradientErrorKind::BadEdgeOrder);
    EXPECT_EQ(kindOf([&] {
        (void)tangent::gradient(two, Vec { 0.0, 1.0, 2.0 }, 1);
    }),
        GradientErrorKind::CoordinateLengthMismatch);
    EXPECT_EQ(kindOf([&] { (void)tangent::gradient(one, Vec { 0.0 }, 1); }), GradientErrorKind::CoordinatesTooShort);
}

TEST(GradientSpacing, ResolveSpacingUsesNumpysExactUniformTest)
{
    const Spacing exact = Spacing::coordinates({ 1.0, 1.375, 1.75, 2.125, 2.5 });
    const auto uniform = tangent::resolveSpacing(exact, 5);
    EXPECT_TRUE(uniform.uniform);
    EXPECT_EQ(uniform.h, 0.375);

    Vec tenths(11);
    for (std::size_t i = 0; i < tenths.size(); ++i) {
        tenths[i] = static_cast<double>(i) / 10.0; // i/10: the gaps differ in their last bits
    }
    const Spacing nearly = Spacing::coordinates(tenths);
    const auto uneven = tangent::resolveSpacing(nearly, tenths.size());
    EXPECT_FALSE(uneven.uniform);
    EXPECT_EQ(uneven.x.size(), tenths.size());

    const auto scalar = tangent::resolveSpacing(Spacing::uniform(-0.5), 4);
    EXPECT_TRUE(scalar.uniform);
    EXPECT_EQ(scalar.h, -0.5);

    EXPECT_EQ(tangent::minimumPoints(1), 2U);
    EXPECT_EQ(tangent::minimumPoints(2), 3U);
    EXPECT_NO_THROW(tangent::checkEdgeOrder(1));
    EXPECT_NO_THROW(tangent::checkEdgeOrder(2));
    EXPECT_THROW(tangent::checkEdgeOrder(3), GradientError);
    EXPECT_THROW(tangent::checkLength(2, 2), GradientError);
    EXPECT_NO_THROW(tangent::checkLength(3, 2));
}

// gradientRange writes exactly out[first, last), and those values equal the full gradient.
TEST(GradientRange, EqualsSliceOfFullGradientForEveryRange)
{
    Random random(31);
    constexpr double kUntouched = -12345.5;
    for (const int edge : { 1, 2 }) {
        for (const std::size_t n : { static_cast<std::size_t>(edge + 1), std::size_t { 4 }, std::size_t { 9 } }) {
            const Vec y = random.values(n);
            const Spacing uniform = Spacing::uniform(random.uniform(0.1, 2.0));
            const Spacing coords = Spacing::coordinates(random.coordinates(n));
            for (const Spacing* spacing : { &uniform, &coords }) {
                const auto resolved = tangent::resolveSpacing(*spacing, n);
                const Vec full = spacing->isCoordinates() ? tangent::gradient(y, spacing->coords(), edge)
                                                          : tangent::gradient(y, spacing->step(), edge);
                for (std::size_t first = 0; first <= n; ++first) {
                    for (std::size_t last = first; last <= n; ++last) {
                        Vec out(n, kUntouched);
                        tangent::gradientRange(y, resolved, edge, first, last, out);
                        Vec expected(n, kUntouched);
                        std::copy(full.begin() + static_cast<std::ptrdiff_t>(first),
                            full.begin() + static_cast<std::ptrdiff_t>(last),
                            expected.begin() + static_cast<std::ptrdiff_t>(first));
                        expectSameBits(expected, out,
                            std::string(spacing->isCoordinates() ? "coordinates" : "uniform") + " edge "
                                + std::to_string(edge) + " n " + std::to_string(n) + " [" + std::to_string(first) + ", "
                                + std::to_string(last) + ")");
                    }
                }
            }
        }
    }
}

TEST(GradientDerivative, RepeatedGradient)
{
    Random random(41);
    const std::size_t n = 12;
    const Vec y = random.values(n);
    const Vec x = random.coordinates(n);
    const double h = 0.3;
    for (const int edge : { 1, 2 }) {
        const std::string label = "edge " + std::to_string(edge);
        const Vec once = tangent::gradient(y, x, edge);
        const Vec twice = tangent::gradient(once, x, edge);
        expectSameBits(once, tangent::derivative(y, Spacing::coordinates(x), edge, 1), label + " order 1");
        expectSameBits(twice, tangent::derivative(y, Spacing::coordinates(x), edge, 2), label + " order 2");
        expectSameBits(tangent::gradient(twice, x, edge), tangent::derivative(y, Spacing::coordinates(x), edge, 3),
            label + " order 3");
        const Vec uniformTwice = tangent::gradient(tangent::gradient(y, h, edge), h, edge);
        expectSameBits(uniformTwice, tangent::derivative(y, Spacing::uniform(h), edge, 2), label + " uniform order 2");
    }
    try {
        (void)tangent::derivative(y, Spacing::uniform(h), 1, 0);
        ADD_FAILURE() << "order 0 accepted";
    } catch (const GradientError& e) {
        EXPECT_EQ(e.kind(), GradientErrorKind::BadDerivativeOrder);
    }
}

// Brute force: change one y value, recompute everything, and check that every output that changed
// lies in affectedRows. The range must also stay local (at most 5 rows: a change at row 2 of a
// 5-row column with edge order 2 reaches both edges), or recomputing it would gain nothing.
TEST(GradientAffectedRows, CoversEveryChangedOutput)
{
    Random random(51);
    for (const int edge : { 1, 2 }) {
        for (std::size_t n = static_cast<std::size_t>(edge) + 1; n <= 12; ++n) {
            for (const bool coordinates : { false, true }) {
                const Vec y = random.values(n);
                const Vec x = random.coordinates(n);
                const double h = random.uniform(0.1, 2.0);
                const auto grad = [&](const Vec& v) {
                    return coordinates ? tangent::gradient(v, x, edge) : tangent::gradient(v, h, edge);
                };
                const Vec before = grad(y);
                for (std::size_t row = 0; row < n; ++row) {
                    Vec changed = y;
                    changed[row] += random.uniform(1.0, 5.0);
                    const Vec after = grad(changed);
                    const auto [first, last] = tangent::affectedRows(row, n, edge);
                    const std::string label = std::string(coordinates ? "coordinates" : "uniform") + " edge "
                        + std::to_string(edge) + " n " + std::to_string(n) + " row " + std::to_string(row);
                    EXPECT_LE(first, row) << label;
                    EXPECT_GT(last, row) << label;
                    EXPECT_LE(last, n) << label;
                    EXPECT_LE(last - first, 5U) << label;
                    for (std::size_t i = 0; i < n; ++i) {
                        if (std::bit_cast<std::uint64_t>(before[i]) != std::bit_cast<std::uint64_t>(after[i])) {
                            EXPECT_TRUE(i >= first && i < last)
                                << label << ": output " << i << " changed outside [" << first << ", " << last << ")";
                        }
                    }
                }
            }
        }
    }
}

} // namespace
