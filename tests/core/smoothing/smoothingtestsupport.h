#pragma once
// Helpers shared by the smoothing tests: running a method on plain vectors and comparing results.

#include "core/smoothing/smoothing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tangent::smoothtest {

inline SmoothingResult run(const std::vector<double>& y, const std::vector<double>& x, SmoothingOptions options)
{
    return smoothDerivative(Series { y, x, 1.0 }, options);
}

inline SmoothingResult runUniform(const std::vector<double>& y, double h, SmoothingOptions options)
{
    return smoothDerivative(Series { y, {}, h }, options);
}

inline double maxAbs(const std::vector<double>& v)
{
    double m = 0.0;
    for (double value : v)
        m = std::max(m, std::abs(value));
    return m;
}

/// Every |actual − expected| within tolerance · max|expected|.
inline void expectRelativelyClose(
    const std::vector<double>& actual, const std::vector<double>& expected, double tolerance, const std::string& what)
{
    ASSERT_EQ(actual.size(), expected.size()) << what;
    const double bound = tolerance * std::max(maxAbs(expected), 1e-300);
    for (std::size_t i = 0; i < actual.size(); ++i)
        ASSERT_NEAR(actual[i], expected[i], bound) << what << " at row " << i;
}

/// sqrt(mean((actual − expected)²)) / sqrt(mean(expected²)).
inline double relativeRms(const std::vector<double>& actual, const std::vector<double>& expected)
{
    double error = 0.0;
    double norm = 0.0;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        error += (actual[i] - expected[i]) * (actual[i] - expected[i]);
        norm += expected[i] * expected[i];
    }
    return std::sqrt(error / norm);
}

} // namespace tangent::smoothtest
