// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A least-squares polynomial through a few points, by QR: the building block of Savitzky–Golay.

#include <cstddef>
#include <span>
#include <vector>

namespace tangent::smoothing {

/// The least-squares polynomial of degree P through points at positions t (already centred and
/// scaled to about [-1, 1], so that the Vandermonde matrix is well conditioned). The QR
/// factorisation is computed once; fits of several y and weights at several t reuse it.
class LocalPolynomialFit {
public:
    LocalPolynomialFit(std::span<const double> t, int degree);

    /// The polynomial's coefficients c₀..c_P (in powers of t) fitted to y (one value per t).
    [[nodiscard]] std::vector<double> coefficients(std::span<const double> y) const;

    /// The weights w with Σ wⱼ yⱼ = the k-th derivative (in t) at `t` of the polynomial fitted to y.
    [[nodiscard]] std::vector<double> weightsAt(double t, int k) const;

    /// The k-th derivative (in t) at `t` of the polynomial with coefficients c.
    static double derivativeAt(std::span<const double> c, double t, int k);

private:
    /// d^k/dt^k of t^p at t, for p = 0..P.
    [[nodiscard]] std::vector<double> derivativeRow(double t, int k) const;

    std::size_t m_rows;
    std::size_t m_cols;
    std::vector<double> m_q; ///< m_rows × m_cols, column-major, orthonormal columns
    std::vector<double> m_r; ///< m_cols × m_cols, upper triangular, row-major
};

} // namespace tangent::smoothing
