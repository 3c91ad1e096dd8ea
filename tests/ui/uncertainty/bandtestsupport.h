// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A noisy sine for the uncertainty band's tests: enough rows for the noise estimate, x uniform.

#include "tests/ui/uitestsupport.h"
#include "ui/document/document.h"

#include <cmath>
#include <random>

namespace tangent::ui::testing {

inline constexpr double kBandStep = 0.05;

/// t, then `columns` noisy sines (noise σ = 0.05), `rows` rows.
inline void loadNoisySine(Document& document, std::size_t rows = 200, int columns = 1)
{
    std::mt19937 random(7);
    std::normal_distribution<double> noise(0.0, 0.05);
    std::vector<Column> table;
    std::vector<double> t(rows);
    for (std::size_t i = 0; i < rows; ++i)
        t[i] = static_cast<double>(i) * kBandStep;
    table.push_back(numberColumn(QStringLiteral("t"), t));
    for (int c = 0; c < columns; ++c) {
        std::vector<double> y(rows);
        for (std::size_t i = 0; i < rows; ++i)
            y[i] = std::sin(t[i] + c) + noise(random);
        table.push_back(numberColumn(c == 0 ? QStringLiteral("y") : QStringLiteral("y%1").arg(c + 1), std::move(y)));
    }
    document.loadColumns(std::move(table), QString());
}

/// numpy.gradient's sd on uniform x with edge order 1: the central difference (y[i+1] − y[i−1]) / 2h
/// has weights ±1/2h, so sd = σ·√(2 / 4h²); the one-sided ends (y[1] − y[0]) / h have ±1/h.
inline double numpySd(double sigma, std::size_t row, std::size_t rows)
{
    const bool edge = row == 0 || row + 1 == rows;
    return edge ? sigma * std::sqrt(2.0) / kBandStep : sigma * std::sqrt(2.0) / (2.0 * kBandStep);
}

} // namespace tangent::ui::testing
