// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How much of numpy.gradient's derivative is noise: an estimate of the white noise on y and of the
// noise it puts into the central-difference derivative, for the window's diagnostics. See
// docs/smoothing.md ("Noise level").

#include "core/smoothing/smoothing.h"

#include <optional>
#include <span>

namespace tangent {

/// The noise of one series and of its numpy derivative.
struct NoiseLevel {
    /// Standard deviation of the noise on y: the median distance of each sample from the straight
    /// line through its two neighbours, scaled so that it estimates σ of Gaussian noise.
    double sigma = 0.0;
    /// The standard deviation that noise σ gives numpy's central differences: σ / (√2 · h), h the
    /// median step.
    double derivativeNoise = 0.0;
    /// Root mean square of the derivative's signal part: √(mean(d²) − derivativeNoise²), 0 when
    /// the noise accounts for all of it.
    double signalRms = 0.0;
    /// signalRms / derivativeNoise (infinite for noise-free data).
    double snr = 0.0;
};

/// Estimates the noise of `series` (rows with NaN x or y left out) and how much of `derivative`
/// (its numpy.gradient, same length, NaN where not computable) it explains; with no finite
/// derivative value, signalRms and snr are NaN. nullopt when fewer than 20 samples remain or x does
/// not increase.
std::optional<NoiseLevel> estimateNoiseLevel(const Series& series, std::span<const double> derivative);

} // namespace tangent
