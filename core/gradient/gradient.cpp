// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gradient/gradient.h"

#include "core/gradient/gradientkernels.h"
#include "core/twothreads.h"

#include <algorithm>
#include <numeric>
#include <set>

// Every formula below follows docs/numpy-gradient.md §3 operation by operation. The
// core is compiled with -ffp-contract=off, so each * + - / is one IEEE rounding, as in numpy.

namespace tangent {

GradientError::GradientError(GradientErrorKind kind, Message message)
    : std::invalid_argument(message.english()), MessageCarrier(std::move(message)), m_kind(kind)
{
}

Spacing Spacing::uniform(double h)
{
    Spacing s;
    s.m_step = h;
    return s;
}

Spacing Spacing::coordinates(std::vector<double> x)
{
    Spacing s;
    s.m_isCoordinates = true;
    s.m_coords = std::move(x);
    return s;
}

Spacing Spacing::fromArray(const NdArray& array)
{
    if (array.rank() == 0)
        return uniform(array.data.at(0));
    if (array.rank() == 1)
        return coordinates(array.data);
    throw GradientError(GradientErrorKind::SpacingRankTooHigh,
        Message { MessageId::GradientSpacingRank, { MessageArg::integer(array.rank()) }, {} });
}

namespace {

// The kernels (uniformLine, nonUniformLine) live in gradientkernels.h, shared with the explainer.
using detail::nonUniformLine;
using detail::uniformLine;

// Strided access to one line of an N-D array.
struct StridedIn {
    const double* p;
    std::ptrdiff_t stride;
    double operator[](std::size_t k) const { return p[static_cast<std::ptrdiff_t>(k) * stride]; }
};
struct StridedOut {
    double* p;
    std::ptrdiff_t stride;
    double& operator[](std::size_t k) const { return p[static_cast<std::ptrdiff_t>(k) * stride]; }
};

// The contiguous 1-D case is the hot path: plain restrict pointers let the compiler vectorise, and
// one clone per instruction set uses the widest vectors the CPU has. Vector division is the same
// correctly rounded IEEE division per lane, so every clone gives the same bits.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#endif
void lineContiguous(const double* __restrict y, double* __restrict out, std::size_t n, const AxisSpacing& s,
                    int edgeOrder, std::size_t first, std::size_t last)
{
    if (s.uniform)
        uniformLine(y, out, n, s.h, edgeOrder, first, last);
    else
        nonUniformLine(y, out, n, s.x.data(), edgeOrder, first, last);
}

std::vector<std::size_t> normalizeAxes(const std::optional<std::vector<int>>& axes, std::size_t rank)
{
    std::vector<std::size_t> result;
    if (!axes) {
        result.resize(rank);
        std::iota(result.begin(), result.end(), std::size_t { 0 });
        return result;
    }
    const auto n = static_cast<long long>(rank);
    std::set<std::size_t> seen;
    for (int axis : *axes) {
        const long long normalized = axis < 0 ? axis + n : axis;
        if (normalized < 0 || normalized >= n)
            throw GradientError(GradientErrorKind::AxisOutOfRange,
                Message { MessageId::GradientAxisOutOfRange,
                    { MessageArg::integer(axis), MessageArg::integer(rank), MessageArg::integer(-n),
                        MessageArg::integer(n - 1) },
                    {} });
        if (!seen.insert(static_cast<std::size_t>(normalized)).second)
            throw GradientError(GradientErrorKind::RepeatedAxis,
                Message { MessageId::GradientRepeatedAxis, { MessageArg::integer(axis) }, {} });
        result.push_back(static_cast<std::size_t>(normalized));
    }
    return result;
}

// Calls f(inOffset, outOffset) for the start of every line along `axis`, i.e. for every index
// combination of the other axes, with the offsets in the input's and the output's strides.
template <typename F>
void forEachLine(const std::vector<std::size_t>& shape, const std::vector<std::ptrdiff_t>& inStrides,
    const std::vector<std::ptrdiff_t>& outStrides, std::size_t axis, F&& f)
{
    const std::size_t rank = shape.size();
    std::size_t lines = 1;
    for (std::size_t d = 0; d < rank; ++d)
        if (d != axis)
            lines *= shape[d];
    std::vector<std::size_t> index(rank, 0);
    for (std::size_t line = 0; line < lines; ++line) {
        std::ptrdiff_t inOffset = 0;
        std::ptrdiff_t outOffset = 0;
        for (std::size_t d = 0; d < rank; ++d) {
            inOffset += static_cast<std::ptrdiff_t>(index[d]) * inStrides[d];
            outOffset += static_cast<std::ptrdiff_t>(index[d]) * outStrides[d];
        }
        f(inOffset, outOffset);
        for (std::size_t d = rank; d-- > 0;) {
            if (d == axis)
                continue;
            if (++index[d] < shape[d])
                break;
            index[d] = 0;
        }
    }
}

} // namespace

void checkEdgeOrder(int edgeOrder)
{
    if (edgeOrder != 1 && edgeOrder != 2)
        throw GradientError(GradientErrorKind::BadEdgeOrder,
            Message { MessageId::GradientEdgeOrder, { MessageArg::integer(edgeOrder) }, {} });
}

std::size_t minimumPoints(int edgeOrder)
{
    return static_cast<std::size_t>(edgeOrder) + 1;
}

void checkLength(std::size_t length, int edgeOrder, int axis)
{
    if (length < minimumPoints(edgeOrder))
        throw GradientError(GradientErrorKind::TooFewPoints,
            length == 1 ? Message { MessageId::GradientOnePoint,
                { MessageArg::integer(axis), MessageArg::integer(edgeOrder),
                    MessageArg::integer(minimumPoints(edgeOrder)) },
                {} }
                        : Message { MessageId::GradientTooFewPoints,
                            { MessageArg::integer(axis), MessageArg::integer(length), MessageArg::integer(edgeOrder),
                                MessageArg::integer(minimumPoints(edgeOrder)) },
                            {} });
}

AxisSpacing resolveSpacing(const Spacing& spacing, std::size_t length, int axis)
{
    if (!spacing.isCoordinates())
        return AxisSpacing { true, spacing.step(), {} };
    const std::vector<double>& x = spacing.coords();
    if (x.size() != length)
        throw GradientError(GradientErrorKind::CoordinateLengthMismatch,
            Message { MessageId::GradientCoordinateCount,
                { MessageArg::integer(axis), MessageArg::integer(length), MessageArg::integer(x.size()) }, {} });
    if (x.size() < 2)
        throw GradientError(GradientErrorKind::CoordinatesTooShort,
            Message { MessageId::GradientCoordinatesTooShort,
                { MessageArg::integer(axis), MessageArg::integer(x.size()) }, {} });
    // numpy's uniform test: every difference exactly equal (==) to the first.
    const double h = x[1] - x[0];
    for (std::size_t k = 1; k + 1 < x.size(); ++k)
        if (!(x[k + 1] - x[k] == h))
            return AxisSpacing { false, 0.0, std::span<const double>(x) };
    return AxisSpacing { true, h, {} };
}

std::vector<NdArray> gradient(const StridedView& f, const GradientOptions& options)
{
    const std::vector<std::size_t> axes = normalizeAxes(options.axes, f.rank());

    // Spacing count rules (numpy §1.3): none; one scalar for all axes; or one per selected axis.
    std::vector<Spacing> spacing;
    if (options.spacing.empty()) {
        spacing.assign(axes.size(), Spacing {});
    } else if (options.spacing.size() == 1 && !options.spacing[0].isCoordinates()) {
        spacing.assign(axes.size(), options.spacing[0]);
    } else if (options.spacing.size() == axes.size()) {
        spacing = options.spacing;
    } else {
        throw GradientError(GradientErrorKind::InvalidSpacingCount,
            Message { MessageId::GradientSpacingCount,
                { MessageArg::integer(options.spacing.size()), MessageArg::integer(axes.size()) }, {} });
    }
    std::vector<AxisSpacing> resolved;
    resolved.reserve(axes.size());
    for (std::size_t k = 0; k < axes.size(); ++k)
        resolved.push_back(resolveSpacing(spacing[k], f.shape[axes[k]], static_cast<int>(axes[k])));

    checkEdgeOrder(options.edgeOrder);

    std::vector<NdArray> results;
    results.reserve(axes.size());
    const std::vector<std::ptrdiff_t> outStrides = cOrderStrides(f.shape);
    for (std::size_t k = 0; k < axes.size(); ++k) {
        const std::size_t axis = axes[k];
        const std::size_t n = f.shape[axis];
        checkLength(n, options.edgeOrder, static_cast<int>(axis));
        NdArray out(f.shape, std::vector<double>(elementCount(f.shape)));
        const AxisSpacing& s = resolved[k];
        const std::ptrdiff_t inStride = f.strides[axis];
        const std::ptrdiff_t outStride = outStrides[axis];
        double* outBase = out.data.data();
        forEachLine(f.shape, f.strides, outStrides, axis, [&](std::ptrdiff_t inOffset, std::ptrdiff_t outOffset) {
            const StridedIn in { f.data + inOffset, inStride };
            const StridedOut o { outBase + outOffset, outStride };
            if (s.uniform)
                uniformLine(in, o, n, s.h, options.edgeOrder, 0, n);
            else
                nonUniformLine(in, o, n, s.x.data(), options.edgeOrder, 0, n);
        });
        results.push_back(std::move(out));
    }
    return results;
}

std::vector<double> gradient(std::span<const double> y, double dx, int edgeOrder)
{
    std::vector<double> out(y.size());
    gradientRange(y, AxisSpacing { true, dx, {} }, edgeOrder, 0, y.size(), out);
    return out;
}

std::vector<double> gradient(std::span<const double> y, std::span<const double> x, int edgeOrder)
{
    const Spacing coords = Spacing::coordinates(std::vector<double>(x.begin(), x.end()));
    std::vector<double> out(y.size());
    gradientRange(y, resolveSpacing(coords, y.size()), edgeOrder, 0, y.size(), out);
    return out;
}

void gradientRange(std::span<const double> y, const AxisSpacing& spacing, int edgeOrder, std::size_t first,
    std::size_t last, std::span<double> out)
{
    checkEdgeOrder(edgeOrder);
    checkLength(y.size(), edgeOrder);
    if (out.size() != y.size() || (!spacing.uniform && spacing.x.size() != y.size()))
        throw std::invalid_argument("gradientRange: y, x and out must have the same length");
    last = std::min(last, y.size());
    if (first >= last)
        return;
    // Large ranges are split over two threads: each output depends only on its own neighbours.
    constexpr std::size_t kParallelThreshold = std::size_t { 1 } << 18;
    splitOverTwoThreads(first, last, last - first >= kParallelThreshold, [&](std::size_t from, std::size_t to) {
        lineContiguous(y.data(), out.data(), y.size(), spacing, edgeOrder, from, to);
    });
}

std::vector<double> derivative(std::span<const double> y, const Spacing& spacing, int edgeOrder, int order)
{
    if (order < 1)
        throw GradientError(GradientErrorKind::BadDerivativeOrder,
            Message { MessageId::GradientOrder, { MessageArg::integer(order) }, {} });
    const AxisSpacing s = resolveSpacing(spacing, y.size());
    // The first pass reads y where it is; only higher orders need a second buffer to alternate
    // with, so a big column costs one result, not three columns.
    std::vector<double> current(y.size());
    gradientRange(y, s, edgeOrder, 0, y.size(), current);
    if (order > 1) {
        std::vector<double> next(y.size());
        for (int k = 1; k < order; ++k) {
            gradientRange(current, s, edgeOrder, 0, current.size(), next);
            std::swap(current, next);
        }
    }
    return current;
}

std::pair<std::size_t, std::size_t> affectedRows(std::size_t row, std::size_t n, int edgeOrder)
{
    if (n == 0 || row >= n)
        return { 0, 0 };
    // g_i reads y_{i-1}, y_i (non-uniform), y_{i+1}; the edges read the first or last
    // edgeOrder + 1 samples. So y_row affects rows row-1..row+1, and an edge if row is near it.
    std::size_t first = row > 0 ? row - 1 : 0;
    std::size_t last = std::min(n, row + 2);
    const auto reach = static_cast<std::size_t>(edgeOrder);
    if (row <= reach)
        first = 0;
    if (row + reach + 1 >= n)
        last = n;
    return { first, last };
}

} // namespace tangent
