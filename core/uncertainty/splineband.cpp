// SPDX-License-Identifier: GPL-3.0-or-later
// The smoothing spline's band in O(n). The cubic smoothing spline minimising
// Σ(yᵢ − f(xᵢ))² + λ∫f''² is the posterior mean of f = a + b·x + √(σ²/λ)·(integrated Wiener
// process), a and b diffuse, given yᵢ = f(xᵢ) + N(0, σ²) (Wahba 1978). That prior is the
// state-space model (f, f') with white f'' of intensity q = σ²/λ (Wecker & Ansley 1983), so a
// Kalman filter and Rauch–Tung–Striebel smoother over the knots reproduce the spline, and carry:
// - the band: the covariance of the smoothed estimate from the noise alone (the truth fixed, as
//   for numpy and Savitzky–Golay), i.e. σ²·Σⱼ Sᵢⱼ² for the spline's derivative map S, without
//   forming S (n² numbers);
// - Wahba's Bayesian posterior variance, which in the interior is about four times the above
//   (the equivalent kernel's ∫ω²K̂ / ∫ω²K̂²), and measured far too wide for the derivative
//   (bench/uncertainty.py: coverage 1.00); kept for comparison and tested.
// Both are checked against dense computations in tests/golden/make_uncertainty_golden.py. Computed
// for σ = 1; they scale with σ (λ fixed).

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
/// not to matter cancels to nothing in the first update). The filtered estimate there is
/// (y₁, (y₁ − y₀)/h), whose noise alone has covariance `noiseStart`.
Mat2 exactStart(double h, double q)
{
    return { 1.0, 1.0 / h, 1.0 / h, 2.0 / (h * h) + q * h / 3.0 };
}

Mat2 noiseStart(double h)
{
    return { 1.0, 1.0 / h, 1.0 / h, 2.0 / (h * h) };
}

/// The Kalman filter over the knots from knot 1 on. Besides the posterior covariances it carries
/// the filtered estimate's dependence on the noise: x̂ᵢ = Aᵢ x̂ᵢ₋₁ + Kᵢ eᵢ, so with the truth fixed
/// its covariance is Vᵢ = Aᵢ Vᵢ₋₁ Aᵢᵀ + Kᵢ Kᵢᵀ.
struct ForwardPass {
    std::vector<Mat2> filtered; ///< posterior covariance given y₀..yᵢ
    std::vector<Mat2> ahead; ///< the prediction of knot i from knot i − 1 (from knot 2 on)
    std::vector<Mat2> step; ///< Aᵢ = (I − Kᵢ H) Fᵢ (from knot 2 on)
    std::vector<Mat2> noise; ///< Vᵢ
};

ForwardPass forward(std::span<const double> x, double q)
{
    const std::size_t n = x.size();
    ForwardPass pass;
    pass.filtered.resize(n);
    pass.ahead.resize(n);
    pass.step.resize(n);
    pass.noise.resize(n);
    Mat2 p = exactStart(x[1] - x[0], q);
    Mat2 v = noiseStart(x[1] - x[0]);
    pass.filtered[1] = p;
    pass.noise[1] = v;
    for (std::size_t i = 2; i < n; ++i) {
        const double h = x[i] - x[i - 1];
        p = predicted(p, h, q);
        pass.ahead[i] = p;
        const double s = p[0] + 1.0;
        const double k0 = p[0] / s;
        const double k1 = p[2] / s;
        const Mat2 a = mul({ 1.0 - k0, 0.0, -k1, 1.0 }, { 1.0, h, 0.0, 1.0 });
        pass.step[i] = a;
        v = symmetric(add(mul(mul(a, v), transpose(a)), { k0 * k0, k0 * k1, k0 * k1, k1 * k1 }));
        pass.noise[i] = v;
        p = updated(p);
        pass.filtered[i] = p;
    }
    return pass;
}

} // namespace

SplineSd splineUnitSd(const smoothing::CleanSeries& clean, double lam)
{
    const std::size_t n = clean.size();
    const double q = 1.0 / lam;
    const ForwardPass pass = forward(clean.x, q);
    SplineSd sd;
    sd.noise.resize(n);
    sd.posterior.resize(n);
    const auto root = [](double v) { return std::sqrt(std::max(0.0, v)); };
    // At the last knot the smoothed estimate is the filtered one: L = I, W = V.
    Mat2 smoothed = pass.filtered[n - 1];
    Mat2 spread = pass.noise[n - 1]; // W: the smoothed estimate's covariance from the noise alone
    Mat2 carried = { 1.0, 0.0, 0.0, 1.0 }; // L: x̂ˢᵢ = L x̂ᵢ + (noise after knot i)
    sd.posterior[n - 1] = root(smoothed[3]);
    sd.noise[n - 1] = root(spread[3]);
    for (std::size_t i = n - 1; i-- > 1;) {
        const double h = clean.x[i + 1] - clean.x[i];
        const Mat2 f = { 1.0, h, 0.0, 1.0 };
        const Mat2 gain = mul(mul(pass.filtered[i], transpose(f)), inverse(pass.ahead[i + 1]));
        smoothed = symmetric(add(pass.filtered[i], mul(mul(gain, sub(smoothed, pass.ahead[i + 1])), transpose(gain))));
        sd.posterior[i] = root(smoothed[3]);
        // x̂ˢᵢ = (I − G F) x̂ᵢ + G x̂ˢᵢ₊₁, and Cov(x̂ˢᵢ₊₁, x̂ᵢ) = Lᵢ₊₁ Aᵢ₊₁ Vᵢ.
        const Mat2 keep = sub({ 1.0, 0.0, 0.0, 1.0 }, mul(gain, f));
        const Mat2 cross = mul(mul(carried, pass.step[i + 1]), pass.noise[i]);
        const Mat2 mixed = mul(mul(keep, transpose(cross)), transpose(gain));
        spread = symmetric(
            add(add(mul(mul(keep, pass.noise[i]), transpose(keep)), mul(mul(gain, spread), transpose(gain))),
                add(mixed, transpose(mixed))));
        sd.noise[i] = root(spread[3]);
        carried = add(keep, mul(mul(gain, carried), pass.step[i + 1]));
    }
    // Knot 0 has no filtered state to smooth from (nothing is known there before y₀ and y₁). The
    // penalty ∫f''² looks the same from either end, so knot 0 is the last knot of the mirrored
    // knots −x[n−1], …, −x[0], where smoothed is filtered (f' changes sign; its variance does not).
    std::vector<double> mirrored(n);
    for (std::size_t i = 0; i < n; ++i)
        mirrored[i] = -clean.x[n - 1 - i];
    const ForwardPass back = forward(mirrored, q);
    sd.posterior[0] = root(back.filtered[n - 1][3]);
    sd.noise[0] = root(back.noise[n - 1][3]);
    return sd;
}

} // namespace tangent::uncertainty
