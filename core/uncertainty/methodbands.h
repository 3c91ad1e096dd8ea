// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The band of each method, in units of σ (σ = 1): internal to core/uncertainty.

#include "core/smoothing/series.h"
#include "core/uncertainty/uncertainty.h"

#include <vector>

namespace tangent::uncertainty {

/// numpy.gradient's rows (order `order`, composed), every row of the series.
std::vector<BandWeights> numpyWeights(const Series& series, int order, int edgeOrder);

/// √Σw² of numpy.gradient at every row, NaN where the row's stencil touches a NaN y.
std::vector<double> numpyUnitSd(const Series& series, int order, int edgeOrder);

/// numpy.gradient's weights at one row (order k: composed k times).
BandWeights numpyWeightsAt(const Series& series, int order, int edgeOrder, std::size_t row);

/// Savitzky–Golay's rows at the clean samples (indexes into `clean`).
std::vector<BandWeights> savgolWeights(const smoothing::CleanSeries& clean, const SmoothingOptions& used);

/// √Σw² of Savitzky–Golay at every clean sample; O(W) per row on uniform data (the interior rows
/// share one filter), the row's own fit otherwise.
std::vector<double> savgolUnitSd(const smoothing::CleanSeries& clean, const SmoothingOptions& used);

/// The sd of the spline's first derivative at each clean sample, for noise σ = 1.
struct SplineSd {
    std::vector<double> noise; ///< from the noise alone (the band: truth fixed, as for every method)
    std::vector<double> posterior; ///< Wahba's Bayesian posterior sd (about 2× `noise` inside)
};

/// Both sds of the spline with this λ, in O(n) (core/uncertainty/splineband.cpp).
SplineSd splineUnitSd(const smoothing::CleanSeries& clean, double lam);

} // namespace tangent::uncertainty
