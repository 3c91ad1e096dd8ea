// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The classroom lesson on noise amplification: one noisy sample of a function differentiated by
// numpy.gradient and by every smoothing method, each measured against the exact derivative, and
// the same over a sweep of noise levels. Why differencing amplifies noise and what the methods
// trade for it is in docs/smoothing.md.

#include "core/classroom/functionlab.h"
#include "core/messages/message.h"
#include "core/smoothing/smoothing.h"

#include <atomic>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tangent {

/// The methods the lesson compares, numpy first: numpy, savgol, spline, tvr, kalman, auto.
std::span<const SmoothingMethod> lessonMethods();

/// RMSE of `derivative` against `truth` over the interior, 2.5% of the rows (rounded) left out at
/// each end, as docs/smoothing.md measures accuracy. Rows where the truth is not finite (a kink)
/// are skipped; a NaN derivative elsewhere makes the result NaN. NaN when no row is left.
double interiorRmse(std::span<const double> derivative, std::span<const double> truth);

/// The fraction of interior rows (as interiorRmse trims them, rows with a finite truth) where the
/// truth lies within derivative ± z·sd: how often a band of z standard deviations covers the
/// exact derivative. Rows with a NaN derivative or sd count as not covered. NaN when no row is left.
double interiorCoverage(
    std::span<const double> derivative, std::span<const double> sd, std::span<const double> truth, double z);

/// The band's half-width in standard deviations: a 95% interval under Gaussian noise.
inline constexpr double kBandZ = 1.96;

/// One method's first derivative of a sample and how far it is from the exact one.
struct MethodTrial {
    SmoothingMethod method = SmoothingMethod::Numpy;
    std::vector<double> derivative; ///< empty if `error` is set
    double rmse = 0.0; ///< interiorRmse against the exact derivative
    /// The uncertainty band (core/uncertainty/uncertainty.h, σ estimated from the sample): each
    /// value's standard deviation; empty when the method has none (`bandError` says why).
    std::vector<double> sd;
    double coverage = 0.0; ///< interiorCoverage at kBandZ; NaN without a band
    std::optional<Message> bandError;
    std::string provenance; ///< "numpy.gradient edge_order=1" or SmoothingResult::provenance()
    std::optional<Message> error; ///< why the method could not run on this sample (too few points, ...)
};

/// A noisy sample and every lesson method's derivative of it, in lessonMethods() order.
struct NoiseTrial {
    SampledFunction sample;
    std::vector<MethodTrial> methods;
};

/// Samples `f` with `options` (noise and seeds included) and differentiates the sample with each
/// method, x as coordinates; numpy with edge order 1; with `bands`, each method's band and its
/// coverage too. Throws std::invalid_argument as sampleFunction does. Deterministic: the same
/// options give the same numbers.
NoiseTrial noiseTrial(const LabFunction& f, const SampleOptions& options, bool bands = true);

/// RMSE per method (lessonMethods() order) per noise level: rmse[method][level]. A method that
/// cannot run at a level has NaN there.
struct NoiseSweep {
    std::vector<double> sigmas;
    std::vector<std::vector<double>> rmse;
};

/// noiseTrial at each σ of `sigmas` with otherwise the same `options`: the same noise seed, so
/// the levels differ only in the noise's scale and the lines are smooth. Stops early, returning
/// the levels done so far, once `cancel` is set.
NoiseSweep noiseSweep(const LabFunction& f, const SampleOptions& options, std::span<const double> sigmas,
    const std::atomic<bool>* cancel = nullptr);

/// `count` values from `first` to `last` (both > 0), evenly spaced on a log scale.
std::vector<double> logSpacedValues(double first, double last, std::size_t count);

/// The standard deviation of f over `options`' range (at its points, without noise): the scale
/// the lesson's noise levels are set against.
double signalScale(const LabFunction& f, const SampleOptions& options);

} // namespace tangent
