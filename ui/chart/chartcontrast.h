// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colour contrast for the chart: every line keeps a legible contrast against the chart's
// background, whatever palette the desktop uses (light, dark or high contrast). The ratio is
// WCAG 2's (docs/accessibility.md).

#include <QColor>

class QPalette;

namespace tangent::ui {

/// WCAG 2 contrast ratio of two colours: 1 (the same) to 21 (black on white).
[[nodiscard]] double contrastRatio(const QColor& a, const QColor& b);

/// True for a high-contrast palette: its text and window colours are (nearly) black and white.
[[nodiscard]] bool isHighContrast(const QPalette& palette);

/// The least contrast a line keeps against `palette`'s window colour: 3:1 (WCAG's minimum for
/// graphics), 4.5:1 in a high-contrast palette.
[[nodiscard]] double minimumLineContrast(const QPalette& palette);

/// `color` with its hue and saturation, made darker on a light background (lighter on a dark one)
/// until it has at least `minimum` contrast against `background`; unchanged if it has already.
[[nodiscard]] QColor withContrast(const QColor& color, const QColor& background, double minimum);

/// withContrast against `palette`'s window colour with minimumLineContrast(palette).
[[nodiscard]] QColor lineColorFor(const QColor& color, const QPalette& palette);

} // namespace tangent::ui
