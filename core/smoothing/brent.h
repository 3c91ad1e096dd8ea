// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Minimising a function of one variable on an interval: Brent's method without derivatives, the
// bounded variant scipy.optimize.minimize_scalar(method='Bounded') runs (docs/smoothing.md).

#include <functional>

namespace tangent::smoothing {

struct BoundedMinimum {
    double x = 0.0;
    double value = 0.0;
    int evaluations = 0;
};

/// The minimum of f on [a, b] to absolute tolerance xTolerance, with at most maxEvaluations
/// evaluations. Golden-section steps, parabolic steps where they are safe; the same decisions and
/// stopping rule as scipy's bounded minimiser, so that GCV finds scipy's λ.
BoundedMinimum minimizeBounded(
    const std::function<double(double)>& f, double a, double b, double xTolerance = 1e-5, int maxEvaluations = 500);

} // namespace tangent::smoothing
