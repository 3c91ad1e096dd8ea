// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartaxes.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tangent::ui {

double niceStep(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double mantissa = raw / power;
    return (mantissa <= 1.0 ? 1.0 : mantissa <= 2.0 ? 2.0 : mantissa <= 5.0 ? 5.0 : 10.0) * power;
}

void setTickedRange(QValueAxis* axis, double lo, double hi, double pixels, double spacing)
{
    const double span = hi - lo;
    const double step = niceStep(span / std::max(2.0, std::floor(std::max(pixels, 200.0) / spacing)));
    const auto exponent = static_cast<int>(std::floor(std::log10(step) + 1e-9));
    const double magnitude = std::max(std::abs(lo), std::abs(hi));
    QString format;
    if (magnitude >= 1e7 || exponent < -6) {
        const int digits = std::clamp(static_cast<int>(std::floor(std::log10(magnitude))) - exponent + 1, 2, 15);
        format = QStringLiteral("%.%1g").arg(digits);
    } else {
        format = QStringLiteral("%.%1f").arg(std::max(0, -exponent));
    }
    const auto setStep = [&] {
        if (axis->tickInterval() != step)
            axis->setTickInterval(step);
        const double anchor = std::ceil(lo / step) * step;
        if (axis->tickAnchor() != anchor)
            axis->setTickAnchor(anchor);
    };
    // The order matters: Qt lays out every tick at once, so a step meant for a narrow range must
    // never meet a wide one, even for a moment.
    const bool widening = span > axis->max() - axis->min();
    if (widening)
        setStep();
    axis->setRange(lo, hi);
    if (!widening)
        setStep();
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
    if (axis->tickType() != QValueAxis::TicksDynamic)
        axis->setTickType(QValueAxis::TicksDynamic);
}

void tuneDateAxis(QDateTimeAxis* axis, double pixels)
{
    const double span = static_cast<double>(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch());
    constexpr double hour = 3600e3;
    const QString format = span > 60 * 24 * hour ? QStringLiteral("yyyy-MM-dd")
        : span > 12 * hour                       ? QStringLiteral("MM-dd hh:mm")
        : span > 2 * 60e3                        ? QStringLiteral("hh:mm")
                                                 : QStringLiteral("hh:mm:ss");
    if (axis->format() != format)
        axis->setFormat(format);
    const int ticks = std::clamp(static_cast<int>(pixels / 130.0), 2, 8);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}

QFont scaledFont(QFont font, double factor, bool bold)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(static_cast<int>(std::lround(font.pixelSize() * factor)));
    font.setBold(bold);
    return font;
}

} // namespace tangent::ui
