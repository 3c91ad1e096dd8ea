// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// numpy.gradient, bit for bit on float64, for N-D arrays and for the 1-D columns of a table.
// Reference: docs/numpy-gradient.md (formulas in numpy's operation order, errors).

#include "core/gradient/ndarray.h"
#include "core/messages/message.h"

#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace tangent {

/// The conditions under which numpy.gradient raises, plus Tangent's own argument checks.
enum class GradientErrorKind {
    AxisOutOfRange, ///< numpy AxisError
    RepeatedAxis, ///< numpy "repeated axis"
    InvalidSpacingCount, ///< numpy "invalid number of arguments"
    SpacingRankTooHigh, ///< numpy "distances must be either scalars or 1d"
    CoordinateLengthMismatch, ///< numpy "when 1d, distances must match the length ..."
    CoordinatesTooShort, ///< numpy IndexError for a length-1 coordinate array
    BadEdgeOrder, ///< edge order other than 1 or 2 (numpy rejects > 2)
    TooFewPoints, ///< numpy "Shape of array too small ..."
    BadDerivativeOrder, ///< derivative order < 1 (Tangent's own option)
};

/// A gradient that cannot be computed. what() is a sentence a user understands, naming the axis
/// or value concerned and quoting numpy's own message where numpy raises.
class GradientError : public std::invalid_argument, public MessageCarrier {
public:
    GradientError(GradientErrorKind kind, Message message);
    [[nodiscard]] GradientErrorKind kind() const noexcept { return m_kind; }

private:
    GradientErrorKind m_kind;
};

/// The spacing of one axis: a uniform distance between samples (default 1.0) or one coordinate
/// per sample. As in numpy, a scalar is a distance and a 1-D array is coordinates.
class Spacing {
public:
    Spacing() = default;
    static Spacing uniform(double h);
    static Spacing coordinates(std::vector<double> x);
    /// From an array: rank 0 is a distance, rank 1 coordinates; rank >= 2 throws
    /// GradientError(SpacingRankTooHigh). Integer coordinates are already doubles in NdArray.
    static Spacing fromArray(const NdArray& array);

    [[nodiscard]] bool isCoordinates() const { return m_isCoordinates; }
    [[nodiscard]] double step() const { return m_step; }
    [[nodiscard]] const std::vector<double>& coords() const { return m_coords; }

private:
    bool m_isCoordinates = false;
    double m_step = 1.0;
    std::vector<double> m_coords;
};

/// What to compute: axes (nullopt: all, in order; negative indexes count from the end; results
/// come in the order given), spacings (none; one scalar for every axis; or one per selected axis),
/// edge order (1 or 2, default 1 as in numpy).
struct GradientOptions {
    std::optional<std::vector<int>> axes;
    std::vector<Spacing> spacing;
    int edgeOrder = 1;
};

/// numpy.gradient(f, *spacing, axis=axes, edge_order=edgeOrder). Returns one C-order array of
/// f's shape per selected axis (none for rank-0 input with all axes). Throws GradientError where
/// numpy raises, with the same precedence (axes, then spacing, then edge order, then sizes).
std::vector<NdArray> gradient(const StridedView& f, const GradientOptions& options);

/// Spacing of one axis after numpy's uniform test: coordinates whose differences are all exactly
/// equal become a uniform step h = x[1] - x[0]. `x` (when not uniform) points into the Spacing.
struct AxisSpacing {
    bool uniform = true;
    double h = 1.0;
    std::span<const double> x;
};

/// Applies numpy's checks and uniform test to `spacing` for an axis of `length` samples.
/// Throws CoordinateLengthMismatch or CoordinatesTooShort. `axis` is only used in messages.
AxisSpacing resolveSpacing(const Spacing& spacing, std::size_t length, int axis = 0);

/// Throws BadEdgeOrder unless edgeOrder is 1 or 2.
void checkEdgeOrder(int edgeOrder);

/// The minimum number of samples an axis needs for `edgeOrder` (edgeOrder + 1).
std::size_t minimumPoints(int edgeOrder);

/// Throws TooFewPoints if `length` samples are too few for edgeOrder.
void checkLength(std::size_t length, int edgeOrder, int axis = 0);

/// 1-D gradient of y with spacing dx (numpy.gradient(y, dx, edge_order=...)).
std::vector<double> gradient(std::span<const double> y, double dx, int edgeOrder = 1);

/// 1-D gradient of y at coordinates x (numpy.gradient(y, x, edge_order=...)).
std::vector<double> gradient(std::span<const double> y, std::span<const double> x, int edgeOrder = 1);

/// Writes the gradient of y into out[first, last) only; y and out have equal length. This is how
/// a table recomputes the values one edited cell affects. Checks length and edge order.
void gradientRange(std::span<const double> y, const AxisSpacing& spacing, int edgeOrder, std::size_t first,
    std::size_t last, std::span<double> out);

/// The k-th derivative: the gradient applied k times with the same spacing and edge order, as
/// numpy users write np.gradient(np.gradient(y, x), x). Throws BadDerivativeOrder for k < 1.
std::vector<double> derivative(std::span<const double> y, const Spacing& spacing, int edgeOrder, int order);

/// The rows whose gradient depends on y[row] (row-1 .. row+1, widened at the edges for edge order
/// 2, and for the non-uniform path the row itself). Returns [first, last) clamped to [0, n).
std::pair<std::size_t, std::size_t> affectedRows(std::size_t row, std::size_t n, int edgeOrder);

} // namespace tangent
