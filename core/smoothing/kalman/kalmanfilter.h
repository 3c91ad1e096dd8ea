// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Kalman smoother's steps one sample at a time (core/smoothing/kalman/kalman.cpp runs them over a
// whole track; tangent-cli's streaming path runs them over a file a block at a time), so that
// both give the same bits.

#include <array>
#include <cstddef>
#include <functional>
#include <span>

namespace tangent::smoothing {

using KalmanVec = std::array<double, 3>;
using KalmanMat = std::array<std::array<double, 3>, 3>;

/// The forward filter of the constant-acceleration model (state y, y', y''; white jerk q,
/// measurement noise r = 1), fed the track's samples in order: every row with an x from the first
/// measured row to the last, y NaN where a row only advances the state.
class KalmanFilter {
public:
    /// `firstX`, `firstY`: the first min(8, n) measured samples (the prior is fitted to them).
    KalmanFilter(std::span<const double> firstX, std::span<const double> firstY, double q);

    /// Predicts from the previous sample's x (not before the first), then updates with y unless NaN.
    void step(double x, double y);
    [[nodiscard]] const KalmanVec& state() const { return m_x; }
    [[nodiscard]] const KalmanMat& covariance() const { return m_p; }
    /// The log-likelihood of the measurements so far, r profiled out (the first three left out).
    [[nodiscard]] double logLikelihood() const;

private:
    KalmanVec m_x {};
    KalmanMat m_p {};
    double m_q;
    double m_lastX = 0.0;
    bool m_started = false;
    double m_sumScaled = 0.0;
    double m_sumLogS = 0.0;
    std::size_t m_counted = 0;
    std::size_t m_seen = 0;
};

/// One Rauch–Tung–Striebel backward step: the smoothed state at a sample from its filtered state
/// and covariance, the smoothed state at the next sample, and the step h to it.
KalmanVec kalmanSmoothStep(
    const KalmanVec& filtered, const KalmanMat& filteredP, const KalmanVec& smoothedNext, double h, double q);

/// The same step for the covariance: the smoothed covariance at a sample from its filtered
/// covariance, the smoothed covariance at the next sample and the step h to it,
/// P̂ = P + G (P̂next − P⁻next) Gᵀ with kalmanSmoothStep's gain G.
KalmanMat kalmanSmoothCovariance(const KalmanMat& filteredP, const KalmanMat& smoothedNextP, double h, double q);

/// The Kalman band at one sample: σ·√(the smoothed variance of state `order`), for noise σ on y
/// (the filter runs with r = 1, so its covariances are in units of σ²).
double kalmanBandSd(const KalmanMat& smoothedP, int order, double sigma);

/// log10(q/r) by maximum likelihood, as runKalman chooses it: `negLogLikelihood(logRatio)` is
/// minus the filter's log-likelihood at q/r = 10^logRatio over the whole track (infinity where not
/// finite); `step` is the mean x step of the measured samples. Rounded to 0.01.
/// With `concurrent`, negLogLikelihood may be called from two threads at once: the coarse grid is
/// then evaluated on two (the result is the same: every grid value is computed as on one thread
/// and the best is picked in the same order).
double kalmanLikelihoodRatio(
    double step, const std::function<double(double)>& negLogLikelihood, bool concurrent = false);

} // namespace tangent::smoothing
