// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one chart pane draws: every plotted quantity (the overlay), only the y curves or only the
// derivatives (the two panes of the stacked layout), optionally limited to one y column (the
// small multiples). Every layout builds its panes from these, so a series added per y column
// (a smoothed curve, a group) appears in each layout by answering shows() for its key.

#include "ui/chart/chartdata.h"

namespace tangent::ui {

struct PaneContent {
    enum class Kind { All, Curves, Derivatives };
    Kind kind = Kind::All;
    int column = -1; ///< >= 0: only this y column's quantities
    bool xLabels = true; ///< false: the x axis keeps its grid but not its labels (a pane below has them)

    [[nodiscard]] static constexpr PaneContent all() { return {}; }
    [[nodiscard]] static constexpr PaneContent curves(int column = -1) { return { Kind::Curves, column, true }; }
    [[nodiscard]] static constexpr PaneContent derivatives(int column = -1)
    {
        return { Kind::Derivatives, column, true };
    }
    [[nodiscard]] constexpr PaneContent withoutXLabels() const { return { kind, column, false }; }

    /// True if this pane draws `key`.
    [[nodiscard]] constexpr bool shows(PlotKey key) const
    {
        if (column >= 0 && key.column != column)
            return false;
        return kind == Kind::All || (kind == Kind::Derivatives) == key.derivative;
    }
    bool operator==(const PaneContent&) const = default;
};

} // namespace tangent::ui
