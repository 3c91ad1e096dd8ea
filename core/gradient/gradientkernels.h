// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The per-point arithmetic of numpy.gradient (docs/numpy-gradient.md §3), written once
// as templates over the sample type. gradient.cpp instantiates them on plain doubles (the fast,
// vectorised path); explain.cpp instantiates the very same templates on a recording type that
// computes the same double operations and writes down what it did. An explanation therefore cannot
// disagree with the values. Internal to core: not part of the public API.

#include <algorithm>
#include <cstddef>

namespace tangent::detail {

// Kernels are forced inline so that each instruction-set clone of the caller vectorises them.
#define TANGENT_KERNEL __attribute__((always_inline)) inline

/// The fast path's coefficient namer: a named coefficient is just its value, and the names and
/// definitions (string literals) cost nothing. The explainer passes a namer that records them.
struct Unnamed {
    /// A coefficient that enters the arithmetic on the samples (a divisor or a weight).
    TANGENT_KERNEL double operator()(double value, const char* /*symbol*/, const char* /*definition*/) const
    {
        return value;
    }
    /// An intermediate quantity the coefficients are computed from (the gaps p and q).
    TANGENT_KERNEL static double note(double value, const char* /*symbol*/, const char* /*definition*/)
    {
        return value;
    }
};

/// (y[hi] - y[lo]) / divisor: the uniform interior (divisor 2h) and every first-order edge.
template <typename Y, typename D>
TANGENT_KERNEL auto dividedDifference(Y y, std::size_t lo, std::size_t hi, const D& divisor)
{
    return (y[hi] - y[lo]) / divisor;
}

/// ((a * y[k]) + (b * y[k+1])) + (c * y[k+2]): every three-point stencil, in numpy's grouping.
template <typename Y, typename C>
TANGENT_KERNEL auto weightedSum(Y y, std::size_t k, const C& a, const C& b, const C& c)
{
    return ((a * y[k]) + (b * y[k + 1])) + (c * y[k + 2]);
}

/// numpy §3.1, scalar spacing h: writes out[k] for k in [first, last) of a line of n samples.
template <typename In, typename Out, typename Name = Unnamed>
TANGENT_KERNEL void uniformLine(
    In y, Out out, std::size_t n, double h, int edgeOrder, std::size_t first, std::size_t last, Name name = {})
{
    const auto twoH = name(2.0 * h, "2h", "2.0 * h");
    const std::size_t interiorBegin = std::max<std::size_t>(first, 1);
    const std::size_t interiorEnd = std::min(last, n - 1);
    for (std::size_t i = interiorBegin; i < interiorEnd; ++i)
        out[i] = dividedDifference(y, i - 1, i + 1, twoH);

    if (first == 0) {
        if (edgeOrder == 1) {
            out[0] = dividedDifference(y, 0, 1, name(h, "h", ""));
        } else {
            const auto a = name(-1.5 / h, "A", "-1.5 / h");
            const auto b = name(2.0 / h, "B", "2.0 / h");
            const auto c = name(-0.5 / h, "C", "-0.5 / h");
            out[0] = weightedSum(y, 0, a, b, c);
        }
    }
    if (last == n) {
        if (edgeOrder == 1) {
            out[n - 1] = dividedDifference(y, n - 2, n - 1, name(h, "h", ""));
        } else {
            const auto a = name(0.5 / h, "A", "0.5 / h");
            const auto b = name(-2.0 / h, "B", "-2.0 / h");
            const auto c = name(1.5 / h, "C", "1.5 / h");
            out[n - 1] = weightedSum(y, n - 3, a, b, c);
        }
    }
}

/// numpy §3.2, coordinates that are not exactly uniform. numpy's coefficient vectors are computed
/// point by point with the same expressions, so no temporaries are needed.
template <typename In, typename Out, typename Coord, typename Name = Unnamed>
TANGENT_KERNEL void nonUniformLine(
    In y, Out out, std::size_t n, Coord x, int edgeOrder, std::size_t first, std::size_t last, Name name = {})
{
    const std::size_t interiorBegin = std::max<std::size_t>(first, 1);
    const std::size_t interiorEnd = std::min(last, n - 1);
    for (std::size_t i = interiorBegin; i < interiorEnd; ++i) {
        const double p = name.note(x[i] - x[i - 1], "p", "x[i] - x[i-1]");
        const double q = name.note(x[i + 1] - x[i], "q", "x[i+1] - x[i]");
        const auto a = name((-q) / (p * (p + q)), "a", "(-q) / (p * (p + q))");
        const auto b = name((q - p) / (p * q), "b", "(q - p) / (p * q)");
        const auto c = name(p / (q * (p + q)), "c", "p / (q * (p + q))");
        out[i] = weightedSum(y, i - 1, a, b, c);
    }

    // The outer gaps are taken before the edge-order branch, as the kernel always did: GCC 12 then
    // keeps the interior loop's x loads as before, which measured ~10% faster on memory-bound data.
    if (first == 0) {
        const double p = x[1] - x[0];
        if (edgeOrder == 1) {
            out[0] = dividedDifference(y, 0, 1, name(p, "x[1] - x[0]", ""));
        } else {
            name.note(p, "p", "x[1] - x[0]");
            const double q = name.note(x[2] - x[1], "q", "x[2] - x[1]");
            const auto a = name(-((2.0 * p) + q) / (p * (p + q)), "A", "-((2.0 * p) + q) / (p * (p + q))");
            const auto b = name((p + q) / (p * q), "B", "(p + q) / (p * q)");
            const auto c = name((-p) / (q * (p + q)), "C", "(-p) / (q * (p + q))");
            out[0] = weightedSum(y, 0, a, b, c);
        }
    }
    if (last == n) {
        const double q = x[n - 1] - x[n - 2];
        if (edgeOrder == 1) {
            out[n - 1] = dividedDifference(y, n - 2, n - 1, name(q, "x[n-1] - x[n-2]", ""));
        } else {
            const double p = name.note(x[n - 2] - x[n - 3], "p", "x[n-2] - x[n-3]");
            name.note(q, "q", "x[n-1] - x[n-2]");
            const auto a = name(q / (p * (p + q)), "A", "q / (p * (p + q))");
            const auto b = name(-(q + p) / (p * q), "B", "-(q + p) / (p * q)");
            const auto c = name(((2.0 * q) + p) / (q * (p + q)), "C", "((2.0 * q) + p) / (q * (p + q))");
            out[n - 1] = weightedSum(y, n - 3, a, b, c);
        }
    }
}

} // namespace tangent::detail
