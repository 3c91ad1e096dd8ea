// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/brent.h"
#include "core/smoothing/kalman/kalmanfilter.h"
#include "core/smoothing/localfit.h"
#include "core/smoothing/runners.h"

#include "core/io/numberformat.h"
#include "core/twothreads.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

// The Rauch–Tung–Striebel smoother of a constant-acceleration model (docs/smoothing.md,
// "kalman"): state (y, y', y''), white jerk of intensity q, measurement noise r = 1 on y.

namespace tangent::smoothing {
namespace {

/// Added to the maximum-likelihood log10(q/r): measured by bench/smoothing_accuracy.py's cases,
/// where the ratio best for the derivative lay 0.5 to 1 decade below the likelihood's.
constexpr double kDerivativeOffset = -0.75;

using Vec3 = KalmanVec;
using Mat3 = KalmanMat;

Mat3 transition(double h)
{
    return { { { 1.0, h, 0.5 * h * h }, { 0.0, 1.0, h }, { 0.0, 0.0, 1.0 } } };
}

/// The covariance the white jerk adds over a step h, per unit q.
Mat3 processNoise(double h)
{
    const double h2 = h * h;
    const double h3 = h2 * h;
    return { { { h3 * h2 / 20.0, h2 * h2 / 8.0, h3 / 6.0 }, { h2 * h2 / 8.0, h3 / 3.0, h2 / 2.0 },
        { h3 / 6.0, h2 / 2.0, h } } };
}

Vec3 times(const Mat3& a, const Vec3& v)
{
    Vec3 out {};
    for (std::size_t i = 0; i < 3; ++i)
        out[i] = a[i][0] * v[0] + a[i][1] * v[1] + a[i][2] * v[2];
    return out;
}

Mat3 times(const Mat3& a, const Mat3& b)
{
    Mat3 out {};
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            out[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
    return out;
}

Mat3 transposed(const Mat3& a)
{
    Mat3 out {};
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            out[i][j] = a[j][i];
    return out;
}

Mat3 inverse(const Mat3& a)
{
    Mat3 c {};
    c[0][0] = a[1][1] * a[2][2] - a[1][2] * a[2][1];
    c[0][1] = a[0][2] * a[2][1] - a[0][1] * a[2][2];
    c[0][2] = a[0][1] * a[1][2] - a[0][2] * a[1][1];
    c[1][0] = a[1][2] * a[2][0] - a[1][0] * a[2][2];
    c[1][1] = a[0][0] * a[2][2] - a[0][2] * a[2][0];
    c[1][2] = a[0][2] * a[1][0] - a[0][0] * a[1][2];
    c[2][0] = a[1][0] * a[2][1] - a[1][1] * a[2][0];
    c[2][1] = a[0][1] * a[2][0] - a[0][0] * a[2][1];
    c[2][2] = a[0][0] * a[1][1] - a[0][1] * a[1][0];
    const double det = a[0][0] * c[0][0] + a[0][1] * c[1][0] + a[0][2] * c[2][0];
    for (auto& row : c)
        for (double& v : row)
            v /= det;
    return c;
}

/// One prediction: x ← F x, P ← F P Fᵀ + q Q(h).
void predict(Vec3& x, Mat3& p, double h, double q)
{
    const Mat3 f = transition(h);
    const Mat3 noise = processNoise(h);
    x = times(f, x);
    p = times(times(f, p), transposed(f));
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            p[i][j] += q * noise[i][j];
}

/// One update with measurement y (variance r = 1). Returns the innovation and its variance.
std::pair<double, double> update(Vec3& x, Mat3& p, double y)
{
    const double innovation = y - x[0];
    const double s = p[0][0] + 1.0;
    const Vec3 gain = { p[0][0] / s, p[1][0] / s, p[2][0] / s };
    for (std::size_t i = 0; i < 3; ++i)
        x[i] += gain[i] * innovation;
    Mat3 next = p;
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            next[i][j] = p[i][j] - gain[i] * p[0][j];
    // Symmetrise: the subtraction above loses symmetry to rounding over long runs.
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < i; ++j)
            next[i][j] = next[j][i] = 0.5 * (next[i][j] + next[j][i]);
    p = next;
    return { innovation, s };
}

/// The samples the filter steps through: every row with an x, y possibly NaN.
struct Track {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<std::size_t> rows;
};

/// The prior: a quadratic fitted to the first few samples, with a variance a thousand times what
/// those samples could tell. A truly diffuse prior (variances of 1e12 and more) would leave the
/// covariances of the first steps nearly singular and the backward pass inaccurate; this one is
/// already centred on the data, so its finite width biases nothing measurably.
std::pair<Vec3, Mat3> startingPrior(std::span<const double> firstX, std::span<const double> firstY)
{
    const std::size_t m = std::min<std::size_t>(firstY.size(), 8);
    const double span = firstX[m - 1] - firstX[0];
    std::vector<double> t(m);
    for (std::size_t j = 0; j < m; ++j)
        t[j] = (firstX[j] - firstX[0]) / span;
    const LocalPolynomialFit fit(t, static_cast<int>(std::min<std::size_t>(m - 1, 2)));
    const std::vector<double> c = fit.coefficients(firstY.subspan(0, m));
    double spread = 1.0; // r = 1: the prior is wide relative to the measurement noise too
    for (std::size_t j = 0; j < m; ++j) {
        const double r = firstY[j] - LocalPolynomialFit::derivativeAt(c, t[j], 0);
        spread += r * r + (firstY[j] - firstY[0]) * (firstY[j] - firstY[0]);
    }
    const double wide = 1e3 * spread;
    Mat3 p {};
    p[0][0] = wide;
    p[1][1] = wide / (span * span);
    p[2][2] = wide / (span * span * span * span);
    const Vec3 x = { c[0], c.size() > 1 ? c[1] / span : 0.0, c.size() > 2 ? 2.0 * c[2] / (span * span) : 0.0 };
    return { x, p };
}

/// Forward filter; returns filtered states and covariances, and the log-likelihood (r profiled out).
struct Forward {
    std::vector<Vec3> x;
    std::vector<Mat3> p;
    double logLikelihood = 0.0;
};

Forward filter(const Track& track, const CleanSeries& clean, double q, bool keepStates)
{
    const std::size_t m = std::min<std::size_t>(clean.size(), 8);
    KalmanFilter kalman(clean.x.first(m), clean.y.first(m), q);
    Forward out;
    if (keepStates) {
        out.x.resize(track.x.size());
        out.p.resize(track.x.size());
    }
    for (std::size_t i = 0; i < track.x.size(); ++i) {
        kalman.step(track.x[i], track.y[i]);
        if (keepStates) {
            out.x[i] = kalman.state();
            out.p[i] = kalman.covariance();
        }
    }
    out.logLikelihood = kalman.logLikelihood();
    return out;
}

/// The RTS backward pass, in place on the filtered states.
void smoothBackward(const Track& track, Forward& f, double q)
{
    for (std::size_t i = track.x.size() - 1; i-- > 0;)
        f.x[i] = kalmanSmoothStep(f.x[i], f.p[i], f.x[i + 1], track.x[i + 1] - track.x[i], q);
}

/// The rows from the first to the last measurement (outside them the smoother would extrapolate).
Track trackOf(const Series& series, std::size_t first, std::size_t last)
{
    Track track;
    for (std::size_t i = first; i <= last; ++i) {
        const double x = series.x.empty() ? static_cast<double>(i) * series.h : series.x[i];
        if (std::isnan(x))
            continue;
        if (!track.x.empty() && !(x > track.x.back()))
            throwNotIncreasing("kalman", x, track.x.back(), i);
        track.x.push_back(x);
        track.y.push_back(series.y[i]);
        track.rows.push_back(i);
    }
    return track;
}

/// log10(q/r) by maximum likelihood: a coarse grid, then Brent around the best point. The grid
/// is centred where q·h⁵ ≈ r for the mean step h, the scale on which the model's noise balances.
double likelihoodRatio(const Track& track, const CleanSeries& clean)
{
    const double step = (clean.x.back() - clean.x.front()) / static_cast<double>(clean.size() - 1);
    // Each candidate's filter only reads the track: on a long one, two run at once.
    constexpr std::size_t kConcurrentRows = 50'000;
    return kalmanLikelihoodRatio(
        step, [&](double logRatio) { return -filter(track, clean, std::pow(10.0, logRatio), false).logLikelihood; },
        track.x.size() >= kConcurrentRows && hasSecondCore());
}

/// The RTS backward pass of the covariances, in place on the filtered covariances (the states are
/// not needed).
void smoothCovariances(const Track& track, Forward& f, double q)
{
    for (std::size_t i = track.x.size() - 1; i-- > 0;)
        f.p[i] = kalmanSmoothCovariance(f.p[i], f.p[i + 1], track.x[i + 1] - track.x[i], q);
}

/// The RTS gain of a sample with filtered covariance `filteredP` and step h to the next sample:
/// G = P Fᵀ (P⁻next)⁻¹; `predictedP` receives P⁻next = F P Fᵀ + q Q(h).
Mat3 smootherGain(const Mat3& filteredP, double h, double q, Mat3& predictedP)
{
    Vec3 unused {};
    predictedP = filteredP;
    predict(unused, predictedP, h, q);
    return times(times(filteredP, transposed(transition(h))), inverse(predictedP));
}

} // namespace

KalmanFilter::KalmanFilter(std::span<const double> firstX, std::span<const double> firstY, double q) : m_q(q)
{
    std::tie(m_x, m_p) = startingPrior(firstX, firstY);
}

void KalmanFilter::step(double x, double y)
{
    if (m_started)
        predict(m_x, m_p, x - m_lastX, m_q);
    m_started = true;
    m_lastX = x;
    if (!std::isnan(y)) {
        const auto [innovation, s] = update(m_x, m_p, y);
        if (++m_seen > 3) { // the first three mostly reflect the prior
            m_sumScaled += innovation * innovation / s;
            m_sumLogS += std::log(s);
            ++m_counted;
        }
    }
}

double KalmanFilter::logLikelihood() const
{
    const auto m = static_cast<double>(std::max<std::size_t>(m_counted, 1));
    return -0.5 * (m * std::log(m_sumScaled / m) + m_sumLogS);
}

KalmanVec kalmanSmoothStep(
    const KalmanVec& filtered, const KalmanMat& filteredP, const KalmanVec& smoothedNext, double h, double q)
{
    Mat3 predictedP {};
    const Mat3 gain = smootherGain(filteredP, h, q, predictedP);
    const Vec3 predicted = times(transition(h), filtered);
    const Vec3 correction
        = { smoothedNext[0] - predicted[0], smoothedNext[1] - predicted[1], smoothedNext[2] - predicted[2] };
    const Vec3 shift = times(gain, correction);
    Vec3 smoothed = filtered;
    for (std::size_t k = 0; k < 3; ++k)
        smoothed[k] += shift[k];
    return smoothed;
}

KalmanMat kalmanSmoothCovariance(const KalmanMat& filteredP, const KalmanMat& smoothedNextP, double h, double q)
{
    Mat3 predictedP {};
    const Mat3 gain = smootherGain(filteredP, h, q, predictedP);
    Mat3 change = smoothedNextP;
    for (std::size_t a = 0; a < 3; ++a)
        for (std::size_t b = 0; b < 3; ++b)
            change[a][b] -= predictedP[a][b];
    const Mat3 spread = times(times(gain, change), transposed(gain));
    Mat3 smoothed = filteredP;
    for (std::size_t a = 0; a < 3; ++a)
        for (std::size_t b = 0; b < 3; ++b)
            smoothed[a][b] += 0.5 * (spread[a][b] + spread[b][a]);
    return smoothed;
}

double kalmanBandSd(const KalmanMat& smoothedP, int order, double sigma)
{
    const auto k = static_cast<std::size_t>(order);
    return sigma * std::sqrt(std::max(0.0, smoothedP[k][k]));
}

double kalmanLikelihoodRatio(double step, const std::function<double(double)>& negLogLikelihood, bool concurrent)
{
    const double centre = -5.0 * std::log10(step);
    const auto cost = [&](double logRatio) {
        const double value = negLogLikelihood(logRatio);
        return std::isfinite(value) ? value : std::numeric_limits<double>::infinity();
    };
    double best = centre;
    double bestCost = cost(best);
    // Whole decades over a wide range (very smooth signals sampled densely want very small q),
    // then Brent within a decade of the best.
    std::vector<double> points; // centre - 14 ... centre + 4, stepped as a running sum
    for (double l = centre - 14.0; l <= centre + 4.0; l += 1.0)
        points.push_back(l);
    std::vector<double> costs(points.size());
    splitOverTwoThreads(0, points.size(), concurrent, [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k)
            costs[k] = cost(points[k]);
    });
    for (std::size_t k = 0; k < points.size(); ++k) {
        if (costs[k] < bestCost) {
            bestCost = costs[k];
            best = points[k];
        }
    }
    const BoundedMinimum refined = minimizeBounded(cost, best - 1.0, best + 1.0, 1e-3);
    // The likelihood fits y; the derivative is better with a smoother state (docs/smoothing.md).
    const double ratio = (refined.value <= bestCost ? refined.x : best) + kDerivativeOffset;
    // Rounded so that the provenance line, given back as --ratio, reproduces the result exactly.
    return std::round(ratio * 100.0) / 100.0;
}

std::vector<double> kalmanDerivativeSd(
    const Series& series, const CleanSeries& clean, double ratio, int order, double sigma)
{
    const Track track = trackOf(series, clean.row(0), clean.row(clean.size() - 1));
    const double q = std::pow(10.0, ratio);
    Forward f = filter(track, clean, q, true);
    smoothCovariances(track, f, q);
    std::vector<double> sd(series.y.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < track.x.size(); ++i)
        sd[track.rows[i]] = kalmanBandSd(f.p[i], order, sigma);
    return sd;
}

MethodRun runKalman(const Series& series, const CleanSeries& clean, const SmoothingOptions& options)
{
    const Track track = trackOf(series, clean.row(0), clean.row(clean.size() - 1));
    MethodRun run;
    run.used = options;
    double ratio = options.ratio.value_or(0.0);
    if (!options.ratio) {
        ratio = likelihoodRatio(track, clean);
        run.automatic = true;
    }
    const double q = std::pow(10.0, ratio);
    Forward f = filter(track, clean, q, true);
    smoothBackward(track, f, q);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    run.derivative.assign(series.y.size(), nan);
    run.smoothed.assign(series.y.size(), nan);
    for (std::size_t i = 0; i < track.x.size(); ++i) {
        const std::size_t row = track.rows[i];
        run.derivative[row] = f.x[i][static_cast<std::size_t>(options.order)];
        run.smoothed[row] = f.x[i][0];
    }
    run.used.ratio = ratio;
    run.objective = "kalman: Rauch-Tung-Striebel smoother of a constant-acceleration model (state y, y', y''; white "
                    "jerk q, noise r on y) with log10(q/r)="
        + formatDouble(ratio) + (run.automatic ? " (by maximum likelihood)" : "");
    return run;
}

} // namespace tangent::smoothing
