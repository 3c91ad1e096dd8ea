// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One entry point per method, on samples already cleaned of NaN rows (core/smoothing/series.h).

#include "core/smoothing/series.h"

namespace tangent::smoothing {

/// The fewest samples each method accepts.
std::size_t minimumSamples(SmoothingMethod method, const SmoothingOptions& options);

MethodRun runSavgol(const CleanSeries& clean, const SmoothingOptions& options);
MethodRun runSpline(const CleanSeries& clean, const SmoothingOptions& options);
MethodRun runTvr(const CleanSeries& clean, const SmoothingOptions& options);
MethodRun runAuto(const CleanSeries& clean, const SmoothingOptions& options);

/// The standard deviation of white noise on y, estimated from each sample against the straight
/// line through its neighbours (robustly: a median).
double estimateNoise(std::span<const double> x, std::span<const double> y);

/// The Kalman smoother runs over every row of the series (a NaN y only skips an update), so it
/// takes the series itself.
MethodRun runKalman(const Series& series, const CleanSeries& clean, const SmoothingOptions& options);

/// The Kalman band at every row of the series, for noise σ on y: σ·√(the Rauch–Tung–Striebel
/// smoothed variance of the state's `order`-th derivative, 1 or 2), as runKalman with
/// log10(q/r) = `ratio` computes it (kalmanBandSd per sample); NaN outside the measured rows.
std::vector<double> kalmanDerivativeSd(
    const Series& series, const CleanSeries& clean, double ratio, int order, double sigma);

} // namespace tangent::smoothing
