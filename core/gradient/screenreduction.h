// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reducing a long series to what a screen can show: per pixel column, the first, minimum,
// maximum and last points, so every local extreme survives and lines look as with all points.

#include <cstddef>
#include <span>
#include <vector>

namespace tangent {

/// A point of a reduced series, with the index it came from in the full data.
struct ReducedPoint {
    double x;
    double y;
    std::size_t index;
};

/// Reduces the points with x in [xMin, xMax] (x sorted ascending; NaN y values are skipped but
/// split the line: a NaN point is emitted as a gap marker with y = NaN) to at most about
/// 4 * pixelColumns points: for each of `pixelColumns` equal-width x buckets, the first, min,
/// max and last points in index order. One point beyond each end of the range is kept so lines
/// run to the plot's edge. If the range holds fewer than 4 * pixelColumns points, all are returned.
std::vector<ReducedPoint> reduceForScreen(
    std::span<const double> x, std::span<const double> y, double xMin, double xMax, std::size_t pixelColumns);

/// Index of the point whose x is nearest to `x` (x sorted ascending, NaN-free); n if empty.
std::size_t nearestIndex(std::span<const double> x, double value);

} // namespace tangent
