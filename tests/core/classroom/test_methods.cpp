// SPDX-License-Identifier: GPL-3.0-or-later
// MATLAB-style gradient and Origin's average of slopes, on cases worked out by hand, and their
// residuals against numpy.gradient.

#include "core/classroom/methods.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using tangent::DerivativeMethod;
using tangent::Spacing;
using Vec = std::vector<double>;

// y = x^2 on the uneven grid x = [0, 1, 3, 4]: y = [0, 1, 9, 16], exact derivative [0, 2, 6, 8].
const Vec kX { 0, 1, 3, 4 };
const Vec kY { 0, 1, 9, 16 };

// numpy's weighted stencil is exact for a parabola only up to rounding, so residuals against it
// are checked to a few ulps.
void expectNear(const Vec& actual, const Vec& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        EXPECT_NEAR(actual[i], expected[i], 1e-14) << "row " << i;
}

TEST(MatlabGradient, UnevenGridByHand)
{
    // g0 = (1 - 0) / (1 - 0) = 1
    // g1 = (9 - 0) / (3 - 0) = 3       (numpy's weighted stencil gives the exact 2)
    // g2 = (16 - 1) / (4 - 1) = 5      (numpy: 6)
    // g3 = (16 - 9) / (4 - 3) = 7
    EXPECT_EQ(tangent::matlabGradient(kY, Spacing::coordinates(kX)), (Vec { 1, 3, 5, 7 }));
}

TEST(AverageSlopes, UnevenGridByHand)
{
    // Slopes: (1 - 0) / 1 = 1, (9 - 1) / 2 = 4, (16 - 9) / 1 = 7.
    // g0 = 1, g1 = 0.5 * (1 + 4) = 2.5, g2 = 0.5 * (4 + 7) = 5.5, g3 = 7.
    EXPECT_EQ(tangent::averageSlopes(kY, Spacing::coordinates(kX)), (Vec { 1, 2.5, 5.5, 7 }));
}

TEST(Methods, AllAgreeWithNumpyOnEvenSpacing)
{
    // y = [1, 2, 4, 9, 16], h = 1. Slopes 1, 2, 5, 7.
    // MATLAB: [1, (4-1)/2, (9-2)/2, (16-4)/2, 7] = [1, 1.5, 3.5, 6, 7]
    // Average: [1, (1+2)/2, (2+5)/2, (5+7)/2, 7] = [1, 1.5, 3.5, 6, 7] = numpy's edge order 1.
    const Vec y { 1, 2, 4, 9, 16 };
    const Vec expected { 1, 1.5, 3.5, 6, 7 };
    EXPECT_EQ(tangent::matlabGradient(y, Spacing::uniform(1.0)), expected);
    EXPECT_EQ(tangent::averageSlopes(y, Spacing::uniform(1.0)), expected);
    EXPECT_EQ(tangent::methodDerivative(DerivativeMethod::Numpy, y, Spacing::uniform(1.0)), expected);
    for (DerivativeMethod m : { DerivativeMethod::MatlabGradient, DerivativeMethod::AverageSlopes }) {
        const auto c = tangent::compareWithNumpy(m, y, Spacing::uniform(1.0));
        EXPECT_EQ(c.residuals, Vec(5, 0.0));
        EXPECT_EQ(c.maxAbsResidual, 0.0);
        EXPECT_EQ(c.rmsResidual, 0.0);
    }
}

TEST(Methods, UniformSpacingHalf)
{
    // h = 0.5: MATLAB interior divides by 2h = 1: g1 = (4 - 1) / 1 = 3; ends (2 - 1) / 0.5 = 2.
    const Vec y { 1, 2, 4 };
    EXPECT_EQ(tangent::matlabGradient(y, Spacing::uniform(0.5)), (Vec { 2, 3, 4 }));
    // Slopes 2 and 4: g1 = 0.5 * (2 + 4) = 3.
    EXPECT_EQ(tangent::averageSlopes(y, Spacing::uniform(0.5)), (Vec { 2, 3, 4 }));
}

TEST(Methods, ResidualsAgainstNumpyOnUnevenGrid)
{
    // numpy's interior is exact for a parabola: [1, 2, 6, 7] with first-order edges.
    const auto matlab = tangent::compareWithNumpy(DerivativeMethod::MatlabGradient, kY, Spacing::coordinates(kX));
    expectNear(matlab.residuals, Vec { 0, 1, -1, 0 });
    EXPECT_NEAR(matlab.maxAbsResidual, 1.0, 1e-14);
    ASSERT_TRUE(matlab.maxRow.has_value());
    EXPECT_TRUE(*matlab.maxRow == 1 || *matlab.maxRow == 2); // |1| and |-1|, up to rounding
    EXPECT_NEAR(matlab.rmsResidual, std::sqrt(0.5), 1e-14); // sqrt((0 + 1 + 1 + 0) / 4)

    const auto average = tangent::compareWithNumpy(DerivativeMethod::AverageSlopes, kY, Spacing::coordinates(kX));
    expectNear(average.residuals, Vec { 0, 0.5, -0.5, 0 });
    EXPECT_EQ(average.values, (Vec { 1, 2.5, 5.5, 7 }));

    // Against numpy with second-order edges (exact here: [0, 2, 6, 8]) the ends differ too.
    const auto edge2 = tangent::compareWithNumpy(DerivativeMethod::MatlabGradient, kY, Spacing::coordinates(kX), 2);
    expectNear(edge2.residuals, Vec { 1, 1, -1, -1 });
}

TEST(Methods, NaNRowsAreLeftOutOfTheSummary)
{
    const auto c
        = tangent::compareWithNumpy(DerivativeMethod::MatlabGradient, Vec { 0, NAN, 4, 9, 16 }, Spacing::uniform(1.0));
    EXPECT_TRUE(std::isnan(c.residuals[0]));
    EXPECT_EQ(c.residuals[1], 0.0); // both (4 - 0) / 2
    ASSERT_TRUE(c.maxRow.has_value());
    EXPECT_EQ(*c.maxRow, 1U);
    EXPECT_EQ(tangent::residuals(Vec { 1, 2 }, Vec { 0.5, NAN })[0], 0.5);
    EXPECT_THROW(tangent::residuals(Vec { 1, 2 }, Vec { 1 }), std::invalid_argument);
}

TEST(Methods, TwoPointsAndErrors)
{
    EXPECT_EQ(tangent::matlabGradient(Vec { 1, 3 }, Spacing::coordinates({ 0, 4 })), (Vec { 0.5, 0.5 }));
    EXPECT_EQ(tangent::averageSlopes(Vec { 1, 3 }, Spacing::uniform(2.0)), (Vec { 1, 1 }));
    EXPECT_THROW(tangent::matlabGradient(Vec { 1 }, Spacing::uniform(1.0)), tangent::GradientError);
    EXPECT_THROW(tangent::averageSlopes(Vec { 1, 2, 3 }, Spacing::coordinates({ 0, 1 })), tangent::GradientError);
    EXPECT_FALSE(tangent::methodName(DerivativeMethod::AverageSlopes).empty());
}

} // namespace
