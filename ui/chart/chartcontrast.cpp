// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartcontrast.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace tangent::ui {
namespace {

double channel(float value)
{
    const double v = value;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isHighContrast(const QPalette& palette)
{
    // An ordinary light palette (black on #efefef) reaches about 18:1; black on white is 21:1.
    constexpr double kHighContrast = 19.0;
    return contrastRatio(palette.color(QPalette::Window), palette.color(QPalette::WindowText)) >= kHighContrast;
}

double minimumLineContrast(const QPalette& palette)
{
    return isHighContrast(palette) ? 4.5 : 3.0;
}

QColor withContrast(const QColor& color, const QColor& background, double minimum)
{
    if (contrastRatio(color, background) >= minimum)
        return color;
    const bool darken = luminance(background) > 0.18; // the luminance at which black and white tie
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    color.toHsl().getHslF(&hue, &saturation, &lightness);
    QColor result = color;
    // Lightness 0 (black) or 1 (white) reaches 4.58:1 at worst, so the loop always ends.
    for (int step = 1; step <= 50 && contrastRatio(result, background) < minimum; ++step) {
        const float l = darken ? lightness * (1.0F - static_cast<float>(step) / 50.0F)
                               : lightness + (1.0F - lightness) * static_cast<float>(step) / 50.0F;
        result = QColor::fromHslF(hue, saturation, std::clamp(l, 0.0F, 1.0F));
    }
    return result;
}

QColor lineColorFor(const QColor& color, const QPalette& palette)
{
    return withContrast(color, palette.color(QPalette::Window), minimumLineContrast(palette));
}

} // namespace tangent::ui
