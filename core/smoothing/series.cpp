#include "core/smoothing/series.h"

#include <cmath>
#include <limits>
#include <string>

namespace tangent::smoothing {

double rowX(const Series& series, std::size_t i)
{
    return series.x.empty() ? static_cast<double>(i) * series.h : series.x[i];
}

namespace {

void checkSpacing(const Series& series)
{
    if (!series.x.empty() && series.x.size() != series.y.size())
        throw SmoothingError("there are " + std::to_string(series.x.size()) + " x values for "
            + std::to_string(series.y.size()) + " y values");
    if (series.x.empty() && !(std::isfinite(series.h) && series.h > 0.0))
        throw SmoothingError("the spacing must be a finite number above 0 for this method");
}

bool evenlySpaced(const std::vector<double>& x, double h)
{
    for (std::size_t i = 1; i < x.size(); ++i)
        if (std::abs((x[i] - x[i - 1]) - h) > kUniformTolerance * h)
            return false;
    return true;
}

} // namespace

CleanSeries cleanSeries(const Series& series, std::size_t minimum, const char* method)
{
    checkSpacing(series);
    CleanSeries clean;
    const std::size_t n = series.y.size();
    clean.x.reserve(n);
    clean.y.reserve(n);
    clean.rows.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = rowX(series, i);
        if (std::isnan(series.y[i]) || std::isnan(x))
            continue;
        if (!std::isfinite(series.y[i]) || !std::isfinite(x))
            throw SmoothingError("an infinite value cannot be smoothed; replace it or leave the cell empty", i);
        if (!clean.x.empty() && !(x > clean.x.back()))
            throw SmoothingError(std::string(method) + " needs x strictly increasing, but x = " + std::to_string(x)
                    + " does not come after " + std::to_string(clean.x.back())
                    + "; sort the rows by x and merge repeated x values",
                i);
        clean.x.push_back(x);
        clean.y.push_back(series.y[i]);
        clean.rows.push_back(i);
    }
    if (clean.size() < minimum)
        throw SmoothingError(std::string(method) + " needs at least " + std::to_string(minimum)
            + " points that are not NaN, but there are " + std::to_string(clean.size()));
    if (clean.size() >= 2) {
        const double h = (clean.x.back() - clean.x.front()) / static_cast<double>(clean.size() - 1);
        clean.uniform = (series.x.empty() && clean.size() == n) || evenlySpaced(clean.x, h);
        clean.h = series.x.empty() && clean.size() == n ? series.h : h;
    }
    return clean;
}

std::vector<double> spreadToRows(const Series& series, const CleanSeries& clean, std::span<const double> values)
{
    const std::size_t n = series.y.size();
    std::vector<double> out(n, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t j = 0; j < clean.size(); ++j)
        out[clean.rows[j]] = values[j];
    for (std::size_t j = 1; j < clean.size(); ++j) {
        const std::size_t left = clean.rows[j - 1];
        const std::size_t right = clean.rows[j];
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
