// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/spline.h"

#include "core/io/numberformat.h"
#include "core/smoothing/banded.h"
#include "core/smoothing/brent.h"
#include "core/smoothing/runners.h"

#include <cmath>
#include <limits>

namespace tangent::smoothing {
namespace {

/// Reinsch's matrices for knots x: Q (n × n−2, three entries per column) and R (tridiagonal).
/// Column j of Q has q0 at row j, q1 at row j+1, q2 at row j+2; it is the second divided
/// difference at knot j+1.
struct Reinsch {
    std::vector<double> q0, q1, q2;
    PentaBands r; ///< R (only d0, d1 used)
    PentaBands qtq; ///< QᵀQ

    explicit Reinsch(std::span<const double> x) : r(x.size() - 2), qtq(x.size() - 2)
    {
        const std::size_t m = x.size() - 2;
        q0.resize(m);
        q1.resize(m);
        q2.resize(m);
        for (std::size_t j = 0; j < m; ++j) {
            const double left = x[j + 1] - x[j];
            const double right = x[j + 2] - x[j + 1];
            q0[j] = 1.0 / left;
            q1[j] = -1.0 / left - 1.0 / right;
            q2[j] = 1.0 / right;
            r.d0[j] = (left + right) / 3.0;
            r.d1[j] = right / 6.0;
        }
        for (std::size_t j = 0; j < m; ++j) {
            qtq.d0[j] = q0[j] * q0[j] + q1[j] * q1[j] + q2[j] * q2[j];
            if (j + 1 < m)
                qtq.d1[j] = q1[j] * q0[j + 1] + q2[j] * q1[j + 1];
            if (j + 2 < m)
                qtq.d2[j] = q2[j] * q0[j + 2];
        }
    }

    [[nodiscard]] PentaBands system(double lam) const
    {
        PentaBands m(r.size());
        system(lam, m);
        return m;
    }

    /// The same into `m`, every entry written.
    void system(double lam, PentaBands& m) const
    {
        m.d0.resize(r.size());
        m.d1.resize(r.size());
        m.d2.resize(r.size());
        for (std::size_t j = 0; j < m.size(); ++j) {
            m.d0[j] = r.d0[j] + lam * qtq.d0[j];
            m.d1[j] = r.d1[j] + lam * qtq.d1[j];
            m.d2[j] = lam * qtq.d2[j];
        }
    }

    [[nodiscard]] std::vector<double> qty(std::span<const double> y) const
    {
        std::vector<double> out(q0.size());
        for (std::size_t j = 0; j < out.size(); ++j)
            out[j] = q0[j] * y[j] + q1[j] * y[j + 1] + q2[j] * y[j + 2];
        return out;
    }

    /// Q γ, a vector of n.
    [[nodiscard]] std::vector<double> qTimes(std::span<const double> g) const
    {
        std::vector<double> out(g.size() + 2, 0.0);
        for (std::size_t j = 0; j < g.size(); ++j) {
            out[j] += q0[j] * g[j];
            out[j + 1] += q1[j] * g[j];
            out[j + 2] += q2[j] * g[j];
        }
        return out;
    }
};

/// The residual y − f = λ Q γ and γ, for one λ.
struct ReinschSolution {
    std::vector<double> gamma; ///< interior second derivatives
    std::vector<double> residual;
};

ReinschSolution solveReinsch(const Reinsch& reinsch, const PentaFactor& factor, std::span<const double> y, double lam)
{
    ReinschSolution s;
    s.gamma = reinsch.qty(y);
    factor.solve(s.gamma);
    s.residual = reinsch.qTimes(s.gamma);
    for (double& v : s.residual)
        v *= lam;
    return s;
}

} // namespace

SplineFit fitSmoothingSpline(std::span<const double> x, std::span<const double> y, double lam)
{
    const Reinsch reinsch(x);
    const PentaFactor factor(reinsch.system(lam));
    const ReinschSolution s = solveReinsch(reinsch, factor, y, lam);
    SplineFit fit;
    fit.f.resize(y.size());
    for (std::size_t i = 0; i < y.size(); ++i)
        fit.f[i] = y[i] - s.residual[i];
    fit.gamma.assign(y.size(), 0.0);
    for (std::size_t j = 0; j < s.gamma.size(); ++j)
        fit.gamma[j + 1] = s.gamma[j];
    return fit;
}

std::vector<double> splineDerivative(std::span<const double> x, const SplineFit& fit, int k)
{
    const std::size_t n = x.size();
    const std::vector<double>& f = fit.f;
    const std::vector<double>& g = fit.gamma;
    std::vector<double> d(n);
    if (k == 2)
        return g;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const double h = x[i + 1] - x[i];
        d[i] = k == 1 ? (f[i + 1] - f[i]) / h - h * (2.0 * g[i] + g[i + 1]) / 6.0 : (g[i + 1] - g[i]) / h;
    }
    const double h = x[n - 1] - x[n - 2];
    d[n - 1] = k == 1 ? (f[n - 1] - f[n - 2]) / h + h * (g[n - 2] + 2.0 * g[n - 1]) / 6.0 : d[n - 2];
    return d;
}

namespace {

/// GCV for many λ on the same data: the matrices that do not depend on λ are built once.
class GcvEvaluator {
public:
    GcvEvaluator(std::span<const double> x, std::span<const double> y)
        : m_reinsch(x), m_y(y), m_qty(m_reinsch.qty(y)), m_system(m_qty.size())
    {
    }

    double operator()(double lam) const
    {
        // The arrays are reused from one λ to the next: the search evaluates dozens.
        m_reinsch.system(lam, m_system);
        PentaFactor& factor = m_factor;
        factor.factoriseInPlace(m_system); // m_system is left with the previous factor's arrays
        std::vector<double>& gamma = m_gamma;
        gamma.assign(m_qty.begin(), m_qty.end());
        factor.solve(gamma);
        // y − f = λ·Qγ, summed without storing it.
        const std::size_t m = gamma.size();
        double rss = 0.0;
        for (std::size_t i = 0; i < m + 2; ++i) {
            double r = 0.0;
            if (i < m)
                r += m_reinsch.q0[i] * gamma[i];
            if (i >= 1 && i - 1 < m)
                r += m_reinsch.q1[i - 1] * gamma[i - 1];
            if (i >= 2)
                r += m_reinsch.q2[i - 2] * gamma[i - 2];
            rss += (lam * r) * (lam * r);
        }
        // n − tr(A) = λ·tr(M⁻¹QᵀQ), which needs only the three central bands of M⁻¹.
        factor.inverseBands(m_system); // the system is spent: its arrays take the inverse's bands
        const PentaBands& inverse = m_system;
        const PentaBands& qtq = m_reinsch.qtq;
        double trace = 0.0;
        for (std::size_t j = 0; j < m; ++j)
            trace += inverse.d0[j] * qtq.d0[j] + 2.0 * inverse.d1[j] * qtq.d1[j] + 2.0 * inverse.d2[j] * qtq.d2[j];
        const auto n = static_cast<double>(m_y.size());
        const double free = lam * trace / n; // 1 − tr(A)/n
        return rss / n / (free * free);
    }

private:
    Reinsch m_reinsch;
    std::span<const double> m_y;
    std::vector<double> m_qty;
    // Work arrays of one evaluation, kept for the next (m_system holds the system, then the bands
    // of its inverse).
    mutable PentaBands m_system;
    mutable PentaFactor m_factor;
    mutable std::vector<double> m_gamma;
};

} // namespace

double splineGcv(std::span<const double> x, std::span<const double> y, double lam)
{
    return GcvEvaluator(x, y)(lam);
}

double scipyGcvLambda(std::span<const double> x, std::span<const double> y)
{
    const GcvEvaluator evaluator(x, y);
    const auto gcv = [&](double lam) {
        try {
            return evaluator(lam);
        } catch (const SmoothingError&) {
            // Too extreme a λ for double precision; scipy raises here, Tangent looks elsewhere.
            return std::numeric_limits<double>::infinity();
        }
    };
    return minimizeBounded(gcv, 0.0, static_cast<double>(y.size())).x;
}

double logGcvLambda(std::span<const double> x, std::span<const double> y)
{
    // λ has units of x³ (the penalty ∫f''² has 1/x³ relative to Σ(y − f)²): scale the search by the
    // mean spacing cubed so that the range below fits any units.
    const double h = (x.back() - x.front()) / static_cast<double>(x.size() - 1);
    const double unit = h * h * h;
    const GcvEvaluator evaluator(x, y);
    const auto gcv = [&](double logLam) {
        try {
            return evaluator(unit * std::pow(10.0, logLam));
        } catch (const SmoothingError&) {
            return std::numeric_limits<double>::infinity();
        }
    };
    // A coarse grid first (GCV can have several local minima), then Brent around the best.
    double bestLog = -4.0;
    double best = gcv(bestLog);
    for (double l = -3.5; l <= 14.0; l += 0.5) {
        const double value = gcv(l);
        if (value < best) {
            best = value;
            bestLog = l;
        }
    }
    const BoundedMinimum refined = minimizeBounded(gcv, bestLog - 0.5, bestLog + 0.5, 1e-3);
    return unit * std::pow(10.0, refined.value <= best ? refined.x : bestLog);
}

MethodRun runSpline(const CleanSeries& clean, const SmoothingOptions& options)
{
    MethodRun run;
    run.used = options;
    double lam = options.lam.value_or(0.0);
    if (!options.lam) {
        lam = scipyGcvLambda(clean.x, clean.y);
        run.automatic = true;
    }
    const SplineFit fit = fitSmoothingSpline(clean.x, clean.y, lam);
    run.derivative = splineDerivative(clean.x, fit, options.order);
    run.smoothed = fit.f;
    run.used.lam = lam;
    run.objective
        = "spline: the natural cubic spline f minimising sum (y - f(x))^2 + lam * integral f''(x)^2 dx with lam="
        + formatDouble(lam) + (run.automatic ? " (by generalised cross-validation)" : "")
        + ", differentiated at each x";
    return run;
}

} // namespace tangent::smoothing
