// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Symmetric positive definite pentadiagonal matrices: LDLᵀ factorisation, solves, and the central
// bands of the inverse (Hutchinson & de Hoog 1985), all O(n). Used by the spline and by tvr.

#include <cstddef>
#include <span>
#include <vector>

namespace tangent::smoothing {

/// The diagonal and the first two super-diagonals of a symmetric matrix:
/// d0[i] = A(i, i), d1[i] = A(i, i+1), d2[i] = A(i, i+2) (the last one or two entries unused).
struct PentaBands {
    std::vector<double> d0;
    std::vector<double> d1;
    std::vector<double> d2;

    explicit PentaBands(std::size_t n = 0) : d0(n, 0.0), d1(n, 0.0), d2(n, 0.0) { }
    [[nodiscard]] std::size_t size() const { return d0.size(); }
};

/// A = L D Lᵀ with L unit lower triangular of bandwidth 2.
class PentaFactor {
public:
    PentaFactor() = default;

    /// Factorises `a`; throws SmoothingError if a pivot is not positive (A not positive definite).
    explicit PentaFactor(const PentaBands& a) { factorise(a); }

    /// As the constructor, reusing this factor's storage (a search factorises many matrices of
    /// one size: fresh arrays each time cost more in page faults than the arithmetic).
    void factorise(const PentaBands& a);

    /// As factorise, in the storage of `a`, which is left holding this factor's old arrays.
    void factoriseInPlace(PentaBands& a);

    /// Overwrites b with A⁻¹ b.
    void solve(std::span<double> b) const;

    /// The diagonal and first two super-diagonals of A⁻¹.
    [[nodiscard]] PentaBands inverseBands() const;

    /// The same into `s`, reusing its storage.
    void inverseBands(PentaBands& s) const;

private:
    std::vector<double> m_d; ///< D
    std::vector<double> m_l1; ///< L(i+1, i)
    std::vector<double> m_l2; ///< L(i+2, i)
};

} // namespace tangent::smoothing
