// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Savitzky–Golay: local least-squares polynomials, as scipy.signal.savgol_filter(mode='interp')
// on uniform x and by local QR fits in the actual x otherwise (docs/smoothing.md, "savgol").

#include "core/smoothing/series.h"

#include <functional>
#include <span>
#include <vector>

namespace tangent::smoothing {

struct SavgolParams {
    int window = 0;
    int polyorder = 3;
    int order = 1; ///< derivative order k; 0 gives the smoothed values
};

/// Throws SmoothingError unless the window is odd, at least polyorder + 2 and at most n, and
/// order ≤ polyorder < window.
void checkSavgol(const SavgolParams& params, std::size_t n);

/// The k-th derivative (or, for order 0, the smoothed value) at every sample of `clean`.
std::vector<double> savgolFilter(const CleanSeries& clean, const SavgolParams& params);

/// The weights applied at each sample (indexes into `clean`), and the value they give.
std::vector<SavgolRowWeights> savgolRowWeights(const CleanSeries& clean, const SavgolParams& params);

/// Calls `visit(i, first, weights)` for each sample i in order: the derivative there is
/// Σⱼ weights[j] · y[first + j]. Nothing is kept, so a long series costs O(W) memory.
/// Only the samples in [from, to) are visited when a range is given.
void forEachSavgolRow(const CleanSeries& clean, const SavgolParams& params,
    const std::function<void(std::size_t, std::size_t, std::span<const double>)>& visit, std::size_t from = 0,
    std::size_t to = static_cast<std::size_t>(-1));

/// The window minimising generalised cross-validation of the smoothed values (see
/// docs/smoothing.md for why and how it is widened for derivatives).
int chooseSavgolWindow(const CleanSeries& clean, int polyorder, int order);

} // namespace tangent::smoothing
