// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart layouts of the window: every quantity overlaid in one pane, curves stacked over
// derivatives, or one curve-over-derivative pair per y column; their names on the command line,
// the default for a number of y columns, and the user's remembered choice.

#include <QString>

#include <optional>

namespace tangent::ui {

enum class ChartLayout { Overlay, Stacked, Multiples };

/// "overlay", "stacked" or "multiples", as `--layout` takes it.
QString layoutName(ChartLayout layout);
/// The layout named `name` (as layoutName gives it, any case); nullopt if there is none.
std::optional<ChartLayout> parseLayout(const QString& name);
/// The layout for data with `yColumns` y columns when the user chose none: one or two columns
/// overlaid (two curves and two derivatives keep within two axes per side), three or four stacked,
/// more as small multiples (a pair per column).
ChartLayout defaultLayout(int yColumns);
/// The most y columns the default layout stacks.
inline constexpr int kMostStacked = 4;

/// The layout the user last chose in the window, if any (QSettings).
std::optional<ChartLayout> rememberedLayout();
void rememberLayout(ChartLayout layout);

} // namespace tangent::ui
