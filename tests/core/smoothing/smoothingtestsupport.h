// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the smoothing tests: running a method on plain vectors and comparing results.

#include "core/smoothing/smoothing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
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

/// Options for `method` with every parameter left for the data to choose.
inline SmoothingOptions options(SmoothingMethod method, int order = 1)
{
    SmoothingOptions o;
    o.method = method;
    o.order = order;
    return o;
}

/// n increasing x from `start`, each step `step` times a random factor in [0.5, 1.5).
inline std::vector<double> jitteredX(std::size_t n, unsigned seed, double start, double step)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> factor(0.5, 1.5);
    std::vector<double> x(n);
    double t = start;
    for (double& v : x) {
        v = t;
        t += step * factor(rng);
    }
    return x;
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
