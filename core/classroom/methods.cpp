// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/methods.h"

#include <cmath>
#include <stdexcept>

namespace tangent {
namespace {

/// x[hi] - x[lo], or (hi - lo) steps of a uniform spacing: h for neighbours, 2.0 * h across two.
class Gaps {
public:
    Gaps(const Spacing& spacing, std::size_t n) : m_spacing(spacing)
    {
        checkLength(n, 1);
        if (spacing.isCoordinates())
            resolveSpacing(spacing, n); // throws for coordinates of the wrong length
    }

    [[nodiscard]] double between(std::size_t lo, std::size_t hi) const
    {
        if (m_spacing.isCoordinates())
            return m_spacing.coords()[hi] - m_spacing.coords()[lo];
        return hi - lo == 1 ? m_spacing.step() : 2.0 * m_spacing.step();
    }

private:
    const Spacing& m_spacing;
};

} // namespace

std::string_view methodName(DerivativeMethod method)
{
    switch (method) {
    case DerivativeMethod::Numpy:
        return "numpy.gradient";
    case DerivativeMethod::MatlabGradient:
        return "MATLAB/Octave gradient";
    case DerivativeMethod::AverageSlopes:
        return "average of slopes (Origin, SciDAVis)";
    }
    return "";
}

std::vector<double> matlabGradient(std::span<const double> y, const Spacing& spacing)
{
    const std::size_t n = y.size();
    const Gaps gaps(spacing, n);
    std::vector<double> g(n);
    g[0] = (y[1] - y[0]) / gaps.between(0, 1);
    for (std::size_t i = 1; i + 1 < n; ++i)
        g[i] = (y[i + 1] - y[i - 1]) / gaps.between(i - 1, i + 1);
    g[n - 1] = (y[n - 1] - y[n - 2]) / gaps.between(n - 2, n - 1);
    return g;
}

std::vector<double> averageSlopes(std::span<const double> y, const Spacing& spacing)
{
    const std::size_t n = y.size();
    const Gaps gaps(spacing, n);
    // slope[k] joins rows k and k+1.
    std::vector<double> slope(n - 1);
    for (std::size_t k = 0; k + 1 < n; ++k)
        slope[k] = (y[k + 1] - y[k]) / gaps.between(k, k + 1);
    std::vector<double> g(n);
    g[0] = slope[0];
    for (std::size_t i = 1; i + 1 < n; ++i)
        g[i] = 0.5 * (slope[i - 1] + slope[i]);
    g[n - 1] = slope[n - 2];
    return g;
}

std::vector<double> methodDerivative(
    DerivativeMethod method, std::span<const double> y, const Spacing& spacing, int edgeOrder)
{
    switch (method) {
    case DerivativeMethod::MatlabGradient:
        return matlabGradient(y, spacing);
    case DerivativeMethod::AverageSlopes:
        return averageSlopes(y, spacing);
    case DerivativeMethod::Numpy:
        break;
    }
    return derivative(y, spacing, edgeOrder, 1);
}

std::vector<double> residuals(std::span<const double> values, std::span<const double> reference)
{
    if (values.size() != reference.size())
        throw std::invalid_argument("residuals: " + std::to_string(values.size()) + " values against "
            + std::to_string(reference.size()) + " reference values");
    std::vector<double> r(values.size());
    for (std::size_t i = 0; i < r.size(); ++i)
        r[i] = values[i] - reference[i];
    return r;
}

MethodComparison compareWithNumpy(
    DerivativeMethod method, std::span<const double> y, const Spacing& spacing, int edgeOrder)
{
    MethodComparison c;
    c.method = method;
    const std::vector<double> numpy = derivative(y, spacing, edgeOrder, 1);
    c.values = method == DerivativeMethod::Numpy ? numpy : methodDerivative(method, y, spacing, edgeOrder);
    c.residuals = residuals(c.values, numpy);
    double sumSquares = 0.0;
    std::size_t counted = 0;
    for (std::size_t i = 0; i < c.residuals.size(); ++i) {
        const double r = c.residuals[i];
        if (std::isnan(r))
            continue;
        ++counted;
        sumSquares += r * r;
        if (!c.maxRow || std::abs(r) > c.maxAbsResidual) {
            c.maxAbsResidual = std::abs(r);
            c.maxRow = i;
        }
    }
    c.rmsResidual = counted > 0 ? std::sqrt(sumSquares / static_cast<double>(counted)) : 0.0;
    return c;
}

} // namespace tangent
