// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/banded.h"

#include "core/smoothing/smoothing.h"

#include <cmath>
#include <utility>

namespace tangent::smoothing {

void PentaFactor::factorise(const PentaBands& a)
{
    PentaBands copy = a;
    factoriseInPlace(copy);
}

void PentaFactor::factoriseInPlace(PentaBands& a)
{
    // Row i of the factor needs only row i of A and the factor's rows before it, so the factor
    // can overwrite A as it goes: D over the diagonal, L's columns over the super-diagonals.
    std::swap(m_d, a.d0);
    std::swap(m_l1, a.d1);
    std::swap(m_l2, a.d2);
    const std::size_t n = m_d.size();
    for (std::size_t i = 0; i < n; ++i) {
        double d = m_d[i];
        if (i >= 1)
            d -= m_l1[i - 1] * m_l1[i - 1] * m_d[i - 1];
        if (i >= 2)
            d -= m_l2[i - 2] * m_l2[i - 2] * m_d[i - 2];
        if (!(d > 0.0) || !std::isfinite(d))
            throw SmoothingError(Message { MessageId::NotPositiveDefinite, {}, {} });
        m_d[i] = d;
        if (i + 1 < n) {
            double off = m_l1[i];
            if (i >= 1)
                off -= m_l2[i - 1] * m_l1[i - 1] * m_d[i - 1];
            m_l1[i] = off / d;
        }
        if (i + 2 < n)
            m_l2[i] = m_l2[i] / d;
    }
    // The entries past the last row and column of L are zero, as inverseBands and solve assume.
    for (std::size_t i = n >= 2 ? n - 2 : 0; i < n; ++i) {
        m_l2[i] = 0.0;
        if (i + 1 == n)
            m_l1[i] = 0.0;
    }
}

void PentaFactor::solve(std::span<double> b) const
{
    const std::size_t n = m_d.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i >= 1)
            b[i] -= m_l1[i - 1] * b[i - 1];
        if (i >= 2)
            b[i] -= m_l2[i - 2] * b[i - 2];
    }
    for (std::size_t i = 0; i < n; ++i)
        b[i] /= m_d[i];
    for (std::size_t i = n; i-- > 0;) {
        if (i + 1 < n)
            b[i] -= m_l1[i] * b[i + 1];
        if (i + 2 < n)
            b[i] -= m_l2[i] * b[i + 2];
    }
}

// Lᵀ S = D⁻¹ L⁻¹ is upper triangular's transpose partner: on and above the diagonal it reads
// S(i, j) = δij / D(i) − L(i+1, i) S(i+1, j) − L(i+2, i) S(i+2, j), so the three central bands
// follow from the bottom row up without ever forming the rest of S.
PentaBands PentaFactor::inverseBands() const
{
    PentaBands s;
    inverseBands(s);
    return s;
}

void PentaFactor::inverseBands(PentaBands& s) const
{
    const std::size_t n = m_d.size();
    // Every entry below is written, but for the last one or two of d1 and d2, which stay 0.
    s.d0.resize(n);
    s.d1.resize(n);
    s.d2.resize(n);
    for (std::size_t i = n >= 2 ? n - 2 : 0; i < n; ++i)
        s.d1[i] = s.d2[i] = 0.0;
    for (std::size_t i = n; i-- > 0;) {
        const double l1 = i + 1 < n ? m_l1[i] : 0.0;
        const double l2 = i + 2 < n ? m_l2[i] : 0.0;
        const double s11 = i + 1 < n ? s.d0[i + 1] : 0.0; // S(i+1, i+1)
        const double s12 = i + 2 < n ? s.d1[i + 1] : 0.0; // S(i+1, i+2)
        const double s22 = i + 2 < n ? s.d0[i + 2] : 0.0; // S(i+2, i+2)
        if (i + 2 < n)
            s.d2[i] = -l1 * s12 - l2 * s22;
        if (i + 1 < n)
            s.d1[i] = -l1 * s11 - l2 * s12;
        s.d0[i] = 1.0 / m_d[i] - l1 * s.d1[i] - l2 * s.d2[i];
    }
}

} // namespace tangent::smoothing
