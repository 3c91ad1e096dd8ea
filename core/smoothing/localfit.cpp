// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/localfit.h"

#include <cmath>

namespace tangent::smoothing {

// Gram–Schmidt with a second orthogonalisation pass ("twice is enough"): as accurate as
// Householder QR for the small, well-scaled Vandermonde matrices used here, and simpler to apply.
LocalPolynomialFit::LocalPolynomialFit(std::span<const double> t, int degree)
    : m_rows(t.size()), m_cols(static_cast<std::size_t>(degree) + 1), m_q(m_rows * m_cols), m_r(m_cols * m_cols, 0.0)
{
    for (std::size_t p = 0; p < m_cols; ++p) {
        double* column = &m_q[p * m_rows];
        for (std::size_t j = 0; j < m_rows; ++j)
            column[j] = std::pow(t[j], static_cast<double>(p));
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t q = 0; q < p; ++q) {
                const double* basis = &m_q[q * m_rows];
                double dot = 0.0;
                for (std::size_t j = 0; j < m_rows; ++j)
                    dot += basis[j] * column[j];
                for (std::size_t j = 0; j < m_rows; ++j)
                    column[j] -= dot * basis[j];
                m_r[q * m_cols + p] += dot;
            }
        }
        double norm = 0.0;
        for (std::size_t j = 0; j < m_rows; ++j)
            norm += column[j] * column[j];
        norm = std::sqrt(norm);
        m_r[p * m_cols + p] = norm;
        for (std::size_t j = 0; j < m_rows; ++j)
            column[j] /= norm;
    }
}

std::vector<double> LocalPolynomialFit::coefficients(std::span<const double> y) const
{
    // c = R⁻¹ Qᵀ y
    std::vector<double> c(m_cols, 0.0);
    for (std::size_t p = 0; p < m_cols; ++p) {
        double dot = 0.0;
        for (std::size_t j = 0; j < m_rows; ++j)
            dot += m_q[p * m_rows + j] * y[j];
        c[p] = dot;
    }
    for (std::size_t p = m_cols; p-- > 0;) {
        double sum = c[p];
        for (std::size_t q = p + 1; q < m_cols; ++q)
            sum -= m_r[p * m_cols + q] * c[q];
        c[p] = sum / m_r[p * m_cols + p];
    }
    return c;
}

std::vector<double> LocalPolynomialFit::derivativeRow(double t, int k) const
{
    std::vector<double> e(m_cols, 0.0);
    for (auto p = static_cast<std::size_t>(k); p < m_cols; ++p) {
        double factor = 1.0;
        for (std::size_t i = 0; i < static_cast<std::size_t>(k); ++i)
            factor *= static_cast<double>(p - i);
        e[p] = factor * std::pow(t, static_cast<double>(p - static_cast<std::size_t>(k)));
    }
    return e;
}

std::vector<double> LocalPolynomialFit::weightsAt(double t, int k) const
{
    // The derivative is eᵀc = eᵀR⁻¹Qᵀy, so the weights are Q z with Rᵀz = e.
    std::vector<double> z = derivativeRow(t, k);
    for (std::size_t p = 0; p < m_cols; ++p) {
        double sum = z[p];
        for (std::size_t q = 0; q < p; ++q)
            sum -= m_r[q * m_cols + p] * z[q];
        z[p] = sum / m_r[p * m_cols + p];
    }
    std::vector<double> w(m_rows, 0.0);
    for (std::size_t p = 0; p < m_cols; ++p)
        for (std::size_t j = 0; j < m_rows; ++j)
            w[j] += m_q[p * m_rows + j] * z[p];
    return w;
}

double LocalPolynomialFit::derivativeAt(std::span<const double> c, double t, int k)
{
    // Horner on the differentiated polynomial: Σ_{p≥k} c_p · p!/(p−k)! · t^{p−k}.
    double value = 0.0;
    for (std::size_t p = c.size(); p-- > static_cast<std::size_t>(k);) {
        double factor = 1.0;
        for (std::size_t i = 0; i < static_cast<std::size_t>(k); ++i)
            factor *= static_cast<double>(p - i);
        value = value * t + factor * c[p];
    }
    return value;
}

} // namespace tangent::smoothing
