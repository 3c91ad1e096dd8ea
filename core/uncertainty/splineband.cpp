// SPDX-License-Identifier: GPL-3.0-or-later
// The smoothing spline's Bayesian band (Wahba 1983): the cubic smoothing spline minimising
// Σ(yᵢ − f(xᵢ))² + λ∫f''² is the posterior mean of f = a + b·x + √(σ²/λ)·(integrated Wiener
// process), a and b diffuse, given yᵢ = f(xᵢ) + N(0, σ²). That prior is the state-space model
// (f, f') with white f'' of intensity q = σ²/λ (Wecker & Ansley 1983), so the posterior variance of
// f'(xᵢ) is the Rauch–Tung–Striebel smoother's covariance: O(n), where the dense posterior
// covariance σ²·(derivative rows of the hat matrix…) would cost O(n²) memory. Checked against a
// dense computation in tests/golden/make_uncertainty_golden.py. Computed for σ = 1; the band
// scales with σ (λ fixed).

#include "core/uncertainty/methodbands.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace tangent::uncertainty {
namespace {

using Mat2 = std::array<double, 4>; // row-major: a b / c d

Mat2 mul(const Mat2& a, const Mat2& b)
{
    return { a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3] };
}

Mat2 transpose(const Mat2& a)
{
    return { a[0], a[2], a[1], a[3] };
}

Mat2 add(const Mat2& a, const Mat2& b)
{
    return { a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3] };
}

Mat2 sub(const Mat2& a, const Mat2& b)
{
    return { a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3] };
}

Mat2 inverse(const Mat2& a)
{
    const double det = a[0] * a[3] - a[1] * a[2];
    return { a[3] / det, -a[1] / det, -a[2] / det, a[0] / det };
}

Mat2 symmetric(const Mat2& a)
{
    const double off = 0.5 * (a[1] + a[2]);
    return { a[0], off, off, a[3] };
}

/// P ← F P Fᵀ + q·Q(h) for the integrated Wiener process over a step h.
Mat2 predicted(const Mat2& p, double h, double q)
{
    const Mat2 f = { 1.0, h, 0.0, 1.0 };
    const Mat2 noise = { q * h * h * h / 3.0, q * h * h / 2.0, q * h * h / 2.0, q * h };
    return symmetric(add(mul(mul(f, p), transpose(f)), noise));
}

/// The measurement update of f with noise variance 1.
Mat2 updated(const Mat2& p)
{
    const double s = p[0] + 1.0;
    const double k0 = p[0] / s;
    const double k1 = p[2] / s;
    return symmetric({ p[0] - k0 * p[0], p[1] - k0 * p[1], p[2] - k1 * p[0], p[3] - k1 * p[1] });
}

/// The filtered covariance at knot 1 given y₀ and y₁ alone, with (a, b) diffuse: exactly
/// f₁ = y₁ − e₁ and f₁' = (y₁ − y₀)/h + (e₀ − e₁ − ξ)/h + ξ', ξ and ξ' the integrated noise over h.
/// Starting here instead of from a wide but finite prior keeps every digit (a prior wide enough
/// not to matter cancels to nothing in the first update).
Mat2 exactStart(double h, double q)
{
    return { 1.0, 1.0 / h, 1.0 / h, 2.0 / (h * h) + q * h / 3.0 };
}

/// The Kalman filter over the knots from knot 1 on: filtered and predicted covariances.
struct ForwardPass {
    std::vector<Mat2> filtered;
    std::vector<Mat2> ahead; ///< the prediction of knot i from knot i − 1 (from knot 2 on)
};

ForwardPass forward(std::span<const double> x, double q)
{
    const std::size_t n = x.size();
    ForwardPass pass;
    pass.filtered.resize(n);
    pass.ahead.resize(n);
    Mat2 p = exactStart(x[1] - x[0], q);
    pass.filtered[1] = p;
    for (std::size_t i = 2; i < n; ++i) {
        p = predicted(p, x[i] - x[i - 1], q);
        pass.ahead[i] = p;
        p = updated(p);
        pass.filtered[i] = p;
    }
    return pass;
}

} // namespace

std::vector<double> splineUnitSd(const smoothing::CleanSeries& clean, double lam)
{
    const std::size_t n = clean.size();
    const double q = 1.0 / lam;
    const ForwardPass pass = forward(clean.x, q);
    std::vector<double> sd(n);
    Mat2 smoothed = pass.filtered[n - 1];
    sd[n - 1] = std::sqrt(std::max(0.0, smoothed[3]));
    for (std::size_t i = n - 1; i-- > 1;) {
        const double h = clean.x[i + 1] - clean.x[i];
        const Mat2 f = { 1.0, h, 0.0, 1.0 };
        const Mat2 gain = mul(mul(pass.filtered[i], transpose(f)), inverse(pass.ahead[i + 1]));
        smoothed = symmetric(add(pass.filtered[i], mul(mul(gain, sub(smoothed, pass.ahead[i + 1])), transpose(gain))));
        sd[i] = std::sqrt(std::max(0.0, smoothed[3]));
    }
    // Knot 0 has no filtered state to smooth from (nothing is known there before y₀ and y₁). The
    // prior ∫f''² looks the same from either end, so its posterior is the filtered one at the end of
    // the mirrored knots −x[n−1], …, −x[0] (f' changes sign there; its variance does not).
    std::vector<double> mirrored(n);
    for (std::size_t i = 0; i < n; ++i)
        mirrored[i] = -clean.x[n - 1 - i];
    sd[0] = std::sqrt(std::max(0.0, forward(mirrored, q).filtered[n - 1][3]));
    return sd;
}

} // namespace tangent::uncertainty
