// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Noisy tables for the smoothing tests of the window.

#include "../uitestsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <random>

namespace tangent::ui::testing {

/// x = 0, h, 2h, ... and y = sin(x) plus Gaussian noise of σ `sigma` (fixed seed).
inline std::vector<Column> noisySine(std::size_t n, double sigma, double h = 0.063)
{
    std::mt19937 random(42);
    std::normal_distribution<double> noise(0.0, sigma);
    std::vector<double> x(n);
    std::vector<double> y(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = static_cast<double>(i) * h;
        y[i] = std::sin(x[i]) + (sigma > 0.0 ? noise(random) : 0.0);
    }
    return { numberColumn("t", std::move(x), "s"), numberColumn("signal", std::move(y), "V") };
}

inline SmoothingOptions method(SmoothingMethod m)
{
    SmoothingOptions options;
    options.method = m;
    return options;
}

inline SmoothingOptions savgol(int window, std::optional<int> polyorder = std::nullopt)
{
    SmoothingOptions options = method(SmoothingMethod::Savgol);
    options.window = window;
    options.polyorder = polyorder;
    return options;
}

/// What the core computes for y column `y` of `document` with `options` (x as the document uses it).
inline SmoothingResult coreResult(const Document& document, int y, SmoothingOptions options)
{
    options.order = document.settings().order;
    const std::vector<double> x
        = document.effectiveXColumn() >= 0 ? document.derivatives().xValues() : std::vector<double>();
    return smoothDerivative({ document.column(y).values, x, document.settings().dx }, options);
}

/// Waits until the document has no computation in the background.
inline bool waitUntilComputed(const Document& document, int ms = 20000)
{
    return QTest::qWaitFor([&document] { return !document.derivatives().isComputing(); }, ms);
}

} // namespace tangent::ui::testing
