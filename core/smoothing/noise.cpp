// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/noise.h"

#include "core/smoothing/runners.h"
#include "core/smoothing/series.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace tangent {
namespace {

// Fewer samples than this cannot tell noise from the signal's own shape.
constexpr std::size_t kFewest = 20;

double median(std::vector<double> values)
{
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

std::optional<NoiseLevel> estimateNoiseLevel(const Series& series, std::span<const double> derivative)
{
    smoothing::CleanSeries clean;
    try {
        clean = smoothing::cleanSeries(series, kFewest, "noise");
    } catch (const SmoothingError&) {
        return std::nullopt; // the method's own checks report it where it matters
    }
    std::vector<double> steps;
    steps.reserve(clean.size() - 1);
    for (std::size_t i = 1; i < clean.size(); ++i)
        steps.push_back(clean.x[i] - clean.x[i - 1]);
    NoiseLevel level;
    level.sigma = smoothing::estimateNoise(clean.x, clean.y);
    level.derivativeNoise = level.sigma / (std::sqrt(2.0) * median(std::move(steps)));

    double sum = 0.0;
    std::size_t count = 0;
    for (const double d : derivative) {
        if (std::isfinite(d)) {
            sum += d * d;
            ++count;
        }
    }
    if (count == 0) {
        level.signalRms = std::numeric_limits<double>::quiet_NaN();
        level.snr = std::numeric_limits<double>::quiet_NaN();
        return level;
    }
    const double meanSquare = sum / static_cast<double>(count);
    level.signalRms = std::sqrt(std::max(0.0, meanSquare - level.derivativeNoise * level.derivativeNoise));
    level.snr = level.derivativeNoise > 0.0 ? level.signalRms / level.derivativeNoise
                                            : std::numeric_limits<double>::infinity();
    return level;
}

} // namespace tangent
