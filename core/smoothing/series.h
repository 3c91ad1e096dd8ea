// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The samples a smoothing method works on: NaN rows left out, x checked, uniform spacing noted.

#include "core/smoothing/smoothing.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace tangent::smoothing {

/// The rows of a Series that take part in a fit, with their own coordinates. When every row takes
/// part, y views the caller's data and rows is empty; otherwise both are held here. Move only: the
/// views may point into the object's own storage.
struct CleanSeries {
    std::span<const double> x;
    std::span<const double> y;
    std::vector<std::size_t> rows; ///< the original row of each sample; empty when it is the same
    bool uniform = false; ///< x is evenly spaced (within kUniformTolerance), step h
    double h = 1.0;

    CleanSeries() = default;
    CleanSeries(CleanSeries&&) = default;
    CleanSeries& operator=(CleanSeries&&) = default;
    CleanSeries(const CleanSeries&) = delete;
    CleanSeries& operator=(const CleanSeries&) = delete;
    ~CleanSeries() = default;

    /// A series holding its own samples, rows 0..n-1 (for tests and resampled folds).
    static CleanSeries owning(std::vector<double> x, std::vector<double> y, bool uniform, double h);

    [[nodiscard]] std::size_t size() const { return y.size(); }
    [[nodiscard]] std::size_t row(std::size_t j) const { return rows.empty() ? j : rows[j]; }

    std::vector<double> m_x; ///< storage x may view
    std::vector<double> m_y; ///< storage y may view
};

/// Spacings that differ by less than this (relative) count as uniform: the uniform filters are
/// then used with h = (x[n-1] - x[0]) / (n - 1). See docs/smoothing.md.
inline constexpr double kUniformTolerance = 1e-9;

/// Leaves out rows with NaN y or NaN x and checks that x increases strictly (SmoothingError naming
/// the row otherwise) and that at least `minimum` samples remain (`method` names the method in
/// the message).
/// With needsX false, a complete series with uniform spacing gets no x at all (savgol's uniform
/// filter never reads it, and on millions of rows filling it costs more than the filter's edges).
CleanSeries cleanSeries(const Series& series, std::size_t minimum, const char* method, bool needsX = true);

/// The output for the original rows from values at the clean samples: rows left out get the value
/// interpolated linearly in x between their neighbours, and NaN before the first or after the
/// last sample (docs/smoothing.md, "Gaps").
std::vector<double> spreadToRows(const Series& series, const CleanSeries& clean, std::vector<double> values);

/// Throws SmoothingError (about x, at `row`): x does not come after the previous x.
[[noreturn]] void throwNotIncreasing(const char* method, double x, double previous, std::size_t row);

/// x of row i of a series (its coordinate, or i·h).
double rowX(const Series& series, std::size_t i);

} // namespace tangent::smoothing

namespace tangent::smoothing {

/// What one method gives for the clean samples, before gaps are filled back in.
struct MethodRun {
    std::vector<double> derivative;
    std::vector<double> smoothed;
    SmoothingOptions used;
    bool automatic = false;
    std::string objective;
};

} // namespace tangent::smoothing
