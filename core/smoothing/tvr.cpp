// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/banded.h"
#include "core/smoothing/runners.h"

#include "core/io/numberformat.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

// Total-variation regularised differentiation (Chartrand 2011; docs/smoothing.md, "tvr"). The
// derivative u is found through its antiderivative s (u = s'): minimise
//     ½ Σ wᵢ (sᵢ − yᵢ)² + α Σⱼ |uⱼ₊₁ − uⱼ|,   uⱼ = (sⱼ₊₁ − sⱼ) / hⱼ,  wᵢ the trapezoid weights,
// which is Chartrand's ½∫(Au − f)² + α∫|u'| with the integration constant fitted rather than
// pinned to the first (noisy) sample. Each lagged-diffusivity iteration replaces |d| by
// √(d² + ε) at the previous iterate and solves one pentadiagonal system: O(n) per iteration.

namespace tangent::smoothing {
namespace {

constexpr int kDefaultIterations = 20;

/// The cross-validated α fits the curve; the derivative is better with more (bench/smoothing_accuracy.py).
constexpr double kDerivativeAlphaFactor = 1.5;

struct TvProblem {
    std::span<const double> x;
    std::span<const double> y;
    std::vector<double> weight; ///< trapezoid weights
    std::vector<double> q0, q1, q2; ///< row j of D2: the slope change at knot j+1
    double epsilon = 0.0;
    double slopeScale = 1.0; ///< range of y over range of x

    TvProblem(std::span<const double> xs, std::span<const double> ys) : x(xs), y(ys), weight(xs.size())
    {
        const std::size_t n = x.size();
        for (std::size_t i = 0; i < n; ++i) {
            const double left = i > 0 ? x[i] - x[i - 1] : 0.0;
            const double right = i + 1 < n ? x[i + 1] - x[i] : 0.0;
            weight[i] = 0.5 * (left + right);
        }
        q0.resize(n - 2);
        q1.resize(n - 2);
        q2.resize(n - 2);
        for (std::size_t j = 0; j + 2 < n; ++j) {
            q0[j] = 1.0 / (x[j + 1] - x[j]);
            q2[j] = 1.0 / (x[j + 2] - x[j + 1]);
            q1[j] = -q0[j] - q2[j];
        }
        const auto [low, high] = std::minmax_element(y.begin(), y.end());
        slopeScale = std::max(*high - *low, 1e-300) / (x[n - 1] - x[0]);
        epsilon = 1e-8 * slopeScale * slopeScale;
    }

    [[nodiscard]] double slopeChange(std::span<const double> s, std::size_t j) const
    {
        return q0[j] * s[j] + q1[j] * s[j + 1] + q2[j] * s[j + 2];
    }

    /// One lagged-diffusivity step from s (or, without s, from a uniform diffusivity).
    [[nodiscard]] std::vector<double> step(double alpha, const std::vector<double>* s) const
    {
        const std::size_t n = x.size();
        PentaBands a(n);
        for (std::size_t i = 0; i < n; ++i)
            a.d0[i] = weight[i];
        // The first step, with no iterate yet, is a quadratic smoother of the same scale.
        const double uniform = 1.0 / slopeScale;
        for (std::size_t j = 0; j + 2 < n; ++j) {
            double diffusivity = uniform;
            if (s) {
                const double d = slopeChange(*s, j);
                diffusivity = 1.0 / std::sqrt(d * d + epsilon);
            }
            const double c = alpha * diffusivity;
            const double r[3] = { q0[j], q1[j], q2[j] };
            for (std::size_t p = 0; p < 3; ++p) {
                a.d0[j + p] += c * r[p] * r[p];
                if (p + 1 < 3)
                    a.d1[j + p] += c * r[p] * r[p + 1];
            }
            a.d2[j] += c * r[0] * r[2];
        }
        std::vector<double> rhs(n);
        for (std::size_t i = 0; i < n; ++i)
            rhs[i] = weight[i] * y[i];
        PentaFactor(a).solve(rhs);
        return rhs;
    }

    [[nodiscard]] std::vector<double> solve(double alpha, int iterations) const
    {
        std::vector<double> s = step(alpha, nullptr);
        for (int k = 0; k < iterations; ++k)
            s = step(alpha, &s);
        return s;
    }
};

/// numpy.gradient's second-order formula applied to s: at a knot it weighs the two adjacent
/// slopes by the opposite spacing, so a kink in s stays a one-sample step in the derivative.
std::vector<double> slopesAtKnots(std::span<const double> x, std::span<const double> s)
{
    const std::size_t n = x.size();
    std::vector<double> d(n);
    d[0] = (s[1] - s[0]) / (x[1] - x[0]);
    d[n - 1] = (s[n - 1] - s[n - 2]) / (x[n - 1] - x[n - 2]);
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const double left = x[i] - x[i - 1];
        const double right = x[i + 1] - x[i];
        const double uLeft = (s[i] - s[i - 1]) / left;
        const double uRight = (s[i + 1] - s[i]) / right;
        d[i] = (right * uLeft + left * uRight) / (left + right);
    }
    return d;
}

} // namespace

double estimateNoise(std::span<const double> x, std::span<const double> y)
{
    // Each sample against the straight line through its neighbours: for white noise σ the
    // difference has variance σ²(1 + a² + b²). The median absolute value is robust to the signal.
    std::vector<double> scaled;
    scaled.reserve(y.size());
    for (std::size_t i = 1; i + 1 < y.size(); ++i) {
        const double left = x[i] - x[i - 1];
        const double right = x[i + 1] - x[i];
        const double a = right / (left + right);
        const double b = left / (left + right);
        scaled.push_back(std::abs(y[i] - a * y[i - 1] - b * y[i + 1]) / std::sqrt(1.0 + a * a + b * b));
    }
    if (scaled.empty())
        return 0.0;
    auto middle = scaled.begin() + static_cast<std::ptrdiff_t>(scaled.size() / 2);
    std::nth_element(scaled.begin(), middle, scaled.end());
    return *middle / 0.6744897501960817;
}

namespace {

/// Three significant digits, read back from their text so that the provenance line, given back
/// as --alpha, reproduces the result exactly.
double threeDigits(double value)
{
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, value, std::chars_format::scientific, 2);
    return parseDouble(std::string_view(text, static_cast<std::size_t>(written.ptr - text))).value_or(value);
}

/// One half of the samples (every other one from `offset`), as a problem of its own.
struct Fold {
    std::vector<double> x;
    std::vector<double> y;
    Fold(std::span<const double> xs, std::span<const double> ys, std::size_t offset)
    {
        for (std::size_t i = offset; i < xs.size(); i += 2) {
            x.push_back(xs[i]);
            y.push_back(ys[i]);
        }
    }
};

/// Squared error of the fold's fit s (linear between its samples) at the other fold's samples.
double heldOutError(
    std::span<const double> xs, std::span<const double> ys, std::size_t offset, const std::vector<double>& s)
{
    double sum = 0.0;
    for (std::size_t i = 1 - offset; i + 1 < xs.size(); i += 2) {
        if (i < 1)
            continue;
        const std::size_t left = (i - 1 - offset) / 2;
        const double w = (xs[i] - xs[i - 1]) / (xs[i + 1] - xs[i - 1]);
        const double predicted = s[left] + w * (s[left + 1] - s[left]);
        sum += (ys[i] - predicted) * (ys[i] - predicted);
    }
    return sum;
}

/// α by two-fold cross-validation: fit the even samples and predict the odd ones, and the other
/// way round, over half decades around the noise's scale. The functional is an integral in x, so
/// the α of a fold carries over to all the samples. The residual-equals-noise rule (discrepancy
/// principle) is no help here: the residual flattens out just below the noise level, so a noise
/// estimate a few percent low moves α by decades.
double crossValidatedAlpha(std::span<const double> xs, std::span<const double> ys, double noise)
{
    const std::size_t n = xs.size();
    const double span = xs[n - 1] - xs[0];
    const double centre = std::log10(std::max(noise, 1e-300) * span * span / static_cast<double>(n - 1));
    const Fold even(xs, ys, 0);
    const Fold odd(xs, ys, 1);
    const TvProblem evenProblem(even.x, even.y);
    const TvProblem oddProblem(odd.x, odd.y);
    double best = centre;
    double bestError = std::numeric_limits<double>::infinity();
    for (double l = centre - 3.0; l <= centre + 3.0; l += 0.5) {
        const double alpha = std::pow(10.0, l);
        const double error = heldOutError(xs, ys, 0, evenProblem.solve(alpha, 10))
            + heldOutError(xs, ys, 1, oddProblem.solve(alpha, 10));
        if (error < bestError) {
            bestError = error;
            best = l;
        }
    }
    return threeDigits(kDerivativeAlphaFactor * std::pow(10.0, best));
}

} // namespace

MethodRun runTvr(const CleanSeries& clean, const SmoothingOptions& options)
{
    const TvProblem problem(clean.x, clean.y);
    MethodRun run;
    run.used = options;
    double alpha = options.alpha.value_or(0.0);
    if (!options.alpha) {
        alpha = crossValidatedAlpha(clean.x, clean.y, estimateNoise(clean.x, clean.y));
        run.automatic = true;
    }
    const int iterations = options.iterations.value_or(kDefaultIterations);
    const std::vector<double> s = problem.solve(alpha, iterations);
    run.derivative = slopesAtKnots(clean.x, s);
    run.smoothed = s;
    run.used.alpha = alpha;
    run.used.iterations = iterations;
    run.objective = "tvr: the derivative u minimising alpha * sum |u(j+1) - u(j)| + 1/2 * sum w (integral of u - y)^2 "
                    "(Chartrand) with alpha="
        + formatDouble(alpha) + (run.automatic ? " (by two-fold cross-validation)" : "") + ", "
        + std::to_string(iterations) + " lagged-diffusivity iterations";
    return run;
}

} // namespace tangent::smoothing
