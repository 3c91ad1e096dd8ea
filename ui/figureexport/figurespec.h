// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a figure export is asked for: the file format, the size (in pixels, or in centimetres or
// inches with a DPI), the theme and the layout. Parsing and the arithmetic between units live
// here so that the dialog, the command line and the tests agree on them.

#include "ui/chart/panes/chartlayout.h"

#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace tangent::ui {

enum class FigureFormat { Png, Svg, Pdf };
enum class FigureUnit { Pixels, Centimetres, Inches };
enum class FigureTheme { Light, Dark };

struct FigureSpec {
    FigureFormat format = FigureFormat::Png;
    QSizeF size { 1600, 900 }; ///< in `unit`
    FigureUnit unit = FigureUnit::Pixels;
    double dpi = 96; ///< dots per inch: converts a physical size to pixels, and pixels to a page size
    FigureTheme theme = FigureTheme::Light;
    std::optional<ChartLayout> layout; ///< the window's layout when unset

    /// The size in device pixels (what a PNG has).
    [[nodiscard]] QSize pixelSize() const;
    /// The size in typographic points (1/72 inch): a PDF's page size.
    [[nodiscard]] QSizeF pointSize() const;
    /// Device pixels per layout pixel: the chart is laid out as a 96-DPI screen would show it at
    /// the figure's physical size, so that its text keeps its size relative to the page.
    [[nodiscard]] double scale() const { return dpi / 96.0; }
    /// What is wrong with the spec (an empty or huge size, a DPI out of range), or empty.
    [[nodiscard]] QString problem() const;
};

/// The format a file name's suffix asks for (.png, .svg, .pdf; any case); nothing for others.
[[nodiscard]] std::optional<FigureFormat> figureFormatFor(const QString& path);

/// Reads "WxH" (pixels), "WxHcm", "WxHmm" (as centimetres) or "WxHin" into `spec`'s size and unit.
/// False, with `error` set, for anything else.
bool parseFigureSize(const QString& text, FigureSpec& spec, QString* error);

/// "light" or "dark".
[[nodiscard]] std::optional<FigureTheme> parseFigureTheme(const QString& text);

} // namespace tangent::ui
