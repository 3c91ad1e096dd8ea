// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/runners.h"
#include "core/smoothing/spline.h"

#include <array>
#include <cmath>
#include <limits>

// `auto`: every method with its own automatic parameter is scored by two-fold cross-validation
// (fit the even samples, predict the odd ones, and the other way round); the method that predicts
// the held-out data best is run on all of it (docs/smoothing.md, "auto").

namespace tangent::smoothing {
namespace {

/// GCV's λ fits the curve; the derivative was best with about three times more smoothing over the
/// accuracy benchmark's cases (docs/smoothing.md, "auto").
constexpr double kDerivativeLambdaFactor = 3.0;

/// The spline in auto takes λ from a logarithmic GCV search (scipy's linear one is for parity).
MethodRun runSplineForAuto(const CleanSeries& clean, const SmoothingOptions& options)
{
    SmoothingOptions chosen = options;
    chosen.method = SmoothingMethod::Spline;
    chosen.lam = kDerivativeLambdaFactor * logGcvLambda(clean.x, clean.y);
    MethodRun run = runSpline(clean, chosen);
    run.automatic = true;
    return run;
}

MethodRun runCandidate(SmoothingMethod method, const CleanSeries& clean, const SmoothingOptions& options)
{
    SmoothingOptions o;
    o.method = method;
    o.order = options.order;
    o.smoothedCurve = true; // the cross-validation compares smoothed curves
    switch (method) {
    case SmoothingMethod::Savgol:
        return runSavgol(clean, o);
    case SmoothingMethod::Spline:
        return runSplineForAuto(clean, o);
    case SmoothingMethod::Tvr:
        return runTvr(clean, o);
    default:
        return runKalman(Series { clean.y, clean.x, 1.0 }, clean, o);
    }
}

/// Every `stride`-th sample from `offset` on.
CleanSeries decimated(const CleanSeries& clean, std::size_t offset, std::size_t stride)
{
    std::vector<double> x;
    std::vector<double> y;
    for (std::size_t i = offset; i < clean.size(); i += stride) {
        x.push_back(clean.x[i]);
        y.push_back(clean.y[i]);
    }
    return CleanSeries::owning(std::move(x), std::move(y), clean.uniform, static_cast<double>(stride) * clean.h);
}

CleanSeries everyOther(const CleanSeries& clean, std::size_t offset)
{
    return decimated(clean, offset, 2);
}

/// The cross-validation compares methods on at most this many samples: the choice depends on the
/// signal's shape, not on n, and every candidate's own parameter search is at least O(n).
constexpr std::size_t kMaxChoiceSamples = 20000;

/// Mean squared error of the fold's smoothed curve (linear between its samples) at the other
/// fold's samples inside its range.
double predictionError(const CleanSeries& clean, std::size_t offset, const std::vector<double>& smoothed)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t i = 1 - offset; i < clean.size(); i += 2) {
        if (i < offset || i + 1 >= clean.size())
            continue;
        const std::size_t left = (i - offset) / 2;
        const double w = (clean.x[i] - clean.x[i - 1]) / (clean.x[i + 1] - clean.x[i - 1]);
        const double predicted = smoothed[left] + w * (smoothed[left + 1] - smoothed[left]);
        sum += (clean.y[i] - predicted) * (clean.y[i] - predicted);
        ++count;
    }
    return count > 0 ? sum / static_cast<double>(count) : std::numeric_limits<double>::infinity();
}

double crossValidation(SmoothingMethod method, const CleanSeries& clean, const SmoothingOptions& options)
{
    double total = 0.0;
    for (std::size_t offset = 0; offset < 2; ++offset) {
        const CleanSeries half = everyOther(clean, offset);
        // A fold too short for the method cannot score it (and some methods' set-up assumes the
        // minimum they are checked against when called on their own).
        if (half.size() < minimumSamples(method, options))
            return std::numeric_limits<double>::infinity();
        try {
            total += predictionError(clean, offset, runCandidate(method, half, options).smoothed);
        } catch (const SmoothingError&) {
            return std::numeric_limits<double>::infinity();
        }
    }
    return total;
}

} // namespace

MethodRun runAuto(const CleanSeries& clean, const SmoothingOptions& options)
{
    // In the order their own automatic parameters proved most reliable (each against the best of
    // its parameter grid in bench/smoothing_accuracy.py): a near tie goes to the first.
    constexpr std::array<SmoothingMethod, 4> kCandidates
        = { SmoothingMethod::Savgol, SmoothingMethod::Kalman, SmoothingMethod::Tvr, SmoothingMethod::Spline };
    // Held-out errors within 1% (RMS) of the best are a tie: they are mostly the noise itself.
    constexpr double kTie = 1.01;
    std::array<double, kCandidates.size()> rms {};
    std::string scores;
    const std::size_t stride = (clean.size() + kMaxChoiceSamples - 1) / kMaxChoiceSamples;
    const CleanSeries sample = stride > 1 ? decimated(clean, 0, stride) : CleanSeries();
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        rms[k] = std::numeric_limits<double>::infinity();
        if (options.order > 1 && kCandidates[k] == SmoothingMethod::Tvr)
            continue;
        rms[k] = std::sqrt(stride > 1 ? crossValidation(kCandidates[k], sample, options)
                                      : crossValidation(kCandidates[k], clean, options));
        scores += (scores.empty() ? "" : ", ") + std::string(methodName(kCandidates[k])) + " " + std::to_string(rms[k]);
        best = std::min(best, rms[k]);
    }
    std::size_t chosen = 0;
    while (chosen + 1 < kCandidates.size() && !(rms[chosen] <= kTie * best))
        ++chosen;
    MethodRun run = runCandidate(kCandidates[chosen], clean, options);
    run.automatic = true;
    run.objective = "auto: chose " + std::string(methodName(kCandidates[chosen]))
        + " by two-fold cross-validation of the smoothed curve (held-out RMS error: " + scores
        + "; within 1% of the best counts as a tie, decided in the order savgol, kalman, tvr, spline); "
        + run.objective;
    return run;
}

} // namespace tangent::smoothing
