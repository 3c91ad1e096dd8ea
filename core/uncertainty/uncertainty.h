// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How far to trust a derivative: the standard deviation the noise on y gives each derivative
// value, propagated through the method that computed it. What the band assumes and when it is too
// narrow: docs/uncertainty.md.

#include "core/gradient/gradient.h"
#include "core/gradient/groups.h"
#include "core/smoothing/savgol.h"
#include "core/smoothing/smoothing.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace tangent {

/// Why no band can be given (total variation, an order a method has no band for, a σ that is not
/// a finite number ≥ 0, too few samples to estimate σ). what() is a sentence for the user.
class UncertaintyError : public std::invalid_argument, public MessageCarrier {
public:
    explicit UncertaintyError(Message message);
    explicit UncertaintyError(const std::string& message) : UncertaintyError(plainMessage(message)) { }
};

/// Where the noise level σ came from.
enum class SigmaSource : std::uint8_t {
    Estimated, ///< from the series itself (core/smoothing/noise.h), one σ per series
    Given, ///< by the user (--noise-sd, the recipe's noiseSd)
};

/// The standard deviation of each derivative value of one series.
struct DerivativeBand {
    std::vector<double> sd; ///< one per row of the series; NaN where the derivative is NaN
    double sigma = 0.0; ///< the noise level on y that was propagated
    SigmaSource source = SigmaSource::Estimated;

    /// "estimated from the data" or "given", for provenance lines.
    [[nodiscard]] std::string sigmaSource() const;
};

/// The noise σ of `series` (rows with NaN x or y left out): `given` when set (checked finite and
/// ≥ 0), else estimated as the window's diagnostics do. Throws UncertaintyError when it cannot be
/// estimated (fewer than 20 usable samples).
std::pair<double, SigmaSource> noiseSigma(const Series& series, std::optional<double> given);

/// The band of the derivative that `used` computes on `series`: used.method is the method that
/// actually ran (SmoothingResult::used, never Auto; Numpy for numpy.gradient, with used.order the
/// derivative order and `edgeOrder` numpy's edge_order) with every parameter set. σ is `noiseSd`
/// or estimated. For numpy, x is taken as numpy takes it (uniform when its steps are exactly
/// equal); rows whose stencil touches a NaN y get NaN. For the smoothing methods, rows left out of
/// the fit (NaN y) get the sd interpolated like their derivative, an upper bound of the exact one.
/// Throws UncertaintyError (tvr, spline orders above 1), SmoothingError or GradientError (bad data
/// or options).
DerivativeBand derivativeBand(
    const Series& series, const SmoothingOptions& used, int edgeOrder, std::optional<double> noiseSd);

/// numpy.gradient's band in units of σ (multiply by σ) on rows whose spacing is already settled
/// (numpy's uniform test made on the whole column, as a stream of rows must): √Σw² per row, NaN
/// where the row's stencil touches a NaN y. The same numbers derivativeBand gives for numpy, σ = 1;
/// on a stretch of a column, rows within 2·order of its ends are computed as if they were the
/// column's ends (a streamed derivative discards them likewise). Throws GradientError.
std::vector<double> numpyUnitSdOn(std::span<const double> y, const AxisSpacing& spacing, int order, int edgeOrder);

/// Savitzky–Golay's band in units of σ (multiply by σ) at samples [from, to) of a series of
/// `total` clean samples, from `chunk`, which holds samples [base, base + chunk.size()) of it as
/// savgolFilterRange's does (the windows of [from, to); only x is read, and only when not uniform):
/// √Σw² of each sample's weights, the numbers derivativeBand gives at the clean samples for σ = 1,
/// bit for bit. Checks nothing; checkSavgol(params, total) first. Writes out[0, to - from).
void savgolUnitSdRange(const smoothing::CleanSeries& chunk, std::size_t base, std::size_t total,
    const smoothing::SavgolParams& params, std::size_t from, std::size_t to, std::span<double> out);

/// The band of a grouped derivative (core/gradient/groups.h), in input row order.
struct GroupedBand {
    std::vector<double> sd; ///< NaN in the rows of groups too short for the method
    std::vector<double> sigma; ///< per group: the σ propagated (NaN for a short group)
    std::vector<SmoothingMethod> method; ///< per group: the method that ran (auto's choice)
    SigmaSource source = SigmaSource::Estimated;
};

/// The band of `computed` = groupedDerivative(groups, series, options), with σ `noiseSd` or
/// estimated per group: each group's band as derivativeBand gives it on the group's own rows, with
/// the parameters the method ran with on that group (computed.used; nothing is run again). Groups
/// left empty (too short) get NaN. Throws UncertaintyError naming the group when its band cannot
/// be given.
GroupedBand groupedBand(const RowGroups& groups, const Series& series, const GroupOptions& options,
    const GroupedDerivative& computed, std::optional<double> noiseSd);

/// One row of a linear method: derivative[row] = Σ weights[j] · y[rows[j]], so that its sd is
/// σ · √sumOfSquares.
struct BandWeights {
    std::size_t row = 0;
    std::vector<std::size_t> rows;
    std::vector<double> weights;
    double sumOfSquares = 0.0; ///< Σ weights[j]²
};

/// The weights numpy.gradient (order k: the gradient's rows composed k times) or Savitzky–Golay
/// applies at every row it computes, for the Explain panel. Numpy gives every row of the series
/// (rows touching a NaN y included: their value is NaN); Savitzky–Golay only the rows it fits.
/// Throws UncertaintyError for the other methods (their derivative is not a fixed weighting of y).
std::vector<BandWeights> derivativeWeights(const Series& series, const SmoothingOptions& used, int edgeOrder);

/// derivativeWeights at one row only, in O(n) time and memory whatever the window (for the Explain
/// panel's selected row): nullopt for a Savitzky–Golay row left out of the fit (NaN y; its value
/// is interpolated between its neighbours). Throws as derivativeWeights does, and
/// std::out_of_range for a row past the end.
std::optional<BandWeights> derivativeWeightsAt(
    const Series& series, const SmoothingOptions& used, int edgeOrder, std::size_t row);

} // namespace tangent
