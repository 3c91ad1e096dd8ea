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

/// The filter runSavgol applies with `window`: options' order and polyorder (by default cubic,
/// but never more than a small window holds).
SavgolParams savgolParams(const SmoothingOptions& options, int window);

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

/// forEachSavgolRow on samples [from, to) of a series of `total` clean samples, from `chunk`, which
/// holds samples [base, base + chunk.size()) of it as savgolFilterRange's does (x is read only when
/// not uniform): i and first are numbered in the whole series, and the weights are the same bits.
/// Checks nothing; checkSavgol(params, total) first.
void forEachSavgolRowIn(const CleanSeries& chunk, std::size_t base, std::size_t total, const SavgolParams& params,
    const std::function<void(std::size_t, std::size_t, std::span<const double>)>& visit, std::size_t from,
    std::size_t to);

/// The first sample of the window savgol fits at sample i of a series of `total` samples.
std::size_t savgolWindowFirst(std::size_t i, std::size_t total, int window);

/// The values savgolFilter gives at samples [from, to) of a series of `total` clean samples, bit
/// for bit, computed from `chunk`, which holds samples [base, base + chunk.size()) of it (its
/// uniform and h those of the whole series): every sample the windows of [from, to) read
/// (savgolWindowFirst). Checks nothing; checkSavgol(params, total) first. Writes to out[0, to - from).
void savgolFilterRange(const CleanSeries& chunk, std::size_t base, std::size_t total, const SavgolParams& params,
    std::size_t from, std::size_t to, std::span<double> out);

/// Generalised cross-validation of the smoothing filter of one window over the interior samples
/// of a series, fed the windows it reads one at a time (those starting at 0, stride(), 2·stride()
/// ... before interior()): mean (y − ŷ)² / (1 − c₀)², c₀ the filter's centre weight (tr(H)/n in
/// the interior).
class InteriorGcv {
public:
    /// At most this many windows are read, spread evenly: enough to place the minimum.
    static constexpr std::size_t kGcvSamples = 5000;

    InteriorGcv(std::size_t n, int window, int polyorder);
    [[nodiscard]] std::size_t window() const { return m_weights.size(); }
    [[nodiscard]] std::size_t interior() const { return m_interior; }
    [[nodiscard]] std::size_t stride() const { return m_stride; }
    /// Adds the window of samples [first, first + window()) (y holds just them).
    void add(std::span<const double> y);
    [[nodiscard]] double value() const;

private:
    std::vector<double> m_weights;
    std::size_t m_interior;
    std::size_t m_stride;
    double m_rss = 0.0;
    std::size_t m_count = 0;
};

/// The window chooseSavgolWindow picks for n samples, given the GCV of any window (gcvOf, an
/// InteriorGcv's value): the streaming path computes it a pass over its rows at a time.
int chooseSavgolWindow(std::size_t n, int polyorder, int order, const std::function<double(int)>& gcvOf);

/// The window minimising generalised cross-validation of the smoothed values (see
/// docs/smoothing.md for why and how it is widened for derivatives).
int chooseSavgolWindow(const CleanSeries& clean, int polyorder, int order);

} // namespace tangent::smoothing
