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

/// The measurement update of f with noise variance 1, in Joseph's form (it keeps P positive
/// definite when the prior is far wider than the data, as the diffuse start is).
Mat2 updated(const Mat2& p)
{
    const double s = p[0] + 1.0;
    const double k0 = p[0] / s;
    const double k1 = p[2] / s;
    const Mat2 a = { 1.0 / s, 0.0, -k1, 1.0 }; // 1 − k0, without its cancellation
    Mat2 out = mul(mul(a, p), transpose(a));
    out[0] += k0 * k0;
    out[1] += k0 * k1;
    out[2] += k0 * k1;
    out[3] += k1 * k1;
    return symmetric(out);
}

// The diffuse prior on (a, b), relative to the noise variance 1: wide enough that the posterior
// hardly notices it (relative effect about 1e-8), narrow enough that the first updates, which
// cancel it, keep about eight digits.
constexpr double kDiffuse = 1e8;

} // namespace

std::vector<double> splineUnitSd(const smoothing::CleanSeries& clean, double lam)
{
    const std::size_t n = clean.size();
    const double q = 1.0 / lam;
    const double h0 = clean.x[1] - clean.x[0];
    std::vector<Mat2> filtered(n);
    std::vector<Mat2> ahead(n); // the prediction of step i from i − 1
    Mat2 p = { kDiffuse, 0.0, 0.0, kDiffuse / (h0 * h0) };
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0)
            p = predicted(p, clean.x[i] - clean.x[i - 1], q);
        ahead[i] = p;
        p = updated(p);
        filtered[i] = p;
    }
    std::vector<double> sd(n);
    Mat2 smoothed = filtered[n - 1];
    sd[n - 1] = std::sqrt(std::max(0.0, smoothed[3]));
    for (std::size_t i = n - 1; i-- > 0;) {
        const double h = clean.x[i + 1] - clean.x[i];
        const Mat2 f = { 1.0, h, 0.0, 1.0 };
        const Mat2 gain = mul(mul(filtered[i], transpose(f)), inverse(ahead[i + 1]));
        smoothed = symmetric(add(filtered[i], mul(mul(gain, sub(smoothed, ahead[i + 1])), transpose(gain))));
        sd[i] = std::sqrt(std::max(0.0, smoothed[3]));
    }
    return sd;
}

} // namespace tangent::uncertainty
