// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colour schemes the window can be started in besides the desktop's: `tangent --palette dark`
// or `--palette high-contrast` (for a projector, or a desktop without such a theme). Every
// widget, the chart included, follows the application palette, so these only set it.

#include <QPalette>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace tangent::ui {

/// Declares `--palette NAME` on `parser`.
void declarePaletteOption(QCommandLineParser& parser);
/// The --palette value after `parser` processed the arguments, or empty.
[[nodiscard]] QString paletteOption(const QCommandLineParser& parser);

/// The names --palette accepts: "system", "light", "dark", "high-contrast".
[[nodiscard]] QStringList paletteNames();
/// What is wrong with a --palette value, or empty.
[[nodiscard]] QString paletteProblem(const QString& name);

/// Light grey window, black text (Fusion's colours, with a darker highlight for white text).
[[nodiscard]] QPalette lightPalette();
/// Dark grey window, light text, a blue highlight.
[[nodiscard]] QPalette darkPalette();
/// White text on black, yellow highlight (as Windows' "High Contrast Black").
[[nodiscard]] QPalette highContrastPalette();

/// Sets the application's style to Fusion (which draws with the palette's colours) and its
/// palette to the one named; "system" (or empty) leaves both as the desktop has them.
void applyPalette(const QString& name);

} // namespace tangent::ui
