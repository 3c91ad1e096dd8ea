// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/series.h"

#include "core/io/numberformat.h"

#include <cmath>
#include <limits>
#include <string>

namespace tangent::smoothing {

void throwNotIncreasing(const char* method, double x, double previous, std::size_t row)
{
    throw SmoothingError(Message { MessageId::XNotStrictlyIncreasing,
                             { std::string(method), MessageArg::real(x), MessageArg::real(previous) }, {} },
        row, SmoothingError::Subject::X);
}

double rowX(const Series& series, std::size_t i)
{
    return series.x.empty() ? static_cast<double>(i) * series.h : series.x[i];
}

CleanSeries CleanSeries::owning(std::vector<double> x, std::vector<double> y, bool uniform, double h)
{
    CleanSeries clean;
    clean.m_x = std::move(x);
    clean.m_y = std::move(y);
    clean.x = clean.m_x;
    clean.y = clean.m_y;
    clean.uniform = uniform;
    clean.h = h;
    return clean;
}

namespace {

void checkSpacing(const Series& series)
{
    if (!series.x.empty() && series.x.size() != series.y.size())
        throw SmoothingError(Message { MessageId::XYCountsDiffer,
            { MessageArg::integer(series.x.size()), MessageArg::integer(series.y.size()) }, {} });
    if (series.x.empty() && !(std::isfinite(series.h) && series.h > 0.0))
        throw SmoothingError(Message { MessageId::SpacingNotPositive, {}, {} });
}

bool evenlySpaced(std::span<const double> x, double h)
{
    for (std::size_t i = 1; i < x.size(); ++i)
        if (std::abs((x[i] - x[i - 1]) - h) > kUniformTolerance * h)
            return false;
    return true;
}

/// Whether every row takes part: no NaN, and x (if given) strictly increasing. Throws for an
/// infinite value or x out of order among the rows that take part.
bool everyRowTakesPart(const Series& series, const char* method)
{
    if (series.x.empty()) {
        // A branch-free scan first: on a uniform spacing, all finite means all take part.
        bool finite = true;
        for (double y : series.y)
            finite &= std::isfinite(y);
        if (finite)
            return true;
    }
    bool complete = true;
    double previous = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < series.y.size(); ++i) {
        const double x = rowX(series, i);
        const double y = series.y[i];
        if (std::isnan(y) || std::isnan(x)) {
            complete = false;
            continue;
        }
        if (!std::isfinite(y) || !std::isfinite(x))
            throw SmoothingError(Message { MessageId::InfiniteValue, {}, {} }, i);
        if (!(x > previous))
            throwNotIncreasing(method, x, previous, i);
        previous = x;
    }
    return complete;
}

} // namespace

CleanSeries cleanSeries(const Series& series, std::size_t minimum, const char* method, bool needsX)
{
    checkSpacing(series);
    const std::size_t n = series.y.size();
    CleanSeries clean;
    if (everyRowTakesPart(series, method)) {
        // The common case, and the one that must be fast on huge columns: y is not copied.
        clean.y = series.y;
        if (series.x.empty() && !needsX) {
            clean.uniform = true;
            clean.h = series.h;
        } else if (series.x.empty()) {
            clean.m_x.resize(n);
            for (std::size_t i = 0; i < n; ++i)
                clean.m_x[i] = static_cast<double>(i) * series.h;
            clean.x = clean.m_x;
        } else {
            clean.x = series.x;
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            if (std::isnan(series.y[i]) || std::isnan(rowX(series, i)))
                continue;
            clean.m_x.push_back(rowX(series, i));
            clean.m_y.push_back(series.y[i]);
            clean.rows.push_back(i);
        }
        clean.x = clean.m_x;
        clean.y = clean.m_y;
    }
    if (clean.size() < minimum)
        throw SmoothingError(Message { MessageId::TooFewPoints,
            { std::string(method), MessageArg::integer(minimum), MessageArg::integer(clean.size()) }, {} });
    if (clean.size() >= 2 && !clean.x.empty()) {
        const bool exact = series.x.empty() && clean.size() == n;
        const double h = (clean.x.back() - clean.x.front()) / static_cast<double>(clean.size() - 1);
        clean.uniform = exact || evenlySpaced(clean.x, h);
        clean.h = exact ? series.h : h;
    }
    return clean;
}

std::vector<double> spreadToRows(const Series& series, const CleanSeries& clean, std::vector<double> values)
{
    const std::size_t n = series.y.size();
    if (clean.size() == n)
        return values; // no row was left out
    std::vector<double> out(n, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t j = 0; j < clean.size(); ++j)
        out[clean.row(j)] = values[j];
    for (std::size_t j = 1; j < clean.size(); ++j) {
        const std::size_t left = clean.row(j - 1);
        const std::size_t right = clean.row(j);
        for (std::size_t i = left + 1; i < right; ++i) {
            const double x = rowX(series, i);
            if (std::isnan(x))
                continue;
            const double w = (x - clean.x[j - 1]) / (clean.x[j] - clean.x[j - 1]);
            if (w >= 0.0 && w <= 1.0) // an x out of order in a gap row says nothing useful
                out[i] = values[j - 1] + w * (values[j] - values[j - 1]);
        }
    }
    return out;
}

} // namespace tangent::smoothing
