// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gradient/screenreduction.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace tangent {

namespace {

// A candidate point of a bucket, with what is needed to know whether a gap lies before it:
// the number of NaN y values met before it in the scan and the index of the latest of them.
struct Candidate {
    std::size_t index = 0;
    std::size_t nansBefore = 0;
    std::size_t lastNan = 0;
};

// First, min, max and last finite points of one bucket, in scan order.
struct Bucket {
    bool empty = true;
    Candidate first, min, max, last;
    double minValue = 0.0;
    double maxValue = 0.0;

    // Adds the points [from, to), counting the NaNs met on the way.
    void scan(std::span<const double> y, std::size_t from, std::size_t to, std::size_t& nans, std::size_t& lastNan)
    {
        for (std::size_t i = from; i < to; ++i) {
            const double v = y[i];
            if (std::isnan(v)) {
                ++nans;
                lastNan = i;
                continue;
            }
            const Candidate c { i, nans, lastNan };
            if (empty) {
                first = min = max = c;
                minValue = maxValue = v;
                empty = false;
            } else if (v < minValue) {
                min = c;
                minValue = v;
            } else if (v > maxValue) {
                max = c;
                maxValue = v;
            }
            last = c;
        }
    }
};

class Emitter {
public:
    Emitter(std::span<const double> x, std::span<const double> y, std::vector<ReducedPoint>& out)
        : m_x(x), m_y(y), m_out(out)
    {
    }

    // Emits the bucket's distinct points in index order, with a gap marker wherever NaNs were
    // skipped between two consecutive emitted points.
    void flush(Bucket& bucket)
    {
        if (bucket.empty) {
            return;
        }
        std::array<Candidate, 4> points { bucket.first, bucket.min, bucket.max, bucket.last };
        std::sort(
            points.begin(), points.end(), [](const Candidate& a, const Candidate& b) { return a.index < b.index; });
        for (std::size_t k = 0; k < points.size(); ++k) {
            if (k > 0 && points[k].index == points[k - 1].index) {
                continue;
            }
            emit(points[k]);
        }
        bucket = Bucket {};
    }

    // Emits a final marker if NaNs followed the last emitted point.
    void finish(std::size_t nansSeen, std::size_t lastNan)
    {
        if (nansSeen > m_nansEmitted) {
            marker(lastNan);
        }
    }

private:
    void emit(const Candidate& c)
    {
        if (c.nansBefore > m_nansEmitted) {
            marker(c.lastNan);
        }
        m_nansEmitted = c.nansBefore;
        m_out.push_back({ m_x[c.index], m_y[c.index], c.index });
    }

    void marker(std::size_t nanIndex)
    {
        m_out.push_back({ m_x[nanIndex], std::numeric_limits<double>::quiet_NaN(), nanIndex });
    }

    std::span<const double> m_x;
    std::span<const double> m_y;
    std::vector<ReducedPoint>& m_out;
    std::size_t m_nansEmitted = 0;
};

} // namespace

std::vector<ReducedPoint> reduceForScreen(
    std::span<const double> x, std::span<const double> y, double xMin, double xMax, std::size_t pixelColumns)
{
    std::vector<ReducedPoint> out;
    const std::size_t n = std::min(x.size(), y.size());
    if (n == 0 || std::isnan(xMin) || std::isnan(xMax)) {
        return out;
    }
    if (xMin > xMax) {
        std::swap(xMin, xMax);
    }
    pixelColumns = std::max<std::size_t>(pixelColumns, 1);
    x = x.first(n);
    y = y.first(n);

    // Visible points are [lo, hi); one more on each side keeps the line running to the edges.
    const auto lo = static_cast<std::size_t>(std::lower_bound(x.begin(), x.end(), xMin) - x.begin());
    const auto hi = static_cast<std::size_t>(std::upper_bound(x.begin(), x.end(), xMax) - x.begin());
    const std::size_t begin = lo > 0 ? lo - 1 : lo;
    const std::size_t end = hi < n ? hi + 1 : hi;

    if (hi - lo < 4 * pixelColumns) {
        out.reserve(end - begin);
        for (std::size_t i = begin; i < end; ++i) {
            out.push_back({ x[i], y[i], i });
        }
        return out;
    }

    out.reserve(4 * pixelColumns + 8);
    Emitter emitter(x, y, out);
    const double scale = xMax > xMin ? static_cast<double>(pixelColumns) / (xMax - xMin) : 0.0;
    const auto lastColumn = static_cast<double>(pixelColumns - 1);

    // The bucket of a point; monotone in x, so each bucket's end is found by binary search and the
    // scan inside a bucket does no arithmetic on x.
    const auto bucketOf = [&](double v) {
        return static_cast<std::size_t>(std::clamp(std::floor((v - xMin) * scale), 0.0, lastColumn));
    };
    std::size_t nans = 0;
    std::size_t lastNan = 0;
    Bucket bucket;
    // The point before the range, the buckets, the point after: each flushed on its own.
    bucket.scan(y, begin, lo, nans, lastNan);
    emitter.flush(bucket);
    for (std::size_t i = lo; i < hi;) {
        const std::size_t b = bucketOf(x[i]);
        const auto stop = static_cast<std::size_t>(
            std::partition_point(x.begin() + static_cast<std::ptrdiff_t>(i),
                x.begin() + static_cast<std::ptrdiff_t>(hi), [&](double v) { return bucketOf(v) <= b; })
            - x.begin());
        bucket.scan(y, i, stop, nans, lastNan);
        emitter.flush(bucket);
        i = stop;
    }
    bucket.scan(y, hi, end, nans, lastNan);
    emitter.flush(bucket);
    emitter.finish(nans, lastNan);
    return out;
}

std::size_t nearestIndex(std::span<const double> x, double value)
{
    const std::size_t n = x.size();
    if (n == 0 || std::isnan(value)) {
        return n;
    }
    const auto it = std::lower_bound(x.begin(), x.end(), value);
    const auto i = static_cast<std::size_t>(it - x.begin());
    if (i == 0) {
        return 0;
    }
    if (i == n) {
        return n - 1;
    }
    // Ties go to the lower index.
    return (value - x[i - 1] <= x[i] - value) ? i - 1 : i;
}

} // namespace tangent
