// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cubic smoothing spline of scipy.interpolate.make_smoothing_spline, by Reinsch's O(n)
// pentadiagonal formulation, and λ by generalised cross-validation (docs/smoothing.md, "spline").

#include "core/smoothing/series.h"

#include <span>
#include <vector>

namespace tangent::smoothing {

/// The natural cubic spline minimising Σ(yᵢ − f(xᵢ))² + λ∫f''², given by its values and second
/// derivatives at the knots x.
struct SplineFit {
    std::vector<double> f; ///< f(xᵢ)
    std::vector<double> gamma; ///< f''(xᵢ), zero at both ends
};

/// Fits the spline for λ > 0 (x strictly increasing, at least 3 points).
SplineFit fitSmoothingSpline(std::span<const double> x, std::span<const double> y, double lam);

/// The k-th derivative (k = 1..3) of the spline at the knots, as scipy's BSpline evaluates it
/// (the third derivative, piecewise constant, from the interval to the right of each knot).
std::vector<double> splineDerivative(std::span<const double> x, const SplineFit& fit, int k);

/// GCV(λ) = (1/n)·Σ(yᵢ − f(xᵢ))² / (1 − tr(A_λ)/n)², in O(n).
double splineGcv(std::span<const double> x, std::span<const double> y, double lam);

/// λ as scipy 1.10 chooses it: GCV minimised by the bounded Brent method on (0, n).
double scipyGcvLambda(std::span<const double> x, std::span<const double> y);

/// λ minimising GCV over a wide logarithmic range (what `auto` uses: scipy's linear search on
/// (0, n) cannot resolve the small λ of data whose x spans a short range).
double logGcvLambda(std::span<const double> x, std::span<const double> y);

} // namespace tangent::smoothing
